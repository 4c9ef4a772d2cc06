"""The progress strip speaks the window's language: problems in words, never internal kinds, and
a language switch says what is already on it again in the new language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.ui import i18n
from leshua_gui.ui.main_window import MainWindow
from tests.support.window_queries import ask


def test_a_problem_is_said_in_words_in_chinese(qtbot: QtBot, window_zh: MainWindow) -> None:
    ask(qtbot, window_zh, "FAULT-502")
    line = window_zh.strip.timeline.item(0).text()
    assert "transport" not in line
    assert "网关返回了错误页面" in line, line
    assert "502" in line


def test_switching_the_language_says_the_strip_again(qtbot: QtBot, window: MainWindow) -> None:
    ask(qtbot, window, "FAULT-RESP-CODE")
    assert window.strip.progress.text().startswith("Done: 1 attempt")
    line = window.strip.timeline.item(0).text()
    assert "gateway -20010" not in line  # the kind's internal name and the code, as before
    assert "The gateway reported an error [-20010]" in line
    try:
        window.set_language("zh_CN")
        assert window.strip.progress.text().startswith("完成")
        line = window.strip.timeline.item(0).text()
        assert "网关返回错误" in line, line
        assert "-20010" in line
    finally:
        i18n.install("en")


def test_the_demo_menu_is_in_chinese(window_zh: MainWindow) -> None:
    entries = [a.text() for a in window_zh.query_bar.demo_menu.actions() if a.text()]
    paid = next(text for text in entries if text.startswith("DEMO-PAID-WX"))
    assert "微信支付已支付" in paid
    refund = next(text for text in entries if text.startswith("DEMO-REFUND-1"))
    assert "DEMO-REFUNDING 的退款：退款中" in refund
    english = [text for text in entries if " paid " in text or "refund of" in text]
    assert english == []


def test_the_product_has_one_name_in_chinese(window_zh: MainWindow) -> None:
    assert window_zh.windowTitle().startswith("乐刷查单助手")
    assert "乐刷查单助手" in window_zh.menus.about_text()
    assert "Leshua Desk" not in window_zh.windowTitle() + window_zh.menus.about_text()


def test_an_untrusted_attempt_leads_with_the_distrust(qtbot: QtBot, window: MainWindow) -> None:
    ask(qtbot, window, "FAULT-BAD-SIGN")
    what = window.strip.timeline.item(0).text().split(")  ", 1)[1]
    assert what == "UNTRUSTED: signature mismatch · claims: paid"
