"""Error wording never contradicts itself: an HTTP error page is not "not reached", and what the
app itself found (a signature that does not match) is never labelled as the gateway's words, live
or shown again from the History."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow
from tests.support.window_queries import ask


def test_a_forged_answer_from_the_history_does_not_quote_the_gateway(
    qtbot: QtBot, window: MainWindow
) -> None:
    ask(qtbot, window, "FAULT-BAD-SIGN")
    live = window.tabs.result_view.notice.text()
    assert window.ctx.history_writer.flush()
    (row,) = window.ctx.history.page()
    window.tabs.show_record(row)
    again = window.tabs.result_view.notice.text()
    assert "Gateway said" not in live
    assert "Gateway said" not in again
    assert "Signature problem" in again  # the app's own finding, said as such


def test_an_unreadable_answer_says_why_in_chinese(qtbot: QtBot, window_zh: MainWindow) -> None:
    ask(qtbot, window_zh, "FAULT-HTML")
    notice = window_zh.tabs.result_view.notice.text()
    assert "不是乐刷的 XML 报文" in notice
    assert "Details" not in notice
    assert "the answer is" not in notice  # the core's English message stays in the log
