"""The batch's pace: evenly spaced requests at the set rate, never more in any second, slowed for
every thread when the gateway is busy and back to the set rate step by step; cancel while waiting.

Fake clocks throughout (no real sleeping), but for one check that a real cancel ends a real wait."""

from __future__ import annotations

import heapq
import itertools
import math
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from leshua_gui.core.batch import ratelimit
from leshua_gui.core.batch.ratelimit import RateLimiter, busy_error, is_busy
from leshua_gui.core.errors import (
    GatewayError,
    GatewayTimeout,
    LeshuaError,
    ProtocolError,
    SignatureError,
    TransportError,
)
from leshua_gui.core.gateway.client import Reply
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.protocol.answer import Answer
from leshua_gui.core.protocol.signing import VerificationResult

START = 1000.0


class FakeTime:
    """One thread: sleeping moves the clock on by the time asked."""

    def __init__(self) -> None:
        self.now = START
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds > 0
        self.sleeps.append(seconds)
        self.now += seconds


class VirtualTime:
    """Several threads: a sleeping thread waits in virtual time, and the clock moves on only
    when every worker is asleep, to the earliest wake-up (so each wakes exactly on time)."""

    def __init__(self, workers: int) -> None:
        self.now = START
        self.running = workers
        self.wakeups: list[float] = []
        self.cond = threading.Condition()

    def clock(self) -> float:
        with self.cond:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self.cond:
            target = self.now + seconds
            heapq.heappush(self.wakeups, target)
            self.running -= 1
            self._advance()
            assert self.cond.wait_for(lambda: self.now >= target, timeout=30), "stuck"

    def done(self) -> None:
        with self.cond:
            self.running -= 1
            self._advance()

    def _advance(self) -> None:
        if self.running or not self.wakeups:
            return
        self.now = max(self.now, self.wakeups[0])
        while self.wakeups and self.wakeups[0] <= self.now:
            heapq.heappop(self.wakeups)
            self.running += 1  # counted as running before it wakes: no second advance meanwhile
        self.cond.notify_all()


def limiter(qps: float, t: FakeTime) -> RateLimiter:
    return RateLimiter(qps, clock=t.clock, sleep=t.sleep)


def starts(lim: RateLimiter, t: FakeTime, n: int) -> list[float]:
    out = []
    for _ in range(n):
        assert lim.acquire()
        out.append(t.now)
    return out


def per_second(times: list[float]) -> Counter[int]:
    return Counter(math.floor(x) for x in times)


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(times)]


# --- the set rate ---------------------------------------------------------------------------


def test_ten_per_second_starts_a_request_every_tenth_of_a_second_and_never_11_in_a_second() -> None:
    t = FakeTime()
    times = starts(limiter(10, t), t, 100)
    assert times[0] == START  # the first request is not held back
    assert times[-1] == pytest.approx(START + 9.9)
    assert min(gaps(times)) == pytest.approx(0.1)
    assert max(per_second(times).values()) == 10
    assert set(per_second(times)) == set(range(1000, 1010))


def test_any_one_second_window_holds_at_most_the_rate() -> None:
    t = FakeTime()
    t.now = START + 0.37  # not on a whole second
    times = starts(limiter(3, t), t, 30)
    assert all(b - a >= 1.0 for a, b in zip(times, times[3:], strict=False))
    assert max(per_second(times).values()) <= 3


def test_an_idle_spell_saves_up_no_burst() -> None:
    t = FakeTime()
    lim = limiter(10, t)
    starts(lim, t, 5)
    t.now += 30.0  # nothing asked for half a minute
    times = starts(lim, t, 3)
    assert gaps(times) == [pytest.approx(0.1)] * 2


def test_no_rate_limit_never_waits() -> None:
    t = FakeTime()
    lim = limiter(0, t)
    times = starts(lim, t, 10_000)
    assert t.sleeps == []
    assert set(times) == {START}
    assert lim.interval == 0
    assert lim.effective_qps == 0
    assert not lim.slowed


@pytest.mark.parametrize("qps", [-1.0, math.nan, math.inf])
def test_a_rate_that_is_not_a_rate_is_refused(qps: float) -> None:
    with pytest.raises(ValueError, match="requests per second"):
        RateLimiter(qps)


# --- a busy gateway -------------------------------------------------------------------------


def test_a_busy_signal_halves_the_rate_and_holds_the_next_request_a_new_interval() -> None:
    t = FakeTime()
    lim = limiter(10, t)
    first = starts(lim, t, 3)
    lim.busy()
    assert lim.slowed
    assert lim.effective_qps == pytest.approx(5)
    after = starts(lim, t, 5)
    assert after[0] >= first[-1] + 0.2 - 1e-9  # the request already reserved does not count
    assert gaps(after) == [pytest.approx(0.2)] * 4


def test_repeated_busy_signals_slow_down_to_a_sixteenth_and_no_further() -> None:
    t = FakeTime()
    lim = limiter(10, t)
    for _ in range(20):
        lim.busy()
    assert lim.interval == pytest.approx(1.6)
    assert gaps(starts(lim, t, 4)) == [pytest.approx(1.6)] * 3


def test_busy_never_spaces_requests_more_than_five_seconds_unless_the_rate_is_slower() -> None:
    t = FakeTime()
    one = limiter(1, t)
    for _ in range(20):
        one.busy()
    assert one.interval == pytest.approx(ratelimit.MAX_INTERVAL_S)
    slow = limiter(0.1, t)  # one request every 10 s, as set
    slow.busy()
    assert slow.interval == pytest.approx(10.0)


def test_answers_without_busy_bring_the_rate_back_step_by_step() -> None:
    t = FakeTime()
    lim = limiter(10, t)
    lim.busy()  # 5 per second
    rates = []
    for _ in range(12):
        lim.ok()
        rates.append(lim.effective_qps)
    assert rates[0] == pytest.approx(5.5)
    assert rates == sorted(rates)  # never faster by a jump, never slower
    assert rates[9:] == [pytest.approx(10)] * 3  # ten answers bring it back, and no higher
    assert not lim.slowed
    starts(lim, t, 2)
    assert gaps(starts(lim, t, 5)) == [pytest.approx(0.1)] * 4


def test_without_a_rate_limit_busy_adds_a_pause_that_grows_and_then_decays() -> None:
    t = FakeTime()
    lim = limiter(0, t)
    lim.busy()
    assert lim.slowed
    times = starts(lim, t, 3)
    assert times[0] == pytest.approx(START + 0.1)  # the pause starts at once
    assert gaps(times) == [pytest.approx(0.1)] * 2
    pauses = []
    for _ in range(10):
        lim.busy()
        pauses.append(lim.interval)
    assert pauses[:4] == [pytest.approx(p) for p in (0.2, 0.4, 0.8, 1.6)]
    assert max(pauses) == pytest.approx(ratelimit.MAX_INTERVAL_S)
    decayed = []
    while lim.slowed:
        lim.ok()
        decayed.append(lim.interval)
        assert len(decayed) < 20, "the pause never ends"
    assert decayed == sorted(decayed, reverse=True)
    assert decayed[-1] == 0
    t.sleeps.clear()
    starts(lim, t, 5)
    assert t.sleeps == []


# --- cancel ---------------------------------------------------------------------------------


def test_cancel_while_waiting_returns_false_and_frees_the_start() -> None:
    t = FakeTime()
    cancel = threading.Event()

    def sleep_then_cancel(seconds: float) -> None:
        t.sleep(seconds)
        cancel.set()

    lim = RateLimiter(1, clock=t.clock, sleep=sleep_then_cancel)
    assert lim.acquire(cancel)  # the first is not held back
    assert not lim.acquire(cancel)
    assert t.now < START + 1.0  # it stopped waiting as soon as the cancel came
    cancel.clear()
    assert lim.acquire()  # the freed start goes to the next request
    assert t.now == pytest.approx(START + 1.0)


def test_a_cancelled_batch_does_not_wait_at_all() -> None:
    t = FakeTime()
    lim = limiter(1, t)
    cancel = threading.Event()
    cancel.set()
    assert not lim.acquire(cancel)
    assert t.sleeps == []


def test_a_real_cancel_ends_a_real_wait_at_once() -> None:
    lim = RateLimiter(0.2)  # the second request would wait 5 s
    cancel = threading.Event()
    assert lim.acquire(cancel)
    timer = threading.Timer(0.05, cancel.set)
    started = time.monotonic()
    timer.start()
    try:
        assert not lim.acquire(cancel)
    finally:
        timer.cancel()
    assert time.monotonic() - started < 1.0


# --- several threads ------------------------------------------------------------------------


def _run_threads(
    lim: RateLimiter,
    vt: VirtualTime,
    workers: int,
    each: int,
    on_start: Callable[[int, int], None] | None = None,
) -> list[float]:
    times: list[float] = []
    lock = threading.Lock()
    failures: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(each):
                assert lim.acquire()
                with lock:
                    times.append(vt.clock())
                if on_start is not None:
                    on_start(n, i)
        except BaseException as exc:  # reported by the test, not lost in the thread
            failures.append(exc)
        finally:
            vt.done()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads)
    assert not failures, failures
    return sorted(times)


def test_several_threads_share_one_rate_and_no_fake_second_holds_more() -> None:
    vt = VirtualTime(workers=6)
    lim = RateLimiter(10, clock=vt.clock, sleep=vt.sleep)
    times = _run_threads(lim, vt, workers=6, each=50)
    assert len(times) == 300
    assert max(per_second(times).values()) == 10
    assert min(gaps(times)) >= 0.1 - 1e-9
    assert times[-1] - times[0] == pytest.approx(29.9)


def test_a_busy_signal_from_one_thread_slows_every_thread() -> None:
    vt = VirtualTime(workers=4)
    lim = RateLimiter(10, clock=vt.clock, sleep=vt.sleep)
    busy_at: list[float] = []

    def on_start(n: int, i: int) -> None:
        if n == 0 and i == 5:
            lim.busy()
            busy_at.append(vt.clock())

    times = _run_threads(lim, vt, workers=4, each=20, on_start=on_start)
    later = [x for x in times if x > busy_at[0] + 1.0]  # past the starts reserved before
    assert len(later) > 10
    assert min(gaps(later)) >= 0.2 - 1e-9
    assert max(per_second(times).values()) <= 10


# --- what counts as busy --------------------------------------------------------------------

VERIFIED = VerificationResult("verified", "doc", "AB" * 16, "AB" * 16, "status=2&key=********")


def _exchange(http_status: int | None) -> Exchange:
    exchange = Exchange("https://t-paygate.lepass.cn/cgi-bin/lepos_pay_gateway.cgi",
                        "query_status", {}, "key=********")  # fmt: skip
    exchange.http_status = http_status
    return exchange


def _http(status: int) -> TransportError:
    """As the client raises it for a non-200 answer."""
    return TransportError(f"the gateway answered HTTP {status}", reason="http_status",
                          code=str(status), exchange=_exchange(status))  # fmt: skip


def _gateway(code: str) -> GatewayError:
    return GatewayError(f"gateway reported a failure: {code}", reason="result", code=code,
                        exchange=_exchange(200))  # fmt: skip


def _result(*outcomes: Reply | LeshuaError) -> PollResult:
    at = datetime(2026, 3, 1, tzinfo=UTC)
    attempts = [
        Attempt(n, at, 0.1, o if isinstance(o, Reply) else None,
                o if isinstance(o, LeshuaError) else None)
        for n, o in enumerate(outcomes, 1)
    ]  # fmt: skip
    return PollResult(attempts=attempts)


PAID = Reply(_exchange(200), Answer((("resp_code", "0"), ("result_code", "0"), ("status", "2"))),
             VERIFIED)  # fmt: skip


@pytest.mark.parametrize(
    ("error", "busy"),
    [
        (_http(502), True),
        (_http(503), True),
        (_http(504), True),
        (_http(500), False),
        (_http(404), False),
        (_gateway("-4027"), True),
        (_gateway("-20010"), True),
        (_gateway("-4006"), False),  # no such order: asked again, but not a busy gateway
        (_gateway("-4004"), False),
        (GatewayTimeout("no answer in time", reason="timeout"), False),
        (TransportError("connection refused", reason="connect"), False),
        (ProtocolError("not xml", reason="malformed", exchange=_exchange(503)), False),
        (SignatureError("does not match", reason="mismatch", code="-4027"), False),
        (None, False),
    ],
)
def test_busy_signals_are_http_502_to_504_and_the_codes_4027_and_20010(
    error: LeshuaError | None, busy: bool
) -> None:
    assert busy_error(error) is busy


def test_a_status_without_its_exchange_still_counts() -> None:
    assert busy_error(TransportError("HTTP 503", reason="http_status", code="503"))


def test_a_lookup_that_met_a_busy_gateway_on_any_attempt_is_busy() -> None:
    assert is_busy(_result(_gateway("-4027"), PAID))
    assert is_busy(_result(_http(503)))
    assert not is_busy(_result(PAID))
    assert not is_busy(_result(_gateway("-4006"), _gateway("-4006")))
    assert not is_busy(PollResult())


def test_observe_slows_on_busy_lookups_and_recovers_on_the_others() -> None:
    t = FakeTime()
    lim = limiter(10, t)
    assert lim.observe(_result(_http(503)))
    assert lim.effective_qps == pytest.approx(5)
    assert not lim.observe(PollResult())  # nothing was asked: no step either way
    assert lim.effective_qps == pytest.approx(5)
    assert not lim.observe(_result(PAID))
    assert lim.effective_qps == pytest.approx(5.5)


def test_a_margin_spaces_starts_wider_than_the_set_rate() -> None:
    """A batch's limiter keeps under the set rate, so arrival jitter cannot push a second over."""
    from fractions import Fraction

    fake = FakeTime()
    limiter = RateLimiter(10, clock=fake.clock, sleep=fake.sleep, margin=Fraction(1, 20))
    starts = []
    for _ in range(30):
        assert limiter.acquire()
        starts.append(fake.clock())
    gaps = {round(b - a, 6) for a, b in itertools.pairwise(starts)}
    assert gaps == {0.105}
    assert max(sum(1 for t in starts if s <= t < s + 1.0) for s in starts) == 10
