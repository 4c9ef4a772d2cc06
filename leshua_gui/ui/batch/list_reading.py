"""Reading a list for the batch window, on a worker: the rows of cells once per source, the
preview again for each choice of columns and kind, the columns to choose from, and why a list
cannot be read in the user's words. Qt-free: the input panel runs these through its TaskRunner."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import get_args

from leshua_gui.core.batch.amounts import AmountProblem
from leshua_gui.core.batch.preview import KindChoice, Preview, preview_table
from leshua_gui.core.batch.reader import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    ListUnreadable,
    Table,
    read_path,
    read_text,
)
from leshua_gui.core.errors import InputError
from leshua_gui.core.text import batch_words
from leshua_gui.core.text.labels import Lang

#: the files a list can come from (anything else is refused before it is read)
LIST_SUFFIXES = (".txt", ".csv", ".tsv", ".xlsx")
#: rows looked at to count the columns a list has
_COLUMN_SAMPLE = 200
_AMOUNT_PROBLEMS: frozenset[str] = frozenset(get_args(AmountProblem))


def is_list_file(path: Path) -> bool:
    return path.suffix.lower() in LIST_SUFFIXES


@dataclass(frozen=True)
class Choice:
    """How to read the table: the id column (1-based; None: found by its header), the amount
    column (None: found by its header; 0: none), and the id kind (None: by header or shape)."""

    id_column: int | None = None
    amount_column: int | None = None
    kind: KindChoice | None = None


@dataclass(frozen=True)
class ReadList:
    """A list as read: its cells, the columns to choose from, and the preview of a choice."""

    table: Table
    #: one label part per column: the header's text ("" when the list has no header row)
    headers: tuple[str, ...]
    preview: Preview
    choice: Choice


def read_source(text: str | None, path: Path | None) -> Table:
    """The cells of a pasted list or a file (InputError when it cannot be read)."""
    if path is not None:
        return read_path(path)
    return read_text(text or "")


def preview_of(table: Table, choice: Choice) -> ReadList:
    """The preview of `table` read as `choice` says."""
    amount = choice.amount_column
    preview = preview_table(
        table,
        column=choice.id_column,
        kind=choice.kind,
        amount_column=amount if amount else None,
    )
    if amount == 0:
        preview = without_amounts(preview)
    return ReadList(table, headers_of(table, preview), preview, choice)


def headers_of(table: Table, preview: Preview) -> tuple[str, ...]:
    """The header text of each column (blank without a header row), as many as the widest of
    the first rows."""
    rows = table.rows[:_COLUMN_SAMPLE]
    width = max((len(cells) for _n, cells in rows), default=0)
    width = max(width, preview.id_column, preview.amount_column or 0)
    first = rows[0][1] if rows and preview.header_row is not None else ()
    texts = [cell.strip() if isinstance(cell, str) else "" for cell in first]
    return tuple(texts[i] if i < len(texts) else "" for i in range(width))


def without_amounts(preview: Preview) -> Preview:
    """The preview with no expected amounts (the user said the list has none): a row refused
    for its amount only is sent after all."""
    rows = tuple(
        replace(
            row,
            expected_fen=None,
            raw_amount="",
            problem=None if row.problem in _AMOUNT_PROBLEMS else row.problem,
        )
        for row in preview.rows
    )
    return Preview(
        source=preview.source,
        rows=rows,
        blank=preview.blank,
        header_row=preview.header_row,
        id_column=preview.id_column,
        id_header=preview.id_header,
        amount_column=None,
        amount_header=None,
    )


def unreadable_text(error: InputError, lang: Lang) -> str:
    """Why a list cannot be read, in `lang` (the reader's English only for what has no words)."""
    if not isinstance(error, ListUnreadable):
        return error.message
    problem = error.problem
    if problem == "too_large":
        return batch_words.list_problem_text(problem, lang, limit=MAX_FILE_BYTES // 2**20)
    if problem == "too_many_rows":
        return batch_words.list_problem_text(problem, lang, limit=f"{MAX_ROWS:,}")
    return batch_words.list_problem_text(problem, lang)
