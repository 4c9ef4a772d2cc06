"""The one timer thread behind every exchange's deadline."""

from __future__ import annotations

import threading
import time

from leshua_gui.core.gateway.watchdog import Watchdog


def test_an_alarm_fires_once_after_its_time_and_a_disarmed_one_never() -> None:
    dog = Watchdog()
    fired: list[str] = []
    done = threading.Event()
    kept = dog.arm(0.05, lambda: (fired.append("kept"), done.set()))
    dropped = dog.arm(0.02, lambda: fired.append("dropped"))
    dropped.disarm()
    t0 = time.monotonic()
    assert done.wait(5)
    assert time.monotonic() - t0 >= 0.04
    time.sleep(0.05)
    assert fired == ["kept"]
    kept.disarm()  # after it fired: nothing happens
    assert dog.pending() == 0


def test_an_earlier_alarm_wakes_the_watchdog_sleeping_towards_a_later_one() -> None:
    dog = Watchdog()
    order: list[str] = []
    soon = threading.Event()
    late = dog.arm(30, lambda: order.append("late"))
    dog.arm(0.02, lambda: (order.append("soon"), soon.set()))
    assert soon.wait(2)  # not after 30 s
    assert order == ["soon"]
    late.disarm()


def test_many_exchanges_share_one_thread_and_a_failing_alarm_does_not_stop_the_others() -> None:
    dog = Watchdog()
    before = threading.active_count()
    hits: list[int] = []
    all_done = threading.Event()

    def hit(n: int) -> None:
        hits.append(n)
        if len(hits) == 100:
            all_done.set()

    def broken() -> None:
        raise RuntimeError("a socket that cannot be shut")

    dog.arm(0.01, broken)
    alarms = [dog.arm(0.02 + n / 10_000, lambda n=n: hit(n)) for n in range(100)]
    assert threading.active_count() <= before + 1
    assert all_done.wait(5)
    assert sorted(hits) == list(range(100))
    assert len(alarms) == 100
