"""One timer thread for every exchange's deadline, instead of a thread started per request.

`WATCHDOG.arm(seconds, fire)` calls `fire()` on the watchdog's thread once `seconds` have passed,
unless the returned alarm is disarmed first. The thread starts with the first alarm and sleeps
until the earliest deadline; `fire` must be quick (an exchange's shuts its sockets)."""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class Alarm:
    """One armed deadline; `disarm()` before it fires and it never does."""

    __slots__ = ("_fire", "deadline")

    def __init__(self, deadline: float, fire: Callable[[], None]) -> None:
        self.deadline = deadline
        self._fire: Callable[[], None] | None = fire

    def disarm(self) -> None:
        self._fire = None

    def take(self) -> Callable[[], None] | None:
        fire, self._fire = self._fire, None
        return fire


class Watchdog:
    """Deadlines in a heap, watched by one daemon thread."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._heap: list[tuple[float, int, Alarm]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, fire: Callable[[], None]) -> Alarm:
        alarm = Alarm(self._clock() + seconds, fire)
        with self._wake:
            heapq.heappush(self._heap, (alarm.deadline, next(self._order), alarm))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="watchdog", daemon=True)
                self._thread.start()
            elif self._heap[0][2] is alarm:
                self._wake.notify()  # earlier than what the thread sleeps towards
        return alarm

    def pending(self) -> int:
        """Alarms armed and not yet fired or disarmed (for tests)."""
        with self._wake:
            return sum(1 for _, _, alarm in self._heap if alarm._fire is not None)

    def _run(self) -> None:
        while True:
            due: list[Callable[[], None]] = []
            with self._wake:
                now = self._clock()
                while self._heap and (self._heap[0][0] <= now or self._heap[0][2]._fire is None):
                    fire = heapq.heappop(self._heap)[2].take()
                    if fire is not None:
                        due.append(fire)
                if not due:
                    timeout = self._heap[0][0] - now if self._heap else None
                    self._wake.wait(timeout)
                    continue
            for fire in due:
                try:
                    fire()
                except Exception:  # one exchange's failure to shut must not stop the others'
                    log.exception("an exchange's deadline failed")


WATCHDOG = Watchdog()
