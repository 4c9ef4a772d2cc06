"""A history another program holds locked: the History tab says why, sets nothing aside, and
opens with Try again once the lock is gone."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leshua_gui.core.history.store import HistoryStore
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_tabs import HISTORY_TAB


def test_locked_history_is_explained_in_the_tab_and_opens_on_try_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    db = window.ctx.paths.history_db
    HistoryStore(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        window.tabs.setCurrentIndex(HISTORY_TAB)
        placeholder = window.tabs.widget(HISTORY_TAB)
        text = placeholder.message.text()  # type: ignore[attr-defined]
        assert "another program is using it" in text
        assert "Nothing was set aside" in text
        assert placeholder.retry_button.isVisible()  # type: ignore[attr-defined]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [p.name for p in db.parent.iterdir() if ".corrupt-" in p.name] == []
    qtbot.mouseClick(placeholder.retry_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.tabs.widget(HISTORY_TAB) is window.tabs.history_panel
    assert window.tabs.currentIndex() == HISTORY_TAB
