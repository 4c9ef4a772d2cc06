"""Dialogs opened from the window are freed once closed: opening them again and again leaves
nothing behind in the window (no dialog piling up in memory, none found by a later lookup)."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.profile_dialog import ProfileDialog

# A modal dialog shown on the offscreen platform makes it say so; it is not the app's message.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def close_next_dialog(opened: list[str], *, accept: bool = False) -> QTimer:
    """Close the next modal dialog as soon as it is up, remembering its class."""
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            timer.stop()
            opened.append(type(dialog).__name__)
            dialog.done(QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected)

    timer.timeout.connect(check)
    timer.start()
    return timer


def dialogs_left(window: MainWindow) -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    children = [type(d).__name__ for d in window.findChildren(QDialog)]
    anywhere = [type(w).__name__ for w in QApplication.allWidgets() if isinstance(w, QDialog)]
    return children + anywhere


def test_settings_and_the_callback_check_leave_nothing_behind(
    qtbot: QtBot, window: MainWindow
) -> None:
    opened: list[str] = []
    for _ in range(3):
        for action in (window.menus.settings_action, window.menus.callback_action):
            timer = close_next_dialog(opened)
            action.trigger()  # as from the menu
            timer.stop()
    assert opened == ["SettingsDialog", "CallbackDialog"] * 3
    assert dialogs_left(window) == []


def test_saving_settings_leaves_nothing_behind(qtbot: QtBot, window: MainWindow) -> None:
    opened: list[str] = []
    for _ in range(3):
        timer = close_next_dialog(opened, accept=True)
        window.menus.settings_action.trigger()
        timer.stop()
    assert opened == ["SettingsDialog"] * 3
    assert dialogs_left(window) == []


@pytest.mark.parametrize(
    ("opener", "expected"),
    [
        (lambda w: w.menus.profiles_action, "ProfileDialog"),
        (lambda w: w.menus.refund_action, "RefundDialog"),
        (lambda w: w.menus.about_action, "QMessageBox"),
    ],
)
def test_the_other_dialogs_leave_nothing_behind(
    qtbot: QtBot,
    window: MainWindow,
    opener: Callable[[MainWindow], QAction],
    expected: str,
) -> None:
    window.query_bar.id_field.setText("DEMO-REFUNDING")  # the refund lookup needs an order
    opened: list[str] = []
    for _ in range(3):
        timer = close_next_dialog(opened)
        opener(window).trigger()
        timer.stop()
    assert opened == [expected] * 3
    assert dialogs_left(window) == []


def test_closing_the_profiles_during_a_test_drops_its_late_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The dialog is gone by the time the gateway answers; nothing is shown on it (no error)."""
    listener = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
    port = listener.getsockname()[1]
    tested: list[bool] = []

    def start_a_test_then_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProfileDialog):
            QTimer.singleShot(10, start_a_test_then_close)
            return
        dialog.gateway.setCurrentIndex(dialog.gateway.findData("custom"))
        dialog.gateway_url.setText(f"http://127.0.0.1:{port}/")
        dialog.merchant_id.setText("0000000018")
        dialog.transaction_key.setText("K" * 32)
        dialog.test_button.click()
        tested.append(not dialog.test_button.isEnabled())  # the test is under way
        dialog.reject()

    QTimer.singleShot(10, start_a_test_then_close)
    window.menus.profiles_action.trigger()
    assert tested == [True]
    assert dialogs_left(window) == []
    listener.close()  # the waiting request now fails, after the dialog is gone
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
    QApplication.processEvents()
