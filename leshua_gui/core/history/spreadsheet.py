"""Spreadsheets for Excel, as every export writes them: typed cells and a file written whole.

In .xlsx, text stays text (an id keeps its leading zeros and all of its 19 digits) and text that
a spreadsheet would run as a formula (= + - @, tab, CR) carries Excel's quote prefix (its own
"this is text" mark; the value stays as it was); money is a number in yuan with two decimals; a
moment is a date-time cell. In .csv (UTF-8 with a BOM, so Excel reads it), such text gets a
leading apostrophe, money is plain decimal text and a moment one fixed format. openpyxl loads
only when a workbook is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from openpyxl.cell import Cell  # what openpyxl's WriteOnlyCell makes
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_T = TypeVar("_T")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MONEY_FORMAT = "0.00"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
#: A moment in a .csv (Excel reads it as a date-time in any locale).
CSV_TIME = "%Y-%m-%d %H:%M:%S"
#: A .csv as Excel reads UTF-8: with a byte order mark.
CSV_ENCODING = "utf-8-sig"


def neutralise(text: str) -> str:
    """Text a spreadsheet would treat as a formula gets a leading apostrophe (for .csv)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_money(amount: Decimal | None) -> str:
    """Yuan as plain decimal text, two places ("" when absent)."""
    return "" if amount is None else f"{amount:.2f}"


def csv_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime(CSV_TIME)


def text_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """Text that Excel keeps as text: no lost leading zeros, no 1.23E+18, never a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.number_format = "@"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # never a formula, even when edited in Excel
    return cell


def money_cell(sheet: WriteOnlyWorksheet, amount: Decimal | None) -> Cell:
    """Yuan as a number with two decimals (empty when absent)."""
    from openpyxl.cell import WriteOnlyCell

    # openpyxl writes a Decimal exactly (its stubs name only float)
    cell = WriteOnlyCell(sheet, value=amount)  # type: ignore[arg-type]
    cell.number_format = MONEY_FORMAT
    return cell


def time_cell(sheet: WriteOnlyWorksheet, moment: datetime | None) -> Cell:
    """A naive moment (the clock it is told in is the caller's) as a date-time cell."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=moment)
    if moment is not None:
        cell.number_format = TIME_FORMAT
    return cell


def plain_cell(sheet: WriteOnlyWorksheet, value: Any) -> Cell:
    """A number (a count, milliseconds) or an empty cell, as it is."""
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell(sheet, value=value)


def header_row(sheet: WriteOnlyWorksheet, titles: Iterable[str]) -> list[Cell]:
    """Column titles in bold."""
    from openpyxl.styles import Font

    bold = Font(bold=True)
    cells = []
    for title in titles:
        cell = text_cell(sheet, title)
        cell.font = bold
        cells.append(cell)
    return cells


class _Source(Iterator[_T]):
    """The items, with a failure while reading them (a damaged database) kept for later: the
    file being written is finished and removed, then the failure is raised."""

    def __init__(self, items: Iterable[_T]) -> None:
        self._items = iter(items)
        self.error: Exception | None = None

    def __next__(self) -> _T:
        if self.error is not None:
            raise StopIteration
        try:
            return next(self._items)
        except StopIteration:
            raise
        except Exception as exc:
            self.error = exc
            raise StopIteration from None


def write_whole(path: Path, items: Iterable[_T], write: Callable[[Path, Iterable[_T]], int]) -> int:
    """`write(file, items)` into a file beside `path`, renamed onto it only when complete; returns
    what `write` returns. A failure part-way (reading the items, a full disk) leaves no half file
    and no earlier file overwritten."""
    partial = path.with_name(f".{path.name}.partial")
    source = _Source(items)
    try:
        count = write(partial, source)
        if source.error is not None:
            raise source.error
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count
