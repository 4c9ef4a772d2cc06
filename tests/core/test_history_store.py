"""The query history in real SQLite files: columns, filters, paging, migration, damage, crashes."""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from leshua_gui.core.errors import GatewayError, SignatureError, TransportError
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history import store as history_store
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import (
    SCHEMA_VERSION,
    HistoryFilter,
    HistoryStore,
    key_of,
)
from leshua_gui.core.history.writer import HistoryWriter
from leshua_gui.sandbox import DEMO_TRANSACTION_KEY, Sandbox
from tests.support.history_records import T0, ask, record, recorded

REPO = Path(__file__).resolve().parents[2]

# The real queries every store test starts from, in the order they were made (one minute apart).
QUERIED = (
    ("DEMO-PAID-WX", "shop-a"),
    ("FAULT-BAD-SIGN", "shop-b"),
    ("DEMO-NOT-FOUND", "shop-b"),
    ("FAULT-502", "shop-b"),
    ("000120261122", "shop-a"),
    ("FAULT-NO-SIGN", "shop-b"),
)


@pytest.fixture
def store(history_store: HistoryStore) -> HistoryStore:
    """The shared history_store fixture, under the name these tests use (the module
    leshua_gui.core.history.store is imported here too)."""
    return history_store


@pytest.fixture
def real(client: GatewayClient) -> dict[str, HistoryRecord]:
    """Records of real sandbox queries, by order id, one minute apart from T0."""
    return {
        oid: recorded(ask(client, oid), oid, T0 + timedelta(minutes=i), profile)
        for i, (oid, profile) in enumerate(QUERIED)
    }


@pytest.fixture
def filled(store: HistoryStore, real: dict[str, HistoryRecord]) -> HistoryStore:
    # Inserted out of time order: listing order must come from the time, not the row id.
    for oid in ("FAULT-502", "DEMO-PAID-WX", "FAULT-NO-SIGN", "000120261122"):
        store.add(real[oid])
    store.add_many([real["DEMO-NOT-FOUND"], real["FAULT-BAD-SIGN"]])
    return store


def ids(records: list[HistoryRecord]) -> list[str]:
    return [r.order_id for r in records]


# -- columns -----------------------------------------------------------------------------------


def test_every_column_round_trips(filled: HistoryStore, real: dict[str, HistoryRecord]) -> None:
    for oid, original in real.items():
        assert original.id is not None
        stored = filled.get(original.id)
        assert stored is not None
        assert dataclasses.asdict(stored) == dataclasses.asdict(original), oid

    paid = filled.get(real["DEMO-PAID-WX"].id or 0)
    assert paid is not None
    assert paid.leshua_order_id == "0003495002500081"
    assert paid.out_transaction_id == "4200002026112014032712345678"
    assert paid.amounts == {
        "amount": 12800,
        "buyer_pay_amount": 11800,
        "discount_amount": 1000,
        "settlement_amount": 11800,
    }
    assert all(type(v) is int for v in paid.amounts.values())
    assert paid.outcome == "verified"
    assert paid.final
    assert paid.attempts == 1
    assert paid.raw_answer
    assert b"DEMO-PAID-WX" in paid.raw_answer
    assert paid.exchange is not None
    assert paid.exchange["form"]["third_order_id"] == "DEMO-PAID-WX"
    assert paid.exchange["form"]["sign"]  # the sign is fine to keep

    zeros = filled.get(real["000120261122"].id or 0)
    assert zeros is not None
    assert zeros.order_id == "000120261122"
    assert zeros.third_order_id == "000120261122"
    assert zeros.channel_order_id == "0000620261122080005"
    assert zeros.amounts == {"amount": 100, "settlement_amount": 100}

    bad = filled.get(real["FAULT-502"].id or 0)
    assert bad is not None
    assert (bad.error_kind, bad.error_code, bad.outcome) == ("transport", "502", None)

    # Stored as SQLite text and integers, not numbers and floats a tool could mangle.
    with sqlite3.connect(filled.path) as conn:
        types = conn.execute(
            "SELECT typeof(order_id), typeof(leshua_order_id), typeof(channel_order_id), "
            "typeof(amount), typeof(queried_at) FROM queries WHERE order_id = '000120261122'"
        ).fetchone()
    conn.close()
    assert types == ("text", "text", "text", "integer", "integer")


def test_hand_made_record_round_trips_with_time_in_utc(store: HistoryStore) -> None:
    china = datetime(2026, 3, 1, 16, 30, 15, 250000, tzinfo=timezone(timedelta(hours=8)))
    made = record(
        1,
        queried_at=china,
        id_kind="leshua_order_id",
        order_id="0003495002500081",
        leshua_order_id="0003495002500081",
        out_transaction_id="4200002026112014032",
        error_kind=None,
        amounts={"amount": 1, "coupon": 0, "buyer_pay_amount": 999_999_999_999},
        elapsed_ms=12.5,
        attempts=4,
        final=True,
        os_user="",
        raw_answer=None,
        exchange=None,
    )
    row_id = store.add(made)
    stored = store.get(row_id)
    assert stored is not None
    assert stored.queried_at == china
    assert stored.queried_at.utcoffset() == timedelta(0)
    assert stored.amounts == {"amount": 1, "coupon": 0, "buyer_pay_amount": 999_999_999_999}
    assert (stored.attempts, stored.final, stored.elapsed_ms) == (4, True, 12.5)
    assert stored.out_transaction_id == "4200002026112014032"
    assert (stored.raw_answer, stored.exchange) == (None, None)


def test_stored_mismatch_is_never_trusted(
    filled: HistoryStore, real: dict[str, HistoryRecord]
) -> None:
    stored = filled.get(real["FAULT-BAD-SIGN"].id or 0)
    assert stored is not None
    assert not stored.trusted
    assert stored.untrusted_state
    result = stored.to_result()
    assert result.reply is None
    assert isinstance(result.error, SignatureError)
    assert result.error.kind == "signature"
    assert result.verification is not None
    assert result.verification.status == "mismatch"
    assert not result.verification.trusted
    assert result.answer is not None
    assert result.answer.status == "2"
    assert not result.final

    unsigned = filled.get(real["FAULT-NO-SIGN"].id or 0)
    assert unsigned is not None
    again = unsigned.to_result()
    assert again.reply is None
    assert isinstance(again.error, SignatureError)
    assert again.verification is not None
    assert again.verification.status == "unsigned"


def test_stored_verified_answer_gives_the_same_state(
    filled: HistoryStore, real: dict[str, HistoryRecord], client: GatewayClient
) -> None:
    fresh = ask(client, "DEMO-PAID-WX")
    assert fresh.reply is not None
    stored = filled.get(real["DEMO-PAID-WX"].id or 0)
    assert stored is not None
    assert stored.trusted
    result = stored.to_result()
    assert result.error is None
    assert result.reply is not None
    assert result.reply.verification.trusted
    assert result.reply.answer.status == fresh.reply.answer.status == "2"
    assert result.reply.answer.amounts_fen == fresh.reply.answer.amounts_fen
    assert result.final
    assert len(result.attempts) == 1

    missing = filled.get(real["DEMO-NOT-FOUND"].id or 0)
    assert missing is not None
    assert not missing.trusted
    err = missing.to_result().error
    assert isinstance(err, GatewayError)
    assert err.code == "-4006"
    gone = filled.get(real["FAULT-502"].id or 0)
    assert gone is not None
    err = gone.to_result().error
    assert isinstance(err, TransportError)
    assert err.code == "502"


# -- filters -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00034950025000", {"DEMO-PAID-WX", "000120261122"}),  # leshua_order_id prefix
        ("0003495002509999", {"FAULT-BAD-SIGN", "FAULT-NO-SIGN"}),  # whole leshua_order_id
        ("0001", {"000120261122"}),  # order_id prefix with leading zeros
        ("420000202611201403", {"DEMO-PAID-WX"}),  # out_transaction_id prefix
        ("00006202611", {"000120261122"}),  # channel_order_id prefix
        ("demo-paid", {"DEMO-PAID-WX"}),  # case-insensitive
        ("fault-", {"FAULT-BAD-SIGN", "FAULT-502", "FAULT-NO-SIGN"}),
        ("  DEMO-NOT  ", {"DEMO-NOT-FOUND"}),  # pasted with spaces
        ("3495002500081", {"DEMO-PAID-WX"}),  # the end of an id finds it too
        ("34950025000", set()),  # the middle of an id does not
        ("DEMO-PAID-WX-1", set()),
    ],
)
def test_text_search_is_the_start_or_end_of_an_id(
    filled: HistoryStore, text: str, expected: set[str]
) -> None:
    flt = HistoryFilter(text=text)
    found = filled.page(flt)
    assert set(ids(found)) == expected
    assert len(found) == len(expected)  # a row whose ids repeat is listed once
    assert filled.count(flt) == len(expected)


def test_percent_and_underscore_in_the_search_are_literal(store: HistoryStore) -> None:
    store.add_many(
        [record(1, order_id="A%B-1"), record(2, order_id="A_B-2"), record(3, order_id="AXB-3")]
    )
    assert ids(store.page(HistoryFilter(text="A%"))) == ["A%B-1"]
    assert ids(store.page(HistoryFilter(text="a_"))) == ["A_B-2"]
    assert ids(store.page(HistoryFilter(text="%"))) == []
    assert ids(store.page(HistoryFilter(text="_"))) == []
    assert ids(store.page(HistoryFilter(text="A"))) == ["AXB-3", "A_B-2", "A%B-1"]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (HistoryFilter(status="2"), {"DEMO-PAID-WX", "000120261122"}),  # trusted only
        (
            HistoryFilter(status="2", include_untrusted=True),
            {"DEMO-PAID-WX", "000120261122", "FAULT-BAD-SIGN", "FAULT-NO-SIGN"},
        ),
        (HistoryFilter(pay_way="UPSMZF"), {"000120261122"}),
        (HistoryFilter(profile="shop-a"), {"DEMO-PAID-WX", "000120261122"}),
        (HistoryFilter(outcome="verified"), {"DEMO-PAID-WX", "000120261122"}),
        (HistoryFilter(outcome="mismatch"), {"FAULT-BAD-SIGN"}),
        (HistoryFilter(outcome="unsigned"), {"FAULT-NO-SIGN"}),
        (
            HistoryFilter(outcome="error"),
            {"FAULT-BAD-SIGN", "DEMO-NOT-FOUND", "FAULT-502", "FAULT-NO-SIGN"},
        ),
        (
            HistoryFilter(since=T0 + timedelta(minutes=2), until=T0 + timedelta(minutes=4)),
            {"DEMO-NOT-FOUND", "FAULT-502"},
        ),
        (HistoryFilter(since=T0 + timedelta(minutes=5)), {"FAULT-NO-SIGN"}),
        (HistoryFilter(until=T0 + timedelta(minutes=1)), {"DEMO-PAID-WX"}),
        (
            HistoryFilter(
                status="2",
                profile="shop-b",
                since=T0 + timedelta(minutes=2),
                include_untrusted=True,
            ),
            {"FAULT-NO-SIGN"},
        ),
        (HistoryFilter(text="0003", pay_way="WXZF", outcome="verified"), {"DEMO-PAID-WX"}),
        (HistoryFilter(status="6"), set()),
    ],
    ids=[
        "status",
        "status+untrusted",
        "pay_way",
        "profile",
        "verified",
        "mismatch",
        "unsigned",
        "error",
        "range",
        "since",
        "until",
        "status+profile+since",
        "text+pay_way+outcome",
        "no-match",
    ],
)
def test_filters(filled: HistoryStore, flt: HistoryFilter, expected: set[str]) -> None:
    assert set(ids(filled.page(flt))) == expected
    assert filled.count(flt) == len(expected)


def test_newest_first(filled: HistoryStore) -> None:
    newest_first = [oid for oid, _ in reversed(QUERIED)]
    assert ids(filled.page()) == newest_first
    assert ids(filled.page(descending=False)) == newest_first[::-1]
    assert [r.order_id for r in filled.iterate(batch=4)] == newest_first
    assert filled.count() == len(QUERIED)


def test_key_paging_gives_disjoint_consecutive_pages(store: HistoryStore) -> None:
    # Groups of rows share a millisecond: the key must break ties by row id.
    records = [
        record(i, queried_at=T0 + timedelta(seconds=i // 3), order_id=f"P-{i:02d}")
        for i in range(25)
    ]
    store.add_many(records[::2])
    store.add_many(records[1::2])
    everything = ids(store.page(limit=100))
    assert len(everything) == 25

    pages: list[list[str]] = []
    before = None
    while True:
        page = store.page(limit=7, before=before)
        if not page:
            break
        pages.append(ids(page))
        before = key_of(page[-1])
    assert [len(p) for p in pages] == [7, 7, 7, 4]
    assert [oid for p in pages for oid in p] == everything  # disjoint and in order
    times = [r.queried_at for r in store.page(limit=100)]
    assert times == sorted(times, reverse=True)

    # The same with a filter on.
    flt = HistoryFilter(text="P-1")
    first = store.page(flt, limit=6)
    second = store.page(flt, limit=6, before=key_of(first[-1]))
    assert ids(first) + ids(second) == ids(store.page(flt, limit=100))
    assert len(ids(first) + ids(second)) == 10


def test_sort_by_amount_with_offset(store: HistoryStore) -> None:
    amounts = [500, 100, 12800, 1, 99, 2500, 100000, 7]
    store.add_many(
        [record(i, amounts={"amount": a}, order_id=f"S-{a}") for i, a in enumerate(amounts)]
    )
    up = sorted(amounts)

    first = store.page(order="amount", descending=False, limit=3)
    second = store.page(order="amount", descending=False, limit=3, offset=3)
    third = store.page(order="amount", descending=False, limit=3, offset=6)
    assert [r.amounts["amount"] for r in first + second + third] == up

    down = store.page(order="amount", descending=True, limit=4, offset=2)
    assert [r.amounts["amount"] for r in down] == up[::-1][2:6]

    with pytest.raises(ValueError, match="cannot sort by raw_answer"):
        store.page(order="raw_answer")
    with pytest.raises(ValueError, match="cannot sort by"):
        store.page(order="amount; DROP TABLE queries")


def test_distinct_values_for_the_drop_downs(filled: HistoryStore) -> None:
    assert filled.distinct("profile") == ["shop-a", "shop-b"]
    assert filled.distinct("status") == ["2"]
    assert filled.distinct("pay_way") == ["UPSMZF", "WXZF"]
    with pytest.raises(ValueError, match="raw_answer"):
        filled.distinct("raw_answer")


# -- the file ----------------------------------------------------------------------------------


def test_wal_mode_and_schema_version(store: HistoryStore) -> None:
    store.add(record(1))
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert store.integrity() == "ok"
    assert store.report.reason is None
    assert store.report.set_aside is None


@pytest.mark.parametrize(
    ("flt", "index"),
    [
        (HistoryFilter(status="2", since=T0, until=T0 + timedelta(days=1)), "queries_status_time"),
        (HistoryFilter(text="00034950025000"), "order_ids"),
        (HistoryFilter(profile="hand"), "queries_profile_time"),
        (HistoryFilter(pay_way="WXZF"), "queries_pay_way_time"),
        (HistoryFilter(outcome="verified"), "queries_outcome_time"),
        (HistoryFilter(since=T0), "queries_time"),
    ],
    ids=["status+date", "id", "profile", "pay_way", "outcome", "date"],
)
def test_filters_use_an_index(store: HistoryStore, flt: HistoryFilter, index: str) -> None:
    store.add_many(
        [
            record(
                i,
                leshua_order_id=f"00034950{i:08d}",
                status=str(i % 4),
                profile=f"p{i % 5}",
                pay_way=("WXZF", "ZFBZF", "UPSMZF")[i % 3],
            )
            for i in range(300)
        ]
    )
    executed: list[str] = []
    store._conn.set_trace_callback(executed.append)  # the statements the store really runs
    try:
        store.page(flt)
        store.count(flt)
    finally:
        store._conn.set_trace_callback(None)
    selects = [s for s in executed if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2
    conn = sqlite3.connect(store.path)
    try:
        for sql in selects:
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
            text = " | ".join(plan)
            assert any(
                step.startswith("SEARCH") and index in step and "INDEX" in step.upper()
                for step in plan
            ) or (index == "order_ids" and "SEARCH order_ids USING PRIMARY KEY" in text), text
            assert not any(step.strip() == "SCAN q" for step in plan), text
    finally:
        conn.close()


# -- migration ---------------------------------------------------------------------------------


def test_migrates_a_version_1_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(history_store.MIGRATIONS[1])
    conn.execute("PRAGMA user_version = 1")
    conn.executemany(
        "INSERT INTO queries (queried_at, profile, merchant_id, environment, id_kind, order_id, "
        "outcome, status, pay_way, amount, leshua_order_id, out_transaction_id, attempts, final, "
        "raw_answer) VALUES (?, 'old', '0000000018', 'production', 'third_order_id', ?, "
        "'verified', '2', 'WXZF', ?, ?, ?, ?, 1, ?)",
        [
            (1700000000000, "000120261122", 100, "0003495002500083", None, 1, b"<xml/>"),
            (1700000060000, "OLD-2", 12800, "0003495002500081", "4200002026112014032", 3, None),
            (1700000120000, "OLD-3", None, None, None, 1, None),
        ],
    )
    conn.commit()
    conn.close()

    store = HistoryStore(path)
    try:
        assert store.report.migrated_from == 1
        assert store.report.set_aside is None
        assert store.report.reason is None
        assert store.count() == 3
        assert ids(store.page()) == ["OLD-3", "OLD-2", "000120261122"]
        # searchable through the new id table, by any id column
        assert ids(store.page(HistoryFilter(text="00034950025000"))) == [
            "OLD-2",
            "000120261122",
        ]
        assert ids(store.page(HistoryFilter(text="4200002026"))) == ["OLD-2"]
        assert ids(store.page(HistoryFilter(text="0001"))) == ["000120261122"]
        old = store.page(HistoryFilter(text="OLD-2"))[0]
        assert old.os_user == ""
        assert old.exchange is None
        assert old.amounts == {"amount": 12800}
        assert old.attempts == 3
        assert old.leshua_order_id == "0003495002500081"
        first = store.page(HistoryFilter(text="000120261122"), full=True)[0]
        assert first.raw_answer == b"<xml/>"
        assert store.distinct("profile") == ["old"]
        # and new rows go in beside them
        store.add(record(1))
        assert store.count() == 4
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()

    again = HistoryStore(path)  # already current: nothing to migrate
    try:
        assert again.report.migrated_from is None
        assert again.count() == 4
    finally:
        again.close()


# -- damaged and newer files are set aside, never deleted ---------------------------------------


def _newer_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE queries (id INTEGER PRIMARY KEY, future TEXT)")
    conn.execute("INSERT INTO queries (future) VALUES ('keep me')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


def _random_bytes(path: Path) -> None:
    path.write_bytes(b"not a database " + os.urandom(8192))


def _truncated(path: Path) -> None:
    real = HistoryStore(path)
    real.add_many([record(i, raw_answer=b"x" * 400) for i in range(300)])
    real.close()
    data = path.read_bytes()
    assert len(data) > 100_000
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "tag", "why"),
    [
        (_newer_file, ".newer-", ("newer version",)),
        (_random_bytes, ".corrupt-", ("could not be read", "damaged")),
        (_truncated, ".corrupt-", ("could not be read", "damaged")),
    ],
    ids=["newer", "random-bytes", "truncated"],
)
def test_bad_file_is_set_aside(
    tmp_path: Path, make: object, tag: str, why: tuple[str, ...]
) -> None:
    path = tmp_path / "history.sqlite3"
    make(path)  # type: ignore[operator]
    original = path.read_bytes()

    store = HistoryStore(path)
    try:
        report = store.report
        assert report.set_aside is not None
        assert tag in report.set_aside.name
        assert report.set_aside.parent == path.parent
        assert report.set_aside.read_bytes() == original  # renamed, bytes untouched
        assert report.reason is not None
        assert report.set_aside.name in report.reason
        assert any(w in report.reason for w in why), report.reason
        # a fresh, empty history that works
        assert store.count() == 0
        store.add(record(1))
        assert ids(store.page()) == ["HAND-0001"]
        assert store.integrity() == "ok"
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert report.set_aside.read_bytes() == original


def test_two_bad_files_set_aside_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    # Start just after a second begins, so both openings fall in the same second.
    time.sleep(1.0 - time.time() % 1.0 + 0.01)
    _random_bytes(path)
    first_bytes = path.read_bytes()
    first = HistoryStore(path)
    first.close()
    path.unlink()  # the fresh history, empty; then the disk damages the file again
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    _random_bytes(path)
    second_bytes = path.read_bytes()
    second = HistoryStore(path)
    second.close()

    assert first.report.set_aside is not None
    assert second.report.set_aside is not None
    kept = {
        p.read_bytes()
        for p in tmp_path.iterdir()
        if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm"))
    }
    assert first_bytes in kept, "the first damaged file was overwritten by the second"
    assert second_bytes in kept


# -- retention ---------------------------------------------------------------------------------


def _orphans(store: HistoryStore) -> int:
    conn = sqlite3.connect(store.path)
    try:
        return int(
            conn.execute(
                "SELECT COUNT(*) FROM order_ids WHERE query_id NOT IN (SELECT id FROM queries)"
            ).fetchone()[0]
        )
    finally:
        conn.close()


def _id_rows(store: HistoryStore) -> int:
    conn = sqlite3.connect(store.path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM order_ids").fetchone()[0])
    finally:
        conn.close()


def test_prune_keeps_everything_by_default_and_removes_old_rows(store: HistoryStore) -> None:
    now = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
    store.add_many(
        [
            record(1, queried_at=now - timedelta(days=40), order_id="OLD-40",
                 leshua_order_id="0003495000000040"),
            record(2, queried_at=now - timedelta(days=8), order_id="OLD-8"),
            record(3, queried_at=now - timedelta(days=6, hours=23), order_id="NEW-7"),
            record(4, queried_at=now - timedelta(hours=1), order_id="NEW-0"),
        ]
    )  # fmt: skip
    assert store.prune(0, now=now) == 0
    assert store.count() == 4

    assert store.prune(30, now=now) == 1
    assert ids(store.page()) == ["NEW-0", "NEW-7", "OLD-8"]
    assert store.page(HistoryFilter(text="0003495000000040")) == []
    assert _orphans(store) == 0

    assert store.prune(7, now=now) == 1
    assert ids(store.page()) == ["NEW-0", "NEW-7"]
    assert _orphans(store) == 0
    assert _id_rows(store) == 4


def test_delete_selected_and_clear_remove_their_id_rows(store: HistoryStore) -> None:
    rows = store.add_many(
        [record(i, leshua_order_id=f"00034950{i:08d}", out_transaction_id=f"42{i:017d}")
         for i in range(6)]
    )  # fmt: skip
    assert _id_rows(store) == 36  # each id forwards and backwards
    assert store.delete([rows[1], rows[4]]) == 2
    assert ids(store.page()) == ["HAND-0005", "HAND-0003", "HAND-0002", "HAND-0000"]
    assert store.page(HistoryFilter(text="0003495000000001")) == []
    assert store.page(HistoryFilter(text="42" + "0" * 16 + "4")) == []
    assert _orphans(store) == 0
    assert _id_rows(store) == 24
    assert store.get(rows[1]) is None

    assert store.clear() == 4
    assert store.count() == 0
    assert store.page() == []
    assert _id_rows(store) == 0
    store.add(record(9))
    assert store.count(HistoryFilter(text="HAND-0009")) == 1


# -- the serial writer and concurrent readers --------------------------------------------------


def test_writer_takes_records_from_many_threads(store: HistoryStore) -> None:
    written: list[HistoryRecord] = []
    errors: list[Exception] = []
    writer = HistoryWriter(store, on_written=written.append, on_error=errors.append)
    try:

        def submit(t: int) -> None:
            for i in range(40):
                writer.submit(record(t * 100 + i, order_id=f"T{t}-{i:02d}"))

        threads = [threading.Thread(target=submit, args=(t,)) for t in range(5)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert writer.flush()
        assert errors == []
        assert len(written) == 200
        assert all(r.id is not None for r in written)
        assert store.count() == 200
        expected = {f"T{t}-{i:02d}" for t in range(5) for i in range(40)}
        assert {r.order_id for r in store.iterate()} == expected

        # other writes run in turn with the inserts
        outcome: list[object] = []
        writer.submit(record(999, order_id="LAST"))
        writer.call(lambda s: s.delete([written[0].id or 0]), outcome.append)
        assert writer.flush()
        assert outcome == [1]
        assert store.count() == 200
        assert store.count(HistoryFilter(text="LAST")) == 1
    finally:
        writer.close()
    assert errors == []


def test_readers_never_fail_while_the_writer_inserts(store: HistoryStore) -> None:
    other = HistoryStore(store.path)  # a second connection, as another window or process
    writer = HistoryWriter(store)
    done = threading.Event()
    problems: list[BaseException] = []
    seen: dict[str, list[int]] = {"same": [], "other": []}

    def read(name: str, s: HistoryStore) -> None:
        try:
            while not done.is_set():
                s.page(HistoryFilter(status="2"), limit=20)
                s.page(HistoryFilter(text="R-"), limit=20)
                seen[name].append(s.count())
        except BaseException as exc:
            problems.append(exc)

    readers = [
        threading.Thread(target=read, args=("same", store)),
        threading.Thread(target=read, args=("other", other)),
    ]
    for th in readers:
        th.start()
    try:
        for i in range(300):
            writer.submit(record(i, order_id=f"R-{i:03d}"))
            if i % 50 == 0:
                time.sleep(0.01)
        assert writer.flush()
        time.sleep(0.05)
    finally:
        done.set()
        for th in readers:
            th.join(10)
        writer.close()
    try:
        assert problems == []
        for name, counts in seen.items():
            assert counts, name
            assert counts == sorted(counts), f"{name} saw the count shrink"
            assert counts[-1] == 300, name
        assert other.count() == 300
    finally:
        other.close()


# -- a process killed in the middle of a query --------------------------------------------------

_CRASH_SCRIPT = """
import sys, time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryStore
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY

path, url = Path(sys.argv[1]), sys.argv[2]
T0 = datetime(2026, 3, 1, tzinfo=UTC)

def rec(i):
    return HistoryRecord(
        queried_at=T0 + timedelta(seconds=i), profile="crash", merchant_id=DEMO_MERCHANT_ID,
        environment="sandbox", id_kind="third_order_id", order_id=f"CRASH-{i:03d}",
        leshua_order_id=f"00034950{i:08d}", status="2", amounts={"amount": i},
        raw_answer=b"<xml>" + b"x" * 2000 + b"</xml>",
    )

store = HistoryStore(path)
for i in range(1, 51):
    store.add(rec(i))  # one transaction each
client = GatewayClient(url, DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY, read_timeout=30)

def in_flight():
    yield rec(51)  # inserted, not committed
    print("READY", flush=True)
    client.query_status(OrderRef.of(third_order_id="FAULT-SLOW"))
    time.sleep(60)
    yield rec(52)

store.add_many(in_flight())
print("NOT KILLED", flush=True)
"""


def test_sigkill_mid_query_leaves_a_sound_file_with_every_completed_record(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    path = tmp_path / "history.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", _CRASH_SCRIPT, str(path), sandbox.url],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "READY", proc.stderr.read() if proc.stderr else ""
        deadline = time.monotonic() + 10
        while sandbox.state.requests_seen < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sandbox.state.requests_seen == 1  # the slow query is in flight
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert proc.stdout is not None
    assert "NOT KILLED" not in proc.stdout.read()
    proc.stdout.close()
    assert proc.stderr is not None
    proc.stderr.close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = [r[0] for r in conn.execute("SELECT order_id FROM queries ORDER BY id")]
        assert rows == [f"CRASH-{i:03d}" for i in range(1, 51)]
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM order_ids WHERE query_id NOT IN (SELECT id FROM queries)"
            ).fetchone()[0]
            == 0
        )
    finally:
        conn.close()

    store = HistoryStore(path)
    try:
        assert store.report.set_aside is None
        assert store.report.reason is None
        assert store.count() == 50
        assert store.count(HistoryFilter(text="CRASH-051")) == 0
        assert store.count(HistoryFilter(text="0003495000000050")) == 1
        assert store.integrity() == "ok"
    finally:
        store.close()


# -- the key never reaches the file ------------------------------------------------------------


def test_no_key_in_the_database_after_a_session(
    tmp_path: Path, client: GatewayClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path)
    writer = HistoryWriter(store)
    key = DEMO_TRANSACTION_KEY.encode()
    try:
        session = [
            *(oid for oid, _ in QUERIED),
            "DEMO-PAID-ALIPAY",
            "FAULT-TRUNCATED",
            "FAULT-RESP-CODE",
            "FAULT-HTML",
        ]
        for i, oid in enumerate(session):
            writer.submit(recorded(ask(client, oid), oid, T0 + timedelta(seconds=i), "demo"))
        leshua = "0003495002500082"
        writer.submit(
            recorded(ask(client, leshua, "leshua_order_id"), leshua, T0, "demo", "leshua_order_id")
        )  # fmt: skip
        assert writer.flush()
        assert store.count() == len(session) + 1
        # a stored signature check keeps the expected sign and masked string, never the key
        bad = store.page(HistoryFilter(text="FAULT-BAD-SIGN"), full=True)[0]
        assert bad.exchange is not None
        assert bad.exchange["verification"]["expected"]
        wal = Path(str(path) + "-wal")
        assert wal.exists()
        for f in (path, wal):
            assert key not in f.read_bytes(), f
    finally:
        writer.close()
        store.close()
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert key not in f.read_bytes(), f
    assert DEMO_TRANSACTION_KEY not in caplog.text
