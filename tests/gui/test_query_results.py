"""What a user sees for every demo and fault order: state, trust, money, notices, raw, summary."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.sandbox import DEMO_TRANSACTION_KEY, all_demo_ids
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_view import ValueLabel

#: order id -> (state badge words, verification badge words or None when nothing was verified)
BADGES: dict[str, tuple[str, str | None]] = {
    "DEMO-PAID-WX": ("Paid", "Signature verified"),
    "DEMO-PAID-ALIPAY": ("Paid", "Signature verified"),
    "000120261122": ("Paid", "Signature verified"),
    "DEMO-PAYING": ("Paying", "Signature verified"),  # one query only: still paying
    "DEMO-PENDING": ("Paying", "Signature verified"),
    "DEMO-WATCH-PAID": ("Paying", "Signature verified"),  # paid a minute after its first query
    "DEMO-BARCODE-PAYING": ("Paying", "Signature verified"),
    "DEMO-CLOSED": ("Closed", "Signature verified"),
    "DEMO-FAILED": ("Failed", "Signature verified"),
    "DEMO-REFUNDING": ("Refunding", "Signature verified"),
    "DEMO-REFUNDED": ("Refunded", "Signature verified"),
    "DEMO-REFUND-FAILED": ("Refund failed", "Signature verified"),
    "DEMO-UNKNOWN-STATE": ("Unknown (99)", "Signature verified"),
    "FAULT-SLOW": ("Paid", "Signature verified"),  # slow, but within the default timeout
    "FAULT-502": ("The gateway answered with an error page", None),
    "FAULT-HTML": ("Unreadable answer", None),
    "FAULT-TRUNCATED": ("Unreadable answer", None),
    "FAULT-BAD-SIGN": ("Untrusted answer", "Signature mismatch"),  # "claims: paid" after it
    "FAULT-NO-SIGN": ("Untrusted answer", "Unsigned"),
    "FAULT-RESP-CODE": ("System error", "Unsigned"),  # the code's own words
    "FAULT-HOSTILE": ("Unreadable answer", None),
    "FAULT-HUGE": ("Unreadable answer", None),
    "FAULT-CLOSE-FORGED": ("Paying", "Signature verified"),  # its close answer is the forgery
    "DEMO-NOT-FOUND": ("Order not found", "Signature verified"),
}

_FAULT_PAID = {"Order amount": 88800, "Settlement amount": 88800}

#: order id -> the money rows shown: row name -> fen
MONEY: dict[str, dict[str, int]] = {
    "DEMO-PAID-WX": {
        "Order amount": 12800,
        "− Discount": 1000,
        "= Buyer paid": 11800,
        "Settlement amount": 11800,
    },
    "DEMO-PAID-ALIPAY": {
        "Order amount": 5000,
        "− Coupon": 500,
        "= Buyer paid": 4500,
        "+ Funded by the platform": 500,  # the red packet: the merchant still receives it
        "= Settlement amount": 5000,
    },
    "000120261122": {"Order amount": 100, "Settlement amount": 100},
    "DEMO-PAYING": {"Order amount": 2500},
    "DEMO-PENDING": {"Order amount": 990},
    "DEMO-WATCH-PAID": {"Order amount": 3600},
    "DEMO-BARCODE-PAYING": {"Order amount": 1200},
    "FAULT-CLOSE-FORGED": {"Order amount": 1500},
    "DEMO-CLOSED": {"Order amount": 3000},
    "DEMO-FAILED": {"Order amount": 4200},
    "DEMO-REFUNDING": {"Order amount": 8800, "= Buyer paid": 8800, "Settlement amount": 8800},
    "DEMO-REFUNDED": {"Order amount": 6600, "Settlement amount": 6600},
    "DEMO-REFUND-FAILED": {"Order amount": 1999, "Settlement amount": 1999},
    "DEMO-UNKNOWN-STATE": {"Order amount": 1500},
    "FAULT-SLOW": _FAULT_PAID,
    "FAULT-BAD-SIGN": _FAULT_PAID,
    "FAULT-NO-SIGN": _FAULT_PAID,
}

DEMO_IDS = [order_id for order_id, _ in all_demo_ids()]


def query(qtbot: QtBot, window: MainWindow, order_id: str, timeout: int = 10000) -> PollResult:
    """One query with keep-polling off, as a user would run it; returns what the window got."""
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.kind_box.setCurrentIndex(window.query_bar.kind_box.findData("third_order_id"))
    window.query_bar.id_field.setText(order_id)
    with qtbot.waitSignal(window.query_finished, timeout=timeout) as blocker:
        window.run_query()
    result = blocker.args[0]
    assert isinstance(result, PollResult)
    return result


def rows(window: MainWindow) -> list[tuple[str, QLabel | QTableWidget]]:
    """The result grid, top to bottom: (row name, shown value) and (section title, title label)."""
    grid = window.tabs.result_view.grid
    out: list[tuple[str, QLabel | QTableWidget]] = []
    for r in range(grid.rowCount()):
        first = grid.itemAtPosition(r, 0)
        widget = first.widget() if first is not None else None
        if isinstance(widget, QTableWidget):
            out.append(("<table>", widget))
            continue
        if not isinstance(widget, QLabel):
            continue
        second = grid.itemAtPosition(r, 1)
        holder = second.widget() if second is not None else None
        if holder is None or holder is widget:  # a section title spans the row
            out.append((widget.text(), widget))
            continue
        value = holder.findChild(ValueLabel)
        assert value is not None, f"row {widget.text()!r} shows no value"
        out.append((widget.text(), value))
    return out


def money_rows(window: MainWindow) -> dict[str, QLabel]:
    return {
        name: value
        for name, value in rows(window)
        if isinstance(value, ValueLabel) and re.fullmatch(r"¥[\d,.]+", value.text())
    }


def values_of(shown: list[tuple[str, str]]) -> dict[str, str]:
    return dict(shown)


def yuan(fen: int) -> str:
    return f"¥{fen // 100:,}.{fen % 100:02d}"


def test_every_demo_id_is_covered() -> None:
    assert set(BADGES) == set(DEMO_IDS)


@pytest.mark.parametrize("order_id", DEMO_IDS)
def test_what_the_user_sees(qtbot: QtBot, window: MainWindow, order_id: str) -> None:
    query(qtbot, window, order_id)
    view = window.tabs.result_view
    state, verification = BADGES[order_id]

    assert view.state_badge.isVisible()
    assert view.state_badge.text.text() == state
    if verification is None:
        assert not view.verify_badge.isVisible()
    else:
        assert view.verify_badge.isVisible()
        assert view.verify_badge.text.text() == verification

    shown = {name: (label.text(), label.toolTip()) for name, label in money_rows(window).items()}
    expected = MONEY.get(order_id, {})
    assert set(shown) == set(expected)
    for name, fen in expected.items():
        text, tooltip = shown[name]
        assert text == yuan(fen), name
        assert re.fullmatch(r"¥\d{1,3}(,\d{3})*\.\d\d", text)
        assert str(fen) in tooltip, name

    raw = window.tabs.raw_view.text.toPlainText()
    summary = view.summary_text()
    assert summary
    assert DEMO_TRANSACTION_KEY not in raw
    assert DEMO_TRANSACTION_KEY not in summary
    assert DEMO_TRANSACTION_KEY not in view.notice.text()


def test_promotion_table(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "DEMO-PAID-WX")
    names = [name for name, _ in rows(window)]
    assert "Promotion details" in names
    tables = [w for name, w in rows(window) if isinstance(w, QTableWidget)]
    assert len(tables) == 1
    table = tables[0]
    assert table.rowCount() == 1
    cells: dict[str, tuple[str, str]] = {}
    for c in range(table.columnCount()):
        header, item = table.horizontalHeaderItem(c), table.item(0, c)
        assert header is not None
        assert item is not None
        cells[header.text()] = (item.text(), item.toolTip())
    assert cells["Name"][0] == "单品惠-10元"
    assert cells["Promotion id"][0] == "1095190000"
    assert cells["Amount"][0] == "¥10.00"
    assert "1000" in cells["Amount"][1]
    assert cells["Merchant funds"][0] == "¥10.00"
    assert cells["WeChat funds"][0] == "¥0.00"


def test_unknown_fields_are_listed_not_guessed(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "DEMO-UNKNOWN-STATE")
    assert window.tabs.result_view.state_badge.text.text() == "Unknown (99)"
    shown = [(name, w.text()) for name, w in rows(window) if isinstance(w, QLabel)]
    names = [name for name, _ in shown]
    assert "Other fields" in names
    after = dict(shown[names.index("Other fields") + 1 :])
    assert after["settle_batch_no"] == "B20261124-0007"
    assert "fee_amount" not in after  # a fee is an amount: labelled, in fen, with the amounts
    fee = values_of(shown)["fee_amount (a field not in the protocol, read as fen)"]
    assert fee == "6 fen (¥0.06)"
    values = dict(shown)
    assert values["Payment method"] == "unknown (DCEPZF)"


@pytest.mark.parametrize(
    ("order_id", "verification"),
    [("FAULT-BAD-SIGN", "signature mismatch"), ("FAULT-NO-SIGN", "unsigned")],
)
def test_untrusted_answer_is_never_a_plain_success(
    qtbot: QtBot, window: MainWindow, order_id: str, verification: str
) -> None:
    result = query(qtbot, window, order_id)
    view = window.tabs.result_view
    assert result.reply is None
    badge = view.state_badge.text.text()
    assert badge.lower() != "paid"
    assert badge.startswith("Untrusted")
    assert view.verify_badge.text.text() == verification.capitalize()
    notice = view.notice.text()
    assert view.notice.isVisible()
    assert "do not trust" in notice.lower()
    if order_id == "FAULT-BAD-SIGN":
        assert "forged" in notice
    summary = view.summary_text()
    assert "Untrusted answer: " in summary
    assert "(final)" not in summary
    assert verification in summary
    assert DEMO_TRANSACTION_KEY not in summary


def test_unsigned_answer_is_not_called_a_mismatch(qtbot: QtBot, window: MainWindow) -> None:
    """An answer with no signature at all is "unsigned" wherever the user reads about it."""
    query(qtbot, window, "FAULT-NO-SIGN")
    view = window.tabs.result_view
    assert view.verify_badge.text.text() == "Unsigned"
    assert "does not match" not in view.notice.text()
    head = view.summary_text().splitlines()[3]  # after the profile, merchant id and order
    assert head.startswith("Untrusted answer: ")
    assert "mismatch" not in head, head


def test_timeout_says_unknown_not_unpaid(qtbot: QtBot, window: MainWindow) -> None:
    # 1 s is the shortest answer timeout the settings accept; the sandbox waits 1.5 s.
    window.ctx.save_settings(replace(window.ctx.settings, read_timeout_s=1.0))
    assert window.ctx.settings.read_timeout_s == 1.0
    result = query(qtbot, window, "FAULT-SLOW")
    view = window.tabs.result_view
    assert result.error is not None
    assert view.state_badge.text.text() == "No answer in time"
    assert "unknown, not unpaid" in view.notice.text()
    assert not view.verify_badge.isVisible()
    assert "paid" not in view.state_badge.text.text().lower()


def test_not_found_explains_the_gateway_code(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "DEMO-NOT-FOUND")
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "Order not found"
    notice = view.notice.text()
    assert "-4006" in notice
    assert "not found" in notice.lower()
    assert "-4006" in view.summary_text()


def test_http_502_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "FAULT-502")
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "The gateway answered with an error page"
    notice = view.notice.text()
    assert "HTTP error page" in notice
    assert "HTTP status: 502" in notice
    assert "Gateway said" not in notice  # an HTTP status, not the gateway's text
    assert "not reached" not in notice.lower()
    assert "HTTP 502" in view.summary_text()
    raw = window.tabs.raw_view.text.toPlainText()
    assert "HTTP status: 502" in raw
    assert "502 Bad Gateway" in raw


def test_raw_tab_shows_the_exchange_without_the_key(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "DEMO-PAID-WX")
    assert window.ctx.sandbox is not None
    raw = window.tabs.raw_view.text.toPlainText()
    assert f"Endpoint: {window.ctx.sandbox.url}" in raw
    assert re.search(r"^sign=[0-9A-F]{32}$", raw, re.MULTILINE)
    assert "third_order_id=DEMO-PAID-WX&key=********" in raw
    assert "HTTP status: 200" in raw
    assert "<leshua>" in raw
    assert "<status><![CDATA[2]]></status>" in raw
    assert DEMO_TRANSACTION_KEY not in raw


def test_copy_summary(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "DEMO-PAID-WX")
    clipboard = QApplication.clipboard()
    clipboard.setText("")
    qtbot.mouseClick(window.tabs.result_view.copy_summary, Qt.MouseButton.LeftButton)
    text = clipboard.text()
    assert text == window.tabs.result_view.summary_text()
    for expected in (
        "paid",
        "signature verified",
        "¥128.00",
        "¥118.00",
        "¥10.00",
        "DEMO-PAID-WX",
        "0003495002500081",
        "4200002026112014032712345678",
    ):
        assert expected in text, expected
    assert DEMO_TRANSACTION_KEY not in text
    assert "Copied" in window.statusBar().currentMessage()


def test_chinese_domain_labels(qtbot: QtBot, window_zh: MainWindow) -> None:
    query(qtbot, window_zh, "DEMO-PAID-WX")
    view = window_zh.tabs.result_view
    assert view.state_badge.text.text() == "支付成功"
    assert view.verify_badge.text.text() == "签名已验证"
    summary = view.summary_text()
    assert "交易状态：支付成功" in summary
    assert "签名已验证" in summary
    assert "订单金额：¥128.00" in summary
    assert "支付方式：微信支付" in summary
    assert "paid" not in summary
