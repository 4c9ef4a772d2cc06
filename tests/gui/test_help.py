"""Help > States and what to do, and Help > Keyboard shortcuts: in the window's language, the
shortcuts read off the window as it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leshua_gui.core.text.help_words import trade_states
from leshua_gui.ui.help_dialog import HelpDialog, shortcut_rows
from leshua_gui.ui.main_window import MainWindow

# A modal dialog shown on the offscreen platform makes it say so; it is not the app's message.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def opened_text(qtbot: QtBot, trigger: object) -> tuple[str, str]:
    """Open a help page from its menu entry; its title and text, then close it."""
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HelpDialog):
            QTimer.singleShot(10, read_and_close)
            return
        seen.append((dialog.windowTitle(), dialog.text.toPlainText()))
        dialog.reject()

    QTimer.singleShot(10, read_and_close)
    trigger.trigger()  # type: ignore[attr-defined]
    assert seen
    return seen[0]


def test_states_and_what_to_do_in_chinese(qtbot: QtBot, window_zh: MainWindow) -> None:
    _title, text = opened_text(qtbot, window_zh.menus.states_action)
    for code, state, _means, step in trade_states("zh_CN"):
        assert f"{state} [{code}]" in text
        assert step in text
    assert "1-3 个工作日" in text
    assert "DEMO-REFUND-1" in text  # where refund numbers come from, with the demo's


def test_the_shortcuts_are_the_windows_own(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.tabs.count() == 3)
    rows = dict(shortcut_rows(window))
    assert rows["Esc"] == "Stop the running query"
    assert rows["Ctrl+Q"] == "Quit"
    assert rows["Alt+Q"] == "Query"
    assert rows["Alt+F"] == "File"
    assert rows["Alt+R"] == "Result"
    _title, text = opened_text(qtbot, window.menus.shortcuts_action)
    assert "Alt+Q" in text
    assert "Ctrl+Q" in text
