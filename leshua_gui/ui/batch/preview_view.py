"""What a list holds before anything is sent: rows read, orders to ask, rows not sent, repeated
orders (asked once) and ids to check, and a small table of those rows with their row number,
their text as written and what is wrong or to check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.ui import theme
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.core.batch.preview import InputRow, Preview
    from leshua_gui.core.text.labels import Lang

#: rows listed in the table at most (all of them are in the job and its results)
MAX_LISTED = 1000
ROW_COL, TEXT_COL, AMOUNT_COL, WHAT_COL = 0, 1, 2, 3


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class PreviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = "en"
        self._preview: Preview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        stats = QGridLayout()
        stats.setHorizontalSpacing(18)
        stats.setVerticalSpacing(2)
        self._names: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for column, key in enumerate(("rows", "orders", "invalid", "duplicates", "notes")):
            name, value = QLabel(), _bold(QLabel("0"))
            value.setTextFormat(Qt.TextFormat.PlainText)
            name.setBuddy(value)
            stats.addWidget(name, 0, column)
            stats.addWidget(value, 1, column)
            self._names[key], self._values[key] = name, value
        stats.setColumnStretch(5, 1)
        layout.addLayout(stats)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROW_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AMOUNT_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(TEXT_COL, 200)
        layout.addWidget(self.table, 1)
        self.more = QLabel()
        self.more.setStyleSheet("color: palette(mid);")
        self.more.hide()
        layout.addWidget(self.more)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "rows": self.tr("Rows read"),
            "orders": self.tr("Orders to ask"),
            "invalid": self.tr("Rows not sent"),
            "duplicates": self.tr("Orders listed twice or more (asked once)"),
            "notes": self.tr("Rows to check (Excel numbers)"),
        }
        for key, text in names.items():
            self._names[key].setText(text)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Order number as written"),
                self.tr("Amount as written"),
                self.tr("Not sent, or to check"),
            ]
        )
        self.table.setAccessibleName(self.tr("Rows not sent and rows to check"))
        self.show_preview(self._preview)

    # -- what it shows ----------------------------------------------------------------------

    def show_preview(self, preview: Preview | None) -> None:
        self._preview = preview
        counts = {"rows": 0, "orders": 0, "invalid": 0, "duplicates": 0, "notes": 0}
        if preview is not None:
            counts = {
                "rows": preview.rows_read,
                "orders": len(preview.unique),
                "invalid": len(preview.invalid),
                "duplicates": len(preview.duplicates),
                "notes": len(preview.noted),
            }
        for key, count in counts.items():
            self._values[key].setText(f"{count:,}")
            tone = {"invalid": "bad", "duplicates": "wait", "notes": "wait"}.get(key)
            self._values[key].setStyleSheet(
                f"color: {theme.tone(tone).fg};" if tone and count else ""
            )
        self._show_message(preview)
        self._fill_table(preview)

    def _show_message(self, preview: Preview | None) -> None:
        if preview is not None and preview.rows and not preview.unique:
            from leshua_gui.core.text import batch_words

            self.message.setText(batch_words.nothing_valid_text(preview, self.lang))
            self.message.setStyleSheet(f"color: {theme.tone('bad').fg};")
            self.message.show()
        else:
            self.message.hide()

    def listed(self, preview: Preview) -> list[tuple[InputRow, str, str]]:
        """The rows the table lists, in list order: (row, what is wrong or to check, tone)."""
        first: dict[tuple[str, str], int] = {}
        found: list[tuple[InputRow, str, str]] = []
        for row in preview.rows:
            key = row.key
            if row.problem is not None:
                found.append((row, row.problem_text(self.lang) or "", "bad"))
                continue
            if key is not None:
                seen = first.setdefault(key, row.row)
                if seen != row.row:
                    text = fill(self.tr("Repeats row %1: asked once"), seen)
                    found.append((row, text, "muted"))
                    continue
            if row.note is not None:
                found.append((row, row.note_text(self.lang) or "", "wait"))
        return found

    def _fill_table(self, preview: Preview | None) -> None:
        rows = self.listed(preview) if preview is not None else []
        shown = rows[:MAX_LISTED]
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(shown))
        for n, (row, what, tone) in enumerate(shown):
            color = QBrush(QColor(theme.tone(tone).fg))
            number = QTableWidgetItem(str(row.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            written = QTableWidgetItem(row.raw)
            amount = QTableWidgetItem(row.raw_amount)
            reason = QTableWidgetItem(what)
            reason.setForeground(color)
            reason.setToolTip(what)
            for column, item in enumerate((number, written, amount, reason)):
                self.table.setItem(n, column, item)
        self.table.setColumnHidden(AMOUNT_COL, preview is None or preview.amount_column is None)
        self.table.setUpdatesEnabled(True)
        self.table.setVisible(bool(rows))
        hidden = len(rows) - len(shown)
        self.more.setText(
            fill(
                self.tr("Rows not listed here: %1 (every row is in the job's results)."),
                f"{hidden:,}",
            )
        )
        self.more.setVisible(hidden > 0)
