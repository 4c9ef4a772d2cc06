"""The History tab: close attempts listed as their own kind, "Watch until final" offered for an
order whose answer is not final (and for nothing else), and "Query again" of a close attempt
asks the order's state, never closes it again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import poll
from leshua_gui.core.history.record import HistoryRecord, os_user
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.text import labels
from leshua_gui.ui.history_model import COLUMNS
from leshua_gui.ui.history_panel import HistoryPanel
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_tabs import HISTORY_TAB
from leshua_gui.ui.tasks import TaskRunner
from tests.support.close_exchange import close_once

#: the offscreen platform's own notes on a shown widget and an open menu
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)
COL = {key: n for n, (key, _sql) in enumerate(COLUMNS)}
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
#: (order, what was asked, whether "Watch until final" is offered), oldest first
ROWS = (
    ("DEMO-PAID-WX", "order", False),  # paid: final
    ("DEMO-PENDING", "order", True),  # paying
    ("DEMO-NOT-FOUND", "order", True),  # not found (yet)
    ("FAULT-502", "order", True),  # the gateway not reached
    ("DEMO-PENDING", "close", False),  # a close attempt: closed (6)
    ("DEMO-PAID-WX", "close", False),  # a close attempt refused: already paid
    ("DEMO-REFUNDING", "refund", False),  # a refund lookup
)


def _record_rows(ctx: Services) -> None:
    """Real sandbox answers, recorded the way the window (and the close flow) records them."""
    profile = ctx.start_demo()
    assert ctx.sandbox is not None
    sb = ctx.sandbox
    with GatewayClient(sb.url, sb.merchant_id, sb.transaction_key, backoff=0.01) as client:
        for n, (order_id, lookup, _watch) in enumerate(ROWS):
            ref = OrderRef.of(third_order_id=order_id)
            at = T0 + timedelta(minutes=n)
            if lookup == "close":
                ctx.record(close_once(client, order_id), at, profile, ref, lookup="close")
            elif lookup == "refund":
                result = poll(
                    lambda ref=ref: client.query_refund(ref, merchant_refund_id="DEMO-REFUND-1"),
                    deadline_s=0,
                )
                ctx.record(result, at, profile, ref, refund=("merchant_refund_id", "DEMO-REFUND-1"))
            else:
                result = poll(lambda ref=ref: client.query_status(ref), deadline_s=0)
                ctx.record(result, at, profile, ref)
    assert ctx.history_writer.flush()


@pytest.fixture
def panel(qtbot: QtBot, demo_ctx: Services) -> Iterator[HistoryPanel]:
    _record_rows(demo_ctx)
    runner = TaskRunner()
    panel = HistoryPanel(demo_ctx, runner)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    assert runner.shutdown(5000)


def _rows_oldest_first(panel: HistoryPanel) -> list[int]:
    """The table's row of each of ROWS (the list is newest first)."""
    count = panel.model.rowCount()
    assert count == len(ROWS)
    return [count - 1 - n for n in range(len(ROWS))]


def _cell(panel: HistoryPanel, row: int, key: str, role: int = 0) -> object:
    return panel.model.data(panel.model.index(row, COL[key]), role)


def test_close_attempts_are_listed_as_such(qtbot: QtBot, panel: HistoryPanel) -> None:
    ModelTester(None).check(panel.model)
    rows = _rows_oldest_first(panel)
    closed, refused = rows[4], rows[5]
    assert _cell(panel, closed, "lookup") == "Close attempt"
    assert _cell(panel, refused, "lookup") == "Close attempt"
    assert _cell(panel, rows[1], "lookup") == "Order"
    assert _cell(panel, closed, "state") == labels.trade_state("6", "en") == "closed"
    assert _cell(panel, refused, "state") == "not closed"
    assert _cell(panel, rows[3], "state") == "state unknown"  # a query not answered
    refusal = str(_cell(panel, refused, "outcome"))
    record = panel.model.record(refused)
    assert record is not None
    assert record.error_code
    assert refusal.startswith(record.error_code)
    tip = str(_cell(panel, closed, "lookup", 3))  # ToolTipRole
    assert "close" in tip
    assert os_user() in tip


def _menu_of(qtbot: QtBot, panel: HistoryPanel, row: int) -> dict[str, bool]:
    """The row's context menu, opened by a right click request on it: its entries' enabled
    states (the menu is read, then closed, while it is open)."""
    seen: dict[str, bool] = {}

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.update({a.text(): a.isEnabled() for a in menu.actions() if a.text()})
        menu.close()

    QTimer.singleShot(50, read_and_close)
    rect = panel.table.visualRect(panel.model.index(row, 0))
    panel.table.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_the_lookup_filter_lists_the_close_attempts_only(qtbot: QtBot, panel: HistoryPanel) -> None:
    box = panel.lookup_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Any lookup", "Order lookups", "Refund lookups", "Close attempts",
    ]  # fmt: skip
    box.setCurrentIndex(box.findData("close"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    kinds = {panel.model.record(n).lookup for n in range(2)}  # type: ignore[union-attr]
    assert kinds == {"close"}
    box.setCurrentIndex(box.findData("refund"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(ROWS), timeout=10_000)


def test_watch_is_offered_for_an_order_not_final_only(qtbot: QtBot, panel: HistoryPanel) -> None:
    rows = _rows_oldest_first(panel)
    for (order_id, lookup, watch), row in zip(ROWS, rows, strict=True):
        panel.table.clearSelection()
        panel.table.selectRow(row)
        assert panel.watch_button.isEnabled() is watch, (order_id, lookup)
        assert panel.watch_action.isEnabled() is watch, (order_id, lookup)
        menu = panel.row_menu()
        assert panel.watch_action in menu.actions()
        assert panel.again_action in menu.actions()
        menu.deleteLater()
    # a right click on another row selects it, and its menu says what it offers
    panel.table.clearSelection()
    panel.table.selectRow(rows[0])
    entries = _menu_of(qtbot, panel, rows[1])
    assert panel.table.selectionModel().selectedRows()[0].row() == rows[1]
    assert entries["Watch until final"] is True
    assert entries["Query again"] is True
    entries = _menu_of(qtbot, panel, rows[4])
    assert entries["Watch until final"] is False
    assert entries["Query again"] is True
    # two rows selected: nothing to watch
    panel.table.selectRow(rows[1])
    panel.table.selectionModel().select(
        panel.model.index(rows[2], 0),
        panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(panel.selected_ids()) == 2
    assert not panel.watch_button.isEnabled()
    assert not panel.watch_action.isEnabled()


def test_watch_sends_the_whole_record(qtbot: QtBot, panel: HistoryPanel) -> None:
    rows = _rows_oldest_first(panel)
    panel.table.clearSelection()
    panel.table.selectRow(rows[1])  # DEMO-PENDING, paying
    with qtbot.waitSignal(panel.watch_requested, timeout=2000) as blocker:
        panel.watch_action.trigger()
    (record,) = blocker.args
    assert isinstance(record, HistoryRecord)
    assert (record.order_id, record.lookup, record.status) == ("DEMO-PENDING", "order", "0")
    assert record.id == panel.selected_ids()[0]
    assert record.raw_answer  # the full row, as "Show answer" and "Query again" get it
    with qtbot.waitSignal(panel.watch_requested, timeout=2000) as blocker:
        panel.watch_button.click()
    assert blocker.args[0].id == record.id
    # a close attempt, a final answer: never sent to the watch list, whatever asks
    for row in (rows[4], rows[0]):
        panel.table.clearSelection()
        panel.table.selectRow(row)
        with qtbot.assertNotEmitted(panel.watch_requested, wait=50):
            panel.watch_action.trigger()
            panel.watch_selected()


def test_query_again_of_a_close_asks_the_order_state(
    qtbot: QtBot, window: MainWindow, demo_ctx: Services
) -> None:
    _record_rows(demo_ctx)
    sandbox = demo_ctx.sandbox
    assert sandbox is not None
    before = sandbox.state.services_seen()
    window.tabs.ensure_views()
    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel = window.tabs.history_panel
    panel.refresh()
    rows = _rows_oldest_first(panel)
    panel.table.clearSelection()
    panel.table.selectRow(rows[4])  # the close attempt of DEMO-PENDING
    record = panel.model.record(rows[4])
    assert record is not None
    assert record.lookup == "close"
    assert "never sent again" in panel.again_button.toolTip()
    window.query_bar.keep_polling.setChecked(False)
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        panel.again_button.click()
    after = sandbox.state.services_seen()
    assert after.get("close_order", 0) == before.get("close_order", 0)  # nothing closed again
    assert after["query_status"] == before["query_status"] + 1
    (result,) = blocker.args
    assert result.exchange.service == "query_status"
    assert result.reply.answer.status == "6"  # the order's own state: closed by the attempt
