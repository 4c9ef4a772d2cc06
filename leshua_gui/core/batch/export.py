"""A batch job for Excel: an .xlsx with a Summary sheet and a Rows sheet, or a .csv of the rows.

The Rows sheet has one row per input row, in the UI language: the row number, the id as text
(leading zeros and 19 digits intact, never a formula), its kind, the trade state in words with
the code beside, the verification, the pay way, the amounts in yuan as numbers (of a verified
answer only: any other row's are empty, never a claimed amount), the expected amount and the
difference, the pay time as a date-time cell (China time), the error and the row's remarks (why
it was not sent, what to check, which earlier row it repeats). The Summary sheet shows the job's
particulars, then titled sections of (label, value) rows given by the caller (`SummarySheet`,
plain data: `summary_of` makes one of a job's `Totals`). The .csv (UTF-8 with a BOM) has the same
columns. Rows are streamed (openpyxl's write-only mode): 100,000 rows take little memory. A file
is written whole or not at all.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeAlias

from leshua_gui.core.batch.job import Job, JobRow
from leshua_gui.core.batch.jobstore import row_verdict
from leshua_gui.core.batch.outcome import Outcome
from leshua_gui.core.batch.totals import Money, Totals
from leshua_gui.core.history import spreadsheet as cells
from leshua_gui.core.history.spreadsheet import neutralise
from leshua_gui.core.history.times import BEIJING
from leshua_gui.core.protocol.money import fen_to_yuan
from leshua_gui.core.text import batch_words, export_words, labels
from leshua_gui.core.text.labels import Lang

#: A value of the Summary sheet: text, a count, money in yuan, a moment, or nothing.
SummaryValue: TypeAlias = str | int | Decimal | datetime | None


@dataclass(frozen=True)
class SummarySection:
    """A titled part of the Summary sheet: an optional header row, then rows whose first cell is
    a label and whose other cells are values (money as Decimal yuan, counts as int)."""

    title: str
    rows: tuple[tuple[SummaryValue, ...], ...]
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummarySheet:
    """What the Summary sheet shows below the job's particulars, and a closing note (such as
    what the money was counted over)."""

    sections: tuple[SummarySection, ...]
    note: str = ""


#: What export_xlsx takes as the summary: a SummarySheet, or plain (label, value) rows.
Summary: TypeAlias = SummarySheet | Sequence[tuple[str, SummaryValue]]

#: The Rows sheet's columns, in order: (key, kind); kind is text, int, money or time.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("row", "int"),
    ("id", "text"),
    ("kind", "text"),
    ("state", "text"),
    ("state_code", "text"),
    ("verification", "text"),
    ("pay_way", "text"),
    ("amount", "money"),
    ("buyer_pay_amount", "money"),
    ("discount_amount", "money"),
    ("settlement_amount", "money"),
    ("expected", "money"),
    ("difference", "money"),
    ("pay_time", "time"),
    ("error", "text"),
    ("error_code", "text"),
    ("error_detail", "text"),
    ("remarks", "text"),
)
#: The amounts of a verified answer the Rows sheet shows, with the label of their total
#: (batch_words.TOTALS): the discount is discount_amount and coupon together, as the totals'.
AMOUNTS = {"amount": "amount", "buyer_pay_amount": "buyer_paid", "discount_amount": "discount",
           "settlement_amount": "settlement"}  # fmt: skip
#: Column widths of the Rows sheet (characters), where the default is too narrow.
_WIDTHS = {"id": 34, "state": 18, "pay_time": 20, "error": 30, "error_detail": 30, "remarks": 40}


def header(key: str, lang: Lang) -> str:
    if key in AMOUNTS:
        return labels.capital(batch_words.totals_label(AMOUNTS[key], lang))
    return export_words.batch_header(key, lang)


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else fen_to_yuan(fen)


def _amounts(outcome: Outcome | None) -> dict[str, Decimal | None]:
    """The Rows sheet's amounts: a verified answer's only (none of any other)."""
    fen = outcome.amounts_fen if outcome is not None and outcome.trusted else {}
    shown = {name: _yuan(fen.get(name)) for name in AMOUNTS}
    if "coupon" in fen:
        shown["discount_amount"] = fen_to_yuan(fen.get("discount_amount", 0) + fen["coupon"])
    return shown


def _state(outcome: Outcome | None, lang: Lang) -> str:
    if outcome is None:
        return ""
    if outcome.trusted:
        return labels.trade_state(outcome.status, lang) if outcome.status else ""
    if outcome.claimed_status:  # a claim, never a fact
        return export_words.claimed_state(labels.trade_state(outcome.claimed_status, lang), lang)
    return "" if outcome.not_found else export_words.state_unknown(lang)


def _error(outcome: Outcome | None, lang: Lang) -> str:
    """What went wrong, in words: the gateway code's meaning, or the kind of error."""
    if outcome is None or outcome.error_kind is None:
        return ""
    if outcome.error_kind == "gateway" and outcome.error_code:
        return labels.error_code(outcome.error_code, lang)
    return export_words.error_kind(outcome.error_kind, lang)


def _remarks(row: JobRow, lang: Lang) -> str:
    texts = []
    if row.problem is not None:
        texts.append(batch_words.problem_text(row.problem, lang))
    if row.note is not None:
        texts.append(batch_words.note_text(row.note, lang))
    if row.duplicate_of is not None:
        texts.append(export_words.duplicate_of(row.duplicate_of, lang))
    return batch_words.totals_label("separator", lang).join(texts)


def _pay_time(outcome: Outcome | None) -> datetime | None:
    """China time without a zone (Excel has none): the gateway's clock."""
    moment = outcome.pay_time if outcome is not None and outcome.trusted else None
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(BEIJING).replace(tzinfo=None)


def row_values(row: JobRow, lang: Lang) -> list[Any]:
    """One input row's cells, in COLUMNS order: text as str, the row as int, money as Decimal
    yuan (None when absent, and always for an answer that did not verify), the pay time as a
    naive China time."""
    outcome = row.outcome
    verified = outcome if outcome is not None and outcome.trusted else None
    code = ""
    if outcome is not None:
        code = (outcome.status if verified else outcome.claimed_status) or ""
    pay_way = verified.pay_way if verified is not None else None
    values: dict[str, Any] = {
        "row": row.row,
        "id": row.id if row.valid else row.raw,
        "kind": labels.field_name(row.kind, lang) if row.kind else "",
        "state": _state(outcome, lang),
        "state_code": code,
        "verification": batch_words.row_verdict_text(row_verdict(row), lang),
        "pay_way": labels.pay_way(pay_way, lang) if pay_way else "",
        **_amounts(outcome),
        "expected": _yuan(row.expected_fen),
        "difference": _yuan(row.difference_fen),
        "pay_time": _pay_time(outcome),
        "error": _error(outcome, lang),
        "error_code": (outcome.error_code or "") if outcome is not None else "",
        "error_detail": (outcome.error or "") if outcome is not None else "",
        "remarks": _remarks(row, lang),
    }
    return [values[key] for key, _ in COLUMNS]


# -- the Summary sheet of a job's totals ------------------------------------------------------


def _label(key: str, lang: Lang) -> str:
    """A label of the totals (batch_words.TOTALS), as the first cell of a row."""
    return labels.capital(batch_words.totals_label(key, lang))


def _money_row(label: str, code: str, money: Money) -> tuple[SummaryValue, ...]:
    amounts = (money.amount_fen, money.buyer_paid_fen, money.discount_fen, money.settlement_fen)
    return (label, code, money.count, *(fen_to_yuan(fen) for fen in amounts))


def _money_section(
    key: str,
    table: dict[str, Money],
    every: Money,
    header_keys: tuple[str, str],
    name: Callable[[str, Lang], str],
    lang: Lang,
) -> SummarySection:
    """Verified money by trade state or pay way (in words, the code beside), then in all."""
    head = (
        export_words.batch_header(header_keys[0], lang),
        export_words.header(header_keys[1], lang) or "",
        *(_label(k, lang) for k in ("count", *AMOUNTS.values())),
    )
    none = batch_words.totals_label("none", lang)
    rows = [
        _money_row(name(code, lang) if code else none, code, m) for code, m in sorted(table.items())
    ]
    every_label = labels.capital(export_words.summary_word("all_verified", lang))
    rows.append(_money_row(every_label, "", every))
    return SummarySection(_label(key, lang), tuple(rows), head)


def summary_of(found: Totals, lang: Lang) -> SummarySheet:
    """The Summary sheet of a job's totals: money by trade state and by pay way (verified
    answers only, each order once), what was counted apart, and the check against the books."""
    apart: list[tuple[SummaryValue, ...]] = [
        (_label(key, lang), count)
        for key, count in (
            ("untrusted", found.untrusted),
            ("errors", found.errors),
            ("not_found", found.not_found),
            ("pending", found.pending),
            ("invalid", found.invalid),
            ("duplicates", found.duplicates),
        )
    ]
    word = export_words.summary_word
    books: list[tuple[SummaryValue, ...]] = [
        # verified, so in money under their state, but not final yet: to look at again
        (_label("not_final", lang), found.not_final),
        (labels.capital(word("expected_rows", lang)), found.expected),
        (labels.capital(word("books_total", lang)), fen_to_yuan(found.books_fen)),
        (_label("matched", lang), found.matched),
        (_label("mismatches", lang), len(found.mismatches)),
        (_label("difference", lang), fen_to_yuan(found.difference_fen)),
        (_label("expected_not_found", lang), found.expected_not_found),
    ]
    states = _money_section(
        "by_state", found.by_state, found.trusted, ("state", "status"), labels.trade_state, lang
    )
    pay_ways = _money_section(
        "by_pay_way", found.by_pay_way, found.trusted, ("pay_way", "pay_way_code"),
        labels.pay_way, lang,
    )  # fmt: skip
    return SummarySheet(
        (
            states,
            pay_ways,
            SummarySection(word("apart", lang), tuple(apart)),
            SummarySection(word("books", lang), tuple(books)),
        ),
        note=batch_words.totals_label("money_note", lang),
    )


# -- .csv ------------------------------------------------------------------------------------


def _csv_rows(path: Path, rows: Iterable[JobRow], lang: Lang) -> int:
    count = 0
    with open(path, "w", encoding=cells.CSV_ENCODING, newline="") as fh:
        out = csv.writer(fh)
        out.writerow([header(key, lang) for key, _ in COLUMNS])
        for row in rows:
            line = []
            for (_, kind), value in zip(COLUMNS, row_values(row, lang), strict=True):
                if kind == "money":
                    line.append(cells.csv_money(value))
                elif kind == "time":
                    line.append(cells.csv_time(value))
                elif kind == "int":
                    line.append(str(value))
                else:
                    line.append(neutralise(str(value)))
            out.writerow(line)
            count += 1
    return count


def export_csv(path: Path, rows: Iterable[JobRow], lang: Lang) -> int:
    """The rows as .csv (UTF-8 with a BOM); returns how many. A CSV cannot mark a column as
    text: Excel opening one drops the leading zeros of numeric-looking ids (export .xlsx)."""
    return cells.write_whole(path, rows, lambda file, items: _csv_rows(file, items, lang))


# -- .xlsx -----------------------------------------------------------------------------------


def _summary_cell(sheet: Any, value: SummaryValue) -> Any:
    if isinstance(value, Decimal):
        return cells.money_cell(sheet, value)
    if isinstance(value, datetime):
        return cells.time_cell(sheet, value)
    if isinstance(value, str):
        return cells.text_cell(sheet, value) if value else cells.plain_cell(sheet, None)
    return cells.plain_cell(sheet, value)


def _as_sheet(summary: Summary) -> SummarySheet:
    if isinstance(summary, SummarySheet):
        return summary
    return SummarySheet((SummarySection("", tuple(tuple(pair) for pair in summary)),))


def job_section(job: Job, lang: Lang) -> SummarySection:
    """The job's particulars: its id, when it was made, who was asked, from which list, how far
    it got."""
    created = job.created.astimezone().replace(tzinfo=None)  # the local clock, as the history's
    values: tuple[tuple[str, SummaryValue], ...] = (
        ("job", job.id),
        ("created", created),
        ("profile", job.profile),
        ("merchant_id", job.merchant_id),
        ("environment", export_words.environment(job.environment, lang)),
        ("source", job.source_name or export_words.job_field("pasted", lang)),
    )
    counts = (("rows", job.total_rows), ("orders", job.unique))
    rows = (
        *((export_words.job_field(key, lang), value) for key, value in values),
        (export_words.job_field("state", lang), batch_words.job_state_text(job.state, lang)),
        *((labels.capital(batch_words.totals_label(key, lang)), n) for key, n in counts),
        (export_words.job_field("completed", lang), job.completed),
    )
    return SummarySection("", rows)


def _write_summary(sheet: Any, job: Job, summary: SummarySheet, lang: Lang) -> None:
    from openpyxl.styles import Font

    bold = Font(bold=True)
    sheet.column_dimensions["A"].width = 44
    for column in "BCDEFG":
        sheet.column_dimensions[column].width = 18
    for n, section in enumerate((job_section(job, lang), *summary.sections)):
        if n:
            sheet.append([])
        if section.title:
            title = cells.text_cell(sheet, section.title)
            title.font = bold
            sheet.append([title])
        if section.header:
            sheet.append(cells.header_row(sheet, section.header))
        for values in section.rows:
            line = [_summary_cell(sheet, value) for value in values]
            if line and isinstance(values[0], str):
                line[0].font = bold  # the label
            sheet.append(line)
    if summary.note:
        sheet.append([])
        sheet.append([cells.text_cell(sheet, summary.note)])


def _xlsx(path: Path, job: Job, rows: Iterable[JobRow], summary: SummarySheet, lang: Lang) -> int:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    # opened first: a folder that is not there fails before a sheet is begun
    with open(path, "wb") as target:
        book = Workbook(write_only=True)
        summary_sheet = book.create_sheet(export_words.batch_sheet("summary", lang))
        _write_summary(summary_sheet, job, summary, lang)
        sheet = book.create_sheet(export_words.batch_sheet("rows", lang))
        sheet.freeze_panes = "C2"  # the header and the row number and id stay in view
        for n, (key, _) in enumerate(COLUMNS, start=1):
            sheet.column_dimensions[get_column_letter(n)].width = _WIDTHS.get(key, 14)
        sheet.append(cells.header_row(sheet, (header(key, lang) for key, _ in COLUMNS)))
        count = 0
        for row in rows:
            line: list[Any] = []
            for (_, kind), value in zip(COLUMNS, row_values(row, lang), strict=True):
                if value is None or value == "":
                    line.append(None)  # an empty cell (not written at all)
                elif kind == "money":
                    line.append(cells.money_cell(sheet, value))
                elif kind == "time":
                    line.append(cells.time_cell(sheet, value))
                elif kind == "int":
                    line.append(value)
                else:
                    line.append(cells.text_cell(sheet, value))
            sheet.append(line)
            count += 1
        book.save(target)
    return count


def export_xlsx(path: Path, job: Job, rows: Iterable[JobRow], summary: Summary, lang: Lang) -> int:
    """The job as .xlsx: the Summary sheet (the job's particulars, then `summary`), then the
    Rows sheet with one row per input row; returns how many rows."""
    sheet = _as_sheet(summary)
    return cells.write_whole(path, rows, lambda file, items: _xlsx(file, job, items, sheet, lang))
