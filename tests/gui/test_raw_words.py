"""The Raw tab's verification lines are in the window's language, with the code beside the words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow


def raw_lines(qtbot: QtBot, window: MainWindow, order_id: str) -> list[str]:
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText(order_id)
    with qtbot.waitSignal(window.query_finished, timeout=15000):
        window.run_query()
    return window.tabs.raw_view.text.toPlainText().splitlines()


def test_the_verification_is_in_chinese_words(qtbot: QtBot, window_zh: MainWindow) -> None:
    lines = raw_lines(qtbot, window_zh, "DEMO-PAID-WX")
    outcome = next(line for line in lines if line.startswith("结果"))
    assert "签名已验证 [verified]" in outcome
    rule = next(line for line in lines if line.startswith("匹配的规则"))
    assert rule.endswith("[doc]")
    words = rule.removesuffix("[doc]").split(": ", 1)[1]
    assert words.strip()
    assert all(not ch.isascii() or not ch.isalpha() for ch in words), words  # no English


def test_a_mismatch_shows_both_signatures_in_one_case(qtbot: QtBot, window: MainWindow) -> None:
    lines = raw_lines(qtbot, window, "FAULT-BAD-SIGN")
    assert any(line.startswith("Outcome: signature mismatch [mismatch]") for line in lines)
    received = next(line for line in lines if line.startswith("Received: "))
    expected = next(line for line in lines if line.startswith("Expected: "))
    sent, wanted = received.split(": ", 1)[1], expected.split(": ", 1)[1]
    assert sent != wanted
    assert sent.isupper() == wanted.isupper()
