"""The Watch panel: its table (checked by qtmodeltester), the rows a person reads, and the panel
on a real watcher asking the sandbox on loopback: check now, remove, the badge, and an order that
turns paid while watched."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.app.watch import Watcher
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.watch.schedule import Decision
from leshua_gui.core.watch.store import CheckRecord, WatchEntry, WatchStore
from leshua_gui.sandbox import Sandbox
from leshua_gui.ui.tasks import TaskRunner
from leshua_gui.ui.watch_model import COLUMNS, WatchModel
from leshua_gui.ui.watch_notices import Notices, WatchBridge
from leshua_gui.ui.watch_panel import WatchPanel
from tests.support.watch_entries import checked, watched

COL = {key: i for i, key in enumerate(COLUMNS)}
HOUR_MS = 3_600_000
#: a panel shown as a window of its own, on the offscreen platform
SHOWN = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def text(model: WatchModel, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, COL[key]), role)


# -- the model, on a real watch list file -----------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WatchStore]:
    s = WatchStore(tmp_path / "watch.sqlite3")
    yield s
    s.close()


def add(store: WatchStore, order_id: str, now_ms: int, *, first_in_s: float = 30) -> WatchEntry:
    return watched(store, order_id, now_ms, first_in_s=first_in_s, profile="Shop")


@pytest.fixture
def now_ms() -> int:
    return int(time.time() * 1000)


@pytest.fixture
def listed(store: WatchStore, now_ms: int) -> WatchStore:
    """Four watches: not asked yet, paying, not reached, and one ended paid (unseen notice)."""
    start = now_ms - 2 * HOUR_MS - 5 * 60_000  # added 2 h 5 min ago
    add(store, "ORD-NEW", start, first_in_s=9000)
    paying = add(store, "ORD-PAYING", start)
    checked(store, paying, CheckRecord(now_ms, True, "0", amount=990),
            Decision(now_ms + 60_000, None, None, False))  # fmt: skip
    lost = add(store, "ORD-LOST", start)
    checked(store, lost, CheckRecord(now_ms, False, None, "transport"),
            Decision(now_ms + 120_000, None, None, False))  # fmt: skip
    paid = add(store, "ORD-PAID", start)
    checked(store, paid, CheckRecord(now_ms, True, "2", amount=3600),
            Decision(None, "final", "final", False))  # fmt: skip
    return store


def test_the_model_passes_qtmodeltester_with_rows_empty_and_after_updates(
    qtmodeltester: ModelTester, listed: WatchStore, now_ms: int
) -> None:
    model = WatchModel()
    model.set_entries(listed.entries())
    qtmodeltester.check(model)  # stays attached: the changes below are checked as they happen
    assert model.rowCount() == 4
    # one asked: the same rows, one changed
    (first, *_) = listed.entries()
    checked(listed, first, CheckRecord(now_ms, True, "0"),
            Decision(now_ms + 500_000, None, None, False))  # fmt: skip
    model.set_entries(listed.entries())
    # another order of the same rows (the first now asked last)
    model.set_entries(list(reversed(listed.entries())))
    # removals only
    listed.remove(first.id)
    model.set_entries(listed.entries())
    assert model.rowCount() == 3
    # one added: a reset
    add(listed, "ORD-MORE", now_ms)
    model.set_entries(listed.entries())
    assert model.rowCount() == 4
    model.set_entries([])
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_say_what_was_answered_when_and_how_long_watched(
    listed: WatchStore, now_ms: int
) -> None:
    model = WatchModel(clock=lambda: now_ms / 1000)
    model.set_entries(listed.entries())
    orders = [text(model, r, "order_id") for r in range(model.rowCount())]
    assert orders[-1] == "ORD-PAID"  # the ended watch after those watching
    by_order = {text(model, r, "order_id"): r for r in range(model.rowCount())}
    new, paying = by_order["ORD-NEW"], by_order["ORD-PAYING"]
    lost, paid = by_order["ORD-LOST"], by_order["ORD-PAID"]
    assert text(model, new, "state") == "not asked yet"
    assert text(model, new, "asked_at") == ""
    assert text(model, paying, "state") == "paying"
    assert text(model, lost, "state") == "not verified: gateway not reached"
    assert text(model, paid, "state") == "paid"
    assert text(model, paid, "next") == "Ended: final"
    assert text(model, paying, "watched") == "2 h 5 min"
    assert text(model, paying, "amount") == "9.90"
    assert text(model, paid, "amount") == "36.00"
    assert text(model, lost, "amount") == ""
    local = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now_ms / 1000))
    assert text(model, paying, "asked_at") == local
    assert text(model, paying, "profile") == "Shop"
    # the ended, unseen notice is bold; the others are not
    bold = text(model, paid, "state", Qt.ItemDataRole.FontRole)
    assert bold is not None
    assert bold.bold()  # type: ignore[attr-defined]
    assert text(model, paying, "state", Qt.ItemDataRole.FontRole) is None
    assert model.row_of(model.entry_at(paid).id) == paid  # type: ignore[union-attr]
    assert model.entry_at(99) is None
    assert model.row_of(-1) is None


def test_short_watches_say_minutes(store: WatchStore, now_ms: int) -> None:
    add(store, "ORD-1", now_ms - 12 * 60_000 - 30_000)
    model = WatchModel(clock=lambda: now_ms / 1000)
    model.set_entries(store.entries())
    assert text(model, 0, "watched") == "12 min"


def test_the_selected_row_follows_its_entry_when_the_order_changes(
    qtbot: QtBot, listed: WatchStore
) -> None:
    from PySide6.QtWidgets import QTableView

    model = WatchModel()
    model.set_entries(listed.entries())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    row = model.row_of(next(e.id for e in listed.entries() if e.order_id == "ORD-LOST"))
    assert row is not None
    view.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.set_entries(list(reversed(listed.entries())))
    (selected,) = view.selectionModel().selectedRows()
    assert text(model, selected.row(), "order_id") == "ORD-LOST"


# -- the panel, on a real watcher and the sandbox ---------------------------------------------


@pytest.fixture
def bridge(qtbot: QtBot) -> Iterator[WatchBridge]:
    b = WatchBridge()
    yield b
    b.close()


@pytest.fixture
def make_watcher(demo_ctx: Services, bridge: WatchBridge) -> Iterator[Callable[..., Watcher]]:
    made: list[Watcher] = []

    def make(first_s: float, max_s: float) -> Watcher:
        watcher = Watcher(
            demo_ctx,
            demo_ctx.watch_store,
            on_event=bridge.emit_event,
            first_s=first_s,
            max_s=max_s,
            hours=24,
        ).start()
        made.append(watcher)
        return watcher

    yield make
    for watcher in made:
        watcher.stop()


def panel_for(
    qtbot: QtBot, watcher: Watcher, runner: TaskRunner, bridge: WatchBridge
) -> WatchPanel:
    panel = WatchPanel(watcher, runner)
    qtbot.addWidget(panel)
    bridge.watch_event.connect(panel.on_event)
    qtbot.waitUntil(lambda: panel._applied > 0)  # the first read of the list is shown
    return panel


def select(panel: WatchPanel, order_id: str) -> None:
    row = next(
        r for r in range(panel.model.rowCount()) if text(panel.model, r, "order_id") == order_id
    )
    panel.table.selectRow(row)


def demo(ctx: Services) -> Profile:
    assert ctx.demo_profile is not None
    return ctx.demo_profile


def queries(sandbox: Sandbox | None) -> int:
    assert sandbox is not None
    return sandbox.state.services_seen().get("query_status", 0)


@SHOWN
def test_an_empty_list_says_what_watching_does(
    qtbot: QtBot, make_watcher: Callable[..., Watcher], runner: TaskRunner, bridge: WatchBridge
) -> None:
    panel = panel_for(qtbot, make_watcher(30, 300), runner, bridge)
    panel.show()
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisible()
    assert not panel.table.isVisible()
    words = panel.empty.text()
    assert "Watch until final" in words
    assert "History" in words
    assert "every 30 s" in words
    assert "up to 5 min apart" in words
    assert "up to 24 h" in words
    assert not panel.check_button.isEnabled()
    assert not panel.clear_button.isEnabled()


def test_check_now_asks_the_selected_order_at_once(
    qtbot: QtBot,
    demo_ctx: Services,
    make_watcher: Callable[..., Watcher],
    runner: TaskRunner,
    bridge: WatchBridge,
) -> None:
    watcher = make_watcher(3600, 3600)  # nothing is asked unless asked now
    watcher.watch(demo(demo_ctx), OrderRef.of(third_order_id="DEMO-PENDING"))
    panel = panel_for(qtbot, watcher, runner, bridge)
    assert panel.model.rowCount() == 1
    assert text(panel.model, 0, "state") == "not asked yet"
    asked_before = queries(demo_ctx.sandbox)
    select(panel, "DEMO-PENDING")
    assert panel.check_button.isEnabled()
    assert not panel.show_button.isEnabled()
    with qtbot.waitSignal(bridge.watch_event, timeout=10_000):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: text(panel.model, 0, "state") == "paying", timeout=5000)
    assert queries(demo_ctx.sandbox) == asked_before + 1
    assert text(panel.model, 0, "asked_at") != ""
    assert panel.show_button.isEnabled()  # an answer to show now
    with qtbot.waitSignal(panel.show_result_requested) as shown:
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert shown.args is not None
    assert shown.args[0].order_id == "DEMO-PENDING"
    assert shown.args[0].last_status == "0"


@SHOWN
def test_remove_forgets_the_watch(
    qtbot: QtBot,
    demo_ctx: Services,
    make_watcher: Callable[..., Watcher],
    runner: TaskRunner,
    bridge: WatchBridge,
) -> None:
    watcher = make_watcher(3600, 3600)
    for order_id in ("DEMO-PENDING", "DEMO-PAYING"):
        watcher.watch(demo(demo_ctx), OrderRef.of(third_order_id=order_id))
    panel = panel_for(qtbot, watcher, runner, bridge)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    select(panel, "DEMO-PENDING")
    panel.table.setFocus()
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)  # as the Remove button does
    assert [e.order_id for e in watcher.store.entries()] == ["DEMO-PAYING"]
    assert [text(panel.model, r, "order_id") for r in range(panel.model.rowCount())] == [
        "DEMO-PAYING"
    ]
    select(panel, "DEMO-PAYING")
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert watcher.store.entries() == []
    assert panel.empty.isVisible()


def test_the_badge_counts_unseen_notices_and_mark_seen_clears_it(
    qtbot: QtBot,
    demo_ctx: Services,
    make_watcher: Callable[..., Watcher],
    runner: TaskRunner,
    bridge: WatchBridge,
) -> None:
    watcher = make_watcher(3600, 3600)
    store = watcher.store
    now = int(time.time() * 1000)
    ids = [
        watcher.watch(demo(demo_ctx), OrderRef.of(third_order_id=o))[0].id
        for o in ("DEMO-PENDING", "DEMO-PAYING", "DEMO-WATCH-PAID")
    ]
    panel = panel_for(qtbot, watcher, runner, bridge)
    assert panel.badge == 0
    for entry_id in ids[:2]:
        store.end(entry_id, "no_profile", now)
    with qtbot.waitSignal(panel.badge_changed, timeout=5000) as badge:
        panel.refresh()
    assert badge.args == [2]
    ended = [r for r in range(panel.model.rowCount()) if not panel.model.entry_at(r).active]  # type: ignore[union-attr]
    assert len(ended) == 2
    assert {text(panel.model, r, "next") for r in ended} == {"Ended: profile gone"}
    with qtbot.waitSignal(panel.badge_changed, timeout=5000) as badge:
        panel.mark_seen()
    assert badge.args == [0]
    qtbot.waitUntil(lambda: store.unseen_count() == 0, timeout=5000)
    # the rows told of stay bold while the panel is looked at
    font = text(panel.model, ended[0], "order_id", Qt.ItemDataRole.FontRole)
    assert font is not None
    assert font.bold()  # type: ignore[attr-defined]
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in store.entries()] == [ids[2]]


def test_a_watched_order_that_turns_paid_is_told_of_and_shown_ended(
    qtbot: QtBot,
    demo_ctx: Services,
    make_watcher: Callable[..., Watcher],
    runner: TaskRunner,
    bridge: WatchBridge,
    qtlog: object,
) -> None:
    assert demo_ctx.sandbox is not None
    demo_ctx.sandbox.state.watch_paid_after_s = 0.3
    watcher = make_watcher(0.05, 0.1)
    notices = Notices()
    bridge.watch_event.connect(notices.on_event)
    panel = panel_for(qtbot, watcher, runner, bridge)
    panel.counts_changed.connect(notices.set_counts)
    told: list[tuple[str, int]] = []
    notices.notice_text.connect(lambda words, entry_id: told.append((words, entry_id)))
    with qtbot.waitSignal(notices.notice_text, timeout=15_000) as notice:
        entry, _ = watcher.watch(demo(demo_ctx), OrderRef.of(third_order_id="DEMO-WATCH-PAID"))
        panel.refresh()
    assert notice.args == ["Order DEMO-WATCH-PAID is now paid (¥36.00)", entry.id]
    qtbot.waitUntil(lambda: panel.badge == 1, timeout=5000)
    row = panel.model.row_of(entry.id)
    assert row is not None
    assert text(panel.model, row, "state") == "paid"
    assert text(panel.model, row, "next") == "Ended: final"
    assert text(panel.model, row, "amount") == "36.00"
    font = text(panel.model, row, "state", Qt.ItemDataRole.FontRole)
    assert font is not None
    assert font.bold()  # type: ignore[attr-defined]
    # every check is in the history, the last one paid
    assert demo_ctx.history_writer.flush(timeout=10)
    records = demo_ctx.history.page()
    assert len(records) >= 2
    assert records[0].status == "2"
    assert records[0].trusted
    assert queries(demo_ctx.sandbox) == len(records)
    # said once, in the tray only where there is one (offscreen has none)
    assert len(told) == 1
    assert notices.tray_shown == Notices.tray_available()
    assert notices.last_entry_id == entry.id
    warnings = [r for r in qtlog.records if r.type.name != "QtDebugMsg"]  # type: ignore[attr-defined]
    assert warnings == []
    notices.close()
