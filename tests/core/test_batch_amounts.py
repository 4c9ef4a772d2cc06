"""Expected amounts in yuan, as finance writes them, read exactly into fen (never via float)."""

from __future__ import annotations

import pytest

from leshua_gui.core.batch.amounts import AmountError, fen_of_number, parse_yuan, yuan_problem
from leshua_gui.core.errors import InputError


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12.34", 1234),
        ("¥12.34", 1234),
        ("￥12.34", 1234),
        ("¥ 12.34", 1234),
        ("1,234.50", 123450),
        ("¥1,234.50", 123450),
        ("1,234,567.89", 123456789),
        ("12", 1200),
        (" 12.3 ", 1230),
        ("\u00a012.30\t", 1230),
        ("１２．３４", 1234),  # full-width digits and point, as a Chinese IME types them
        ("￥１，２３４．５０", 123450),
        ("12.340", 1234),  # trailing zeros are not a third decimal
        ("12.34元", 1234),
        ("0.01", 1),
        ("0", 0),
        ("+5", 500),
        ("0.29", 29),  # 0.29 * 100 is 28.999999999999996 in float
        ("19.99", 1999),
    ],
)
def test_an_amount_in_yuan_is_read_exactly_into_fen(text: str, fen: int) -> None:
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_a_blank_amount_is_no_amount(text: str) -> None:
    assert parse_yuan(text) is None
    assert yuan_problem(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("12.345", "amount_decimals"),
        ("0.001", "amount_decimals"),
        ("-1", "amount_negative"),
        ("¥-12.34", "amount_negative"),
        ("−3.00", "amount_negative"),  # the minus sign
        ("(12.00)", "amount_negative"),  # accounting's negative
        ("NaN", "amount_format"),
        ("nan", "amount_format"),
        ("inf", "amount_format"),
        ("Infinity", "amount_format"),
        ("1e3", "amount_format"),
        ("12,34", "amount_format"),  # a decimal comma is not a thousands separator
        ("1,23,4.00", "amount_format"),
        ("12.", "amount_format"),
        (".5", "amount_format"),
        ("12.3.4", "amount_format"),
        ("abc", "amount_format"),
        ("$12", "amount_format"),
        ("1 234", "amount_format"),
        ("١٢", "amount_format"),  # Arabic-Indic digits are digits to Decimal, not to finance
        ("9" * 20, "amount_too_large"),
    ],
)
def test_what_is_not_an_amount_is_refused_with_its_reason(text: str, problem: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_yuan(text)
    assert caught.value.problem == problem
    assert isinstance(caught.value, InputError)
    assert caught.value.reason == "amount"
    assert repr(text) in caught.value.message
    assert yuan_problem(text) == problem


@pytest.mark.parametrize(
    ("number", "fen"), [(12, 1200), (1234.5, 123450), (0.29, 29), (19.99, 1999), (1e-2, 1)]
)
def test_a_number_a_spreadsheet_stored_is_read_as_the_decimal_it_shows(
    number: float, fen: int
) -> None:
    assert fen_of_number(number) == fen


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        (12.345, "amount_decimals"),
        (-1, "amount_negative"),
        (float("nan"), "amount_format"),
        (float("inf"), "amount_format"),
    ],
)
def test_a_stored_number_that_is_not_an_amount_is_refused(number: float, problem: str) -> None:
    with pytest.raises(AmountError) as caught:
        fen_of_number(number)
    assert caught.value.problem == problem
