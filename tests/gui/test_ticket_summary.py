"""Copy summary as a support ticket: what was asked first, the distrust before the claim, the
amounts in the window's order, local times with their zone, entirely in the UI language, and a
masked variant for tickets that leave the company."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.ui.main_window import MainWindow
from tests.gui.test_query_results import query

ZONE = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[ （(]{1,2}UTC[+-]\d\d:\d\d[)）]"


def english_left(text: str, result: PollResult) -> list[str]:
    """The words in ASCII letters a Chinese summary still holds once the codes ([WXZF]), the
    gateway's own values (ids, the attached data), the endpoint and units are taken out."""
    values = sorted((v for v in (result.answer.as_dict() if result.answer else {}).values() if v),
                    key=len, reverse=True)  # fmt: skip
    exchange = result.exchange
    if exchange is not None:
        values = [exchange.endpoint, *exchange.form.values(), *values]
    for value in values:
        text = text.replace(value, " ")
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"(?<![A-Za-z])(HTTP|ms|UTC)(?![A-Za-z])", " ", text)
    return re.findall(r"[A-Za-z]{2,}", text)


def test_a_trusted_answer_in_english(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "DEMO-PAID-WX")
    view = window.tabs.result_view
    lines = view.summary_text().splitlines()
    assert lines[:4] == [
        "Profile: Demo merchant (sandbox)",
        "Leshua merchant id: 0000000018",
        "Merchant order number: DEMO-PAID-WX",
        "Trade state: paid [2]  (final)",
    ]
    start = lines.index("Amounts (yuan)")
    assert [line.split(":")[0].strip() for line in lines[start + 1 : start + 7]] == [
        "Order amount", "− Discount", "= Buyer paid", "Check", "Settlement amount",
        "Where the money went",
    ]  # fmt: skip
    queried = next(line for line in lines if line.strip().startswith("Queried at"))
    assert re.search(ZONE, queried), queried
    assert re.search(ZONE, view.context_line.text()), view.context_line.text()  # on screen too
    assert "Payment method: WeChat Pay [WXZF]" in view.summary_text()  # titles capitalised


def test_a_trusted_answer_in_chinese_has_no_english_and_chinese_punctuation(
    qtbot: QtBot, window_zh: MainWindow
) -> None:
    result = query(qtbot, window_zh, "DEMO-PAID-WX")
    view = window_zh.tabs.result_view
    text = view.summary_text()
    lines = text.splitlines()
    assert lines[:4] == [
        "商户配置：演示商户（沙箱）",
        "乐刷商户号：0000000018",
        "商户订单号：DEMO-PAID-WX",
        "交易状态：支付成功 [2]（终态）",
    ]
    assert ": " not in text.replace("http://", "")
    assert "(" not in text
    assert ")" not in text
    assert english_left(text, result) == []
    assert re.search(r"查询时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（UTC[+-]\d\d:\d\d）", text)
    assert "资金去向：" in text


@pytest.mark.parametrize("order_id", ["FAULT-BAD-SIGN", "FAULT-NO-SIGN"])
def test_an_untrusted_answer_leads_with_the_distrust_in_both_languages(
    qtbot: QtBot, window: MainWindow, window_zh: MainWindow, order_id: str
) -> None:
    query(qtbot, window, order_id)
    en = window.tabs.result_view.summary_text().splitlines()
    assert en[3].startswith("Untrusted answer: ")
    assert en[3].endswith("trade state it claims: paid [2]")
    assert not any(line.startswith("Trade state") for line in en)
    result = query(qtbot, window_zh, order_id)
    text = window_zh.tabs.result_view.summary_text()
    zh = text.splitlines()
    assert zh[3].startswith("不可信的应答：")
    assert zh[3].endswith("应答声称的交易状态：支付成功 [2]")
    assert "错误：签名有问题" in zh
    assert english_left(text, result) == []
    assert "signature" not in text


@pytest.mark.parametrize("order_id", ["FAULT-502", "FAULT-HTML", "DEMO-NOT-FOUND"])
def test_an_error_in_chinese_says_it_in_chinese(
    qtbot: QtBot, window_zh: MainWindow, order_id: str
) -> None:
    result = query(qtbot, window_zh, order_id)
    text = window_zh.tabs.result_view.summary_text()
    assert text.splitlines()[2] == f"商户订单号：{order_id}"
    assert any(line.startswith("错误：") for line in text.splitlines())
    assert english_left(text, result) == [], text
    assert "(" not in text


def test_an_error_in_english(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "FAULT-HTML")
    lines = window.tabs.result_view.summary_text().splitlines()
    assert lines[2] == "Merchant order number: FAULT-HTML"
    assert "Error: Unreadable answer" in lines


def test_the_masked_summary_hides_the_payer(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "DEMO-PAID-WX")
    view = window.tabs.result_view
    plain, masked = view.summary_text(), view.masked_summary_text()
    for secret in (
        "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        "o0Demo9sub_openid_4xYz",
        "table 12; member 8816",
    ):
        assert secret in plain
        assert secret not in masked
    assert "Payer id: oUp" + "*" * 22 + "S6o" in masked
    assert "Attached data: (hidden)" in masked
    for kept in ("DEMO-PAID-WX", "0003495002500081", "4200002026112014032712345678", "¥128.00"):
        assert kept in masked
    assert view.copy_masked.isVisible()
    view.copy_masked.click()
    assert QGuiApplication.clipboard().text() == masked
