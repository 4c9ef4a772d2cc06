"""Tools > Look up a refund: the refund of the order in the query bar, shown with its amounts."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.refund_dialog import RefundDialog


def test_refund_of_the_order_in_the_query_bar(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(True)  # a refund is asked once, never polled
    window.query_bar.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        window.run_query(refund={"merchant_refund_id": "DEMO-REFUND-1"})
    result = blocker.args[0]
    assert len(result.attempts) == 1
    assert result.reply is not None
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "Refund in progress"  # the refund's state
    assert "refund DEMO-REFUND-1" in view.context_line.text()
    texts = [w.text() for w in view.findChildren(type(view.context_line))]
    assert "¥30.00" in texts
    assert "¥88.00" in texts
    assert "DEMO-REFUND-1" in texts


def test_the_dialog_gives_the_refund_number_and_its_kind(qtbot: QtBot) -> None:
    dialog = RefundDialog("DEMO-REFUNDING")
    qtbot.addWidget(dialog)
    assert dialog.value() == {}
    dialog.refund.setText("  0008495002500088 ")
    dialog.kind.setCurrentIndex(1)
    assert dialog.value() == {"leshua_refund_id": "0008495002500088"}


def test_a_bad_refund_number_sends_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=5000):
        window.run_query(refund={"merchant_refund_id": "HAS SPACE"})
    assert window.ctx.sandbox is not None
    assert window.ctx.sandbox.state.requests_seen == 0
    assert "Not sent" in window.tabs.result_view.state_badge.text.text()


def test_a_refund_lookup_is_recorded_and_repeated_as_one(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query(refund={"merchant_refund_id": "DEMO-REFUND-1"})
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "Refund in progress"  # a refund's state
    assert window.ctx.history_writer.flush()
    (row,) = window.ctx.history.page()
    assert (row.lookup, row.refund_id_kind, row.refund_id) == (
        "refund",
        "merchant_refund_id",
        "DEMO-REFUND-1",
    )

    window.tabs.result_view.clear()
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        window.query_again(row)
    again = blocker.args[0]
    assert again.exchange.service == "unified_query_refund"
    assert again.exchange.form["merchant_refund_id"] == "DEMO-REFUND-1"
    assert view.state_badge.text.text() == "Refund in progress"
    assert "refund DEMO-REFUND-1" in view.context_line.text()
    assert len(again.attempts) == 1  # a refund is asked once, never polled

    window.tabs.show_record(row)
    assert view.state_badge.text.text() == "Refund in progress"
    assert "DEMO-REFUND-1" in view.context_line.text()


def test_a_refund_that_does_not_exist_is_explained_as_a_refund(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.query_bar.id_field.setText("DEMO-REFUNDED")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query(refund={"merchant_refund_id": "DEMO-REFUND-NONE"})
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "Refund not found"
    notice = view.notice.text()
    assert "Refund not found" in notice
    assert "-4006" in notice
    assert "payer has not scanned" not in notice
    assert "order not found" not in view.state_badge.text.text().lower()


def test_refunds_word_refund_states_in_every_badge(qtbot: QtBot, window: MainWindow) -> None:
    for order_id, refund, badge in (
        ("DEMO-REFUNDED", "DEMO-REFUND-2", "Refund succeeded"),
        ("DEMO-REFUND-FAILED", "DEMO-REFUND-3", "Refund failed"),
    ):
        window.query_bar.id_field.setText(order_id)
        with qtbot.waitSignal(window.query_finished, timeout=10000):
            window.run_query(refund={"merchant_refund_id": refund})
        assert window.tabs.result_view.state_badge.text.text() == badge
        assert (
            refund in window.strip.timeline.item(0).text()
            or badge.lower() in window.strip.timeline.item(0).text()
        )


def test_the_demo_menu_lists_the_demo_refunds(qtbot: QtBot, window: MainWindow) -> None:
    texts = [a.text() for a in window.query_bar.demo_menu.actions()]
    for refund in ("DEMO-REFUND-1", "DEMO-REFUND-2", "DEMO-REFUND-3", "DEMO-REFUND-NONE"):
        assert any(t.startswith(refund) for t in texts), refund
    action = next(
        a for a in window.query_bar.demo_menu.actions() if a.text().startswith("DEMO-REFUND-2")
    )
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        action.trigger()
    assert blocker.args[0].exchange.service == "unified_query_refund"
    assert window.query_bar.id_field.text() == "DEMO-REFUNDED"
    assert window.tabs.result_view.state_badge.text.text() == "Refund succeeded"


def test_a_payment_in_refund_points_to_the_refund_lookup(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "Refunding"
    assert "follow it with a refund lookup" in view.notice.text()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the modal dialog, offscreen
def test_a_refunded_order_offers_to_look_up_its_refund(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from leshua_gui.ui.refund_dialog import RefundDialog

    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    view = window.tabs.result_view
    assert not view.find_refund.isVisible()  # paid, nothing refunded: not offered

    window.query_bar.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    assert view.find_refund.isVisible()

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RefundDialog):
            QTimer.singleShot(10, fill_in)
            return
        dialog.refund.setText("DEMO-REFUND-1")
        dialog.accept()

    QTimer.singleShot(10, fill_in)
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        view.find_refund.click()
    assert blocker.args[0].exchange.service == "unified_query_refund"
    assert view.state_badge.text.text() == "Refund in progress"
