"""Amounts: integer fen on the wire and in storage, yuan only when shown, never floats."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

_FEN = re.compile(r"[0-9]{1,15}")


def parse_fen(raw: str) -> int | None:
    """An amount field's integer fen, or None when the text is not a plain non-negative integer."""
    return int(raw) if _FEN.fullmatch(raw) else None


def fen_to_yuan(fen: int) -> Decimal:
    """Exact yuan for a fen amount, with two decimals."""
    from decimal import Decimal

    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int, *, symbol: str = "", grouping: bool = True) -> str:
    """`1234567` fen -> `12,345.67` (or `¥12,345.67` with symbol="¥")."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    whole = f"{yuan:,}" if grouping else str(yuan)
    return f"{sign}{symbol}{whole}.{cents:02d}"
