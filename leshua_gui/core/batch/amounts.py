"""Amounts in yuan as finance writes them (12.34, ¥12.34, 1,234.50), read exactly into fen."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Literal

from leshua_gui.core.errors import InputError
from leshua_gui.core.protocol.validation import clean
from leshua_gui.core.text.batch_words import YUAN_SUFFIX

#: Why an amount is refused (the keys of batch_words.PROBLEMS for amounts).
AmountProblem = Literal["amount_format", "amount_decimals", "amount_negative", "amount_too_large"]

#: 12, 12.3, 1234.50, 1,234.50 (commas only as thousands separators)
_YUAN = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_NEGATIVE = ("-", "\u2212")  # hyphen-minus and the minus sign
_SIGNS = ("\u00a5",)  # ¥ (the full-width ￥ is ¥ after NFKC)
#: a trillion yuan: no single order is that large; more is a typing slip
_MAX_FEN = 100_000_000_000_000


class AmountError(InputError):
    """An amount refused: reason "amount"; `problem` says why (AmountProblem)."""

    def __init__(self, message: str, problem: AmountProblem) -> None:
        super().__init__(message, reason="amount")
        self.problem: AmountProblem = problem


def parse_yuan(text: str) -> int | None:
    """The fen in an amount written in yuan; None for a blank cell.

    Accepts 12.34, ¥12.34, ￥12.34, 1,234.50, 12, full-width digits, the word for yuan after
    the number and the spaces pasting adds. Raises AmountError for more than 2 decimals (12.345;
    12.340 is fine), a negative amount, NaN or infinity, and anything else that is not one.
    """
    value = unicodedata.normalize("NFKC", clean(text)).strip()
    if not value:
        return None
    if value.endswith(YUAN_SUFFIX):
        value = value[: -len(YUAN_SUFFIX)].rstrip()
    for sign in _SIGNS:
        if value.startswith(sign):
            value = value[len(sign) :].lstrip()
    if value.startswith(_NEGATIVE) or (value.startswith("(") and value.endswith(")")):
        raise AmountError(f"an amount cannot be negative, got {text!r}", "amount_negative")
    if value.startswith("+"):
        value = value[1:]
    if not _YUAN.fullmatch(value):
        raise AmountError(f"not an amount in yuan: {text!r}", "amount_format")
    try:
        yuan = Decimal(value.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimal numbers
        raise AmountError(f"not an amount in yuan: {text!r}", "amount_format") from None
    fen = yuan * 100
    if fen != fen.to_integral_value():
        raise AmountError(
            f"an amount has at most 2 decimals (fen), got {text!r}", "amount_decimals"
        )
    if fen >= _MAX_FEN:
        raise AmountError(f"the amount is too large: {text!r}", "amount_too_large")
    return int(fen)


def yuan_problem(text: str) -> AmountProblem | None:
    """Why `text` is not an amount in yuan, or None if it is one (or blank)."""
    try:
        parse_yuan(text)
    except AmountError as exc:
        return exc.problem
    return None


def fen_of_number(number: int | float) -> int:
    """The fen in a number a spreadsheet stored (yuan); AmountError as parse_yuan.

    A float is read as the shortest decimal that gives it back (1234.5, not its binary
    expansion), so 12.345 is refused and never rounded."""
    if isinstance(number, float) and not (number == number and abs(number) != float("inf")):
        raise AmountError(f"not an amount in yuan: {number!r}", "amount_format")
    return parse_yuan(_plain(number)) or 0


def _plain(number: int | float) -> str:
    """A number in plain decimal notation (no exponent): 1e-05 is 0.00001."""
    text = format(Decimal(repr(number)), "f")
    return text
