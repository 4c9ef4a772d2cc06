"""Export the history for Excel: .xlsx with typed cells, or .csv in UTF-8 with a BOM.

Ids stay text (leading zeros and long numbers intact), times are date-time cells (the query's in
local time, the pay time in the gateway's Beijing time whichever of its two formats it came in),
codes are in words in the export's language with the code in a column beside them, an error is
its kind, its gateway code, what it means (in words) and the text recorded, each in a column of
its own; an .xlsx ends with a totals row: trusted answers only, each order or refund counted
once, by its latest answer. Amounts are numbers in yuan (only those
of a trusted answer: an untrusted row's claimed amounts are text marked untrusted, such as
"¥888.00 (UNTRUSTED: signature mismatch)", so that a column sum counts trusted money only), and
text that a spreadsheet would run as a formula (= + - @, tab, CR) is neutralised: in .xlsx by
the cell's quote prefix (Excel's own "this is text" mark; the value stays as it was), in .csv
by a leading apostrophe. A CSV cannot mark a column as text, so Excel opening one drops the
leading zeros of numeric-looking ids: for Excel, export .xlsx.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from leshua_gui.core.history import spreadsheet as cells
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.spreadsheet import FORMULA_STARTS, neutralise
from leshua_gui.core.history.times import pay_moment
from leshua_gui.core.protocol.money import fen_to_yuan
from leshua_gui.core.text import export_words, labels

__all__ = ["COLUMNS", "FORMULA_STARTS", "export", "header", "neutralise", "write_csv",
           "write_xlsx"]  # fmt: skip

# (key, kind) in column order; kind: text, money, int, time. Codes (states, pay ways, trade
# types, outcomes, environments, id and error kinds) are in words in the export's language, with
# the code in a column of its own beside them.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("queried_at", "time"),
    ("os_user", "text"),
    ("profile", "text"),
    ("merchant_id", "text"),
    ("environment", "text"),
    ("environment_code", "text"),
    ("id_kind", "text"),
    ("id_kind_code", "text"),
    ("order_id", "text"),
    ("lookup", "text"),
    ("refund_id_kind", "text"),
    ("refund_id", "text"),
    ("outcome", "text"),
    ("outcome_code", "text"),
    ("trusted", "text"),
    ("status_label", "text"),
    ("status", "text"),
    ("stopped", "text"),
    ("pay_way", "text"),
    ("pay_way_code", "text"),
    ("trade_type", "text"),
    ("trade_type_code", "text"),
    ("amount", "money"),
    ("discount_amount", "money"),
    ("coupon", "money"),
    ("buyer_pay_amount", "money"),
    ("settlement_amount", "money"),
    ("total_amount", "money"),
    ("refund_amount", "money"),
    ("discount_refund_amount", "money"),
    ("settlement_refund_amount", "money"),
    ("pay_time", "time"),
    ("third_order_id", "text"),
    ("leshua_order_id", "text"),
    ("out_transaction_id", "text"),
    ("channel_order_id", "text"),
    ("merchant_refund_id", "text"),
    ("leshua_refund_id", "text"),
    ("error_kind", "text"),
    ("error_kind_code", "text"),
    ("error_code", "text"),
    ("error", "text"),
    ("error_message", "text"),
    ("attempts", "int"),
    ("elapsed_ms", "int"),
)
MONEY = tuple(key for key, kind in COLUMNS if kind == "money")
#: What makes two rows answers about the same order or refund (store.ORDER_KEY's fields).
_ORDER_KEY = ("order_id", "merchant_id", "environment", "id_kind", "lookup", "refund_id_kind",
              "refund_id")  # fmt: skip


def header(key: str, lang: labels.Lang) -> str:
    own = export_words.header(key, lang)
    if own is not None:
        return own
    return labels.capital(labels.field_name(key, lang))  # "Order amount" beside "Queried at"


def _error_words(record: HistoryRecord, lang: labels.Lang) -> str:
    """What went wrong, in the export's language (the recorded text is its own column)."""
    kind, code, reason = record.error_kind, record.error_code, record.error_reason or ""
    if not kind:
        return ""
    if kind == "gateway" and code:
        return labels.error_code(code, lang)
    if kind in ("transport", "timeout"):
        return labels.transport_advice(reason or kind, lang)
    if kind == "protocol":
        return labels.protocol_advice(reason, lang)
    if kind == "signature":
        return labels.signature_advice(reason or record.outcome or "", lang)
    return export_words.error_kind(kind, lang)


def _state_words(record: HistoryRecord, lang: labels.Lang) -> str:
    if record.status:
        return record.state_text(lang)
    return export_words.state_unknown(lang) if record.error_kind or record.stopped else ""


def _stopped_words(record: HistoryRecord, lang: labels.Lang) -> str:
    if not record.stopped:
        return ""
    return export_words.stopped(record.stopped, lang, state_known=record.status is not None)


def _coded(code: str | None, word: Callable[[str, labels.Lang], str], lang: labels.Lang) -> str:
    return word(code, lang) if code else ""


#: The columns in words: key -> (record, lang) -> text.
_WORDS: dict[str, Callable[[HistoryRecord, labels.Lang], str]] = {
    "lookup": lambda r, lang: export_words.lookup_word(r.lookup, lang),
    "environment": lambda r, lang: export_words.environment(r.environment, lang),
    "id_kind": lambda r, lang: labels.field_name(r.id_kind, lang),
    "refund_id_kind": lambda r, lang: _coded(r.refund_id_kind, labels.field_name, lang),
    "outcome": lambda r, lang: _coded(r.outcome, labels.verification, lang),
    "status_label": _state_words,
    "stopped": _stopped_words,
    "pay_way": lambda r, lang: _coded(r.pay_way, labels.pay_way, lang),
    "trade_type": lambda r, lang: _coded(r.trade_type, labels.trade_type, lang),
    "error_kind": lambda r, lang: _coded(r.error_kind, export_words.error_kind, lang),
    "error": _error_words,
    "trusted": lambda r, lang: export_words.yes_no(r.trusted, lang),
}


_CODES = {"environment_code": "environment", "id_kind_code": "id_kind",
          "outcome_code": "outcome", "pay_way_code": "pay_way",
          "trade_type_code": "trade_type", "error_kind_code": "error_kind"}  # fmt: skip


def _value(record: HistoryRecord, key: str, kind: str, lang: labels.Lang) -> Any:
    if kind == "money":
        fen = record.amounts.get(key)
        if fen is not None and not record.trusted:
            return record.money_text(key, lang)  # claimed, not money: text, never a number
        return None if fen is None else fen_to_yuan(fen)
    if key == "queried_at":
        return record.queried_at.astimezone().replace(tzinfo=None)
    if key == "pay_time":
        moment = pay_moment(record.pay_time)
        # the gateway's Beijing time, as a date-time (one format whatever the gateway wrote)
        return moment.replace(tzinfo=None) if moment else (record.pay_time or None)
    if key == "elapsed_ms":
        return None if record.elapsed_ms is None else round(record.elapsed_ms)
    if key in _WORDS:
        return _WORDS[key](record, lang)
    value = getattr(record, _CODES.get(key, key))
    return "" if value is None else value


def rows(records: Iterable[HistoryRecord], lang: labels.Lang) -> Iterable[list[Any]]:
    for record in records:
        yield [_value(record, key, kind, lang) for key, kind in COLUMNS]


class Totals:
    """The sums of the money columns over trusted answers, each order (or refund) counted once,
    by its latest answer among those exported; close attempts are not counted."""

    def __init__(self) -> None:
        self._latest: dict[tuple[Any, ...], HistoryRecord] = {}

    def add(self, record: HistoryRecord) -> None:
        # a close attempt's answer is what the gateway said to closing, not the order's money
        if not record.trusted or record.lookup == "close":
            return
        key = tuple(getattr(record, name) for name in _ORDER_KEY)
        known = self._latest.get(key)
        if known is None or (known.queried_at, known.id or 0) < (record.queried_at, record.id or 0):
            self._latest[key] = record

    @property
    def count(self) -> int:
        return len(self._latest)

    def sums(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for record in self._latest.values():
            for name in MONEY:
                fen = record.amounts.get(name)
                if fen is not None:
                    out[name] = out.get(name, Decimal(0)) + fen_to_yuan(fen)
        return out


def _counted(records: Iterable[HistoryRecord], totals: Totals) -> Iterator[HistoryRecord]:
    for record in records:
        totals.add(record)
        yield record


def write_csv(path: Path, records: Iterable[HistoryRecord], lang: labels.Lang) -> int:
    count = 0
    with open(path, "w", encoding=cells.CSV_ENCODING, newline="") as fh:  # BOM: Excel reads it
        out = csv.writer(fh)
        out.writerow([header(key, lang) for key, _ in COLUMNS])
        for row in rows(records, lang):
            line: list[str] = []
            for (_, kind), value in zip(COLUMNS, row, strict=True):
                if isinstance(value, str):  # text, whatever the column (an untrusted amount)
                    line.append(neutralise(value))
                elif kind == "money":
                    line.append(cells.csv_money(value))
                elif kind == "time":
                    line.append(cells.csv_time(value))
                elif kind == "int":
                    line.append("" if value is None else str(value))
                else:
                    line.append(neutralise(str(value)))
            out.writerow(line)
            count += 1
    return count


def write_xlsx(path: Path, records: Iterable[HistoryRecord], lang: labels.Lang) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(export_words.sheet_name(lang))
    sheet.freeze_panes = "A2"
    sheet.append(cells.header_row(sheet, (header(key, lang) for key, _ in COLUMNS)))
    count = 0
    totals = Totals()
    for row in rows(_counted(records, totals), lang):
        line = []
        for (_, kind), value in zip(COLUMNS, row, strict=True):
            if kind == "money" and not isinstance(value, str):
                line.append(cells.money_cell(sheet, None if value is None else Decimal(value)))
            elif kind == "time" and not isinstance(value, str):
                line.append(cells.time_cell(sheet, value))
            elif kind == "int":
                line.append(cells.plain_cell(sheet, value))
            else:
                line.append(cells.text_cell(sheet, str(value)))
        sheet.append(line)
        count += 1
    if count:
        sheet.append([])
        sheet.append(_totals_row(sheet, totals, lang))
    book.save(path)
    return count


def _totals_row(sheet: Any, totals: Totals, lang: labels.Lang) -> list[Any]:
    """The label (what was counted) in the first cell, the sums under the money columns."""
    from openpyxl.styles import Font

    bold = Font(bold=True)
    sums = totals.sums()
    line = []
    for n, (key, kind) in enumerate(COLUMNS):
        if n == 0:
            cell = cells.text_cell(sheet, export_words.totals(totals.count, lang))
        elif kind == "money":
            cell = cells.money_cell(sheet, sums.get(key, Decimal(0)))
        else:
            cell = cells.plain_cell(sheet, None)
        cell.font = bold
        line.append(cell)
    return line


def export(path: Path, records: Iterable[HistoryRecord], lang: labels.Lang) -> int:
    """Write `.xlsx` or `.csv` by the file's suffix; returns the number of rows.

    All or nothing: written beside the target and renamed onto it only when complete, so a
    failure part-way (a damaged history, a full disk) leaves no half file and no earlier file
    overwritten."""
    suffix = path.suffix.lower()
    writers = {".xlsx": write_xlsx, ".csv": write_csv}
    if suffix not in writers:
        raise ValueError(f"export to .xlsx or .csv, not {suffix or 'a file without a suffix'}")
    write = writers[suffix]
    return cells.write_whole(path, records, lambda file, items: write(file, items, lang))
