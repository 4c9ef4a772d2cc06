"""No silent no-ops: a control that cannot act says why (tooltip or a visible hint), and a refund
number that is refused says what is wrong with it, in the dialog, which stays open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from leshua_gui.ui.callback_dialog import CallbackDialog
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.refund_dialog import RefundDialog


def test_without_a_profile_query_and_enter_say_create_one(
    qtbot: QtBot, first_run: MainWindow
) -> None:
    window = first_run
    assert window.first_run.isVisible()
    bar = window.query_bar
    assert not bar.query_button.isEnabled()
    assert "Create a profile first" in bar.query_button.toolTip()
    qtbot.keyClicks(bar.id_field, "DEMO-PAID-WX")
    assert "Create a profile first" in bar.query_button.toolTip()
    assert "Create a profile first" in bar.id_problem.text()  # visible, not only on hover
    qtbot.keyClick(bar.id_field, Qt.Key.Key_Return)
    assert "Create a profile first" in window.statusBar().currentMessage()


def test_an_empty_bar_says_what_to_type(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.query_bar
    bar.id_field.clear()
    assert not bar.query_button.isEnabled()
    assert "Type or paste an order number" in bar.query_button.toolTip()
    qtbot.keyClick(bar.id_field, Qt.Key.Key_Return)
    assert "Type or paste an order number" in window.statusBar().currentMessage()
    qtbot.keyClicks(bar.id_field, "DEMO-PAID-WX")
    assert bar.query_button.isEnabled()
    assert bar.query_button.toolTip() == "Look the order up (Enter)"


def test_a_refund_lookup_without_a_profile_says_why(first_run: MainWindow) -> None:
    window = first_run
    window.menus.refund_action.trigger()
    assert "Create a profile first" in window.statusBar().currentMessage()


def test_checking_a_callback_without_a_profile_says_why(
    qtbot: QtBot, first_run: MainWindow
) -> None:
    dialog = CallbackDialog(first_run.ctx, "en", first_run)
    qtbot.addWidget(dialog)
    assert not dialog.check_button.isEnabled()
    assert "Create a profile first" in dialog.check_button.toolTip()
    assert dialog.summary.isVisibleTo(dialog)
    assert "Create a profile first" in dialog.summary.text()


def test_checking_an_empty_callback_says_paste_it(qtbot: QtBot, window: MainWindow) -> None:
    dialog = CallbackDialog(window.ctx, "en", window)
    qtbot.addWidget(dialog)
    assert dialog.check_button.isEnabled()
    dialog.run_check()
    assert "Paste the callback body" in dialog.summary.text()


def test_delete_in_an_empty_profile_dialog_says_why(qtbot: QtBot, first_run: MainWindow) -> None:
    from leshua_gui.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(first_run.ctx, first_run.runner, "en", first_run)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    assert "not saved yet" in dialog.delete_button.toolTip()


def _ok(dialog: RefundDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("", "Type the refund number"),
        ("ab cd 中文", "without spaces"),
        ("中文", "ASCII"),
        ("R" * 65, "at most 64"),
    ],
)
def test_the_refund_dialog_refuses_a_bad_number_and_says_why(
    qtbot: QtBot, typed: str, why: str
) -> None:
    dialog = RefundDialog("DEMO-REFUNDING")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refund.setText(typed)
    _ok(dialog)
    assert dialog.isVisible()  # not closed: the person can correct it
    assert dialog.result() != RefundDialog.DialogCode.Accepted
    assert dialog.problem.isVisible()
    assert why in dialog.problem.text()
    assert dialog.refund.hasFocus() or not dialog.isActiveWindow()
    dialog.refund.setText("DEMO-REFUND-1")
    assert not dialog.problem.isVisible()  # the reason goes once the number is edited
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        _ok(dialog)
    assert dialog.value() == {"merchant_refund_id": "DEMO-REFUND-1"}
