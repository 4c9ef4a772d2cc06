"""Amounts: integer fen in, exact yuan out, never binary floating point."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leshua_gui.core.protocol.money import fen_to_yuan, format_yuan, parse_fen


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (0, "0.00"),
        (1, "0.01"),
        (10, "0.10"),
        (99, "0.99"),
        (100, "1.00"),
        (12800, "128.00"),
        (100000, "1,000.00"),
        (1234567, "12,345.67"),
        (10**15 - 1, "9,999,999,999,999.99"),
        # binary floats would drift here: 0.1 + 0.2 style errors or lost low digits
        (2**53 + 1, "90,071,992,547,409.93"),
    ],
)
def test_format_yuan(fen: int, text: str) -> None:
    assert format_yuan(fen) == text


def test_format_yuan_without_grouping() -> None:
    assert format_yuan(1234567, grouping=False) == "12345.67"
    assert format_yuan(10**15 - 1, grouping=False) == "9999999999999.99"


def test_format_yuan_with_symbol() -> None:
    assert format_yuan(1234567, symbol="¥") == "¥12,345.67"
    assert format_yuan(1, symbol="¥") == "¥0.01"


@pytest.mark.parametrize(
    ("fen", "text"), [(-1, "-0.01"), (-100, "-1.00"), (-1234567, "-12,345.67")]
)
def test_format_yuan_negative(fen: int, text: str) -> None:
    assert format_yuan(fen) == text


def test_format_yuan_negative_puts_the_sign_before_the_symbol() -> None:
    assert format_yuan(-1234567, symbol="¥") == "-¥12,345.67"


@pytest.mark.parametrize(
    ("fen", "yuan"),
    [(1, "0.01"), (100, "1.00"), (12800, "128.00"), (1234567, "12345.67"), (10**15 - 1, None)],
)
def test_fen_to_yuan_is_a_two_place_decimal(fen: int, yuan: str | None) -> None:
    value = fen_to_yuan(fen)
    assert isinstance(value, Decimal)
    assert value.as_tuple().exponent == -2
    assert value * 100 == fen
    if yuan is not None:
        assert str(value) == yuan


@pytest.mark.parametrize(("raw", "fen"), [("0", 0), ("1", 1), ("12800", 12800), ("00100", 100)])
def test_parse_fen_accepts_plain_integers(raw: str, fen: int) -> None:
    assert parse_fen(raw) == fen


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "12.80",
        "12.",
        "-1",
        "+1",
        " 1",
        "1 ",
        "1\n",
        "1 000",
        "1,000",
        "1_000",
        "1e3",
        "0x10",
        "１２８００",  # full-width digits
        "١٢٨",  # Arabic-Indic digits
        "¹",
        "NaN",
        "1" * 16,
    ],
)
def test_parse_fen_rejects(raw: str) -> None:
    assert parse_fen(raw) is None


@settings(database=None, max_examples=300)
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_format_yuan_round_trips_exactly(fen: int) -> None:
    assert Decimal(format_yuan(fen, grouping=False)) * 100 == fen
    assert fen_to_yuan(fen) * 100 == fen
    assert parse_fen(str(fen)) == fen
