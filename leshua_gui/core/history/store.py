"""The query history in SQLite: versioned schema, filtered and paged in SQL, never lost silently.

WAL mode, one transaction per write, `PRAGMA user_version` for the schema. A file that is corrupt
or written by a newer version is renamed aside (and reported), never deleted.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Self, TypeVar

from leshua_gui.core.errors import HistoryReason, LeshuaError
from leshua_gui.core.history.record import (
    LOOKUPS,
    Column,
    HistoryRecord,
    row_columns,
    row_values,
    to_ms,
)
from leshua_gui.core.history.schema import MIGRATIONS, REVERSED, SCHEMA_VERSION

log = logging.getLogger(__name__)
_T = TypeVar("_T")

PAGE = 200

#: Every id of a row, searchable by its beginning or end (refund numbers included).
_ID_COLUMNS = (
    "order_id",
    "third_order_id",
    "leshua_order_id",
    "out_transaction_id",
    "channel_order_id",
    "refund_id",
    "merchant_refund_id",
    "leshua_refund_id",
)
#: Columns the history list can be sorted by.
SORTABLE = ("queried_at", "profile", "order_id", "status", "pay_way", "amount",
            "settlement_amount", "outcome", "lookup", "merchant_id", "paid_at")  # fmt: skip
#: What `since` and `until` of a filter compare: when the query ran, or when the order was paid.
TIME_BASES = {"queried": "queried_at", "paid": "paid_at"}
#: What makes two rows answers about the same thing, for "latest answer per order": the same
#: order of the same merchant in the same environment, asked by the same kind of id, and the
#: same lookup (a refund lookup is about one refund, not the order's payment; a close attempt is
#: about closing it, and never the latest answer of the order's payment state).
ORDER_KEY = ("order_id", "merchant_id", "environment", "id_kind", "lookup", "refund_id_kind",
             "refund_id")  # fmt: skip
#: The SQL of a trusted answer: it verified and came without an error (HistoryRecord.trusted).
TRUSTED_SQL = "{a}.outcome = 'verified' AND {a}.error_kind IS NULL"


def _columns(cls: type[HistoryRecord], *, full: bool) -> tuple[Column, ...]:
    """The stored fields of a row read back: all of them, or those the list shows (the raw
    answer and exchange load only for one row). The row id comes first."""
    return tuple(c for c in row_columns(cls) if full or c.spec.listed or c.spec.generated)


_INSERTS: dict[type[HistoryRecord], str] = {}


def _insert_sql(cls: type[HistoryRecord]) -> str:
    if cls not in _INSERTS:
        names = [n for c in row_columns(cls) if not c.spec.generated for n in c.sql]
        _INSERTS[cls] = (
            f"INSERT INTO queries ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        )
    return _INSERTS[cls]


def _select_list(columns: Sequence[Column], alias: str = "") -> str:
    return ", ".join(alias + n for c in columns for n in c.sql)


class HistoryUnavailable(LeshuaError):
    """The history cannot be used now; nothing was set aside, nothing is lost but this write.

    `reason` is a short key the front ends word in their own language: ``busy`` (another
    program holds it locked), ``full`` (the disk is full), ``readonly`` (the folder or file
    cannot be written), ``cannot_open``, ``io`` (a disk error), ``damaged`` (damage found
    after opening, in a file too large to check on every start), or ``missing`` (no history
    file yet, when none is to be created).
    """

    kind = "history"
    reason: HistoryReason

    def __init__(self, message: str, reason: HistoryReason) -> None:
        super().__init__(message, reason=reason)


FULL_CHECK_UP_TO = 32 * 1024 * 1024  # PRAGMA quick_check reads it all: only for small files
#: A write kept out by another process's lock is tried this many times (each try waits up to the
#: busy timeout), then reported as not recorded.
WRITE_TRIES = 3

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

_WORDS = {
    "busy": "it is in use by another program (locked)",
    "full": "the disk is full",
    "readonly": "the folder or the file cannot be written",
    "cannot_open": "the file cannot be opened",
    "io": "the disk reported an error",
    "damaged": "it is damaged",
}


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_damage(exc: BaseException) -> bool:
    """Real damage (the file is not a database, or its contents are malformed): the only errors
    for which a history may be set aside. Busy, locked, full or read-only files are healthy."""
    code = _code(exc)
    if code is not None:
        return code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc)
    return "malformed" in text or "not a database" in text


def unavailable(exc: BaseException, path: Path) -> HistoryUnavailable:
    """A history error that is not damage, in plain words with SQLite's own message."""
    code = _code(exc)
    reason: HistoryReason
    if isinstance(exc, OSError):
        reason = "full" if exc.errno == 28 else "readonly" if exc.errno in (1, 13, 30) else "io"
    elif code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        reason = "busy"
    elif code == _SQLITE_FULL:
        reason = "full"
    elif code in (_SQLITE_READONLY, _SQLITE_PERM):
        reason = "readonly"
    elif code == _SQLITE_CANTOPEN:
        reason = "cannot_open"
    elif is_damage(exc):
        reason = "damaged"
    else:
        reason = "io"
    return HistoryUnavailable(
        f"the query history {path} cannot be used now: {_WORDS[reason]} ({exc})", reason
    )


def _busy(exc: BaseException) -> bool:
    code = _code(exc)
    if code is not None:
        return code in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


@dataclass(frozen=True)
class HistoryFilter:
    """What the history list shows. Empty fields do not filter."""

    text: str = ""  # an order id or its beginning (any of the ids of a row)
    status: str | None = None
    pay_way: str | None = None
    profile: str | None = None
    outcome: str | None = None  # verified, mismatch, unsigned, or error
    since: datetime | None = None
    until: datetime | None = None
    #: A state filter matches trusted answers only, unless this is set: a forged or unsigned
    #: "paid" is never listed among the paid ones by default.
    include_untrusted: bool = False
    #: Of the rows the other fields match, only the newest per order (ORDER_KEY), so that a
    #: repeat query of one order is listed, and counted, once.
    latest: bool = False
    lookup: str | None = None  # "order", "refund" or "close" (record.LOOKUPS)
    #: "queried" (since/until are the query's time) or "paid" (the pay time the answer gave;
    #: rows without one do not match a day)
    by: str = "queried"
    #: the rows of one batch job (its id); None: every row, batch or not
    job: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, args = self._clauses("q")
        if self.latest:
            newer, newer_args = self._clauses("n")
            same = " AND ".join(f"n.{c} IS q.{c}" for c in ORDER_KEY)
            clauses.append(
                f"NOT EXISTS (SELECT 1 FROM queries n WHERE {same}"
                " AND (n.queried_at, n.id) > (q.queried_at, q.id)"
                + "".join(f" AND {c}" for c in newer)
                + ")"
            )
            args += newer_args
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def _clauses(self, a: str) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        text = self.text.strip()
        if text:
            # The beginning or the end of any id, through the one index of every id (stored
            # forwards and backwards); '%' and '_' are not wildcards.
            backwards = REVERSED + text[::-1]
            clauses.append(
                f"{a}.id IN (SELECT query_id FROM order_ids WHERE (value >= ? AND value < ?)"
                " OR (value >= ? AND value < ?))"
            )
            args += [text, text + "\U0010ffff", backwards, backwards + "\U0010ffff"]
        for column in ("status", "pay_way", "profile"):
            value = getattr(self, column)
            if value:
                clauses.append(f"{a}.{column} = ?")
                args.append(value)
        if self.status and not self.include_untrusted:
            # unary + keeps the planner on the state's index (the trust test filters within it)
            clauses.append(TRUSTED_SQL.format(a=a).replace(f"{a}.outcome", f"+{a}.outcome"))
        if self.job:
            clauses.append(f"{a}.job = ?")
            args.append(self.job)
        if self.lookup in LOOKUPS:
            clauses.append(f"{a}.lookup = ?")
            args.append(self.lookup)
        if self.outcome == "error":
            clauses.append(f"{a}.error_kind IS NOT NULL")
        elif self.outcome == "verified":  # verified answers without an error
            clauses.append(TRUSTED_SQL.format(a=a))
        elif self.outcome:  # mismatch, unsigned: how the signature failed, whatever was said
            clauses.append(f"{a}.outcome = ?")
            args.append(self.outcome)
        moment = TIME_BASES.get(self.by, "queried_at")
        if self.since is not None:
            clauses.append(f"{a}.{moment} >= ?")
            args.append(to_ms(self.since))
        if self.until is not None:
            clauses.append(f"{a}.{moment} < ?")
            args.append(to_ms(self.until))
        return clauses, args


@dataclass(frozen=True)
class OpenReport:
    """What happened when the file was opened, for the window and the CLI to say."""

    path: Path
    set_aside: Path | None = None
    reason: str | None = None
    migrated_from: int | None = None
    #: why it was set aside: "corrupt" or "newer" (front ends say it in their own words)
    tag: str | None = None


class SqliteFile:
    """One SQLite file several programs share: connected with a busy timeout, in WAL, migrated
    to `schema_version` under the write lock (safe when several create or migrate it at the
    same moment), and set aside only for real damage or a newer schema; writes are one
    transaction each, tried again while another process holds the lock.

    Subclasses name the file (`what`, for messages; `log_name`, for the log), give its schema
    (`schema_version`, `migrations`), how hard a commit waits for the disk (`synchronous`) and
    how an error that is not damage is said (`_unavailable`)."""

    what = "The query history"
    log_name = "history"
    schema_version: int = SCHEMA_VERSION
    migrations: Mapping[int, Any] = MIGRATIONS
    synchronous = "NORMAL"

    def __init__(self, path: Path, *, busy_timeout_ms: int = 5000) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._lock = threading.RLock()
        self.report = OpenReport(path)
        self._conn = self._open()

    def _unavailable(self, exc: BaseException) -> LeshuaError:
        return unavailable(exc, self.path)

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise self._unavailable(exc) from exc
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        return conn

    def _open(self) -> sqlite3.Connection:
        conn = self._connect()
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > self.schema_version:
                conn.close()
                return self._set_aside(
                    f"it was written by a newer version of Leshua Desk (schema {version})", "newer"
                )
            # SQLite itself says whether this is a database ("file is not a database"); the
            # whole-file check (seconds for a large history) only for small files.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            damage = None
            if self.path.exists() and self.path.stat().st_size <= FULL_CHECK_UP_TO:
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
                damage = None if check == "ok" else f"it is damaged ({check})"
            if damage is not None:
                conn.close()
                return self._set_aside(damage, "corrupt")
            self._prepare(conn)
            return conn
        except sqlite3.Error as exc:
            conn.close()
            if is_damage(exc):
                return self._set_aside(f"it could not be read ({exc})", "corrupt")
            raise self._unavailable(exc) from exc

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """WAL, then the schema: each step retried while another process holds a lock."""
        for attempt in range(WRITE_TRIES):
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute(f"PRAGMA synchronous = {self.synchronous}")
                conn.execute("PRAGMA foreign_keys = ON")
                self._migrate(conn)
                return
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or attempt == WRITE_TRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def _set_aside(self, why: str, tag: str) -> sqlite3.Connection:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.{tag}-{stamp}")
        n = 1
        while any(Path(str(target) + s).exists() for s in ("", "-wal", "-shm")):
            n += 1  # never rename onto an earlier copy set aside in the same second
            target = self.path.with_name(f"{self.path.name}.{tag}-{stamp}-{n}")
        try:
            for suffix in ("", "-wal", "-shm"):
                source = Path(str(self.path) + suffix)
                if source.exists():
                    source.rename(Path(str(target) + suffix))
        except OSError as exc:
            raise self._unavailable(exc) from exc
        reason = f"{self.what} {self.path} was set aside as {target.name}: {why}."
        log.warning("%s", reason)
        self.report = OpenReport(self.path, target, reason, tag=tag)
        conn = self._connect()
        try:
            self._prepare(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise self._unavailable(exc) from exc
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring the schema up to date. Safe when several processes create or migrate the
        history at the same moment: the version is read again under the write lock."""
        if conn.execute("PRAGMA user_version").fetchone()[0] == self.schema_version:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= self.schema_version:  # another process did it while this one waited
                conn.execute("ROLLBACK")
                return
            for step in range(version + 1, self.schema_version + 1):
                migration = self.migrations[step]
                if callable(migration):
                    migration(conn)
                    continue
                for statement in migration.split(";\n"):
                    if statement.strip():
                        conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {self.schema_version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if version:
            log.info(
                "%s migrated from schema %d to %d", self.log_name, version, self.schema_version
            )
            self.report = OpenReport(self.path, migrated_from=version)

    def _write(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """One transaction, committed before returning; a lock held by another process is waited
        for (the busy timeout) and tried again up to WRITE_TRIES times. Raises what
        `_unavailable` makes, never a bare SQLite error."""
        for attempt in range(WRITE_TRIES):
            with self._lock:
                try:
                    self._conn.execute("BEGIN IMMEDIATE")
                    result = work(self._conn)
                    self._conn.execute("COMMIT")
                    return result
                except sqlite3.Error as exc:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    if not (_busy(exc) and attempt < WRITE_TRIES - 1):
                        raise self._unavailable(exc) from exc
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
            time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")  # pragma: no cover

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Every row of one read; raises what `_unavailable` makes, never a bare SQLite error."""
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise self._unavailable(exc) from exc

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first row of one read (None: there is none), as `_all` reads."""
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchone()
            except sqlite3.Error as exc:
                raise self._unavailable(exc) from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class HistoryStore(SqliteFile):
    """Thread-safe: one connection, serialised by a lock (writes go through HistoryWriter).

    The file is only ever touched through SQLite while connected: a second descriptor opened
    and closed by this process would drop SQLite's POSIX locks on it, and another process could
    then checkpoint and delete the WAL this connection is still writing to.

    Raises HistoryUnavailable when the history cannot be used now (busy, full, read-only); only
    real damage (not a database, malformed, a failed check) sets a file aside.
    """

    #: What a row is read back as (a record type whose fields are the stored row).
    record_type: type[HistoryRecord] = HistoryRecord

    # -- writing ----------------------------------------------------------------------------

    def add(self, record: HistoryRecord) -> int:
        return self.add_many([record])[0]

    def add_many(self, records: Sequence[HistoryRecord]) -> list[int]:
        def insert(conn: sqlite3.Connection) -> list[int]:
            ids: list[int] = []
            for record in records:
                cursor = conn.execute(_insert_sql(type(record)), row_values(record))
                row_id = int(cursor.lastrowid or 0)
                values = {getattr(record, c) for c in _ID_COLUMNS} - {None, ""}
                conn.executemany(
                    "INSERT OR IGNORE INTO order_ids (value, query_id) VALUES (?, ?)",
                    [(v, row_id) for v in values] + [(REVERSED + v[::-1], row_id) for v in values],
                )
                ids.append(row_id)
            return ids

        ids = self._write(insert)
        for record, row_id in zip(records, ids, strict=True):
            record.id = row_id
        return ids

    def delete(self, ids: Sequence[int]) -> int:
        marks = ", ".join("?" * len(ids))
        sql = f"DELETE FROM queries WHERE id IN ({marks})"
        return self._write(lambda conn: conn.execute(sql, list(ids)).rowcount)

    def delete_matching(self, flt: HistoryFilter) -> int:
        """Delete the rows a filter lists (all of them, not one page); returns how many."""
        where, args = flt.where()
        sql = f"DELETE FROM queries WHERE id IN (SELECT q.id FROM queries q{where})"
        return self._write(lambda conn: conn.execute(sql, args).rowcount)

    def clear(self) -> int:
        def wipe(conn: sqlite3.Connection) -> int:
            conn.execute("DELETE FROM order_ids")
            return conn.execute("DELETE FROM queries").rowcount

        return self._write(wipe)

    def prune(self, older_than_days: int, now: datetime | None = None) -> int:
        """Delete rows older than N days (0 keeps everything)."""
        if older_than_days <= 0:
            return 0
        limit = to_ms((now or datetime.now(UTC)) - timedelta(days=older_than_days))
        return self._write(
            lambda conn: conn.execute("DELETE FROM queries WHERE queried_at < ?", [limit]).rowcount
        )

    # -- reading ----------------------------------------------------------------------------

    def page(
        self,
        flt: HistoryFilter = HistoryFilter(),
        *,
        limit: int = PAGE,
        before: tuple[int, int] | None = None,
        order: str = "queried_at",
        descending: bool = True,
        offset: int = 0,
        full: bool = False,
    ) -> list[HistoryRecord]:
        """One page, sorted in SQL. Newest first by default.

        By time, pages follow each other by key (`before` = the (queried_at ms, id) of the last
        row shown), which stays fast however deep; other orders page by `offset`.
        """
        if order not in SORTABLE:
            raise ValueError(f"cannot sort by {order}")
        where, args = flt.where()
        if before is not None and order == "queried_at":
            compare = "<" if descending else ">"
            where += (" AND " if where else " WHERE ") + f"(q.queried_at, q.id) {compare} (?, ?)"
            args += list(before)
            offset = 0
        direction = "DESC" if descending else "ASC"
        columns = _columns(self.record_type, full=full)
        sql = (
            f"SELECT {_select_list(columns, 'q.')} FROM queries q{where} "
            f"ORDER BY q.{order} {direction}, q.id {direction} LIMIT ? OFFSET ?"
        )
        with self._lock:
            rows = self._conn.execute(sql, [*args, limit, offset]).fetchall()
        return [_record(self.record_type, row, columns) for row in rows]

    def iterate(
        self, flt: HistoryFilter = HistoryFilter(), *, batch: int = 1000
    ) -> Iterator[HistoryRecord]:
        """Every matching row, newest first, in batches (for export)."""
        before: tuple[int, int] | None = None
        while True:
            rows = self.page(flt, limit=batch, before=before)
            yield from rows
            if len(rows) < batch:
                return
            before = key_of(rows[-1])

    def get(self, row_id: int) -> HistoryRecord | None:
        columns = _columns(self.record_type, full=True)
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_select_list(columns)} FROM queries WHERE id = ?", [row_id]
            ).fetchone()
        return _record(self.record_type, row, columns) if row else None

    def count(self, flt: HistoryFilter = HistoryFilter()) -> int:
        where, args = flt.where()
        with self._lock:
            return int(
                self._conn.execute(f"SELECT COUNT(*) FROM queries q{where}", args).fetchone()[0]
            )

    def distinct(self, column: str) -> list[str]:
        """The values present in a filterable column (for the filter drop-downs)."""
        if column not in ("profile", "status", "pay_way"):
            raise ValueError(column)
        # A skip scan over the column's index: one seek per distinct value, not a full scan
        # (a million rows have a handful of profiles).
        values: list[str] = []
        with self._lock:
            current = self._conn.execute(f"SELECT MIN({column}) FROM queries").fetchone()[0]
            while current is not None:
                values.append(str(current))
                current = self._conn.execute(
                    f"SELECT MIN({column}) FROM queries WHERE {column} > ?", [current]
                ).fetchone()[0]
        return values

    def integrity(self) -> str:
        with self._lock:
            return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])


def key_of(record: HistoryRecord) -> tuple[int, int]:
    """The paging key of a row listed by time."""
    return (to_ms(record.queried_at), int(record.id or 0))


def _record(
    cls: type[HistoryRecord], row: Sequence[Any], columns: Sequence[Column]
) -> HistoryRecord:
    """A row read back; a field not selected keeps its default."""
    values = iter(row)
    data = {c.name: c.decode(tuple(next(values) for _ in c.sql)) for c in columns}
    return cls(**data)
