"""Watching and closing from the main window, as a person does: the result's buttons, the Watch
tab and its badge, the notice and what clicking it shows, the close dialog with the order number
typed; real demo sandbox over loopback, real watch list and history files."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leshua_gui.app.close import CloseOutcome
from leshua_gui.app.services import Services
from leshua_gui.sandbox.server import SandboxState
from leshua_gui.ui.close_dialog import CloseDialog
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_tabs import RESULT_TAB, WATCH_TAB
from tests.support.window_queries import ask

SHOWN = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")


def _state(window: MainWindow) -> SandboxState:
    assert window.ctx.sandbox is not None
    return window.ctx.sandbox.state


def _watching(qtbot: QtBot, window: MainWindow) -> None:
    window.order_actions.open_watch_list()
    qtbot.waitUntil(lambda: window.order_actions.watcher is not None, timeout=10_000)
    watcher = window.order_actions.watcher
    assert watcher is not None
    watcher.first_s, watcher.max_s = 0.1, 0.3


def _history(ctx: Services) -> list[tuple[str, str]]:
    assert ctx.history_writer.flush(timeout=10)
    return [(r.lookup, r.status or "") for r in reversed(list(ctx.history.page()))]


@SHOWN
def test_an_order_watched_from_its_result_turns_paid_and_the_user_is_told(
    qtbot: QtBot, window: MainWindow
) -> None:
    _watching(qtbot, window)
    _state(window).watch_paid_after_s = 0.5
    result = ask(qtbot, window, "DEMO-WATCH-PAID")
    assert result.answer is not None
    assert result.answer.status == "0"
    view = window.tabs.result_view
    assert view.offered == (True, True)  # paying: watch it, or (allowed for the demo) close it
    actions = window.order_actions
    assert actions.notices is not None
    with qtbot.waitSignal(actions.notices.notice_text, timeout=15_000) as told:
        qtbot.mouseClick(view.watch_button, Qt.MouseButton.LeftButton)
    text, entry_id = told.args
    assert text == "Order DEMO-WATCH-PAID is now paid (¥36.00)"
    tabs = window.tabs
    assert tabs.tabText(WATCH_TAB) == "&Watch (1)"  # the badge
    panel = tabs.watch_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.row_of(entry_id) is not None)
    entry = panel.model.entries()[panel.model.row_of(entry_id) or 0]
    assert (entry.last_status, entry.end_reason) == ("2", "final")
    # clicking the notice shows that order's answer, verified paid
    actions._notice_clicked(entry_id)
    assert tabs.currentIndex() == RESULT_TAB
    shown = view.result
    assert shown is not None
    assert shown.answer is not None
    assert (shown.answer.status, shown.reply is not None) == ("2", True)
    assert tabs.about is not None
    assert view.offered == (False, False)  # final: nothing more to watch or close
    # looking at the Watch tab clears the badge
    tabs.setCurrentIndex(WATCH_TAB)
    assert tabs.tabText(WATCH_TAB) == "&Watch"


def _close_in_dialog(qtbot: QtBot, window: MainWindow, typed: str) -> list[CloseOutcome]:
    """Press Close order…, type `typed`, press Close and wait for the outcome; Done."""
    outcomes: list[CloseOutcome] = []
    problems: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CloseDialog):
            problems.append(f"no close dialog: {dialog!r}")
            if dialog is not None:
                dialog.close()
            return
        dialog.finished_close.connect(outcomes.append)
        qtbot.keyClicks(dialog.confirmation, typed)
        if not dialog.close_button.isEnabled():
            problems.append("Close order stayed disabled")
            dialog.reject()
            return
        dialog.close_button.click()
        qtbot.waitUntil(lambda: bool(outcomes), timeout=15_000)
        dialog.done_button.click()

    QTimer.singleShot(0, act)
    window.tabs.result_view.close_button.click()
    assert problems == []
    return outcomes


@SHOWN
def test_closing_a_paying_order_shows_the_verified_closed_state_and_records_each_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    ask(qtbot, window, "DEMO-PENDING")
    assert window.tabs.result_view.offered == (True, True)
    _state(window).reset()
    (outcome,) = _close_in_dialog(qtbot, window, "DEMO-PENDING")
    assert outcome.closed
    assert [s for s, _o, _l in _state(window).requests_log()] == [
        "query_status", "close_order", "query_status",
    ]  # fmt: skip
    shown = window.tabs.result_view.result
    assert shown is not None
    assert shown.answer is not None
    assert shown.reply is not None  # verified
    assert shown.answer.status == "6"
    assert window.lookup is outcome.after
    assert window.tabs.result_view.offered == (False, False)
    assert _history(window.ctx)[-3:] == [("order", "0"), ("close", "6"), ("order", "6")]


@SHOWN
def test_a_profile_that_does_not_allow_closing_is_never_offered_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    ctx = window.ctx
    assert ctx.demo_profile is not None
    ctx.demo_profile = replace(ctx.demo_profile, allow_close=False)
    window.reload_profiles(select_id=ctx.demo_profile.id)
    ask(qtbot, window, "DEMO-PENDING")
    assert window.tabs.result_view.offered == (True, False)
    assert not window.tabs.result_view.close_button.isVisible()
    window.order_actions.open_close_dialog


@SHOWN
def test_a_paid_or_unverified_answer_is_never_offered_a_close(
    qtbot: QtBot, window: MainWindow
) -> None:
    ask(qtbot, window, "DEMO-PAID-WX")
    assert window.tabs.result_view.offered == (False, False)
    ask(qtbot, window, "FAULT-BAD-SIGN")  # claims a state with a signature that does not match
    watch, close = window.tabs.result_view.offered
    assert not close
    assert watch  # not final: it may be watched


@SHOWN
def test_a_history_row_that_is_not_final_is_watched_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    _watching(qtbot, window)
    window.order_actions.watcher.first_s = 3600.0  # type: ignore[union-attr]
    ask(qtbot, window, "DEMO-PENDING")
    panel = window.tabs.history_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=10_000)
    assert window.ctx.history_writer.flush(timeout=10)
    (record,) = [r for r in window.ctx.history.page() if r.order_id == "DEMO-PENDING"]
    before = _state(window).services_seen().get("query_status", 0)
    panel.watch_requested.emit(record)
    store = window.ctx.watch_store
    qtbot.waitUntil(lambda: any(e.checks for e in store.entries()), timeout=10_000)
    (entry,) = store.entries()
    assert (entry.order_id, entry.last_status, entry.profile_id) == ("DEMO-PENDING", "0", "demo")
    assert _state(window).services_seen()["query_status"] == before + 1


@SHOWN
def test_the_watch_list_opens_with_the_first_watch_and_at_the_next_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Nobody watched yet: no Watch tab and no watch file after the first paint; the first
    "Watch until final" opens it, and then a new window opens it by itself."""
    qtbot.wait(300)  # past the first paint's work
    assert window.order_actions.watcher is None
    assert window.tabs.watch_panel is None
    assert not (window.ctx.paths.data / "watch.sqlite3").exists()
    ask(qtbot, window, "DEMO-PENDING")
    window.tabs.result_view.watch_button.click()
    store_path = window.ctx.paths.data / "watch.sqlite3"
    qtbot.waitUntil(lambda: window.tabs.watch_panel is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "Watching DEMO-PENDING" in window.statusBar().currentMessage())
    assert store_path.exists()
    second = MainWindow(window.ctx, "en")
    qtbot.addWidget(second)
    second.show()
    try:
        qtbot.waitUntil(lambda: second.tabs.watch_panel is not None, timeout=10_000)
    finally:
        second.shutdown()


@SHOWN
def test_closing_turned_off_after_the_query_is_withdrawn_and_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The owner turns closing off while a paying answer is on screen: the offer goes when the
    profiles are read again, and a close asked for anyway is refused with nothing sent."""
    ctx = window.ctx
    ask(qtbot, window, "DEMO-PENDING")
    assert window.tabs.result_view.offered == (True, True)
    assert ctx.demo_profile is not None
    ctx.demo_profile = replace(ctx.demo_profile, allow_close=False)
    window.reload_profiles(select_id=ctx.demo_profile.id)
    assert window.tabs.result_view.offered == (True, False)
    _state(window).reset()
    seen: list[bool] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CloseDialog)
        qtbot.keyClicks(dialog.confirmation, "DEMO-PENDING")
        seen.append(dialog.close_button.isEnabled())
        dialog.reject()

    QTimer.singleShot(0, act)
    window.order_actions.open_close_dialog()  # as if the button had been pressed before
    assert seen == [False]
    assert _state(window).requests_log() == []


@SHOWN
def test_a_batch_job_of_the_merchant_holds_its_watch_until_the_job_ends(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.support.batch_window import ids, open_batch, paste, run

    _watching(qtbot, window)
    watcher = window.order_actions.watcher
    assert watcher is not None
    demo = window.ctx.demo_profile
    assert demo is not None
    key = (demo.merchant_id, demo.environment)
    held: list[bool] = []
    real_hold = watcher.hold

    def hold(merchant_id: str, environment: str, on: bool) -> None:
        if (merchant_id, environment) == key:
            held.append(on)
        real_hold(merchant_id, environment, on)

    watcher.hold = hold  # type: ignore[method-assign]
    batch = open_batch(qtbot, window)
    paste(qtbot, batch, "\n".join(ids(1, 20)))
    end = run(qtbot, batch, qps=0.0, concurrency=4)
    assert end.finished
    assert held == [True, False]  # held while the job ran, released when it ended
    assert key not in watcher._held


@SHOWN
def test_a_notice_clicked_while_a_query_runs_leaves_the_result_to_that_query(
    qtbot: QtBot, window: MainWindow
) -> None:
    _watching(qtbot, window)
    ask(qtbot, window, "DEMO-PENDING")
    window.tabs.result_view.watch_button.click()
    store = window.ctx.watch_store
    qtbot.waitUntil(lambda: bool(store.entries()), timeout=10_000)
    (entry,) = store.entries()
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("FAULT-SLOW")
    with qtbot.waitSignal(window.query_finished, timeout=15_000) as finished:
        window.run_query()
        assert window.querying
        window.order_actions.show_entry(entry)
        assert window.statusBar().currentMessage() == (
            "A query is running: wait for it or cancel it first."
        )
    shown = finished.args[0]
    assert window.tabs.result_view.result is shown  # the slow query's answer, not the watch's
