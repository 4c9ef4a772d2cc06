"""Switching the language retranslates everything on screen at once: the profile selector, the
progress line and the result's context line (a refund's included)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.ui import i18n
from leshua_gui.ui.main_window import MainWindow


def test_a_language_switch_leaves_no_english_behind(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query(refund={"merchant_refund_id": "DEMO-REFUND-1"})
    view = window.tabs.result_view
    assert "refund DEMO-REFUND-1" in view.context_line.text()
    try:
        window.set_language("zh_CN")
        assert window.profile_bar.profile_box.currentText().startswith("演示商户")
        line = view.context_line.text()
        assert "演示商户" in line
        assert "refund" not in line
        assert "DEMO-REFUND-1" in line
        assert "Demo merchant" not in window.profile_bar.profile_box.currentText()
    finally:
        i18n.install("en")
