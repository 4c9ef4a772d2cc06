"""Cancelling a polled query: the answers so far stay, marked cancelled, and are recorded."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow


def test_cancel_marks_the_shown_answer_and_records_it(qtbot: QtBot, window: MainWindow) -> None:
    window.ctx.save_settings(replace(window.ctx.settings, poll_deadline_s=60))
    window.query_bar.keep_polling.setChecked(True)
    window.query_bar.id_field.setText("DEMO-PENDING")
    window.run_query()
    qtbot.waitUntil(lambda: window.strip.timeline.count() >= 1, timeout=5000)
    assert not window.query_bar.kind_box.isEnabled()
    assert window.query_bar.id_field.isReadOnly()
    window.cancel_query()
    assert window.query_bar.kind_box.isEnabled()
    assert not window.query_bar.id_field.isReadOnly()
    assert "Cancelled" in window.tabs.result_view.notice.text()
    assert window.tabs.result_view.state_badge.text.text() == "Paying"
    # recorded by the lookup itself, on its worker, as it stops asking
    qtbot.waitUntil(lambda: bool(window.ctx.history.page()), timeout=5000)
    assert window.ctx.history_writer.flush()
    rows = window.ctx.history.page()
    assert [r.order_id for r in rows] == ["DEMO-PENDING"]
    assert rows[0].final is False
    assert rows[0].status == "0"
