"""The History tab: untrusted answers only when asked for, latest per order, refund lookups."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import poll
from leshua_gui.core.history.export import header
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.ui.history_model import COLUMNS
from leshua_gui.ui.history_panel import HistoryPanel
from leshua_gui.ui.tasks import TaskRunner

COL = {key: n for n, (key, _sql) in enumerate(COLUMNS)}
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
ORDERS = ("DEMO-PAID-WX", "FAULT-BAD-SIGN", "DEMO-PAID-WX", "FAULT-NO-SIGN")


@pytest.fixture
def panel(qtbot: QtBot, demo_ctx: Services) -> Iterator[HistoryPanel]:
    """Real sandbox answers recorded the way the window records them, the tab open on them."""
    profile = demo_ctx.start_demo()
    assert demo_ctx.sandbox is not None
    sb = demo_ctx.sandbox
    with GatewayClient(sb.url, sb.merchant_id, sb.transaction_key, backoff=0.01) as client:
        for n, order_id in enumerate(ORDERS):
            ref = OrderRef.of(third_order_id=order_id)
            result = poll(lambda ref=ref: client.query_status(ref), deadline_s=0)
            demo_ctx.record(result, T0 + timedelta(minutes=n), profile, ref)
        ref = OrderRef.of(third_order_id="DEMO-REFUNDING")
        result = poll(
            lambda: client.query_refund(ref, merchant_refund_id="DEMO-REFUND-1"), deadline_s=0
        )
        demo_ctx.record(
            result, T0 + timedelta(minutes=9), profile, ref,
            lookup="refund", refund=("merchant_refund_id", "DEMO-REFUND-1"),
        )  # fmt: skip
    assert demo_ctx.history_writer.flush()
    runner = TaskRunner()
    panel = HistoryPanel(demo_ctx, runner)
    qtbot.addWidget(panel)
    yield panel
    runner.shutdown()


def cells(panel: HistoryPanel, key: str) -> list[str]:
    model = panel.model
    return [model.data(model.index(r, COL[key])) for r in range(model.rowCount())]


def pick_state(panel: HistoryPanel, code: str) -> None:
    panel.status_box.setCurrentIndex(panel.status_box.findData(code))


def test_paid_lists_trusted_answers_unless_untrusted_are_included(
    panel: HistoryPanel, qtmodeltester: ModelTester
) -> None:
    assert not panel.untrusted_box.isChecked()
    assert panel.untrusted_box.text() == "Include untrusted answers"
    pick_state(panel, "2")
    assert cells(panel, "order_id") == ["DEMO-PAID-WX", "DEMO-PAID-WX"]
    assert set(cells(panel, "state")) == {"paid"}
    panel.untrusted_box.setChecked(True)
    assert cells(panel, "order_id") == ["FAULT-NO-SIGN", "DEMO-PAID-WX", "FAULT-BAD-SIGN",
                                        "DEMO-PAID-WX"]  # fmt: skip
    amounts = cells(panel, "amount")
    assert amounts[0] == "888.00 (untrusted)"
    assert amounts[1] == "128.00"
    qtmodeltester.check(panel.model)


def test_latest_answer_per_order(panel: HistoryPanel, qtmodeltester: ModelTester) -> None:
    assert panel.latest_box.text() == "Latest answer per order"
    panel.latest_box.setChecked(True)
    assert cells(panel, "order_id") == ["DEMO-REFUNDING", "FAULT-NO-SIGN", "DEMO-PAID-WX",
                                        "FAULT-BAD-SIGN"]  # fmt: skip
    assert panel.count.text() == "4 queries"
    qtmodeltester.check(panel.model)
    panel.latest_box.setChecked(False)
    assert panel.model.rowCount() == 5


def test_a_refund_row_is_a_refund_lookup_with_its_number(panel: HistoryPanel) -> None:
    lookups = cells(panel, "lookup")
    assert lookups == ["Refund DEMO-REFUND-1", "Order", "Order", "Order", "Order"]
    tip = panel.model.data(panel.model.index(0, COL["lookup"]), Qt.ItemDataRole.ToolTipRole)
    assert "merchant refund number" in tip
    assert "30.00" in tip
    assert cells(panel, "state")[0] == "refunding"
    panel.search.setText("DEMO-REFUND-1")
    panel.apply_filter()
    assert cells(panel, "lookup") == ["Refund DEMO-REFUND-1"]
    panel.search.setText("0008495002500088")  # the Leshua refund number the answer gave
    panel.apply_filter()
    assert cells(panel, "lookup") == ["Refund DEMO-REFUND-1"]


def test_export_follows_the_options(qtbot: QtBot, panel: HistoryPanel, tmp_path: Path) -> None:
    pick_state(panel, "2")
    panel.untrusted_box.setChecked(True)
    target = tmp_path / "h.csv"
    with qtbot.waitSignal(panel.exported, timeout=10000):
        panel.export_to(target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    amounts = sorted(row[header("amount", "en")] for row in rows)
    assert amounts == ["128.00", "128.00", "¥888.00 (UNTRUSTED: no signature)",
                       "¥888.00 (UNTRUSTED: signature mismatch)"]  # fmt: skip
    panel.latest_box.setChecked(True)
    panel.untrusted_box.setChecked(False)
    with qtbot.waitSignal(panel.exported, timeout=10000):
        panel.export_to(target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        assert [r[header("order_id", "en")] for r in csv.DictReader(fh)] == ["DEMO-PAID-WX"]
