"""What a list of orders holds before anything is sent: every row with its id, kind and expected
amount, the rows that cannot be sent and why, and the duplicates (queried once)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from leshua_gui.core.batch.amounts import AmountError, AmountProblem, fen_of_number, parse_yuan
from leshua_gui.core.batch.headers import AMOUNT_HEADERS, ID_HEADERS, norm
from leshua_gui.core.batch.reader import Cell, SourceKind, Table, read_path, read_text
from leshua_gui.core.errors import InputError
from leshua_gui.core.gateway.advice import looks_like
from leshua_gui.core.protocol.validation import IdKind, check_order_id, clean
from leshua_gui.core.text import batch_words
from leshua_gui.core.text.labels import Lang

#: the id kind a caller asks for: one kind for every row, or "auto" (by each row's shape)
KindChoice = Literal["third_order_id", "leshua_order_id", "auto"]
#: why a row is not sent (the keys of batch_words.PROBLEMS)
RowProblem = Literal[
    "id_missing", "id_space", "id_too_long", "id_chars", "id_leshua_chars", "id_number",
    "id_cell", AmountProblem,
]  # fmt: skip
#: what to check on a row that is sent all the same (the keys of batch_words.NOTES)
RowNote = Literal["excel_number", "leading_zeros"]
ROW_PROBLEMS: tuple[str, ...] = get_args(RowProblem)  # nested Literals are flattened
ROW_NOTES: tuple[str, ...] = get_args(RowNote)

#: Excel keeps 15 significant digits: a longer number is not the id that was typed
_EXACT_DIGITS = 15
_MAX_LENGTH: dict[IdKind, int] = {"third_order_id": 64, "leshua_order_id": 32}
#: Leshua order numbers have 16-32 digits: fewer, from a number cell, lost leading zeros
_LESHUA_MIN_DIGITS = 16


@dataclass(frozen=True)
class InputRow:
    """One row of the list, as the user sees it in the preview.

    `row` is the spreadsheet's row number or the line number; `raw` the id cell as written (a
    number's digits); `id` the cleaned id (valid only without a `problem`); `kind` the id kind
    it is sent as; `expected_fen` the expected amount, if the list has one."""

    row: int
    raw: str
    id: str
    kind: IdKind | None
    expected_fen: int | None = None
    problem: RowProblem | None = None
    note: RowNote | None = None
    raw_amount: str = ""

    @property
    def valid(self) -> bool:
        return self.problem is None

    @property
    def key(self) -> tuple[IdKind, str] | None:
        """What is queried for the row (None for a row not sent)."""
        return (self.kind, self.id) if self.problem is None and self.kind is not None else None

    def problem_text(self, lang: Lang) -> str | None:
        return batch_words.problem_text(self.problem, lang) if self.problem else None

    def note_text(self, lang: Lang) -> str | None:
        return batch_words.note_text(self.note, lang) if self.note else None


@dataclass(frozen=True)
class Preview:
    """Every row of a list, the unique ids to query (first seen first) and the duplicates.

    Rows that cannot be sent stay here with their problem: they are never sent nor dropped."""

    source: SourceKind
    rows: tuple[InputRow, ...]
    blank: int
    header_row: int | None
    id_column: int
    id_header: str | None
    amount_column: int | None
    amount_header: str | None
    unique: tuple[tuple[IdKind, str], ...] = field(init=False)
    duplicates: dict[tuple[IdKind, str], tuple[int, ...]] = field(init=False)

    def __post_init__(self) -> None:
        seen: dict[tuple[IdKind, str], list[int]] = {}
        for row in self.rows:
            if row.key is not None:
                seen.setdefault(row.key, []).append(row.row)
        object.__setattr__(self, "unique", tuple(seen))
        dupes = {key: tuple(rows) for key, rows in seen.items() if len(rows) > 1}
        object.__setattr__(self, "duplicates", dupes)

    @property
    def rows_read(self) -> int:
        """Rows holding something (the header and blank lines not counted)."""
        return len(self.rows)

    @property
    def valid(self) -> tuple[InputRow, ...]:
        return tuple(row for row in self.rows if row.problem is None)

    @property
    def invalid(self) -> tuple[InputRow, ...]:
        return tuple(row for row in self.rows if row.problem is not None)

    @property
    def noted(self) -> tuple[InputRow, ...]:
        return tuple(row for row in self.rows if row.note is not None)


def preview_text(
    text: str,
    *,
    column: str | int | None = None,
    kind: KindChoice | None = None,
    amount_column: str | int | None = None,
) -> Preview:
    """The preview of a pasted column (or several columns, tab- or comma-separated)."""
    return preview_table(read_text(text), column=column, kind=kind, amount_column=amount_column)


def preview_file(
    path: Path,
    *,
    column: str | int | None = None,
    kind: KindChoice | None = None,
    amount_column: str | int | None = None,
) -> Preview:
    """The preview of a .txt, .csv or .xlsx file (InputError as reader.read_path)."""
    return preview_table(read_path(path), column=column, kind=kind, amount_column=amount_column)


def preview_table(
    table: Table,
    *,
    column: str | int | None = None,
    kind: KindChoice | None = None,
    amount_column: str | int | None = None,
) -> Preview:
    """The preview of rows of cells.

    `column` names the id column by its header or its 1-based number; without it the column is
    found by its header (order_id, third_order_id ... and their Chinese words in batch_words),
    else it is the first. `kind` decides every row's kind; without it the header decides
    (leshua_order_id: Leshua; third_order_id: merchant), else each row's shape ("auto": 16-32
    digits is a Leshua order number). `amount_column` names the expected amount column; without
    it one is found by its header (amount, expected ...), if any.
    InputError (batch_column) for a column named that is not there."""
    rows = list(table.rows)
    header = _header(rows[0][1]) if rows else []
    named = [
        c for c in (column, amount_column) if isinstance(c, str) and _by_name(header, c) is not None
    ]
    has_header = bool(rows) and (
        any(norm(h) in ID_HEADERS or norm(h) in AMOUNT_HEADERS for h in header) or bool(named)
    )
    if not has_header:
        header = []
    id_index = _pick(header, column, "id") if column is not None else _find_id(header)
    if not has_header and len(rows) > 1 and _header_words(rows[0][1], id_index):
        header = _header(rows[0][1])
        has_header = True
    if amount_column is not None:
        amount_index: int | None = _pick(header, amount_column, "amount")
    else:
        amount_index = next(
            (i for i, h in enumerate(header) if norm(h) in AMOUNT_HEADERS and i != id_index),
            None,
        )
    id_header = header[id_index] if id_index < len(header) else None
    header_kind = ID_HEADERS.get(norm(id_header)) if id_header else None
    fixed: IdKind | None
    if kind is None:
        fixed = header_kind
    elif kind == "auto":
        fixed = None
    else:
        fixed = kind
    body = rows[1:] if has_header else rows
    read = [_row(n, cells, id_index, amount_index, fixed) for n, cells in body]
    read = _flag_lost_zeros(read, fixed)
    return Preview(
        source=table.source,
        rows=tuple(read),
        blank=table.blank,
        header_row=rows[0][0] if has_header else None,
        id_column=id_index + 1,
        id_header=id_header,
        amount_column=None if amount_index is None else amount_index + 1,
        amount_header=(
            header[amount_index]
            if amount_index is not None and amount_index < len(header)
            else None
        ),
    )


def _header(cells: tuple[Cell, ...]) -> list[str]:
    return [cell if isinstance(cell, str) else "" for cell in cells]


def _header_words(cells: tuple[Cell, ...], index: int) -> bool:
    """Whether the id cell of a first row is a header in words no list of headers knows
    (Bestellnummer): letters beyond ASCII and no digit, which no order number has."""
    cell = cells[index] if index < len(cells) else None
    return (
        isinstance(cell, str)
        and not cell.isascii()
        and any(ch.isalpha() for ch in cell)
        and not any(ch.isdigit() for ch in cell)
    )


def _by_name(header: list[str], name: str) -> int | None:
    wanted = norm(name)
    return next((i for i, h in enumerate(header) if h and norm(h) == wanted), None)


def _pick(header: list[str], column: str | int, what: str) -> int:
    """The 0-based index of a column named by its header or its 1-based number."""
    if isinstance(column, str):
        found = _by_name(header, column)
        if found is not None:
            return found
        if column.strip().isdigit():
            column = int(column.strip())
        else:
            raise InputError(f"no {what} column {column!r} in the list", reason="batch_column")
    if column < 1:
        raise InputError(f"column numbers start at 1, got {column}", reason="batch_column")
    return column - 1


def _find_id(header: list[str]) -> int:
    """The id column by its header: a header naming a kind first, else any id header, else 1."""
    norms = [norm(h) for h in header]
    for wanted in (True, False):
        for i, h in enumerate(norms):
            if h in ID_HEADERS and (ID_HEADERS[h] is not None) == wanted:
                return i
    return 0


def _row(
    number: int,
    cells: tuple[Cell, ...],
    id_index: int,
    amount_index: int | None,
    fixed: IdKind | None,
) -> InputRow:
    cell = cells[id_index] if id_index < len(cells) else None
    raw_amount, expected, amount_problem = _amount(cells, amount_index)
    note: RowNote | None = None
    problem: RowProblem | None = None
    if isinstance(cell, bool) or not isinstance(cell, (str, int, float, type(None))):
        raw, problem = str(cell), "id_cell"
    elif isinstance(cell, (int, float)):
        raw, problem = _number_id(cell)
        note = "excel_number" if problem is None else None
    else:
        raw = cell or ""
    value = clean(raw)
    row_kind: IdKind | None = fixed or looks_like(value)
    if problem is None:
        problem = _id_problem(row_kind, value)
    problem = problem or amount_problem
    return InputRow(number, raw, value, row_kind, expected, problem, note, raw_amount)


def _number_id(number: int | float) -> tuple[str, RowProblem | None]:
    """The digits of an id Excel stored as a number, or why it cannot be the id typed."""
    if isinstance(number, float):
        if not number.is_integer() or abs(number) >= 10**_EXACT_DIGITS:
            return repr(number), "id_number"
        number = int(number)
    if number < 0 or len(str(number)) > _EXACT_DIGITS:
        return str(number), "id_number"
    return str(number), None


def _id_problem(kind: IdKind | None, value: str) -> RowProblem | None:
    if kind is None or not value:
        return "id_missing"
    try:
        check_order_id(kind, value)
    except InputError:
        pass
    else:
        return None
    if any(ch.isspace() for ch in value):
        return "id_space"
    if any(not ("\x21" <= ch <= "\x7e") for ch in value):
        return "id_chars"
    if len(value) > _MAX_LENGTH[kind]:
        return "id_too_long"
    return "id_leshua_chars"


def _amount(
    cells: tuple[Cell, ...], index: int | None
) -> tuple[str, int | None, AmountProblem | None]:
    """The expected amount's text, fen and problem."""
    cell = cells[index] if index is not None and index < len(cells) else None
    if cell is None:
        return "", None, None
    try:
        if isinstance(cell, str):
            return cell, parse_yuan(cell), None
        if isinstance(cell, (int, float)) and not isinstance(cell, bool):
            return repr(cell), fen_of_number(cell), None
    except AmountError as exc:
        return str(cell), None, exc.problem
    return str(cell), None, "amount_format"


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _flag_lost_zeros(rows: list[InputRow], fixed: IdKind | None) -> list[InputRow]:
    """Numbers shorter than the list's usual length of all-digit ids (or than a Leshua order
    number) probably lost their leading zeros: their note says so."""
    typed = Counter(len(r.id) for r in rows if r.note is None and _digits(r.id))
    stored = Counter(len(r.id) for r in rows if r.note is not None)
    usual = typed.most_common(1)[0][0] if typed else 0
    if not typed:  # every id a number: the usual length of several of them
        usual = next((length for length, count in stored.most_common() if count > 1), 0)
    out = []
    for row in rows:
        if row.note == "excel_number" and (
            len(row.id) < usual or (fixed == "leshua_order_id" and len(row.id) < _LESHUA_MIN_DIGITS)
        ):
            row = InputRow(
                row.row, row.raw, row.id, row.kind, row.expected_fen, row.problem,
                "leading_zeros", row.raw_amount,
            )  # fmt: skip
        out.append(row)
    return out
