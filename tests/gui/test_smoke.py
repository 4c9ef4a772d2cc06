"""The window opens on the demo, queries a paid order and shows it as verified and paid."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow


def test_demo_query_shows_paid_and_verified(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        window.run_query()
    result = blocker.args[0]
    assert result.reply is not None
    assert window.tabs.result_view.state_badge.text.text() == "Paid"
    assert window.tabs.result_view.verify_badge.text.text() == "Signature verified"
