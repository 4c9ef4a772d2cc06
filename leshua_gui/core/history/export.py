"""Export the history for Excel: .xlsx with typed cells, or .csv in UTF-8 with a BOM.

Ids stay text (leading zeros and long numbers intact), amounts are numbers in yuan (only those
of a trusted answer: an untrusted row's claimed amounts are text marked untrusted, such as
"¥888.00 (UNTRUSTED: signature mismatch)", so that a column sum counts trusted money only), and
text that a spreadsheet would run as a formula (= + - @, tab, CR) is neutralised: in .xlsx by
the cell's quote prefix (Excel's own "this is text" mark; the value stays as it was), in .csv
by a leading apostrophe. A CSV cannot mark a column as text, so Excel opening one drops the
leading zeros of numeric-looking ids: for Excel, export .xlsx.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.protocol.money import fen_to_yuan
from leshua_gui.core.text import export_words, labels

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# (key, kind) in column order; kind: text, money, int, time
COLUMNS: tuple[tuple[str, str], ...] = (
    ("queried_at", "time"),
    ("os_user", "text"),
    ("profile", "text"),
    ("merchant_id", "text"),
    ("environment", "text"),
    ("id_kind", "text"),
    ("order_id", "text"),
    ("lookup", "text"),
    ("refund_id_kind", "text"),
    ("refund_id", "text"),
    ("outcome", "text"),
    ("trusted", "text"),
    ("error", "text"),
    ("status", "text"),
    ("status_label", "text"),
    ("pay_way", "text"),
    ("trade_type", "text"),
    ("amount", "money"),
    ("discount_amount", "money"),
    ("coupon", "money"),
    ("buyer_pay_amount", "money"),
    ("settlement_amount", "money"),
    ("refund_amount", "money"),
    ("settlement_refund_amount", "money"),
    ("pay_time", "text"),
    ("third_order_id", "text"),
    ("leshua_order_id", "text"),
    ("out_transaction_id", "text"),
    ("channel_order_id", "text"),
    ("merchant_refund_id", "text"),
    ("leshua_refund_id", "text"),
    ("attempts", "int"),
    ("elapsed_ms", "int"),
)


def neutralise(text: str) -> str:
    """Text a spreadsheet would treat as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def header(key: str, lang: labels.Lang) -> str:
    own = export_words.header(key, lang)
    if own is not None:
        return own
    name = labels.field_name(key, lang)
    return name[:1].upper() + name[1:]  # "Order amount" beside "Queried at"


def _value(record: HistoryRecord, key: str, kind: str, lang: labels.Lang) -> Any:
    if kind == "money":
        fen = record.amounts.get(key)
        if fen is not None and not record.trusted:
            return record.money_text(key, lang)  # claimed, not money: text, never a number
        return None if fen is None else fen_to_yuan(fen)
    if key == "lookup":
        return export_words.lookup_word(record.lookup, lang)
    if key == "queried_at":
        return record.queried_at.astimezone().replace(tzinfo=None)
    if key == "elapsed_ms":
        return None if record.elapsed_ms is None else round(record.elapsed_ms)
    if key == "error":
        if not record.error_kind:
            return ""
        return " ".join(
            x for x in (record.error_kind, record.error_code, record.error_message) if x
        )
    if key == "trusted":
        return export_words.yes_no(record.trusted, lang)
    if key == "status_label":
        return record.state_text(lang)
    value = getattr(record, key)
    return "" if value is None else value


def rows(records: Iterable[HistoryRecord], lang: labels.Lang) -> Iterable[list[Any]]:
    for record in records:
        yield [_value(record, key, kind, lang) for key, kind in COLUMNS]


def write_csv(path: Path, records: Iterable[HistoryRecord], lang: labels.Lang) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8
        out = csv.writer(fh)
        out.writerow([header(key, lang) for key, _ in COLUMNS])
        for row in rows(records, lang):
            cells = []
            for (_, kind), value in zip(COLUMNS, row, strict=True):
                if isinstance(value, str):  # text, whatever the column (an untrusted amount)
                    cells.append(neutralise(value))
                elif kind == "money":
                    cells.append("" if value is None else f"{value:.2f}")
                elif kind == "time":
                    cells.append(value.strftime("%Y-%m-%d %H:%M:%S"))
                elif kind == "int":
                    cells.append("" if value is None else str(value))
                else:
                    cells.append(neutralise(str(value)))
            out.writerow(cells)
            count += 1
    return count


def write_xlsx(path: Path, records: Iterable[HistoryRecord], lang: labels.Lang) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(export_words.sheet_name(lang))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for key, _ in COLUMNS:
        cell = WriteOnlyCell(sheet, value=header(key, lang))
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    count = 0
    for row in rows(records, lang):
        cells = []
        for (_, kind), value in zip(COLUMNS, row, strict=True):
            if kind == "money" and not isinstance(value, str):
                # openpyxl writes a Decimal exactly (its stubs name only float)
                amount = None if value is None else Decimal(value)
                cell = WriteOnlyCell(sheet, value=amount)  # type: ignore[arg-type]
                cell.number_format = "0.00"
            elif kind == "time":
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif kind == "int":
                cell = WriteOnlyCell(sheet, value=value)
            else:
                text = str(value)
                cell = WriteOnlyCell(sheet, value=text)
                cell.data_type = "s"  # ids stay text: no lost leading zeros, no 1.23E+18
                cell.number_format = "@"
                if text.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True  # never a formula, even when edited in Excel
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(path)
    return count


class _Source:
    """The records, with a failure while reading them (a damaged history) kept for later: the
    file being written is finished and removed, then the failure is raised."""

    def __init__(self, records: Iterable[HistoryRecord]) -> None:
        self._records = iter(records)
        self.error: Exception | None = None

    def __iter__(self) -> Iterator[HistoryRecord]:
        while True:
            try:
                record = next(self._records)
            except StopIteration:
                return
            except Exception as exc:
                self.error = exc
                return
            yield record


def export(path: Path, records: Iterable[HistoryRecord], lang: labels.Lang) -> int:
    """Write `.xlsx` or `.csv` by the file's suffix; returns the number of rows.

    All or nothing: written beside the target and renamed onto it only when complete, so a
    failure part-way (a damaged history, a full disk) leaves no half file and no earlier file
    overwritten."""
    suffix = path.suffix.lower()
    writers = {".xlsx": write_xlsx, ".csv": write_csv}
    if suffix not in writers:
        raise ValueError(f"export to .xlsx or .csv, not {suffix or 'a file without a suffix'}")
    partial = path.with_name(f".{path.name}.partial")
    source = _Source(records)
    try:
        count = writers[suffix](partial, source, lang)
        if source.error is not None:
            raise source.error
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count
