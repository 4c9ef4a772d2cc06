"""Days and times of the history: a typed day, the gateway's pay time in either of its formats."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from leshua_gui.core.protocol.answer import CHINA_TZ, parse_time

#: The gateway's clock: China Standard Time (no daylight saving since 1991), one zone for the
#: whole product.
BEIJING = CHINA_TZ

#: Pay times in forms beyond the gateway's two documented ones (parse_time reads those), as
#: older records and other tools write them.
_MORE_PAY_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
#: Year, month and day with any separators between them (-, /, ., or the Chinese day marks).
_DAY = re.compile(r"^\s*(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})\D{0,2}$")


def pay_moment(text: str | None) -> datetime | None:
    """The gateway's `pay_time` (``20261121093015`` or ``2026-11-20 14:03:27``, Beijing time)
    as an aware moment; None when absent or not a time."""
    if not text:
        return None
    value = text.strip()
    moment = parse_time(value)
    if moment is not None:
        return moment
    for pattern in _MORE_PAY_FORMATS:
        try:
            return datetime.strptime(value, pattern).replace(tzinfo=BEIJING)
        except ValueError:
            continue
    return None


def pay_time_text(text: str | None) -> str:
    """`pay_time` in one format, ``2026-11-21 09:30:15`` (Beijing time); unreadable as it is."""
    moment = pay_moment(text)
    if moment is None:
        return text or ""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def parse_day(text: str) -> date | None:
    """A typed day: ``20261201``, ``2026-12-01``, ``2026/12/1``, ``2026.12.01`` or
    the year, month and day with the Chinese marks between them. Empty text is None (any
    day); anything else raises ValueError."""
    value = text.strip()
    if not value:
        return None
    if value.isdigit() and len(value) == 8:
        year, month, day = int(value[:4]), int(value[4:6]), int(value[6:])
    else:
        match = _DAY.match(value)
        if match is None:
            raise ValueError(f"not a day: {text!r}")
        year, month, day = (int(g) for g in match.groups())
    return date(year, month, day)  # raises ValueError for 2026-02-30


def preset_days(preset: str, today: date) -> tuple[date | None, date | None]:
    """The (first, last) day of a preset: any, today, yesterday, last7 (today and the six days
    before it) or month (this calendar month so far)."""
    if preset == "today":
        return today, today
    if preset == "yesterday":
        day = today - timedelta(days=1)
        return day, day
    if preset == "last7":
        return today - timedelta(days=6), today
    if preset == "month":
        return today.replace(day=1), today
    return None, None


PRESETS = ("any", "today", "yesterday", "last7", "month")
