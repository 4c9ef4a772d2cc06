"""The Watch panel's table: one row per watched order (those watching first, then those ended),
known by the watch entry's id."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from leshua_gui.app.services import DEMO_PROFILE_ID
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import export_words, labels
from leshua_gui.ui import theme
from leshua_gui.ui.icons import icon
from leshua_gui.ui.row_table import moment_text
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.core.watch.store import WatchEntry

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[str, ...] = ("profile", "order_id", "state", "asked_at", "next", "watched", "amount")


def duration_text(seconds: float) -> str:
    """A length of time as the Watch panel says it: "45 s", "12 min", "2 h", "2 h 5 min"."""
    whole = max(0, int(seconds))
    if whole < 60:
        return fill(QCoreApplication.translate("WatchModel", "%1 s"), whole)
    minutes = whole // 60
    if minutes < 60:
        return fill(QCoreApplication.translate("WatchModel", "%1 min"), minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes == 0:
        return fill(QCoreApplication.translate("WatchModel", "%1 h"), hours)
    return fill(QCoreApplication.translate("WatchModel", "%1 h %2 min"), hours, minutes)


def error_words(entry: WatchEntry, lang: labels.Lang) -> str:
    """What the last check's error was, in words ("" when it had none)."""
    kind, code = entry.last_error_kind, entry.last_error_code
    if not kind:
        return ""
    if kind == "gateway" and code:
        return f"{code} {labels.error_code(code, lang)}"
    return export_words.error_kind(kind, lang)


def state_words(entry: WatchEntry, lang: labels.Lang) -> str:
    """The last check's answer in words: the verified state's name; "not verified" (and why) for
    an answer that was not; the gateway's error; "not asked yet" before the first check."""
    if entry.last_at is None:
        return QCoreApplication.translate("WatchModel", "not asked yet")
    if entry.last_trusted and entry.last_status:
        return labels.trade_state(entry.last_status, lang)
    why = error_words(entry, lang)
    if not entry.last_trusted:
        if why:
            return fill(QCoreApplication.translate("WatchModel", "not verified: %1"), why)
        return QCoreApplication.translate("WatchModel", "not verified")
    return why or export_words.state_unknown(lang)


def profile_words(entry: WatchEntry) -> str:
    if entry.profile_id == DEMO_PROFILE_ID:
        return QCoreApplication.translate("WatchModel", "Demo merchant (sandbox)")
    return entry.profile


class WatchModel(QAbstractTableModel):
    """Rows are `WatchEntry` values; `set_entries` replaces them (changed rows, a new order or
    a reset, whichever fits), `update_entry` one of them. `lang` names the trade states."""

    def __init__(self, parent: Any = None, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.lang: labels.Lang = "en"
        self._clock = clock
        self._rows: list[WatchEntry] = []
        #: ids shown as new although their notice was marked seen (the panel is being looked at)
        self._highlight: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self._icons: dict[str, Any] = {}

    # -- rows -------------------------------------------------------------------------------

    def entries(self) -> list[WatchEntry]:
        return list(self._rows)

    def entry_at(self, row: int) -> WatchEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int | None:
        return next((r for r, e in enumerate(self._rows) if e.id == entry_id), None)

    def set_entries(self, entries: Sequence[WatchEntry]) -> None:
        new = list(entries)
        old_ids = [e.id for e in self._rows]
        new_ids = [e.id for e in new]
        if new_ids == old_ids:
            changed = [r for r, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b]
            self._rows = new
            for row in changed:
                self._row_changed(row)
            return
        if sorted(new_ids) == sorted(old_ids) and len(set(new_ids)) == len(new_ids):
            # the same entries in another order (one ended, one asked sooner): the selection
            # and the current row follow their entries
            self.layoutAboutToBeChanged.emit()
            where = {entry_id: row for row, entry_id in enumerate(new_ids)}
            moved_from: list[QModelIndex] = []
            moved_to: list[QModelIndex] = []
            for index in self.persistentIndexList():
                if not index.isValid():
                    continue
                row = where[old_ids[index.row()]]
                moved_from.append(QModelIndex(index))
                moved_to.append(self.index(row, index.column()))
            self._rows = new
            self.changePersistentIndexList(moved_from, moved_to)
            self.layoutChanged.emit()
            return
        kept = [i for i in old_ids if i in set(new_ids)]
        if kept == new_ids:  # only removals: the rows left keep their selection
            gone = set(old_ids) - set(new_ids)
            for row in reversed(range(len(old_ids))):
                if old_ids[row] in gone:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self.endRemoveRows()
            self._rows = new
            self._highlight &= set(new_ids)
            return
        self.beginResetModel()
        self._rows = new
        self._highlight &= set(new_ids)
        self.endResetModel()

    def update_entry(self, entry: WatchEntry) -> bool:
        """Replace the row of this entry (False: it is not listed)."""
        row = self.row_of(entry.id)
        if row is None:
            return False
        if self._rows[row] != entry:
            self._rows[row] = entry
            self._row_changed(row)
        return True

    def set_highlight(self, entry_ids: set[int]) -> None:
        """Show these rows as new, whatever their `unseen` says (until set otherwise)."""
        changed = self._highlight ^ entry_ids
        self._highlight = set(entry_ids)
        for entry_id in changed:
            row = self.row_of(entry_id)
            if row is not None:
                self._row_changed(row)

    def is_new(self, entry: WatchEntry) -> bool:
        return entry.unseen or entry.id in self._highlight

    def tick(self) -> None:
        """The time went on: the columns that count it are drawn again."""
        if self._rows:
            first = COLUMNS.index("next")
            last = COLUMNS.index("watched")
            self.dataChanged.emit(
                self.index(0, first),
                self.index(len(self._rows) - 1, last),
                [Qt.ItemDataRole.DisplayRole],
            )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- the model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(COLUMNS[section])
        return None

    def _header(self, key: str) -> str:
        return {
            "profile": self.tr("Profile"),
            "order_id": self.tr("Order number"),
            "state": self.tr("Last state"),
            "asked_at": self.tr("Asked at"),
            "next": self.tr("Next check"),
            "watched": self.tr("Watched for"),
            "amount": self.tr("Amount"),
        }[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, key)
        if role == Qt.ItemDataRole.FontRole and self.is_new(entry):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(entry, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "state":
            return self._state_icon(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def _text(self, entry: WatchEntry, key: str) -> str:
        if key == "profile":
            return profile_words(entry)
        if key == "order_id":
            return entry.order_id
        if key == "state":
            return state_words(entry, self.lang)
        if key == "asked_at":
            return moment_text(entry.last_at) if entry.last_at is not None else ""
        if key == "next":
            return self._next_text(entry)
        if key == "watched":
            end = entry.ended_at.timestamp() if entry.ended_at is not None else self._clock()
            return duration_text(end - entry.added_at.timestamp())
        if key == "amount":
            return format_yuan(entry.amount) if entry.amount is not None else ""
        return ""

    def _next_text(self, entry: WatchEntry) -> str:
        if entry.active:
            return moment_text(entry.next_at)
        return {
            "final": self.tr("Ended: final"),
            "expired": self.tr("Ended: expired"),
            "no_profile": self.tr("Ended: profile gone"),
        }.get(entry.end_reason or "", self.tr("Ended"))

    def _tooltip(self, entry: WatchEntry, key: str) -> str | None:
        if key == "order_id":
            return f"{labels.field_name(entry.id_kind, self.lang)}: {entry.order_id}"
        if key == "profile":
            return f"{profile_words(entry)} · {entry.merchant_id}"
        if key == "state":
            return self._state_tooltip(entry)
        if key == "next":
            return self._next_tooltip(entry)
        if key == "watched":
            return fill(self.tr("Watched since %1, until %2 at the latest"),
                        moment_text(entry.added_at), moment_text(entry.until))  # fmt: skip
        if key == "amount" and entry.amount is not None:
            return fill(self.tr("%1 fen, from the last verified answer"), entry.amount)
        return None

    def _state_tooltip(self, entry: WatchEntry) -> str:
        lines = [state_words(entry, self.lang)]
        if entry.last_at is not None and not entry.last_trusted and entry.last_status:
            lines.append(
                fill(
                    self.tr("Last verified state: %1"),
                    labels.trade_state(entry.last_status, self.lang),
                )
            )
        if entry.last_error_reason and entry.last_error_kind != "gateway":
            lines.append(entry.last_error_reason)
        lines.append(fill(self.tr("Checks made: %1"), entry.checks))
        if self.is_new(entry):
            lines.append(self.tr("New: not looked at yet"))
        return "\n".join(lines)

    def _next_tooltip(self, entry: WatchEntry) -> str:
        if entry.active:
            return self.tr(
                "Asked again at this time; the wait grows after each check, up to 5 minutes"
            )
        return {
            "final": self.tr("No longer watched: the order reached a final state"),
            "expired": self.tr("No longer watched: the time set for watching ran out"),
            "no_profile": self.tr("No longer watched: its profile was removed or changed"),
        }.get(entry.end_reason or "", self.tr("No longer watched"))

    def _foreground(self, entry: WatchEntry, key: str) -> QColor | None:
        if key == "state":
            if entry.last_at is None or not entry.last_trusted or not entry.last_status:
                return QColor(theme.tone("muted").fg)
            return QColor(theme.tone(theme.STATE_TONES.get(entry.last_status, "muted")).fg)
        if key == "next" and not entry.active:
            return QColor(theme.tone("muted").fg)
        return None

    def _state_icon(self, entry: WatchEntry) -> Any:
        if entry.last_at is None:
            return None
        if not entry.last_trusted:
            name = "mismatch" if entry.last_error_kind == "signature" else "error"
        elif entry.last_status:
            name = theme.STATE_ICONS.get(entry.last_status, "state-unknown")
        else:
            name = "state-unknown"
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]
