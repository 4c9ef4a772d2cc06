"""When a watched order is asked next, and what a check's answer means for its watch.

Gentle by design: the first check 30 s after the watch begins, then each wait twice the one
before, up to 5 minutes, until the watch's end (a number of hours set in the settings). Pure
functions of the entry, the check and the time: the tests run them on a fake clock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from leshua_gui.core.gateway.polling import PAYING

#: The first wait, the most a wait grows to, and how it grows.
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 300.0
GROWTH = 2.0
#: How long a watch lasts unless the settings say otherwise, and the longest it may.
DEFAULT_HOURS = 24
MAX_HOURS = 7 * 24

#: Why a watch ended: the order reached a final state (verified), the watch ran out of time, or
#: the profile it was asked for is gone.
EndReason = Literal["final", "expired", "no_profile"]
END_REASONS: tuple[EndReason, ...] = ("final", "expired", "no_profile")
#: What the user is told of: an order that became final, one still unpaid after the profile's
#: "close after" time, a watch that ran out of time.
NoticeKind = Literal["final", "stale", "expired", "no_profile"]
NOTICE_KINDS: tuple[NoticeKind, ...] = ("final", "stale", "expired", "no_profile")


def delay_after(
    checks: int, *, first_s: float = FIRST_DELAY_S, max_s: float = MAX_DELAY_S
) -> float:
    """Seconds from a check to the next one, when `checks` checks have been made (0: from the
    watch's start to its first check)."""
    if checks < 0:
        raise ValueError("checks is 0 or more")
    return min(max_s, first_s * GROWTH ** min(checks, 32))


@dataclass(frozen=True)
class Check:
    """What one check found, as the schedule needs it."""

    #: the answer was verified (an unverified state is never final, never "unpaid")
    trusted: bool
    #: the verified trade state code ("" when there is none)
    status: str
    #: trusted and final (paid, closed, failed, refunded...)
    final: bool


@dataclass(frozen=True)
class Decision:
    """What follows a check: when to ask next (None: the watch ends), why it ends, and what the
    user is told of (None: nothing new)."""

    next_at_ms: int | None
    end_reason: EndReason | None
    notice: NoticeKind | None
    #: the order is now told of as stale (told once per watch)
    stale_told: bool


def decide(
    check: Check,
    *,
    now_ms: int,
    added_at_ms: int,
    until_ms: int,
    checks_before: int,
    stale_told: bool,
    close_after_minutes: int,
    first_s: float = FIRST_DELAY_S,
    max_s: float = MAX_DELAY_S,
) -> Decision:
    """The decision table of one check:

    - a verified final state ends the watch, told as "final";
    - otherwise, once the watch's time is up, it ends, told as "expired";
    - a verified paying order watched longer than the profile's "close after" minutes (0: never)
      is told as "stale", once, and watched on: it may still be paid, or be closed by the user;
    - anything else (paying, not found yet, an error, an answer not verified) is asked again
      after the next wait, never later than the watch's end (its last check is at that end)."""
    if check.trusted and check.final:
        return Decision(None, "final", "final", stale_told)
    if now_ms >= until_ms:
        return Decision(None, "expired", "expired", stale_told)
    notice: NoticeKind | None = None
    if (
        not stale_told
        and close_after_minutes > 0
        and check.trusted
        and check.status == PAYING
        and now_ms - added_at_ms >= close_after_minutes * 60_000
    ):
        notice, stale_told = "stale", True
    wait_ms = int(delay_after(checks_before + 1, first_s=first_s, max_s=max_s) * 1000)
    return Decision(min(now_ms + wait_ms, until_ms), None, notice, stale_told)
