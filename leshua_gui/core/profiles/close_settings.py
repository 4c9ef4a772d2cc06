"""A profile's two closing settings: whether its orders may be closed, and after how long an
unpaid watched order is called stale; their bounds and checks."""

from __future__ import annotations

from leshua_gui.core.errors import InputError

#: an unpaid watched order is called stale after this many minutes, unless the profile says
CLOSE_AFTER_DEFAULT = 30
#: at most a week: a watch does not run longer than that
CLOSE_AFTER_MAX = 7 * 24 * 60


def check_close_after(minutes: object) -> int:
    """Whole minutes from 0 (never tell) to CLOSE_AFTER_MAX: a number, never text or true."""
    if (
        not isinstance(minutes, int)
        or isinstance(minutes, bool)
        or not 0 <= minutes <= CLOSE_AFTER_MAX
    ):
        raise InputError(
            f"'close after' is a whole number of minutes from 0 (never) to {CLOSE_AFTER_MAX} "
            f"(a week), not {minutes!r}",
            reason="profile_field",
        )
    return minutes


def check_allow_close(allowed: object) -> bool:
    """true or false, nothing else (a "yes" or a 1 in a file is not a permission)."""
    if not isinstance(allowed, bool):
        raise InputError(
            f"'allow close' must be true or false, not {allowed!r}", reason="profile_field"
        )
    return allowed


__all__ = ["CLOSE_AFTER_DEFAULT", "CLOSE_AFTER_MAX", "check_allow_close", "check_close_after"]
