"""Tools > Check a callback: the demo callback verifies; a changed one is never called genuine."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.sandbox import DEMO_NOTIFY_KEY
from leshua_gui.ui.callback_dialog import CallbackDialog
from leshua_gui.ui.main_window import MainWindow


def check(qtbot: QtBot, dialog: CallbackDialog) -> None:
    """Check, and wait for the answer (the keys are read and the body checked on a worker)."""
    dialog.run_check()
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def test_demo_callback_verifies_and_a_changed_one_does_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = CallbackDialog(window.ctx, "en", window)
    qtbot.addWidget(dialog)
    assert dialog.demo_button.isVisibleTo(dialog)
    dialog.load_demo()
    check(qtbot, dialog)
    assert dialog.verdict.text.text() == "Signature verified"
    assert "Genuine" in dialog.summary.text()
    assert "000000" in dialog.summary.text()
    assert "key=********" in dialog.details.toPlainText()
    assert DEMO_NOTIFY_KEY not in dialog.details.toPlainText()

    dialog.body.setPlainText(dialog.body.toPlainText().replace("[2]", "[8]"))
    check(qtbot, dialog)
    assert dialog.verdict.text.text() == "Signature mismatch"
    assert "Not verified" in dialog.summary.text()
    assert "Genuine" not in dialog.summary.text()

    dialog.body.setPlainText("hello")
    check(qtbot, dialog)
    assert "could not be read" in dialog.summary.text()
    assert not dialog.verdict.isVisibleTo(dialog)


def test_the_tools_menu_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    assert window.menus.callback_action.text() == "Check a &callback…"
    assert window.menus.callback_action in window.menus.tools_menu.actions()


def test_focus_amount_and_one_case_for_the_signatures(qtbot: QtBot, window: MainWindow) -> None:
    dialog = CallbackDialog(window.ctx, "en", window)
    qtbot.addWidget(dialog)
    assert dialog.focusWidget() is dialog.body  # typed or pasted text goes into the body
    dialog.load_demo()
    check(qtbot, dialog)
    assert "amount ¥128.00" in dialog.summary.text()  # DEMO-PAID-WX, in yuan
    lines = dict(
        line.split(": ", 1) for line in dialog.details.toPlainText().splitlines() if ": " in line
    )
    assert lines["Received"] == lines["Expected"]  # a verified signature reads the same
    assert lines["Received"] == lines["Received"].upper()


def test_a_changed_callback_still_gives_its_amount(qtbot: QtBot, window: MainWindow) -> None:
    dialog = CallbackDialog(window.ctx, "en", window)
    qtbot.addWidget(dialog)
    dialog.load_demo()
    dialog.body.setPlainText(dialog.body.toPlainText().replace("[12800]", "[1]"))
    check(qtbot, dialog)
    assert "Not verified" in dialog.summary.text()
    assert "amount ¥0.01" in dialog.summary.text()


def test_an_unreadable_body_is_explained_in_chinese(qtbot: QtBot, window_zh: MainWindow) -> None:
    dialog = CallbackDialog(window_zh.ctx, "zh_CN", window_zh)
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("<html><body>502</body></html>")
    check(qtbot, dialog)
    text = dialog.summary.text()
    assert "不是乐刷的 XML 报文" in text
    assert "the answer" not in text  # the core's English message is not shown
