"""Tools > Look up a refund: the refund of the order in the query bar, shown with its amounts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.refund_dialog import RefundDialog


def test_refund_of_the_order_in_the_query_bar(qtbot: QtBot, window: MainWindow) -> None:
    window.keep_polling.setChecked(True)  # a refund is asked once, never polled
    window.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        window.run_query(refund={"merchant_refund_id": "DEMO-REFUND-1"})
    result = blocker.args[0]
    assert len(result.attempts) == 1 and result.reply is not None
    view = window.result_view
    assert view.state_badge.text.text() == "refunding"
    assert "refund DEMO-REFUND-1" in view.context_line.text()
    texts = [w.text() for w in view.findChildren(type(view.context_line))]
    assert "¥30.00" in texts and "¥88.00" in texts  # refund amount, order total
    assert "DEMO-REFUND-1" in texts


def test_the_dialog_gives_the_refund_number_and_its_kind(qtbot: QtBot) -> None:
    dialog = RefundDialog("DEMO-REFUNDING")
    qtbot.addWidget(dialog)
    assert dialog.value() == {}
    dialog.refund.setText("  0008495002500088 ")
    dialog.kind.setCurrentIndex(1)
    assert dialog.value() == {"leshua_refund_id": "0008495002500088"}


def test_a_bad_refund_number_sends_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=5000):
        window.run_query(refund={"merchant_refund_id": "HAS SPACE"})
    assert window.ctx.sandbox is not None and window.ctx.sandbox.state.requests_seen == 0
    assert "Not sent" in window.result_view.state_badge.text.text()
