"""The history table: rows fetched lazily, page by page, filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from leshua_gui.app.services import recorded_by_demo
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import PAGE, HistoryFilter, HistoryStore, key_of
from leshua_gui.core.history.times import pay_time_text
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import export_words, labels
from leshua_gui.ui import theme
from leshua_gui.ui.icons import icon
from leshua_gui.ui.row_table import moment_text
from leshua_gui.ui.wording import fill

Index = QModelIndex | QPersistentModelIndex

# (key, sort column in SQL)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("time", "queried_at"),
    ("profile", "profile"),
    ("merchant_id", "merchant_id"),
    ("order_id", "order_id"),
    ("lookup", "lookup"),
    ("state", "status"),
    ("pay_way", "pay_way"),
    ("amount", "amount"),
    ("settlement", "settlement_amount"),
    ("pay_time", "paid_at"),
    ("outcome", "outcome"),
)


class HistoryModel(QAbstractTableModel):
    def __init__(self, store: HistoryStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang: labels.Lang = "en"
        self.filter = HistoryFilter()
        self.order = "queried_at"
        self.descending = True
        self._rows: list[HistoryRecord] = []
        self._exhausted = False
        self._headers: dict[str, str] = {}
        self._icons: dict[str, Any] = {}

    # -- loading ----------------------------------------------------------------------------

    def set_headers(self, headers: dict[str, str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_filter(self, flt: HistoryFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(None)
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def _fetch(self, after: HistoryRecord | None) -> list[HistoryRecord]:
        if self.order == "queried_at":
            before = key_of(after) if after is not None else None
            return self.store.page(self.filter, before=before, descending=self.descending)
        return self.store.page(
            self.filter,
            order=self.order,
            descending=self.descending,
            offset=len(self._rows) if after else 0,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows:
            self._exhausted = True
            return
        more = self._fetch(self._rows[-1])
        if len(more) < PAGE:
            self._exhausted = True
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.order = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def record(self, row: int) -> HistoryRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- the model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self._headers.get(COLUMNS[section][0], COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("amount", "settlement"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "state" and not record.status:
            return QColor(theme.tone("muted").fg)
        if role == Qt.ItemDataRole.ForegroundRole and key == "state" and record.status:
            if not record.trusted:
                return QColor(theme.tone("muted").fg)
            return QColor(theme.tone(theme.STATE_TONES.get(record.status, "muted")).fg)
        if role == Qt.ItemDataRole.ForegroundRole and key == "outcome" and not record.trusted:
            return QColor(theme.tone("bad").fg)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and key in ("amount", "settlement")
            and not record.trusted
        ):
            return QColor(theme.tone("muted").fg)  # claimed, not money
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(record, key)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def _asked_text(self, record: HistoryRecord, key: str) -> str:
        if key == "profile" and recorded_by_demo(record):
            return self.tr("Demo merchant (sandbox)")  # recorded as "Demo", said in words
        return str(getattr(record, key))

    def _text(self, record: HistoryRecord, key: str) -> str:
        lang = self.lang
        if key == "time":
            return moment_text(record.queried_at)
        if key in ("profile", "merchant_id", "order_id"):
            return self._asked_text(record, key)
        if key == "pay_time":
            return pay_time_text(record.pay_time)
        if key == "lookup":
            return self._lookup_text(record)
        if key == "state":
            return self._state_text(record)
        if key == "pay_way":
            return labels.pay_way(record.pay_way, lang) if record.pay_way else ""
        if key in ("amount", "settlement"):
            name = "amount" if key == "amount" else "settlement_amount"
            fen = record.amounts.get(name)
            if fen is None:
                return ""
            if not record.trusted:  # an untrusted answer's amount is never shown as money
                return fill(self.tr("%1 (untrusted)"), format_yuan(fen))
            return format_yuan(fen)
        if key == "outcome":
            return self._outcome_text(record)
        return ""

    def _lookup_text(self, record: HistoryRecord) -> str:
        if record.lookup == "refund":
            return fill(self.tr("Refund %1"), record.refund_id or "").strip()
        if record.lookup == "close":
            return self.tr("Close attempt")
        return self.tr("Order")

    def _state_text(self, record: HistoryRecord) -> str:
        """The trade state (marked when untrusted), how a poll stopped short, and for a lookup
        without a readable state the words "state unknown" (never an empty cell)."""
        lang = self.lang
        if record.status:
            text = record.state_text(lang)
            if record.stopped:
                text += " · " + export_words.stopped(record.stopped, lang, state_known=True)
            return text
        if record.stopped:
            return export_words.stopped(record.stopped, lang, state_known=False)
        if record.lookup == "close" and record.error_kind == "gateway":
            # the gateway refused to close (already paid, failed or closed, too early...): its
            # code and words are in the outcome column; the order's state is a query's to say
            return self.tr("not closed")
        if record.error_kind or record.outcome:
            return export_words.state_unknown(lang)
        return ""

    def _outcome_words(self, record: HistoryRecord) -> str:
        lang = self.lang
        kind, code = record.error_kind, record.error_code
        if kind == "gateway" and code:
            return f"{code} {labels.error_code(code, lang)}"
        if kind == "signature" or (kind is None and record.outcome):
            return labels.verification(record.outcome or "unsigned", lang)
        words = {
            "transport": self.tr("Gateway not reached"),
            "timeout": self.tr("No answer in time"),
            "protocol": self.tr("Unreadable answer"),
        }
        if kind:
            return f"{words.get(kind, export_words.error_kind(kind, lang))} {code or ''}".strip()
        return ""

    def _outcome_text(self, record: HistoryRecord) -> str:
        """The outcome in words, then the error's whole text (the cell elides; its tooltip
        holds it all)."""
        words = self._outcome_words(record)
        # a signature error's words say it all (its text, the app's own, is in the tooltip)
        detail = "" if record.error_kind == "signature" else self._error_detail(record)
        return f"{words}: {detail}" if words and detail else words or detail

    def _error_detail(self, record: HistoryRecord) -> str:
        """The error's text as recorded, unless the words already say it."""
        message = (record.error_message or "").strip()
        if not record.error_kind or not message:
            return ""
        if (
            record.error_kind == "gateway"
            and record.error_code
            and message in (record.error_code, labels.error_code(record.error_code, self.lang))
        ):
            return ""
        return message

    def _tooltip(self, record: HistoryRecord, key: str) -> str | None:
        if key in ("amount", "settlement"):
            name = "amount" if key == "amount" else "settlement_amount"
            fen = record.amounts.get(name)
            if fen is None:
                return None
            return (
                f"{fen} fen"
                if record.trusted
                else f"{fen} fen ({record.untrusted_words(self.lang)})"
            )
        if key in ("outcome", "state", "pay_time"):
            return self._text_tooltip(record, key)
        if key == "lookup":
            return self._lookup_tooltip(record)
        if key == "order_id":
            ids = [record.third_order_id, record.leshua_order_id, record.out_transaction_id]
            return "\n".join(i for i in ids if i) or None
        return None

    def _lookup_tooltip(self, record: HistoryRecord) -> str | None:
        """A refund lookup's numbers and amounts; who asked to close an order."""
        if record.lookup == "close":
            if not record.os_user:
                return self.tr("An attempt to close the order")
            return fill(self.tr("An attempt to close the order, by %1"), record.os_user)
        if record.lookup == "refund":
            lines = []
            if record.refund_id_kind and record.refund_id:
                kind = labels.field_name(record.refund_id_kind, self.lang)
                lines.append(f"{kind}: {record.refund_id}")
            for name in ("merchant_refund_id", "leshua_refund_id"):
                value = getattr(record, name)
                if value and value != record.refund_id:
                    lines.append(f"{labels.field_name(name, self.lang)}: {value}")
            for name in ("refund_amount", "settlement_refund_amount"):
                if name in record.amounts:
                    lines.append(
                        f"{labels.field_name(name, self.lang)}: {record.money_text(name, self.lang)}"
                    )
            return "\n".join(lines) or None
        return None

    def _text_tooltip(self, record: HistoryRecord, key: str) -> str | None:
        """The whole text of a cell the column may elide."""
        if key == "outcome":
            words, detail = self._outcome_words(record), self._error_detail(record)
            return "\n".join(x for x in (words, detail) if x) or None
        if key == "state":
            return self._state_text(record) or None
        if record.pay_time and record.pay_time != pay_time_text(record.pay_time):
            return fill(self.tr("As the gateway wrote it: %1"), record.pay_time)
        return None

    def _decoration(self, record: HistoryRecord, key: str) -> Any:
        name = None
        if key == "pay_way" and record.pay_way:
            name = theme.PAY_WAY_ICONS.get(record.pay_way)
        elif key == "state" and record.status:
            name = (
                theme.STATE_ICONS.get(record.status, "state-unknown")
                if record.trusted
                else "mismatch"
            )
        if not name:
            return None
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]
