"""When a watched order is asked next and what each check means: the decision table on a fake
clock (milliseconds given, nothing waited for)."""

from __future__ import annotations

import itertools

import pytest

from leshua_gui.core.watch.schedule import (
    FIRST_DELAY_S,
    MAX_DELAY_S,
    Check,
    Decision,
    decide,
    delay_after,
)

MIN = 60_000
HOUR = 60 * MIN
PAYING = Check(trusted=True, status="0", final=False)
PAID = Check(trusted=True, status="2", final=True)


def _decide(check: Check, *, now: int, checks: int = 0, stale_told: bool = False,
            close_after: int = 30, until: int = 24 * HOUR) -> Decision:  # fmt: skip
    return decide(check, now_ms=now, added_at_ms=0, until_ms=until, checks_before=checks,
                  stale_told=stale_told, close_after_minutes=close_after)  # fmt: skip


def test_waits_start_at_30_seconds_double_and_stop_growing_at_5_minutes() -> None:
    assert [delay_after(n) for n in range(7)] == [30, 60, 120, 240, 300, 300, 300]
    assert delay_after(10_000) == MAX_DELAY_S
    with pytest.raises(ValueError, match="0 or more"):
        delay_after(-1)


def test_a_whole_day_of_paying_is_asked_gently() -> None:
    """A day of an order that stays paying: at most one check every 5 minutes once settled,
    never two within 30 s, and the last check falls on the watch's end."""
    now, checks, times = int(FIRST_DELAY_S * 1000), 0, []
    while True:
        times.append(now)
        d = _decide(PAYING, now=now, checks=checks, stale_told=True)
        if d.next_at_ms is None:
            break
        now, checks = d.next_at_ms, checks + 1
    assert d.end_reason == "expired"
    assert d.notice == "expired"
    assert times[-1] == 24 * HOUR
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps[:-1]) >= 30_000
    assert max(gaps) <= 300_000
    assert len(times) < 24 * 12 + 10  # about one check each 5 minutes


def test_a_verified_final_state_ends_the_watch_and_is_told() -> None:
    d = _decide(PAID, now=5 * MIN, checks=3)
    assert d == Decision(None, "final", "final", False)


def test_an_unverified_final_looking_answer_never_ends_the_watch() -> None:
    forged = Check(trusted=False, status="2", final=False)
    d = _decide(forged, now=5 * MIN, checks=3)
    assert d.end_reason is None
    assert d.notice is None
    assert d.next_at_ms == 5 * MIN + 300_000


@pytest.mark.parametrize(
    "check",
    [
        Check(trusted=False, status="", final=False),  # a timeout, an HTML page
        Check(trusted=True, status="", final=False),  # not found yet
        Check(trusted=True, status="99", final=False),  # a state this product does not know
    ],
)
def test_anything_not_final_is_asked_again(check: Check) -> None:
    d = _decide(check, now=MIN, checks=0)
    assert d.end_reason is None
    assert d.next_at_ms == MIN + 60_000


def test_stale_is_told_once_after_close_after_minutes_of_verified_paying() -> None:
    assert _decide(PAYING, now=29 * MIN).notice is None
    told = _decide(PAYING, now=30 * MIN)
    assert told.notice == "stale"
    assert told.stale_told
    assert told.end_reason is None
    again = _decide(PAYING, now=40 * MIN, stale_told=True)
    assert again.notice is None
    assert again.stale_told


def test_stale_needs_a_verified_paying_answer_and_a_close_after_time() -> None:
    assert _decide(Check(False, "0", False), now=HOUR).notice is None
    assert _decide(Check(True, "", False), now=HOUR).notice is None
    assert _decide(PAYING, now=HOUR, close_after=0).notice is None


def test_the_watch_end_comes_first_unless_the_order_is_final() -> None:
    assert _decide(PAYING, now=24 * HOUR).end_reason == "expired"
    assert _decide(PAID, now=24 * HOUR).end_reason == "final"
    near_end = _decide(PAYING, now=24 * HOUR - 1000, checks=8)
    assert near_end.next_at_ms == 24 * HOUR  # never later than the end
