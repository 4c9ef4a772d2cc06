"""Keep-polling to a final state, Cancel (button and Esc), the deadline, and input checks."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.sandbox.server import Sandbox
from leshua_gui.ui.main_window import MainWindow


def type_text(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Type as a user would: keys for ASCII, an input method's commit for Chinese."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(field, event)


def sandbox_of(window: MainWindow) -> Sandbox:
    assert window.ctx.sandbox is not None
    return window.ctx.sandbox


def test_keep_polling_until_paid(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(True)
    window.query_bar.id_field.setText("DEMO-PAYING")
    with qtbot.waitSignal(window.query_finished, timeout=15000) as blocker:
        window.run_query()
        assert window.query_bar.cancel_button.isVisible()
        assert not window.query_bar.query_button.isVisible()
    result = blocker.args[0]
    assert isinstance(result, PollResult)
    assert result.final
    assert window.strip.timeline.count() == 3
    assert window.strip.timeline.isVisible()
    texts = [window.strip.timeline.item(i).text() for i in range(3)]
    assert [t.split()[0] for t in texts] == ["#1", "#2", "#3"]
    assert texts[0].endswith("paying")
    assert texts[2].endswith("paid")
    assert window.tabs.result_view.state_badge.text.text() == "Paid"
    assert window.tabs.result_view.verify_badge.text.text() == "Signature verified"
    assert "3 attempt" in window.tabs.result_view.context_line.text()
    assert window.query_bar.query_button.isVisible()
    assert not window.query_bar.cancel_button.isVisible()
    assert sandbox_of(window).state.requests_seen == 3


def _click_cancel(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.query_bar.cancel_button, Qt.MouseButton.LeftButton)


def _press_escape(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)


@pytest.mark.parametrize("cancel", [_click_cancel, _press_escape], ids=["button", "escape"])
def test_cancel_stops_at_once(
    qtbot: QtBot, window: MainWindow, cancel: Callable[[QtBot, MainWindow], None]
) -> None:
    window.ctx.save_settings(replace(window.ctx.settings, poll_deadline_s=30))
    window.query_bar.keep_polling.setChecked(True)
    window.query_bar.id_field.setText("DEMO-PENDING")
    window.run_query()
    qtbot.waitUntil(lambda: window.strip.timeline.count() >= 1, timeout=5000)
    assert window.query_bar.cancel_button.isVisible()

    with qtbot.assertNotEmitted(window.query_finished, wait=0):
        started = time.perf_counter()
        cancel(qtbot, window)
        qtbot.waitUntil(window.query_bar.query_button.isVisible, timeout=200)
        assert time.perf_counter() - started < 0.2
        assert not window.query_bar.cancel_button.isVisible()
        seen = sandbox_of(window).state.requests_seen
        # Without the cancel, the second attempt would go out 2 s after the first.
        qtbot.wait(2300)
    assert sandbox_of(window).state.requests_seen <= seen + 1
    assert sandbox_of(window).state.requests_seen <= 2
    assert window.strip.timeline.count() == 1
    assert "unknown, not unpaid" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=2000)
    # The window is ready for the next query.
    assert window.query_bar.query_button.isEnabled()


def test_deadline_leaves_the_state_unknown(qtbot: QtBot, window: MainWindow) -> None:
    window.ctx.save_settings(replace(window.ctx.settings, poll_deadline_s=5))
    window.retranslate()
    assert "5 s" in window.query_bar.keep_polling.text()
    window.query_bar.keep_polling.setChecked(True)
    window.query_bar.id_field.setText("DEMO-PENDING")
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        window.run_query()
    result = blocker.args[0]
    assert result.deadline_reached
    assert not result.final
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "Paying"
    assert view.notice.isVisible()
    assert "unknown, not unpaid" in view.notice.text()
    assert window.strip.timeline.count() >= 2
    assert "unknown, not unpaid" in view.summary_text()


@pytest.mark.parametrize(
    "typed",
    ["ORDER 42", "A" * 65, "订单123"],
    ids=["space-inside", "65-chars", "chinese"],
)
def test_invalid_id_sends_nothing(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    window.query_bar.id_field.setFocus()
    type_text(qtbot, window.query_bar.id_field, typed)
    assert window.query_bar.id_field.text() == typed
    assert not window.query_bar.query_button.isEnabled()
    assert "1–64 letters, digits or symbols" in window.query_bar.id_problem.text()
    assert window.query_bar.id_problem.isVisible()

    qtbot.keyClick(window.query_bar.id_field, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert window.runner.active == 0
    assert not window.query_bar.cancel_button.isVisible()
    assert sandbox_of(window).state.requests_seen == 0
    assert window.tabs.result_view.result is None

    # Fixing the id clears the problem and enables Query again.
    window.query_bar.id_field.clear()
    qtbot.keyClicks(window.query_bar.id_field, "DEMO-PAID-WX")
    assert window.query_bar.query_button.isEnabled()
    assert window.query_bar.id_problem.text() == ""


def test_leshua_order_number_rules(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.kind_box.setCurrentIndex(window.query_bar.kind_box.findData("leshua_order_id"))
    qtbot.keyClicks(window.query_bar.id_field, "DEMO-PAID-WX")  # a hyphen is not allowed here
    assert not window.query_bar.query_button.isEnabled()
    assert "Leshua order number" in window.query_bar.id_problem.text()
    window.query_bar.id_field.clear()
    qtbot.keyClicks(window.query_bar.id_field, "0003495002500081")
    assert window.query_bar.query_button.isEnabled()


@pytest.mark.parametrize("junk", [("  ", "  "), ("\t", "\n"), ("\r\n", " \t\n")])
def test_pasted_id_is_trimmed(qtbot: QtBot, window: MainWindow, junk: tuple[str, str]) -> None:
    before, after = junk
    QApplication.clipboard().setText(f"{before}DEMO-PAID-WX{after}")
    window.query_bar.id_field.setFocus()
    qtbot.keyClick(window.query_bar.id_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.query_bar.id_field.text() == "DEMO-PAID-WX"
    assert window.query_bar.query_button.isEnabled()
    assert window.query_bar.id_problem.text() == ""


def test_focus_starts_in_the_id_field(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.query_bar.id_field, timeout=2000)


def test_enter_runs_the_query(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setFocus()
    qtbot.keyClicks(window.query_bar.id_field, "DEMO-CLOSED")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        qtbot.keyClick(window.query_bar.id_field, Qt.Key.Key_Return)
    assert window.tabs.result_view.state_badge.text.text() == "Closed"
    assert sandbox_of(window).state.requests_seen == 1
