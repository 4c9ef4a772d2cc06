"""The History grid tells rows apart and hides nothing: the merchant id and the pay time, polls
that stopped short marked in words, every error row with a state word and its whole text, and
an empty list that says why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.ui.history_model import COLUMNS
from leshua_gui.ui.history_panel import HistoryPanel
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_tabs import HISTORY_TAB
from tests.support.history_records import record

COL = {key: n for n, (key, _sql) in enumerate(COLUMNS)}
LONG = (
    "Unreadable answer from the gateway: the XML ends before its closing tag, after 4096 bytes"
    " of which the last field was 'sign'; the order's state is unknown"
)


def _rows() -> list[HistoryRecord]:
    now = datetime.now(UTC)
    return [
        record(0, order_id="SHOP-A", merchant_id="0000000018", queried_at=now,
               pay_time="20261121093015"),
        record(1, order_id="SHOP-B", merchant_id="0000000099", queried_at=now,
               pay_time="2026-11-20 14:03:27"),
        record(2, order_id="POLL-CANCELLED", status="0", stopped="cancelled", queried_at=now),
        record(3, order_id="CANCELLED-EARLY", status=None, outcome=None, stopped="cancelled",
               amounts={}, queried_at=now),
        record(4, order_id="POLL-DEADLINE", status="0", stopped="deadline", queried_at=now),
        record(5, order_id="BROKEN", status=None, outcome=None, error_kind="protocol",
               error_message=LONG, amounts={}, queried_at=now),
        record(6, order_id="REFUSED", status=None, error_kind="gateway", error_code="-4006",
               error_message="退款订单不存在", amounts={}, queried_at=now - timedelta(seconds=1)),
    ]  # fmt: skip


def _open(window: MainWindow, rows: list[HistoryRecord] | None = None) -> HistoryPanel:
    if rows:
        window.ctx.history.add_many(rows)
    window.tabs.ensure_views()
    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel = window.tabs.history_panel
    panel.refresh()
    return panel


def _cell(panel: HistoryPanel, order_id: str, key: str, role: int = 0) -> object:
    model = panel.model
    for n in range(model.rowCount()):
        r = model.record(n)
        if r is not None and r.order_id == order_id:
            return model.data(model.index(n, COL[key]), role)
    raise KeyError(order_id)


def test_merchant_id_and_pay_time_columns(window: MainWindow) -> None:
    panel = _open(window, _rows())
    headers = [panel.model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))]
    assert "Merchant id" in headers
    assert "Paid at (Beijing time)" in headers
    assert _cell(panel, "SHOP-A", "merchant_id") == "0000000018"
    assert _cell(panel, "SHOP-B", "merchant_id") == "0000000099"
    # both pay_time formats read the same way
    assert _cell(panel, "SHOP-A", "pay_time") == "2026-11-21 09:30:15"
    assert _cell(panel, "SHOP-B", "pay_time") == "2026-11-20 14:03:27"
    assert _cell(panel, "BROKEN", "pay_time") == ""


def test_stopped_polls_are_marked(window: MainWindow) -> None:
    panel = _open(window, _rows())
    assert _cell(panel, "POLL-CANCELLED", "state") == "paying · cancelled before a final state"
    assert _cell(panel, "CANCELLED-EARLY", "state") == "cancelled: state unknown"
    assert _cell(panel, "POLL-DEADLINE", "state") == (
        "paying · deadline reached before a final state"
    )
    assert _cell(panel, "SHOP-A", "state") == "paid"  # a finished lookup has no mark


def test_error_rows_have_a_state_word_and_their_whole_text(window: MainWindow) -> None:
    panel = _open(window, _rows())
    tip = Qt.ItemDataRole.ToolTipRole
    assert _cell(panel, "BROKEN", "state") == "state unknown"
    assert _cell(panel, "REFUSED", "state") == "state unknown"
    text = _cell(panel, "BROKEN", "outcome")
    assert isinstance(text, str)
    assert text.startswith("Unreadable answer")
    assert LONG in text  # the cell holds it all (elided on screen)
    whole = _cell(panel, "BROKEN", "outcome", tip)
    assert isinstance(whole, str)
    assert LONG in whole
    refused = _cell(panel, "REFUSED", "outcome")
    assert isinstance(refused, str)
    assert refused.startswith("-4006 ")
    assert "退款订单不存在" in refused  # the gateway's own words too
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideRight


def test_an_empty_history_says_so(window: MainWindow) -> None:
    panel = _open(window)
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisible()
    assert not panel.table.isVisible()
    assert "No queries recorded yet" in panel.empty.text()


def test_nothing_matching_says_why(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open(window, _rows())
    assert not panel.empty.isVisible()
    panel.search.setText("HOP")  # the middle of SHOP-A and SHOP-B
    panel.apply_filter()
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisible()
    text = panel.empty.text()
    assert "No query matches the filters." in text
    assert "beginning or the end of an id" in text
    assert "beginning or the end" in panel.search.placeholderText()
    panel.search.setText("SHOP")  # its beginning
    panel.apply_filter()
    assert panel.model.rowCount() == 2
    assert panel.table.isVisible()
    panel.search.setText("P-A")  # its end
    panel.apply_filter()
    assert panel.model.rowCount() == 1


def test_sorted_by_merchant_id_and_by_pay_time(window: MainWindow) -> None:
    panel = _open(window, _rows())
    model = panel.model
    model.sort(COL["pay_time"], Qt.SortOrder.DescendingOrder)
    first = [model.record(n) for n in range(2)]
    assert [r.order_id for r in first if r] == ["SHOP-A", "SHOP-B"]  # 11-21 before 11-20
    model.sort(COL["merchant_id"], Qt.SortOrder.DescendingOrder)
    top = model.record(0)
    assert top is not None
    assert top.merchant_id == "0000000099"
