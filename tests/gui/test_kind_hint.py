"""The kind of order number: a Leshua order number typed as a merchant order number (and the
reverse) gets a hint with a one-click switch; "not found" says to check the kind; a pasted
column of ids says one order at a time instead of a format error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow

LESHUA_ID = "0003495002500081"  # DEMO-PAID-WX's Leshua order number


def test_a_leshua_number_as_merchant_number_gets_a_switch(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.query_bar
    assert bar.kind() == "third_order_id"
    assert not bar.kind_hint.isVisible()
    qtbot.keyClicks(bar.id_field, LESHUA_ID)
    assert bar.kind_hint.isVisible()
    assert "looks like a Leshua order number" in bar.kind_hint.text()
    assert bar.switch_kind.isVisible()
    assert bar.switch_kind.text() == "Switch to Leshua order number"
    qtbot.mouseClick(bar.switch_kind, Qt.MouseButton.LeftButton)
    assert bar.kind() == "leshua_order_id"
    assert bar.kind_box.currentText() == "Leshua order number"
    assert not bar.kind_hint.isVisible()
    assert bar.id_field.text() == LESHUA_ID
    window.query_bar.keep_polling.setChecked(False)
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        qtbot.keyClick(bar.id_field, Qt.Key.Key_Return)
    assert blocker.args[0].reply is not None
    assert blocker.args[0].reply.answer.get("third_order_id") == "DEMO-PAID-WX"


def test_a_merchant_number_as_leshua_number_gets_a_switch(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.query_bar
    bar.kind_box.setCurrentIndex(bar.kind_box.findData("leshua_order_id"))
    qtbot.keyClicks(bar.id_field, "DEMO-PAID-WX")
    assert bar.kind_hint.isVisible()
    assert "does not look like a Leshua order number" in bar.kind_hint.text()
    qtbot.mouseClick(bar.switch_kind, Qt.MouseButton.LeftButton)
    assert bar.kind() == "third_order_id"
    assert not bar.kind_hint.isVisible()
    assert bar.query_button.isEnabled()


def test_the_hint_is_in_chinese(qtbot: QtBot, window_zh: MainWindow) -> None:
    bar = window_zh.query_bar
    qtbot.keyClicks(bar.id_field, LESHUA_ID)
    assert "乐刷订单号" in bar.kind_hint.text()
    assert bar.switch_kind.text() == "改为乐刷订单号"


def test_not_found_says_to_check_the_kind(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("0003495002599998")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    notice = window.tabs.result_view.notice.text()
    assert "Order not found" in notice
    assert "Check the kind of number too" in notice


def test_a_pasted_column_says_one_order_at_a_time(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.query_bar
    QApplication.clipboard().setText("DEMO-PAID-WX\nDEMO-PAYING\nDEMO-CLOSED\n")
    bar.id_field.setFocus()
    qtbot.keyClick(bar.id_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "3 order numbers were pasted" in bar.id_problem.text()
    assert "one order at a time" in bar.id_problem.text()
    assert "1–64 letters" not in bar.id_problem.text()  # not the format error
    assert not bar.query_button.isEnabled()
    assert "one order at a time" in bar.query_button.toolTip()
    qtbot.keyClick(bar.id_field, Qt.Key.Key_Return)
    assert "one order at a time" in window.statusBar().currentMessage()
    bar.id_field.selectAll()
    qtbot.keyClicks(bar.id_field, "DEMO-PAID-WX")  # typed over: an ordinary id again
    assert bar.id_problem.text() == ""
    assert bar.query_button.isEnabled()
