"""The history filters by the day paid as well as the day queried, on a real SQLite file; a
version 4 file learns its rows' pay moments; the filtered rows can be deleted alone."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history import schema
from leshua_gui.core.history.store import HistoryFilter, HistoryStore
from leshua_gui.core.history.times import BEIJING, parse_day, pay_moment, pay_time_text
from tests.support.history_records import T0, ask, record, recorded


def _beijing_day(day: date) -> tuple[datetime, datetime]:
    start = datetime(day.year, day.month, day.day, tzinfo=BEIJING)
    return start, start + timedelta(days=1)


def test_filter_by_pay_time(history_store: HistoryStore) -> None:
    # all queried on T0's day; paid on three different Beijing days, in both formats
    history_store.add_many([
        record(0, order_id="PAID-20", pay_time="2026-11-20 14:03:27"),
        record(1, order_id="PAID-21", pay_time="20261121093015"),
        record(2, order_id="PAID-21-LATE", pay_time="20261121235959"),
        record(3, order_id="NO-PAY-TIME", pay_time=None, status="0"),
    ])  # fmt: skip
    since, until = _beijing_day(date(2026, 11, 21))
    by_pay = HistoryFilter(since=since, until=until, by="paid")
    assert sorted(r.order_id for r in history_store.page(by_pay)) == ["PAID-21", "PAID-21-LATE"]
    assert history_store.count(by_pay) == 2
    # the same days by query time: none (every row was queried on T0's day)
    assert history_store.count(HistoryFilter(since=since, until=until)) == 0
    day0, day1 = T0 - timedelta(hours=12), T0 + timedelta(days=1)
    assert history_store.count(HistoryFilter(since=day0, until=day1)) == 4
    # a row without a pay time matches no pay day
    assert history_store.count(HistoryFilter(since=day0 - timedelta(days=999), by="paid")) == 3


def test_pay_moment_of_both_formats() -> None:
    assert pay_moment("20261121093015") == datetime(2026, 11, 21, 1, 30, 15, tzinfo=UTC)
    assert pay_moment("2026-11-20 14:03:27") == datetime(2026, 11, 20, 6, 3, 27, tzinfo=UTC)
    assert pay_moment("soon") is None
    assert pay_time_text("20261121093015") == "2026-11-21 09:30:15"
    assert parse_day("20261201") == date(2026, 12, 1)
    assert parse_day("2026-12-01") == date(2026, 12, 1)
    assert parse_day(" ") is None


def test_a_version_4_file_learns_the_pay_moments(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for version in range(1, 5):
        migration = schema.MIGRATIONS[version]
        if callable(migration):
            migration(conn)
        else:
            for statement in migration.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
    for n, pay_time in enumerate(("20261121093015", "2026-11-20 14:03:27", None, "garbled")):
        conn.execute(
            "INSERT INTO queries (queried_at, profile, merchant_id, environment, id_kind,"
            " order_id, outcome, status, pay_time) VALUES (?, 'p', 'm', 'test',"
            " 'third_order_id', ?, 'verified', '2', ?)",
            [1_700_000_000_000 + n, f"OLD-{n}", pay_time],
        )
    conn.execute("PRAGMA user_version = 4")
    conn.close()

    store = HistoryStore(path)
    try:
        assert store.report.migrated_from == 4
        rows = {r.order_id: r for r in store.page()}
        assert rows["OLD-0"].paid_at == datetime(2026, 11, 21, 1, 30, 15, tzinfo=UTC)
        assert rows["OLD-1"].paid_at == datetime(2026, 11, 20, 6, 3, 27, tzinfo=UTC)
        assert rows["OLD-2"].paid_at is None
        assert rows["OLD-3"].paid_at is None
        assert rows["OLD-0"].stopped is None
        since, until = _beijing_day(date(2026, 11, 21))
        found = store.page(HistoryFilter(since=since, until=until, by="paid"))
        assert [r.order_id for r in found] == ["OLD-0"]
    finally:
        store.close()


def test_stopped_polls_are_kept(history_store: HistoryStore) -> None:
    history_store.add(record(0, order_id="CANCELLED", status="0", stopped="cancelled"))
    history_store.add(record(1, order_id="DEADLINE", status=None, stopped="deadline"))
    rows = {r.order_id: r for r in history_store.page()}
    assert rows["CANCELLED"].stopped == "cancelled"
    assert rows["DEADLINE"].stopped == "deadline"


def test_delete_matching_deletes_only_the_filtered_rows(history_store: HistoryStore) -> None:
    history_store.add_many([record(n, status="2" if n % 2 else "0") for n in range(6)])
    paid = HistoryFilter(status="2")
    assert history_store.count(paid) == 3
    assert history_store.delete_matching(paid) == 3
    assert history_store.count(paid) == 0
    assert history_store.count() == 3
    # their ids are gone from the search too
    assert history_store.count(HistoryFilter(text="HAND-0001")) == 0
    assert history_store.count(HistoryFilter(text="HAND-0000")) == 1


def test_a_cancelled_or_deadline_poll_is_recorded_as_such(
    history_store: HistoryStore, client: GatewayClient
) -> None:
    cancelled = ask(client, "DEMO-PAYING")
    cancelled.cancelled = True
    late = ask(client, "DEMO-PAYING")
    late.deadline_reached = True
    done = ask(client, "DEMO-PAID-WX")
    history_store.add_many([
        recorded(cancelled, "DEMO-PAYING", T0),
        recorded(late, "DEMO-PAYING", T0 + timedelta(minutes=1)),
        recorded(done, "DEMO-PAID-WX", T0 + timedelta(minutes=2)),
    ])  # fmt: skip
    stops = [(r.order_id, r.stopped) for r in history_store.page()]
    assert stops == [
        ("DEMO-PAID-WX", None), ("DEMO-PAYING", "deadline"), ("DEMO-PAYING", "cancelled"),
    ]  # fmt: skip
    paid = history_store.page(HistoryFilter(text="DEMO-PAID-WX"))[0]
    assert paid.paid_at is not None  # the sandbox's pay_time, as a moment
