"""The History tab in Simplified Chinese: headers and trade states from the compiled .qm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leshua_gui.ui.history_model import COLUMNS
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_tabs import HISTORY_TAB

COL = {key: n for n, (key, _sql) in enumerate(COLUMNS)}


def test_history_in_chinese(qtbot: QtBot, window_zh: MainWindow) -> None:
    window_zh.query_bar.keep_polling.setChecked(False)
    window_zh.query_bar.kind_box.setCurrentIndex(
        window_zh.query_bar.kind_box.findData("third_order_id")
    )
    window_zh.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window_zh.query_finished, timeout=10000):
        window_zh.run_query()
    assert window_zh.ctx.history_writer.flush()

    panel = window_zh.tabs.history_panel
    window_zh.tabs.setCurrentIndex(HISTORY_TAB)
    panel.refresh()
    model = panel.model
    assert model.rowCount() == 1
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(COL["state"], horizontal) == "交易状态"
    assert model.data(model.index(0, COL["state"])) == "支付成功"
    assert model.data(model.index(0, COL["pay_way"])) == "微信支付"
    assert model.data(model.index(0, COL["outcome"])) == "签名已验证"
    assert model.data(model.index(0, COL["order_id"])) == "DEMO-PAID-WX"
    headers = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    assert not {"Trade state", "Amount", "Queried at"} & set(headers), headers
    assert panel.status_box.itemText(panel.status_box.findData("2")) == "支付成功"


def test_the_demo_merchant_is_named_in_chinese_in_the_history(
    qtbot: QtBot, window_zh: MainWindow
) -> None:
    window_zh.query_bar.keep_polling.setChecked(False)
    window_zh.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window_zh.query_finished, timeout=10000):
        window_zh.run_query()
    assert window_zh.ctx.history_writer.flush()
    panel = window_zh.tabs.history_panel
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    shown = panel.model.data(panel.model.index(0, 0 + _profile_column(panel)))
    assert shown == "演示商户（沙箱）"


def _profile_column(panel: object) -> int:
    from leshua_gui.ui.history_model import COLUMNS

    return next(n for n, (key, _sql) in enumerate(COLUMNS) if key == "profile")
