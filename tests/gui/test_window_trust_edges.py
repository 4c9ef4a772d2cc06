"""Edges where the window could show the wrong picture: the demo banner over a real merchant,
another order's answer left on screen, a refund read as an order, a quit that waits on the wire."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from leshua_gui.ui import i18n
from leshua_gui.ui.main_window import MainWindow
from tests.support.memory_keyring import MemoryKeyring


def open_window(qtbot: QtBot, ctx: Services) -> MainWindow:
    i18n.install("en")
    window = MainWindow(ctx, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_demo_opens_on_the_demo_profile_and_the_banner_follows_it(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    setup = Services()
    setup.store.add("Shop A", DEMO_MERCHANT_ID, "test", transaction_key=DEMO_TRANSACTION_KEY)
    setup.save_settings(replace(setup.settings, last_profile="Shop A"))
    setup.close()

    ctx = Services(demo=True)  # leshua-gui --demo, with a real profile used last time
    window = open_window(qtbot, ctx)
    try:
        assert window.profile_bar.profile_box.currentData() == "demo"
        assert window.demo_banner.isVisible()
        window.profile_bar.profile_box.setCurrentIndex(
            window.profile_bar.profile_box.findText("Shop A", flags=_contains())
        )
        assert window.current_profile() is not None
        assert window.current_profile().name == "Shop A"  # type: ignore[union-attr]
        assert not window.demo_banner.isVisible()  # a real merchant: no "nothing here is real"
        assert "Demo" not in window.windowTitle()
        window.profile_bar.profile_box.setCurrentIndex(
            window.profile_bar.profile_box.findData("demo")
        )
        assert window.demo_banner.isVisible()
        # The demo is not what is remembered as the last profile.
        assert ctx.settings.last_profile == "Shop A"
    finally:
        window.shutdown()
        ctx.close()


def _contains() -> object:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


def _sandbox(window: MainWindow) -> object:
    assert window.ctx.sandbox is not None
    return window.ctx.sandbox


def _query(qtbot: QtBot, window: MainWindow, order_id: str) -> None:
    window.query_bar.id_field.setText(order_id)
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()


def test_a_new_query_never_shows_the_previous_orders_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    _query(qtbot, window, "DEMO-PAID-WX")
    assert window.tabs.result_view.state_badge.text.text() == "Paid"
    window.tabs.setCurrentIndex(1)

    window.query_bar.id_field.setText("FAULT-SLOW")
    window.run_query()
    view, raw = window.tabs.result_view, window.tabs.raw_view
    assert "FAULT-SLOW" in view.context_line.text()
    assert "DEMO-PAID-WX" not in view.context_line.text()
    assert view.state_badge.text.text() == "Asking the gateway…"
    assert not view.verify_badge.isVisible()
    assert not view.details.isVisible()  # no amounts of the other order
    assert "FAULT-SLOW" in raw.text.toPlainText()
    assert "DEMO-PAID-WX" not in raw.text.toPlainText()
    assert "DEMO-PAID-WX" not in view.summary_text()

    window.cancel_query()
    assert view.state_badge.text.text() == "Cancelled: state unknown"
    assert "FAULT-SLOW" in view.context_line.text()
    summary = view.summary_text()
    assert "FAULT-SLOW" in summary
    assert "Cancelled: state unknown" in summary
    assert "DEMO-PAID-WX" not in summary
    assert "paid" not in summary.replace("unpaid", "")
    assert "FAULT-SLOW" in raw.text.toPlainText()
    assert "Cancelled" in raw.text.toPlainText()
    assert "DEMO-PAID-WX" not in raw.text.toPlainText()
    # the answer that comes later for the cancelled query changes nothing
    qtbot.wait(1800)
    assert view.state_badge.text.text() == "Cancelled: state unknown"


def test_picking_a_demo_order_during_a_lookup_leaves_the_bar_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.query_bar.id_field.setText("FAULT-SLOW")
    with qtbot.waitSignal(window.query_finished, timeout=10000) as blocker:
        window.run_query()
        actions = window.query_bar.demo_menu.actions()
        paid = next(a for a in actions if a.text().startswith("DEMO-PAID-WX"))
        paid.trigger()
        assert window.query_bar.id_field.text() == "FAULT-SLOW"
    assert blocker.args[0].answer.get("third_order_id") == "FAULT-SLOW"
    assert window.query_bar.id_field.text() == "FAULT-SLOW"
    assert _sandbox(window).state.requests_seen == 1  # type: ignore[attr-defined]


def test_what_is_typed_during_a_lookup_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    window.query_bar.id_field.setText("FAULT-SLOW")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
        window.query_bar.id_field.setFocus()
        qtbot.keyClicks(window.query_bar.id_field, "DEMO-")
        QGuiApplication.clipboard().setText(" DEMO-CLOSED\t")
        qtbot.keyClick(window.query_bar.id_field, Qt.Key.Key_End)
        # What is being asked stays in the bar; what was typed is visible, not dropped.
        assert window.query_bar.id_field.text() == "FAULT-SLOW"
        assert window.query_bar.next_field.isVisible()
        assert window.query_bar.next_field.text() == "DEMO-"
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtWidgets import QApplication

        ime = QInputMethodEvent()
        ime.setCommitString("订单")  # an input method's commit, into the locked bar
        QApplication.sendEvent(window.query_bar.id_field, ime)
        assert window.query_bar.next_field.text() == "DEMO-订单"
        window.query_bar.next_field.clear()
        window.query_bar.next_field.setFocus()
        qtbot.keyClick(
            window.query_bar.next_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
        )
        assert window.query_bar.next_field.text() == "DEMO-CLOSED"
    # When the lookup ends, it is in the query bar, ready to be asked.
    assert window.query_bar.id_field.text() == "DEMO-CLOSED"
    assert not window.query_bar.next_field.isVisible()
    assert window.query_bar.query_button.isEnabled()


def test_quitting_during_a_slow_query_does_not_wait_for_the_gateway(
    qtbot: QtBot, window: MainWindow
) -> None:
    import time

    sandbox = window.ctx.sandbox
    assert sandbox is not None
    sandbox.state.slow_seconds = 8.0  # far longer than closing may take, even on a busy machine
    window.query_bar.id_field.setText("FAULT-SLOW")
    window.run_query()
    qtbot.waitUntil(lambda: sandbox.state.requests_seen == 1, timeout=3000)  # on the wire
    started = time.monotonic()
    window.close()
    window.ctx.close()  # what the app does next: history writer, sandbox
    elapsed = time.monotonic() - started
    print(f"closing took {elapsed:.2f} s")
    assert elapsed < 3.0, f"closing took {elapsed:.1f} s: it waited for the 8 s answer"
    assert window.runner.active == 0


def test_a_query_the_history_could_not_keep_is_said_in_the_window(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leshua_gui.core.history.store import HistoryUnavailable

    def full(_record: object) -> None:
        raise HistoryUnavailable(
            "the query history cannot be used now: the disk is full (database or disk is full)",
            "full",
        )

    original = window.ctx.history.add
    monkeypatch.setattr(window.ctx.history, "add", full)
    _query(qtbot, window, "DEMO-PAID-WX")
    notice = window.tabs.result_view.history_notice
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "not recorded in the history" in notice.text()
    assert "the disk is full" in notice.text()  # in the window's words
    assert "not recorded in the history" in window.statusBar().currentMessage().lower()
    assert window.tabs.result_view.state_badge.text.text() == "Paid"  # the answer itself stays
    # The next query starts without the old notice (it was about the previous one).
    monkeypatch.setattr(window.ctx.history, "add", original)
    window.query_bar.id_field.setText("DEMO-CLOSED")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
        assert not notice.isVisible()
    assert window.ctx.history_writer.flush()
    assert not notice.isVisible()


def test_an_unknown_state_is_shown_with_its_code(qtbot: QtBot, window: MainWindow) -> None:
    window.query_bar.keep_polling.setChecked(False)
    _query(qtbot, window, "DEMO-UNKNOWN-STATE")
    view = window.tabs.result_view
    assert view.state_badge.text.text() == "Unknown (99)"
    assert "does not know" in view.notice.text()
    assert "[99]" in view.notice.text()
