"""The gateway's times read without strptime agree with strptime, and defer on anything else."""

from __future__ import annotations

from datetime import datetime

import pytest

from leshua_gui.core.history.times import BEIJING, pay_moment
from leshua_gui.core.protocol.answer import CHINA_TZ, parse_time, quick_time

SAMPLES = [
    "2026-11-20 14:03:27", "20261121093015", "2026-02-29 00:00:00", "2024-02-29 23:59:59",
    "2026-13-01 00:00:00", "20261301000000", "2026-1-5 9:03:07", "2026-11-20T14:03:27",
    "2026/11/20 14:03:27", "2026-11-20 14:03:27 ", "２０２６１１２１０９３０１５", "",
    "2026112109301", "202611210930150", "2026-11-20  14:03:27", "0000-01-01 00:00:00",
]  # fmt: skip


def by_strptime(value: str, formats: tuple[str, ...]) -> datetime | None:
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=CHINA_TZ)
        except ValueError:
            continue
    return None


@pytest.mark.parametrize("value", SAMPLES)
def test_the_quick_reading_is_strptimes_or_none(value: str) -> None:
    quick = quick_time(value, CHINA_TZ)
    both = by_strptime(value, ("%Y-%m-%d %H:%M:%S", "%Y%m%d%H%M%S"))
    assert quick is None or quick == both
    assert parse_time(value) == both  # with the fallback: exactly what strptime reads


def test_the_usual_forms_are_read_quickly_and_odd_ones_still_read() -> None:
    assert quick_time("20261121093015", BEIJING) == datetime(
        2026, 11, 21, 9, 30, 15, tzinfo=BEIJING
    )
    assert quick_time("2026-1-5 9:03:07", CHINA_TZ) is None  # strptime's to read
    assert parse_time("2026-1-5 9:03:07") == datetime(2026, 1, 5, 9, 3, 7, tzinfo=CHINA_TZ)
    assert (
        quick_time("２０２６１１２１０９３０１５", CHINA_TZ) is None
    )  # full-width digits: not quick
    assert pay_moment(" 2026/11/20 14:03:27 ") == datetime(2026, 11, 20, 14, 3, 27, tzinfo=BEIJING)
    assert pay_moment("2026-02-30 10:00:00") is None
