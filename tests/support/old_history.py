"""History files as an older release left them: the released migrations up to a version run on
a fresh file, that version's rows put in by the test, the version stamped; then the file opened
by today's store, which migrates it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from leshua_gui.core.history import store as history_store
from leshua_gui.core.history.store import HistoryStore


def run_migration(conn: sqlite3.Connection, step: int) -> None:
    """The released migration to version `step`: its SQL statements, or its function."""
    migration = history_store.MIGRATIONS[step]
    if callable(migration):
        migration(conn)
        return
    for statement in migration.split(";\n"):
        if statement.strip():
            conn.execute(statement)


@contextmanager
def old_history(
    path: Path, version: int, *, rows_at: int | None = None
) -> Iterator[sqlite3.Connection]:
    """A history file of schema `version` at `path`: yields an autocommit connection after the
    migrations up to `rows_at` (default `version`) ran, for the rows of that release; the rest
    run on those rows after the block, and the version is stamped."""
    filled = version if rows_at is None else rows_at
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for step in range(1, filled + 1):
            run_migration(conn, step)
        yield conn
        for step in range(filled + 1, version + 1):
            run_migration(conn, step)
        conn.execute(f"PRAGMA user_version = {int(version)}")
    finally:
        conn.close()


#: The columns every release requires of a row, with a value for a hand-made one.
REQUIRED_COLUMNS = {
    "queried_at": 1_700_000_000_000,
    "profile": "Shop",
    "merchant_id": "0000000018",
    "environment": "production",
    "id_kind": "third_order_id",
    "order_id": "NL20231114000001",
}


def add_row(conn: sqlite3.Connection, **columns: object) -> int:
    """A row as an older release wrote it: its columns by name (those of REQUIRED_COLUMNS not
    given take their value there), its ids in the search table (from version 2, forwards and
    backwards as version 3 and later keep them); returns the row id."""
    values = {**REQUIRED_COLUMNS, **columns}
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    cursor = conn.execute(f"INSERT INTO queries ({names}) VALUES ({marks})", list(values.values()))
    row_id = int(cursor.lastrowid or 0)
    search = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'order_ids'"
    if conn.execute(search).fetchone() is None:  # version 1: no search table
        return row_id
    ids = {values.get(c) for c in ("order_id", "third_order_id", "leshua_order_id")} - {None, ""}
    for value in ids:
        conn.execute("INSERT OR IGNORE INTO order_ids VALUES (?, ?)", [value, row_id])
        conn.execute(
            "INSERT OR IGNORE INTO order_ids VALUES (?, ?)",
            [history_store.REVERSED + str(value)[::-1], row_id],
        )
    return row_id


def user_version(path: Path) -> int:
    """The schema version stamped in the file."""
    conn = sqlite3.connect(path)
    try:
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        return version
    finally:
        conn.close()


@contextmanager
def opened_migrated(path: Path, from_version: int) -> Iterator[HistoryStore]:
    """The old file opened by today's store: it says it migrated from `from_version`, passes
    the integrity check, and (after the block) is stamped with today's schema version."""
    store = HistoryStore(path)
    try:
        assert store.report.migrated_from == from_version
        yield store
        assert store.integrity() == "ok"
    finally:
        store.close()
    assert user_version(path) == history_store.SCHEMA_VERSION
