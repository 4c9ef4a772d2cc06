"""Reading a list of orders into rows of cells: a pasted column, a .txt, a .csv or an .xlsx.

Each row keeps the number the user sees (the line number, the spreadsheet's row number). Cells
are text, except what an .xlsx stored as numbers (int, float) or something else (a date)."""

from __future__ import annotations

import codecs
import csv
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from leshua_gui.core.batch.headers import is_known_header
from leshua_gui.core.errors import InputError

#: what a cell holds once read: text, an int or a float an .xlsx stored, None for an empty cell,
#: or another value an .xlsx stored (a date, a bool) for the caller to refuse
Cell = object

SourceKind = Literal["paste", "txt", "csv", "xlsx"]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
#: columns read from a spreadsheet row (the id and amount columns are among the first ones)
MAX_COLUMNS = 256
#: what the parts of an .xlsx may expand to, all together (a zip bomb is refused unread)
MAX_XLSX_EXPANDED = 512 * 1024 * 1024
#: what its table of shared strings (every text cell's text, held in memory) may expand to
MAX_XLSX_STRINGS = 128 * 1024 * 1024
#: rows of an .xlsx walked through, blank ones included (Excel's own limit)
MAX_XLSX_ROWS = 1_048_576


#: why a list cannot be read (the keys of batch_words.LIST_PROBLEMS)
ListProblem = Literal["too_large", "too_many_rows", "encoding", "not_xlsx", "hostile"]


class ListUnreadable(InputError):
    """A list that cannot be read; `problem` says why, for the words of each front end."""

    def __init__(self, message: str, problem: ListProblem) -> None:
        super().__init__(message, reason="batch_input")
        self.problem: ListProblem = problem


@dataclass(frozen=True)
class Table:
    """The rows of cells a list holds; `blank` counts the blank rows skipped."""

    source: SourceKind
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    blank: int


def too_many_rows() -> InputError:
    return ListUnreadable(f"the list has more than {MAX_ROWS:,} rows", "too_many_rows")


def read_text(text: str, source: SourceKind = "paste") -> Table:
    """Rows of a pasted column or a text file, one row a line (numbered as an editor does).

    Cells are split by tabs (as Excel and WPS copy them), quoted as in CSV. Without a tab, a
    .csv is split by commas; pasted text and a .txt only when their first line names a known
    column header (order_id,amount), since a merchant order number may hold a comma: otherwise each
    line is one cell, as typed. Blank lines are skipped and counted."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the end of the last line, not a blank line
    delimiter: str | None = None
    if any("\t" in line for line in lines):
        delimiter = "\t"
    elif source == "csv" or _comma_header(lines):
        delimiter = ","
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    blank = 0
    for number, line in enumerate(lines, start=1):
        cells = [line] if delimiter is None else next(csv.reader([line], delimiter=delimiter), [])
        if not any(cell.strip() for cell in cells):
            blank += 1
            continue
        if len(rows) >= MAX_ROWS:
            raise too_many_rows()
        rows.append((number, tuple(cells[:MAX_COLUMNS])))
    return Table(source, tuple(rows), blank)


def _comma_header(lines: list[str]) -> bool:
    first = next((line for line in lines if line.strip()), "")
    return "," in first and any(is_known_header(cell) for cell in first.split(","))


def decode(data: bytes) -> str:
    """Text saved by Excel, WPS or an editor: UTF-16 with its BOM, UTF-8 with or without BOM,
    else GBK (GB18030) as Chinese Excel saves a CSV. InputError (batch_input) for neither."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ListUnreadable("the file is neither UTF-8 nor GBK: it cannot be read", "encoding")


def read_path(path: Path) -> Table:
    """The rows of a .txt, .csv (or .tsv) or .xlsx file, by its name's ending (text otherwise).

    InputError (batch_input) for a file over MAX_FILE_BYTES, more than MAX_ROWS rows, an
    encoding that is neither UTF-8 nor GBK, or an .xlsx that cannot or should not be opened;
    (file) for a file that cannot be read at all."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", reason="file") from None
    if size > MAX_FILE_BYTES:
        raise ListUnreadable(
            f"{path.name} is too large ({size:,} bytes; at most {MAX_FILE_BYTES // 2**20} MB)",
            "too_large",
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    try:
        data = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", reason="file") from None
    if len(data) > MAX_FILE_BYTES:  # it grew since stat()
        raise ListUnreadable(f"{path.name} is too large", "too_large")
    return read_text(decode(data), "csv" if suffix in (".csv", ".tsv") else "txt")


def read_xlsx(path: Path) -> Table:
    """The rows of an .xlsx's first sheet, read in openpyxl's read-only (streaming) mode.

    Before anything is parsed, the parts the archive declares must fit MAX_XLSX_EXPANDED (Python's
    zip reader never inflates a part past its declared size); at most MAX_COLUMNS columns and
    MAX_XLSX_ROWS rows are walked through."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ListUnreadable(f"{path.name} is not an .xlsx file: {exc}", "not_xlsx") from None
    expanded = sum(info.file_size for info in parts)
    # the shared strings are held in memory whole (the sheets are streamed)
    strings = sum(info.file_size for info in parts if info.filename.endswith("sharedStrings.xml"))
    if expanded > MAX_XLSX_EXPANDED or strings > MAX_XLSX_STRINGS:
        raise ListUnreadable(
            f"{path.name} expands to {expanded:,} bytes: not read, to be safe", "hostile"
        )
    import openpyxl  # only when a spreadsheet is read

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        raise ListUnreadable(
            f"{path.name} cannot be read as an .xlsx file: {exc}", "not_xlsx"
        ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return Table("xlsx", (), 0)
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        blank = 0
        for number, values in enumerate(
            sheet.iter_rows(max_col=MAX_COLUMNS, max_row=MAX_XLSX_ROWS, values_only=True),
            start=1,
        ):
            cells = tuple(_cell(value) for value in values)
            if all(cell is None for cell in cells):
                blank += 1
                continue
            if len(rows) >= MAX_ROWS:
                raise too_many_rows()
            rows.append((number, cells))
        return Table("xlsx", tuple(rows), blank)
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet part
        raise ListUnreadable(
            f"{path.name} cannot be read as an .xlsx file: {exc}", "not_xlsx"
        ) from None
    finally:
        book.close()


def _cell(value: object) -> Cell:
    """A cell's value: None for an empty (or blank text) cell, text, an int or a float as
    stored, or the value itself (a date, a bool) for the caller to refuse."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    return value
