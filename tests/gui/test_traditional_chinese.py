"""The whole window in Traditional Chinese (Taiwan): its own strings, the domain words of the
result and the product's name, with no Simplified Chinese or English left."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.settings_dialog import SettingsDialog

SIMPLIFIED_ONLY = set(
    "订单关闭败验签银宝码号户务统错误设据时间结优实红详标识类态账网请连为这没还应与页证数询乐"
)


def test_a_paid_order_in_traditional_chinese(qtbot: QtBot, window_tw: MainWindow) -> None:
    window = window_tw
    assert window.windowTitle().startswith("樂刷查單助手")
    assert window.query_bar.query_button.text().startswith("查詢")
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "支付成功"
    summary = view.summary_text()
    assert "訂單金額" in summary
    # the promotion's name is the gateway's own text (单品惠), not the window's
    summary = summary.replace("单品惠", "")
    assert window.windowTitle() == "樂刷查單助手 — 示範"
    shown = "\n".join(
        [summary, window.windowTitle(), window.query_bar.query_button.text(),
         *(window.tabs.tabText(i) for i in range(window.tabs.count()))]
    )  # fmt: skip
    assert not SIMPLIFIED_ONLY.intersection(shown)


def test_settings_offers_traditional_chinese(qtbot: QtBot, window_tw: MainWindow) -> None:
    dialog = SettingsDialog(window_tw.ctx.settings, window_tw)
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert "zh_TW" in codes


def test_the_command_line_option_takes_it() -> None:
    from leshua_gui import gui

    assert gui._parser().parse_args(["--lang", "zh_TW"]).lang == "zh_TW"
