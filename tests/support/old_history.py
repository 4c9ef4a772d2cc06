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
