"""How fast a batch asks the gateway: evenly spaced requests at a settable rate, slowed down for
the whole batch when the gateway says it is busy, and back to the set rate step by step.

Requests start at least `interval` seconds apart, whatever the number of threads asking: at 10
per second no second ever holds more than 10 starts (no bursts after an idle spell). A busy
signal (HTTP 502, 503 or 504, `-4027` system error, `-20010`) halves the rate (down to 1/16 of
it, and never slower than one request every MAX_INTERVAL_S unless the set rate is slower), and
pushes the next start one new interval away; each answer without one raises the rate again by
1/20 of the set rate. Without a rate limit (0) a busy signal still spaces requests: a pause that
starts at FIRST_PAUSE_S, doubles with each busy signal up to MAX_INTERVAL_S, and shrinks by
PAUSE_DECAY with each answer without one, until it is gone."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from fractions import Fraction

from leshua_gui.core.errors import GatewayError, LeshuaError, TransportError
from leshua_gui.core.gateway.polling import PollResult

#: The HTTP statuses and gateway codes that say "busy, ask later".
BUSY_STATUSES = frozenset({502, 503, 504})
BUSY_CODES = frozenset({"-4027", "-20010"})

#: A busy signal divides the rate by this; the rate never falls below MIN_FACTOR of the set one.
SLOWDOWN = 2
MIN_FACTOR = Fraction(1, 16)
#: Each answer without a busy signal raises the rate by this fraction of the set rate.
RECOVERY_STEP = Fraction(1, 20)
#: Busy never spaces requests further apart than this (unless the set rate itself is slower).
MAX_INTERVAL_S = 5.0
#: Without a rate limit: the first pause after a busy signal, and how it shrinks again.
FIRST_PAUSE_S = 0.1
PAUSE_DECAY = 0.5
#: A wait is cut into pieces this long, so that a cancel is seen soon.
CANCEL_CHECK_S = 0.05

#: a batch spaces its starts this much wider than the set rate asks (`margin`): requests reach
#: the gateway with a few milliseconds of jitter, and none of it may put more than the set rate
#: in any one second there
JITTER_MARGIN = Fraction(1, 20)

_NS = 1_000_000_000


def busy_error(error: LeshuaError | None) -> bool:
    """Whether an error is the gateway saying it is busy (as opposed to a lasting failure)."""
    if isinstance(error, TransportError):
        exchange = error.exchange
        status = exchange.http_status if exchange is not None else None
        if status is None and error.reason == "http_status" and (error.code or "").isdigit():
            status = int(error.code or "0")
        return status in BUSY_STATUSES
    if isinstance(error, GatewayError):
        return error.code in BUSY_CODES
    return False


def is_busy(result: PollResult) -> bool:
    """Whether any attempt of a lookup met a busy gateway."""
    return any(busy_error(attempt.error) for attempt in result.attempts)


class RateLimiter:
    """Thread-safe: each `acquire` reserves the next start time under a lock, then waits for it
    outside the lock. `qps` 0 is no limit (until the gateway says it is busy)."""

    def __init__(
        self,
        qps: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        margin: Fraction = Fraction(0),
    ) -> None:
        if not math.isfinite(qps) or qps < 0:
            raise ValueError(f"a rate is 0 (no limit) or more requests per second, not {qps}")
        self.qps = float(qps)
        self._widened = 1 + margin  # starts spaced 1/qps times this
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._factor = Fraction(1)  # of the set rate (exact: it comes back to 1, not 0.999...)
        self._pause_ns = 0  # without a rate limit, while slowed down
        self._next_ns: int | None = None  # the earliest start of the next request

    # -- what it is doing now ---------------------------------------------------------------

    @property
    def interval(self) -> float:
        """Seconds between two starts now (0: none)."""
        with self._lock:
            return self._interval_ns() / _NS

    @property
    def effective_qps(self) -> float:
        """Requests per second now (0: no limit)."""
        interval = self.interval
        return 1 / interval if interval else 0.0

    @property
    def slowed(self) -> bool:
        """Whether busy signals hold the batch below its set rate."""
        with self._lock:
            return self._factor < 1 or self._pause_ns > 0

    def _interval_ns(self) -> int:
        if self.qps == 0:
            return self._pause_ns
        widened = self._widened
        set_ns = math.ceil(_NS * widened / Fraction(self.qps))
        slowest = max(set_ns, int(MAX_INTERVAL_S * _NS))
        return min(math.ceil(_NS * widened / (Fraction(self.qps) * self._factor)), slowest)

    # -- asking -----------------------------------------------------------------------------

    def acquire(self, cancel: threading.Event | None = None) -> bool:
        """Wait for the next start; False (no request to send) if `cancel` is set first."""
        if cancel is not None and cancel.is_set():
            return False
        with self._lock:
            now_ns = self._now_ns()
            interval = self._interval_ns()
            if interval == 0:
                self._next_ns = None
                return True
            slot = now_ns if self._next_ns is None else max(now_ns, self._next_ns)
            self._next_ns = slot + interval
        return self._wait_for(slot, interval, cancel)

    def _wait_for(self, slot_ns: int, interval_ns: int, cancel: threading.Event | None) -> bool:
        slot_s = slot_ns / _NS  # compared as the clock's own float: never a hair early
        while True:
            now = self._clock()
            if now >= slot_s:
                return True
            if cancel is not None and cancel.is_set():
                self._give_back(slot_ns, interval_ns)
                return False
            left = slot_s - now
            self._sleep(min(left, CANCEL_CHECK_S) if cancel is not None else left)

    def _give_back(self, slot_ns: int, interval_ns: int) -> None:
        """A cancelled wait frees its start, if no later request has been given one since."""
        with self._lock:
            if self._next_ns == slot_ns + interval_ns:
                self._next_ns = slot_ns

    def _now_ns(self) -> int:
        return round(self._clock() * _NS)

    # -- what the gateway said --------------------------------------------------------------

    def busy(self) -> None:
        """The gateway said it is busy: slow the whole batch down, starting with the next one."""
        with self._lock:
            if self.qps == 0:
                first = int(FIRST_PAUSE_S * _NS)
                self._pause_ns = min(max(self._pause_ns * 2, first), int(MAX_INTERVAL_S * _NS))
            else:
                self._factor = max(self._factor / SLOWDOWN, MIN_FACTOR)
            cooled = self._now_ns() + self._interval_ns()
            self._next_ns = cooled if self._next_ns is None else max(self._next_ns, cooled)

    def ok(self) -> None:
        """An answer without a busy signal: a step back towards the set rate."""
        with self._lock:
            if self.qps == 0:
                pause = int(self._pause_ns * PAUSE_DECAY)
                self._pause_ns = pause if pause >= FIRST_PAUSE_S * _NS / 2 else 0
            else:
                self._factor = min(Fraction(1), self._factor + RECOVERY_STEP)

    def observe(self, result: PollResult) -> bool:
        """`busy()` or `ok()` as a lookup's attempts say; returns whether it was busy."""
        if is_busy(result):
            self.busy()
            return True
        if result.attempts:
            self.ok()
        return False
