"""What a person is told of a watched order: the words of each notice (English and Chinese), the
line the window shows for each, and the watcher's events brought from its check threads to the
GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.app.watch import WatchEvent
from leshua_gui.core.watch.schedule import Decision
from leshua_gui.core.watch.store import CheckRecord, WatchEntry, WatchStore
from leshua_gui.ui import i18n
from leshua_gui.ui.watch_notices import Notices, WatchBridge, notice_text
from tests.support.watch_entries import checked, watched

MINUTE_MS = 60_000


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WatchStore]:
    s = WatchStore(tmp_path / "watch.sqlite3")
    yield s
    s.close()


@pytest.fixture
def zh_cn(qtbot: QtBot) -> Iterator[None]:
    i18n.install("zh_CN")
    yield
    i18n.install("en")


@pytest.fixture
def now() -> int:
    return int(time.time() * 1000)


@pytest.fixture
def paid(store: WatchStore, now: int) -> WatchEntry:
    entry = watched(store, "DEMO-WATCH-PAID", now - 3 * MINUTE_MS)
    return checked(store, entry, CheckRecord(now, True, "2", amount=1200),
                Decision(None, "final", "final", False))  # fmt: skip


@pytest.fixture
def stale(store: WatchStore, now: int) -> WatchEntry:
    entry = watched(store, "ORD-STALE", now - 31 * MINUTE_MS)
    return checked(store, entry, CheckRecord(now, True, "0", amount=990),
                Decision(now + 300_000, None, "stale", True))  # fmt: skip


@pytest.fixture
def expired(store: WatchStore, now: int) -> WatchEntry:
    entry = watched(store, "ORD-LATE", now - 24 * 60 * MINUTE_MS)
    return checked(store, entry, CheckRecord(now, True, "0"),
                Decision(None, "expired", "expired", False))  # fmt: skip


def test_each_notice_says_what_changed(
    store: WatchStore, now: int, paid: WatchEntry, stale: WatchEntry, expired: WatchEntry
) -> None:
    assert notice_text(paid, "en") == "Order DEMO-WATCH-PAID is now paid (¥12.00)"
    assert notice_text(stale, "en") == "Order ORD-STALE is still unpaid after 31 min of watching"
    assert notice_text(expired, "en") == "Stopped watching ORD-LATE after 24 h: still paying"
    never = watched(store, "ORD-NEVER", now - 2 * 60 * MINUTE_MS)
    never = checked(store, never, CheckRecord(now, False, None, "transport"),
                 Decision(None, "expired", "expired", False))  # fmt: skip
    assert notice_text(never, "en") == (
        "Stopped watching ORD-NEVER after 2 h without a verified answer"
    )
    gone = store.end(watched(store, "ORD-GONE", now).id, "no_profile", now)
    assert gone is not None
    assert notice_text(gone, "en") == "Stopped watching ORD-GONE: its profile “Shop East” is gone"
    # a watch with nothing to tell
    assert notice_text(watched(store, "ORD-QUIET", now), "en") is None


def test_the_notices_name_the_states_in_chinese(
    zh_cn: None, paid: WatchEntry, expired: WatchEntry
) -> None:
    words = notice_text(paid, "zh_CN")
    assert words is not None
    assert "DEMO-WATCH-PAID" in words
    assert "支付成功" in words
    assert "¥12.00" in words
    assert "paid" not in words
    late = notice_text(expired, "zh_CN")
    assert late is not None
    assert "ORD-LATE" in late
    assert "支付中" in late
    assert notice_text(paid, "zh_TW") is not None
    assert "支付成功" in (notice_text(paid, "zh_TW") or "")


def test_every_notice_is_given_to_the_window_and_a_check_without_news_is_not(
    qtbot: QtBot, paid: WatchEntry, store: WatchStore, now: int
) -> None:
    notices = Notices()
    lines: list[tuple[str, int]] = []
    notices.notice_text.connect(lambda words, entry_id: lines.append((words, entry_id)))
    quiet = watched(store, "ORD-QUIET", now)
    notices.on_event(WatchEvent(quiet))  # asked, nothing new: nothing said
    notices.on_event(WatchEvent(paid, notice="final"))
    assert lines == [("Order DEMO-WATCH-PAID is now paid (¥12.00)", paid.id)]
    assert notices.last_entry_id == paid.id
    # the tray icon only where the system has a tray, and only while there is something to show
    notices.set_counts(1, 1)
    assert notices.tray_shown == Notices.tray_available()
    notices.set_counts(0, 0)
    assert not notices.tray_shown
    notices.close()


def test_a_click_after_several_notices_opens_the_list_not_the_last_order(
    qtbot: QtBot, paid: WatchEntry, stale: WatchEntry
) -> None:
    """The system may show any of the messages: a click cannot say which one was clicked."""
    notices = Notices()
    asked: list[int] = []
    notices.show_requested.connect(asked.append)
    notices.on_event(WatchEvent(paid, notice="final"))
    notices._clicked()  # the tray's message (or icon) clicked
    notices.on_event(WatchEvent(paid, notice="final"))
    notices.on_event(WatchEvent(stale, notice="stale"))
    notices._clicked()
    assert asked == [paid.id, 0]  # 0: the Watch tab
    notices.close()


def test_the_bridge_brings_a_check_threads_events_to_the_gui_thread(
    qtbot: QtBot, paid: WatchEntry
) -> None:
    bridge = WatchBridge()
    arrived: list[tuple[object, bool]] = []
    bridge.watch_event.connect(
        lambda event: arrived.append((event, threading.current_thread() is threading.main_thread()))
    )
    event = WatchEvent(paid, notice="final")
    with qtbot.waitSignal(bridge.watch_event, timeout=5000):
        worker = threading.Thread(target=bridge.emit_event, args=(event,))
        worker.start()
        worker.join()
    assert arrived == [(event, True)]
    bridge.close()
    worker = threading.Thread(target=bridge.emit_event, args=(event,))
    worker.start()
    worker.join()
    qtbot.wait(50)
    assert len(arrived) == 1  # closed: nothing more arrives
