"""The history shared by the window and `leshua-query` processes: nothing lost, nothing set aside.

Real processes, a real SQLite file, SIGKILL: the window holds one store open for its whole life
(with its serial writer), command lines come and go, and some are killed mid-way.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryFilter, HistoryStore
from leshua_gui.core.history.writer import HistoryWriter
from leshua_gui.sandbox import Sandbox
from tests.support.cli_runner import Run, finish, run_cli, start_cli
from tests.support.history_records import held_by_another_program, now, record


def _status_args(sandbox: Sandbox, order_id: str) -> list[str]:
    return ["status", "--gateway", sandbox.url, "--merchant-id", sandbox.merchant_id,
            "--third-order-id", order_id]  # fmt: skip


def _query(sandbox: Sandbox, home: Path, order_id: str) -> Run:
    return run_cli(*_status_args(sandbox, order_id), home=home, key=sandbox.transaction_key)


def _start(sandbox: Sandbox, home: Path, order_id: str) -> subprocess.Popen[str]:
    return start_cli(*_status_args(sandbox, order_id), home=home, key=sandbox.transaction_key)


def _window_record(i: int) -> HistoryRecord:
    return record(i, queried_at=now(), profile="window", environment="sandbox",
                  order_id=f"WINDOW-{i:04d}", amounts={"amount": 100})  # fmt: skip


def _rows(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT order_id FROM queries")}
    finally:
        conn.close()


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _set_aside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".corrupt-" in p.name or ".newer-" in p.name)


def _not_recorded(stderr: str) -> bool:
    return "not recorded" in stderr


def test_window_store_and_command_lines_interleaved_keep_every_row(
    app_home: Path, sandbox: Sandbox
) -> None:
    """Window open, CLI query, window row, CLI query, window row, close: all four rows."""
    db = app_home / "data" / "history.sqlite3"
    first = _query(sandbox, app_home, "CLI-FIRST")  # creates the history
    db = next(app_home.rglob("history.sqlite3"))
    store = HistoryStore(db)
    writer = HistoryWriter(store)
    try:
        second = _query(sandbox, app_home, "CLI-SECOND")
        writer.submit(_window_record(1))
        assert writer.flush()
        third = _query(sandbox, app_home, "CLI-THIRD")
        writer.submit(_window_record(2))
        assert writer.flush()
    finally:
        writer.close()
        store.close()
    for run in (first, second, third):
        assert not _not_recorded(run.stderr), run.stderr
    assert _rows(db) >= {"CLI-FIRST", "CLI-SECOND", "CLI-THIRD", "WINDOW-0001", "WINDOW-0002"}
    assert _integrity(db) == "ok"
    assert _set_aside(db.parent) == []


def test_command_lines_starting_together_on_a_fresh_machine_set_nothing_aside(
    app_home: Path, sandbox: Sandbox
) -> None:
    """No history yet, several processes create it at the same moment: one history, every row."""
    for round_no in range(3):
        home = app_home / f"round-{round_no}"
        procs = {
            f"FRESH-{round_no}-{i}": _start(sandbox, home, f"FRESH-{round_no}-{i}")
            for i in range(4)
        }
        for order_id, proc in procs.items():
            err = finish(proc, key=sandbox.transaction_key).stderr
            assert not _not_recorded(err), (order_id, err)
            assert "set aside" not in err, err
        db = next(home.rglob("history.sqlite3"))
        assert _rows(db) == set(procs)
        assert _set_aside(db.parent) == []
        assert _integrity(db) == "ok"


def test_a_program_holding_the_history_locked_sets_nothing_aside(tmp_path: Path) -> None:
    """Another program with the file locked: 'busy', reported; the healthy history is kept."""
    from leshua_gui.core.history.store import HistoryUnavailable

    db = tmp_path / "history.sqlite3"
    store = HistoryStore(db)
    store.add(_window_record(1))
    store.close()
    with held_by_another_program(db), pytest.raises(HistoryUnavailable) as raised:
        HistoryStore(db, busy_timeout_ms=200)
    assert raised.value.reason == "busy"
    assert "in use" in str(raised.value)
    assert _set_aside(tmp_path) == []
    assert _rows(db) == {"WINDOW-0001"}


def test_a_write_that_cannot_be_done_is_reported_not_silent(tmp_path: Path) -> None:
    """A write kept out by a lock is retried a bounded number of times, then reported."""
    from leshua_gui.core.history.store import HistoryUnavailable

    db = tmp_path / "history.sqlite3"
    store = HistoryStore(db, busy_timeout_ms=100)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    errors: list[Exception] = []
    writer = HistoryWriter(store, on_error=errors.append)
    try:
        writer.submit(_window_record(1))
        assert writer.flush()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        writer.close()
    assert len(errors) == 1
    assert isinstance(errors[0], HistoryUnavailable)
    assert errors[0].reason == "busy"
    # afterwards the history works and was not set aside
    store.add(_window_record(2))
    assert store.count(HistoryFilter(text="WINDOW-0002")) == 1
    store.close()
    assert _set_aside(tmp_path) == []


def test_a_full_disk_is_reported_and_sets_nothing_aside(tmp_path: Path) -> None:
    """SQLite's 'database or disk is full' is not damage: the history stays where it is."""
    from leshua_gui.core.history.store import HistoryUnavailable

    db = tmp_path / "history.sqlite3"
    store = HistoryStore(db)
    store.add(_window_record(0))
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
    big = _window_record(1)
    big.raw_answer = os.urandom(64 * 1024)
    with pytest.raises(HistoryUnavailable) as raised:
        store.add(big)
    assert raised.value.reason == "full"
    assert "full" in str(raised.value)
    store.close()
    assert _set_aside(tmp_path) == []
    assert _rows(db) == {"WINDOW-0000"}
    again = HistoryStore(db)
    assert again.report.set_aside is None
    again.close()


def test_window_command_lines_reader_and_sigkill_lose_no_completed_query(
    app_home: Path, sandbox: Sandbox
) -> None:
    """The stress run: four command-line loops (some killed with SIGKILL mid-query), the window's
    long-lived store writing all the while, and a reader paging: every query that completed has
    its row, the file is sound, nothing was set aside."""
    first = _query(sandbox, app_home, "STRESS-START")
    assert first.code == 1, first.stderr  # not found
    assert not _not_recorded(first.stderr), first.stderr
    db = next(app_home.rglob("history.sqlite3"))
    store = HistoryStore(db)
    writer = HistoryWriter(store)
    stop = threading.Event()
    completed: list[str] = ["STRESS-START"]
    killed: list[str] = []
    problems: list[str] = []
    lock = threading.Lock()
    window_rows: list[str] = []
    seconds = 20.0

    def cli_loop(worker: int) -> None:
        n = 0
        while not stop.is_set():
            n += 1
            order_id = f"STRESS-{worker}-{n:04d}"
            proc = _start(sandbox, app_home, order_id)
            if worker == 0 and n % 3 == 0:
                time.sleep(0.25 + (n % 5) * 0.1)  # somewhere in start-up, the query or the write
                proc.send_signal(signal.SIGKILL)
                proc.communicate(timeout=60)
                with lock:
                    killed.append(order_id)
                continue
            done = finish(proc, key=sandbox.transaction_key)
            err = done.stderr
            with lock:
                if done.code < 0:
                    problems.append(f"{order_id}: died with {done.code}")
                elif _not_recorded(err) or "set aside" in err or "Traceback" in err:
                    problems.append(f"{order_id}: {err.strip()}")
                else:
                    completed.append(order_id)

    def window_loop() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            writer.submit(_window_record(i))
            window_rows.append(f"WINDOW-{i:04d}")
            time.sleep(0.05)

    reads = 0

    def reader() -> None:
        nonlocal reads
        conn = sqlite3.connect(db, timeout=5)
        try:
            while not stop.is_set():
                conn.execute("SELECT COUNT(*) FROM queries").fetchone()
                store.page(HistoryFilter(text="STRESS"), limit=20)
                reads += 1
                time.sleep(0.02)
        finally:
            conn.close()

    threads = [threading.Thread(target=cli_loop, args=(w,)) for w in range(4)]
    threads += [threading.Thread(target=window_loop), threading.Thread(target=reader)]
    started = time.monotonic()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join(90)
    elapsed = time.monotonic() - started
    assert writer.flush()
    writer.close()
    store.close()

    rows = _rows(db)
    missing = [o for o in completed if o not in rows]
    missing_window = [o for o in window_rows if o not in rows]
    print(
        f"stress: {len(completed)} completed queries, {len(killed)} killed, "
        f"{len(window_rows)} window rows, {reads} reads, {len(rows)} rows, {elapsed:.1f} s"
    )
    assert problems == []
    assert missing == []
    assert missing_window == []
    assert len(completed) > 20
    assert killed
    assert _integrity(db) == "ok"
    assert _set_aside(db.parent) == []


def test_the_window_says_a_query_was_not_recorded_when_the_history_is_locked(
    app_home: Path, client: object
) -> None:
    """The window's path: a history another program holds locked is reported, not set aside."""
    from leshua_gui.app.services import Services
    from leshua_gui.core.gateway.polling import poll
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef

    ctx = Services()
    db = ctx.paths.history_db
    HistoryStore(db).close()
    said: list[str] = []
    ctx.on_history_failed = lambda _key, details: said.append(details)
    order = OrderRef.of(third_order_id="DEMO-PAID-WX", leshua_order_id=None)
    result = poll(lambda: client.query_status(order), deadline_s=0)  # type: ignore[attr-defined]
    profile = Profile(name="Shop", merchant_id="0000000018", gateway="sandbox")
    try:
        with held_by_another_program(db):
            ctx.record(result, datetime.now(UTC), profile, order)
    finally:
        ctx.close()
    assert len(said) == 1
    assert "in use by another program" in said[0]
    assert _set_aside(db.parent) == []
