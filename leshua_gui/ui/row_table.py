"""The lists of rows the window shows (History, Watch): a table of whole rows, and the note
that stands in its place while it is empty."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from leshua_gui.ui import theme
from leshua_gui.ui.result_view import plain


def moment_text(moment: datetime) -> str:
    """A time in the computer's zone, as the lists show times: 2026-12-01 15:31:07."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def row_table(model: QAbstractItemModel, show: Callable[[], object]) -> QTableView:
    """A table of `model` selected by whole rows (several at once), that Tab leaves and whose
    columns a person resizes; Enter or a double click calls `show`."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.doubleClicked.connect(lambda _index: show())
    table.activated.connect(lambda _index: show())  # Enter
    return table


def empty_note() -> QLabel:
    """What an empty list says, centred and muted."""
    note = plain()
    note.setWordWrap(True)
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    note.setMinimumHeight(80)
    note.setStyleSheet(f"color: {theme.tone('muted').fg}; padding: 24px;")
    return note
