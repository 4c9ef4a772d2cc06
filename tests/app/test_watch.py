"""The watcher at work: real HTTP to the demo gateway, a real watch list file and history,
short waits instead of 30 s (the schedule's own timing is tested on a fake clock in core)."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator

import pytest

from leshua_gui.app.services import Services
from leshua_gui.app.watch import Watcher, WatchEvent, watcher_for
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox.server import SandboxState

WAIT_S = 20.0


@pytest.fixture
def app() -> Iterator[Services]:
    services = Services(demo=True)
    try:
        yield services
    finally:
        services.close()


class Events:
    """The watcher's events, as its check threads hand them over."""

    def __init__(self) -> None:
        self.seen: queue.Queue[WatchEvent] = queue.Queue()

    def __call__(self, event: WatchEvent) -> None:
        self.seen.put(event)

    def next(self, timeout: float = WAIT_S) -> WatchEvent:
        return self.seen.get(timeout=timeout)

    def until(self, done: object, timeout: float = WAIT_S) -> list[WatchEvent]:
        got: list[WatchEvent] = []
        while True:
            event = self.seen.get(timeout=timeout)
            got.append(event)
            if callable(done) and done(event):
                return got


def _state(app: Services) -> SandboxState:
    assert app.sandbox is not None
    return app.sandbox.state


def _watcher(app: Services, events: Events, **kw: object) -> Watcher:
    watcher = watcher_for(app, events)
    watcher.first_s, watcher.max_s = 0.05, 0.2
    for name, value in kw.items():
        setattr(watcher, name, value)
    return watcher.start()


def _order(value: str) -> OrderRef:
    return OrderRef.of(third_order_id=value)


def test_an_order_that_turns_paid_is_watched_until_final_and_every_check_recorded(
    app: Services,
) -> None:
    events = Events()
    watcher = _watcher(app, events)
    entry, added = watcher.watch(app.start_demo(), _order("DEMO-PAYING"))  # paid on query 3
    assert added
    got = events.until(lambda e: e.notice is not None)
    last = got[-1]
    assert (last.notice, last.entry.end_reason, last.entry.last_status) == ("final", "final", "2")
    assert last.lookup is not None
    assert last.lookup.trusted
    assert [e.entry.last_status for e in got] == ["0", "0", "2"]
    assert last.entry.unseen
    assert app.history_writer.flush(timeout=10)
    rows = [r for r in app.history.page() if r.order_id == "DEMO-PAYING"]
    assert len(rows) == 3
    assert {r.lookup for r in rows} == {"order"}
    assert app.watch_store.get(entry.id) == last.entry  # what the panel reads after a restart
    assert app.watch_store.next_due_ms() is None  # nothing more is asked


def test_a_watch_runs_out_of_time_and_a_long_unpaid_order_is_told_as_stale(
    app: Services,
) -> None:
    """DEMO-PENDING stays paying. The demo profile tells of a stale order after 2 minutes:
    the watcher's clock jumps 3 minutes after the first check."""
    events = Events()
    jump = [0.0]
    watcher = _watcher(app, events, hours=4 / 60, _clock=lambda: time.time() + jump[0])
    watcher.watch(app.start_demo(), _order("DEMO-PENDING"))
    first = events.next()
    assert (first.notice, first.entry.last_status) == (None, "0")
    jump[0] = 180.0
    stale = events.until(lambda e: e.notice is not None)[-1]
    assert stale.notice == "stale"
    assert stale.entry.active  # still watched: it may yet be paid, or be closed
    jump[0] = 300.0  # past the watch's 4 minutes
    expired = events.until(lambda e: e.notice is not None)[-1]
    assert (expired.notice, expired.entry.end_reason) == ("expired", "expired")
    assert not expired.entry.active


def test_check_now_asks_at_once_and_remove_stops_the_watch(app: Services) -> None:
    events = Events()
    watcher = _watcher(app, events)
    watcher.first_s = 3600.0  # nothing is due on its own
    entry, _ = watcher.watch(app.start_demo(), _order("DEMO-PENDING"))
    before = _state(app).services_seen().get("query_status", 0)
    assert watcher.check_now(entry.id)
    event = events.next()
    assert event.entry.checks == 1
    assert _state(app).services_seen()["query_status"] == before + 1
    assert watcher.remove(entry.id)
    assert app.watch_store.get(entry.id) is None
    assert not watcher.check_now(entry.id)


def test_an_order_from_the_history_is_asked_at_once(app: Services) -> None:
    events = Events()
    watcher = _watcher(app, events)
    watcher.first_s = 3600.0
    watcher.watch(app.start_demo(), _order("DEMO-PENDING"), check_now=True)
    assert events.next().entry.checks == 1


def test_many_watched_orders_of_one_merchant_keep_to_the_batch_rate(app: Services) -> None:
    events = Events()
    watcher = _watcher(app, events, qps=5.0, _workers=4)
    demo = app.start_demo()
    _state(app).reset()
    for n in range(15):
        watcher.watch(demo, _order(f"DEMO-B-{n + 1:05d}"), check_now=True)
    for _ in range(15):
        events.seen.get(timeout=WAIT_S)
    assert _state(app).max_in_window(1.0) <= 5


def test_a_watch_whose_profile_is_gone_ends_and_says_so(app: Services) -> None:
    events = Events()
    watcher = _watcher(app, events)
    app.watch_store.add(
        profile_id="gone", profile="Old shop", merchant_id="0000000099", environment="test",
        order=_order("X1"), now_ms=0, hours=24, first_check_ms=0,
    )  # fmt: skip
    watcher.wake()
    event = events.next()
    assert (event.notice, event.entry.end_reason, event.entry.checks) == (
        "no_profile",
        "no_profile",
        0,
    )


def test_the_demo_profile_is_waited_for_while_the_demo_is_not_running() -> None:
    plain = Services()  # no demo: a demo order watched earlier waits for it
    try:
        events = Events()
        watcher = Watcher(plain, plain.watch_store, on_event=events, first_s=0.05,
                          waits_for=frozenset({"demo"})).start()  # fmt: skip
        entry, _ = plain.watch_store.add(
            profile_id="demo", profile="Demo", merchant_id="0000000018", environment="sandbox",
            order=_order("DEMO-PENDING"), now_ms=0, hours=10**6, first_check_ms=0,
        )  # fmt: skip
        watcher.wake()
        with pytest.raises(queue.Empty):
            events.seen.get(timeout=1.0)
        assert plain.watch_store.get(entry.id).active  # type: ignore[union-attr]
        watcher.stop()
    finally:
        plain.close()


def test_closing_the_services_stops_the_watcher_after_its_checks(app: Services) -> None:
    events = Events()
    watcher = _watcher(app, events)
    watcher.watch(app.start_demo(), _order("FAULT-SLOW"), check_now=True)  # answers late
    threading.Event().wait(0.3)
    app.close()
    assert not watcher.running


def test_a_profile_moved_to_another_gateway_ends_its_watches(app: Services) -> None:
    """The same profile id, now on another environment: its watch of a sandbox order must not
    ask that gateway about a number that may be another order there."""
    events = Events()
    watcher = _watcher(app, events)
    app.watch_store.add(
        profile_id="demo", profile="Demo", merchant_id="0000000018", environment="production",
        order=_order("DEMO-PENDING"), now_ms=0, hours=10**6, first_check_ms=0,
    )  # fmt: skip
    app.start_demo()
    watcher.wake()
    event = events.next()
    assert (event.notice, event.entry.end_reason, event.entry.checks) == (
        "no_profile", "no_profile", 0,
    )  # fmt: skip


def test_a_demo_watch_whose_time_is_up_ends_though_the_demo_is_not_running() -> None:
    plain = Services()
    try:
        events = Events()
        watcher = Watcher(plain, plain.watch_store, on_event=events, first_s=0.05,
                          waits_for=frozenset({"demo"})).start()  # fmt: skip
        plain.watch_store.add(
            profile_id="demo", profile="Demo", merchant_id="0000000018", environment="sandbox",
            order=_order("DEMO-PENDING"), now_ms=0, hours=1, first_check_ms=0,
        )  # fmt: skip
        watcher.wake()
        event = events.next()
        assert (event.notice, event.entry.end_reason) == ("expired", "expired")
        assert event.lookup is None  # nothing was asked
        watcher.stop()
    finally:
        plain.close()


def test_stopping_does_not_wait_long_for_a_slow_gateway(app: Services) -> None:
    events = Events()
    watcher = _watcher(app, events)
    _state(app).slow_seconds = 10.0
    watcher.watch(app.start_demo(), _order("FAULT-SLOW"), check_now=True)
    time.sleep(0.3)  # the check is on the wire
    started = time.monotonic()
    watcher.stop(timeout=0.5)
    assert time.monotonic() - started < 5.0  # not the gateway's 10 s
    assert not watcher.running


def test_a_merchant_held_by_its_batch_job_is_not_asked_until_released(app: Services) -> None:
    """A batch job of the merchant runs (in its own process, at the batch rate): the watch's
    checks of that merchant wait, then go on."""
    events = Events()
    watcher = _watcher(app, events)
    watcher.first_s = 3600.0
    demo = app.start_demo()
    entry, _ = watcher.watch(demo, _order("DEMO-PENDING"))
    _state(app).reset()
    watcher.hold(demo.merchant_id, demo.environment, True)
    assert watcher.check_now(entry.id)
    time.sleep(1.0)
    assert _state(app).requests_log() == []  # held: nothing asked
    later = app.watch_store.get(entry.id)
    assert later is not None
    assert later.next_at.timestamp() > time.time() + 20  # put off, not dropped
    assert later.active
    watcher.hold(demo.merchant_id, demo.environment, False)
    assert watcher.check_now(entry.id)
    assert events.next().entry.checks == 1
    assert [s for s, _t, _l in _state(app).requests_log()] == ["query_status"]
