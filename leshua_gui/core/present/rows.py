"""What one lookup's outcome is shown as: sections of rows, the same for the window, the Copy
summary and the command line (they only render it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: How a row is shown: the state (with its code and trust), a check (the signature, the
#: amounts' arithmetic), a note (advice, a warning), a value in words with its code, an amount,
#: a time, an identifier, plain text, or one line of a table (its cells).
Kind = Literal["state", "check", "note", "code", "money", "time", "id", "text", "table"]

#: The sections, in the order they are shown.
SectionName = Literal[
    "asked", "state", "payment", "amounts", "refund", "times", "ids", "promotions", "other", "query"
]


@dataclass(frozen=True)
class Cell:
    """One cell of a table row: its column's title, the value shown, the value as sent."""

    title: str
    shown: str
    sent: str = ""
    kind: Kind = "text"


@dataclass(frozen=True)
class Row:
    """One line: its title, the value shown, the value a copy gives, the answer's field it
    comes from (None: not a field), how it is shown, and the value as the gateway sent it (a
    code, a time or a number of fen; shown on hover)."""

    title: str
    shown: str
    copy: str
    field: str | None
    kind: Kind
    sent: str = ""
    cells: tuple[Cell, ...] = ()


@dataclass(frozen=True)
class Section:
    """A titled group of rows. The state section has no title: it is the headline."""

    name: SectionName
    title: str
    rows: tuple[Row, ...]
