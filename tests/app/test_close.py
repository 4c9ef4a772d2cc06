"""Closing an order, guarded, as both front ends run it: real HTTP to the demo gateway on
loopback, every step in a real history file. A guard that refuses sends no close (the sandbox's
request log says so); a close that was sent is reported by the verified query after it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

import pytest

from leshua_gui.app.close import CloseOutcome, close_guarded
from leshua_gui.app.services import Services
from leshua_gui.core.errors import GatewayError, SignatureError
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryStore
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox.server import SandboxState


@pytest.fixture
def app() -> Iterator[Services]:
    services = Services(demo=True)  # its own sandbox: its orders as they were when it started
    try:
        yield services
    finally:
        services.close()


@pytest.fixture
def demo(app: Services) -> Profile:
    profile = app.start_demo()
    assert profile.allow_close
    return profile


def _state(app: Services) -> SandboxState:
    assert app.sandbox is not None
    return app.sandbox.state


def _order(value: str) -> OrderRef:
    return OrderRef.of(third_order_id=value)


def _close(
    app: Services, profile: Profile, order_id: str, confirm: str | None = None
) -> CloseOutcome:
    return close_guarded(app, profile, _order(order_id), order_id if confirm is None else confirm)


def _history(app: Services) -> list[HistoryRecord]:
    """What the history file holds, oldest first, read as a store of its own would."""
    assert app.history_writer.flush(timeout=10)
    store = HistoryStore(app.paths.history_db)
    try:
        return list(reversed(store.page(full=True)))
    finally:
        store.close()


def _sent(app: Services) -> list[tuple[str, str]]:
    """(service, third_order_id) of every request the sandbox received, in order."""
    return [(service, third) for service, third, _leshua in _state(app).requests_log()]


def _nothing_sent_to_close(app: Services) -> None:
    assert "close_order" not in _state(app).services_seen()
    assert all(service != "close_order" for service, _ in _sent(app))


# -- the guards: nothing is sent to close ----------------------------------------------------


def test_a_profile_not_allowed_to_close_asks_nothing(app: Services, demo: Profile) -> None:
    outcome = _close(app, replace(demo, allow_close=False), "DEMO-PENDING")
    assert (outcome.refusal, outcome.exit_status, outcome.sent) == ("not_allowed", 2, False)
    assert outcome.before is None
    assert _sent(app) == []
    assert _history(app) == []


@pytest.mark.parametrize(
    "confirm", ["DEMO-PENDIN", "demo-pending", "DEMO-PENDING-", "", "DEMO PENDING"]
)
def test_a_confirmation_that_does_not_repeat_the_number_asks_nothing(
    app: Services, demo: Profile, confirm: str
) -> None:
    outcome = _close(app, demo, "DEMO-PENDING", confirm)
    assert (outcome.refusal, outcome.exit_status, outcome.sent) == ("confirm_mismatch", 2, False)
    assert _sent(app) == []
    assert _history(app) == []


def test_a_paid_order_is_refused_by_the_guard_and_not_sent(app: Services, demo: Profile) -> None:
    outcome = _close(app, demo, "DEMO-PAID-WX")
    assert (outcome.refusal, outcome.exit_status) == ("not_paying", 2)
    assert outcome.before_status == "2"
    assert (outcome.close, outcome.after, outcome.error) == (None, None, None)
    assert _sent(app) == [("query_status", "DEMO-PAID-WX")]
    _nothing_sent_to_close(app)
    assert [(r.order_id, r.lookup, r.status) for r in _history(app)] == [
        ("DEMO-PAID-WX", "order", "2")
    ]


@pytest.mark.parametrize("order_id", ["DEMO-CLOSED", "DEMO-FAILED"])
def test_closed_and_failed_orders_are_refused_by_the_guard(
    app: Services, demo: Profile, order_id: str
) -> None:
    outcome = _close(app, demo, order_id)
    assert (outcome.refusal, outcome.exit_status) == ("not_paying", 2)
    _nothing_sent_to_close(app)


def test_an_answer_that_does_not_verify_is_never_taken_for_paying(
    app: Services, demo: Profile
) -> None:
    outcome = _close(app, demo, "FAULT-BAD-SIGN")
    assert (outcome.refusal, outcome.exit_status) == ("not_verified", 2)
    assert isinstance(outcome.error, SignatureError)
    assert outcome.before_status is None  # what it claims is not a state
    _nothing_sent_to_close(app)


def test_an_order_whose_state_did_not_arrive_is_not_closed(app: Services, demo: Profile) -> None:
    outcome = _close(app, demo, "FAULT-HTML")
    assert (outcome.refusal, outcome.exit_status) == ("not_answered", 2)
    assert outcome.error is not None
    _nothing_sent_to_close(app)


# -- sent: the verified state after is the one reported ---------------------------------------


def test_a_paying_order_is_closed_and_the_query_after_says_closed(
    app: Services, demo: Profile
) -> None:
    outcome = _close(app, demo, "DEMO-PENDING", " DEMO-PENDING\n")  # pasted, blanks around
    assert outcome.refusal is None
    assert outcome.closed
    assert outcome.exit_status == 0
    assert (outcome.before_status, outcome.after_status) == ("0", "6")
    assert (outcome.error, outcome.explanation) == (None, None)
    assert _sent(app) == [
        ("query_status", "DEMO-PENDING"),
        ("close_order", "DEMO-PENDING"),
        ("query_status", "DEMO-PENDING"),
    ]
    rows = _history(app)
    assert [(r.order_id, r.lookup, r.status, r.outcome) for r in rows] == [
        ("DEMO-PENDING", "order", "0", "verified"),
        ("DEMO-PENDING", "close", "6", "verified"),
        ("DEMO-PENDING", "order", "6", "verified"),
    ]
    assert rows[1].exchange is not None
    assert rows[1].exchange["service"] == "close_order"
    assert rows[1].profile == "Demo"

    again = _close(app, demo, "DEMO-PENDING")  # it stays closed: nothing more to close
    assert (again.refusal, again.before_status, again.exit_status) == ("not_paying", "6", 2)


def test_a_close_by_the_leshua_order_number(app: Services, demo: Profile) -> None:
    order = OrderRef.of(leshua_order_id="0003495002500085")  # DEMO-PENDING's
    outcome = close_guarded(app, demo, order, "0003495002500085")
    assert (outcome.exit_status, outcome.after_status) == (0, "6")
    assert [r.id_kind for r in _history(app)] == ["leshua_order_id"] * 3


def test_an_order_paid_between_the_query_and_the_close(
    app: Services, demo: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each reading of the sandbox's clock is a second later: DEMO-WATCH-PAID, paid half a
    second after its first query, answers paying right before the close and is paid when the
    close arrives."""
    state = _state(app)
    monkeypatch.setattr(state, "clock", itertools.count(1000.0, 1.0).__next__)
    monkeypatch.setattr(state, "watch_paid_after_s", 0.5)
    outcome = _close(app, demo, "DEMO-WATCH-PAID")
    assert outcome.refusal is None
    assert outcome.sent
    assert not outcome.closed
    assert outcome.exit_status == 1
    assert isinstance(outcome.error, GatewayError)
    assert (outcome.before_status, outcome.after_status) == ("0", "2")
    assert outcome.explanation == "state_changed"
    assert [(r.lookup, r.status) for r in _history(app)] == [
        ("order", "0"), ("close", None), ("order", "2"),
    ]  # fmt: skip


def test_a_barcode_order_refused_before_its_five_minutes(app: Services, demo: Profile) -> None:
    outcome = _close(app, demo, "DEMO-BARCODE-PAYING")
    assert outcome.sent
    assert outcome.exit_status == 1
    assert isinstance(outcome.error, GatewayError)
    assert (outcome.before_status, outcome.after_status) == ("0", "0")
    assert outcome.explanation == "micropay_wait"
    assert _sent(app)[1] == ("close_order", "DEMO-BARCODE-PAYING")


def test_a_barcode_order_closes_after_its_five_minutes(app: Services, demo: Profile) -> None:
    state = _state(app)
    state.started -= 301  # the sandbox has run for more than five minutes
    outcome = _close(app, demo, "DEMO-BARCODE-PAYING")
    assert (outcome.exit_status, outcome.after_status) == (0, "6")


def test_a_forged_closed_answer_is_not_reported_as_closed(app: Services, demo: Profile) -> None:
    outcome = _close(app, demo, "FAULT-CLOSE-FORGED")
    assert outcome.sent
    assert not outcome.close_verified
    assert not outcome.closed
    assert outcome.exit_status == 4
    assert isinstance(outcome.error, SignatureError)
    assert outcome.after_status == "0"  # the order is still paying: the "closed" was forged
    assert outcome.explanation == "unconfirmed"
    rows = _history(app)
    assert [(r.lookup, r.outcome) for r in rows] == [
        ("order", "verified"), ("close", "mismatch"), ("order", "verified"),
    ]  # fmt: skip
    assert not rows[1].final


def test_the_permission_that_counts_is_the_one_saved_now(app: Services, demo: Profile) -> None:
    """A window read the profile while closing was allowed; its owner has turned it off since
    (or removed the profile, or moved it to another merchant): refused, nothing sent."""
    _state(app).reset()
    order = _order("DEMO-PENDING")
    off = replace(demo, allow_close=False)
    moved = replace(demo, merchant_id="0000000099")
    refused = [
        close_guarded(app, demo, order, "DEMO-PENDING", current=lambda _id, now=now: now)
        for now in (off, None, moved)
    ]
    assert [o.refusal for o in refused] == ["not_allowed"] * 3
    assert [o.exit_status for o in refused] == [2, 2, 2]
    assert _state(app).requests_log() == []
    still = close_guarded(app, demo, order, "DEMO-PENDING", current=lambda _id: demo)
    assert still.closed
