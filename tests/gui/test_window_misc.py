"""First run, the demo menu, remembered geometry, About, settings, and switching language."""

from __future__ import annotations

from dataclasses import replace

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from pytestqt.qtbot import QtBot

from leshua_gui import __version__
from leshua_gui.core.settings import Settings
from leshua_gui.sandbox import all_demo_ids
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.settings_dialog import SettingsDialog


def test_first_run_offers_the_demo(qtbot: QtBot, first_run: MainWindow) -> None:
    window = first_run
    assert window.ctx.sandbox is None
    assert window.stack.currentWidget() is window.first_run
    assert window.first_run.isVisible()
    assert "Welcome" in window.first_run.welcome.text()
    assert window.first_run.open_demo_button.isVisible()
    assert window.first_run.create_profile_button.isVisible()
    assert not window.demo_banner.isVisible()
    assert not window.query_bar.query_button.isEnabled()

    qtbot.mouseClick(window.first_run.open_demo_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.isVisible()
    assert window.profile_bar.profile_box.currentData() == "demo"
    assert "Demo merchant" in window.profile_bar.profile_box.currentText()
    assert window.demo_banner.isVisible()
    assert window.ctx.sandbox is not None
    assert "DEMO" in window.demo_banner.text()
    assert window.ctx.sandbox.url in window.demo_banner.text()
    assert window.query_bar.demo_orders.isVisible()
    assert "Demo" in window.windowTitle()


def test_demo_menu_lists_every_demo_id(window: MainWindow) -> None:
    assert window.query_bar.demo_orders.isVisible()
    from leshua_gui.sandbox.orders import demo_refunds

    listed = [
        action.text().split()[0]
        for action in window.query_bar.demo_menu.actions()
        if action.data() != "section"
    ]
    orders = [order_id for order_id, _ in all_demo_ids()]
    refunds = [refund for refund, _, _ in demo_refunds()]
    assert listed == orders + refunds  # the demo orders, then the demo refunds


def test_picking_a_demo_order_runs_it(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(False)
    action = next(
        a for a in window.query_bar.demo_menu.actions() if a.text().startswith("DEMO-REFUNDED ")
    )
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        action.trigger()
    assert window.query_bar.id_field.text() == "DEMO-REFUNDED"
    assert window.query_bar.kind_box.currentData() == "third_order_id"
    assert window.tabs.result_view.state_badge.text.text() == "Refunded"
    assert window.ctx.sandbox is not None
    assert window.ctx.sandbox.state.requests_seen == 1


def test_window_size_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    size = QSize(780, 580)  # fits the offscreen screen (800 x 600): nothing to clamp
    assert window.size() != size
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size, timeout=2000)
    window.close()

    again = MainWindow(window.ctx, "en")
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    try:
        assert again.size() == size
    finally:
        again.shutdown()


def test_about_names_version_qt_and_keyring(window: MainWindow) -> None:
    text = window.menus.about_text()
    assert __version__ in text
    assert qVersion() in text
    assert pyside_version in text
    assert window.ctx.keyring_status.name in text
    assert window.ctx.keyring_status.name.startswith("keyring.")


def test_settings_dialog_round_trip(qtbot: QtBot) -> None:
    settings = Settings(
        language="zh_CN",
        keep_polling=False,
        poll_deadline_s=90,
        connect_timeout_s=3.0,
        read_timeout_s=7.5,
        ca_bundle="/etc/corp-ca.pem",
        last_profile="Shop A",
        history_retention_days=30,
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.value() == settings  # shown as it is, given back unchanged

    dialog.deadline.setValue(300)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    changed = dialog.value()
    assert changed == replace(settings, poll_deadline_s=300, language="en")
    assert changed.last_profile == "Shop A"  # what the dialog does not show is kept


def test_switching_language_rerenders_the_result(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    assert window.tabs.result_view.state_badge.text.text() == "Paid"
    assert window.ctx.sandbox is not None
    seen = window.ctx.sandbox.state.requests_seen

    try:
        window.set_language("zh_CN")
        assert window.tabs.result_view.state_badge.text.text() == "支付成功"
        assert window.tabs.result_view.verify_badge.text.text() == "签名已验证"
        assert "支付成功" in window.tabs.result_view.summary_text()
    finally:
        window.set_language("en")
    assert window.tabs.result_view.state_badge.text.text() == "Paid"
    assert window.ctx.sandbox.state.requests_seen == seen  # no new query


def test_the_query_button_asks_what_is_in_the_bar(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        qtbot.mouseClick(window.query_bar.query_button, Qt.MouseButton.LeftButton)
    assert window.tabs.result_view.state_badge.text.text() == "Paid"
    assert "DEMO-PAID-WX" in window.tabs.result_view.context_line.text()


def test_the_demo_orders_arrow_has_room_of_its_own(window: MainWindow) -> None:
    """The menu arrow sits beside the text, not on it: the button is wider than the same
    button without a menu by at least the arrow's width."""
    from PySide6.QtWidgets import QStyle

    button = window.query_bar.demo_orders
    assert button.menu() is window.query_bar.demo_menu
    plain = type(button)()
    plain.setText(button.text())
    plain.setFont(button.font())
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.sizeHint().width() >= plain.sizeHint().width() + arrow
    plain.deleteLater()
