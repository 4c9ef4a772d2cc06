"""The watch list in SQLite (`watch.sqlite3` in the data folder): kept across restarts, shared
by every program of the machine's user.

As the history and the jobs file: WAL, a busy timeout and retries, one transaction per write,
frozen migrations, a damaged file or one from a newer version set aside (renamed, never deleted).
A check is claimed before it is asked (`claim_due` moves its next time on by a lease in the same
transaction), so two windows sharing the file never ask the same order at the same moment."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from leshua_gui.core.errors import HistoryReason, LeshuaError
from leshua_gui.core.history.record import from_ms
from leshua_gui.core.history.store import SqliteFile, unavailable
from leshua_gui.core.protocol.validation import IdKind, OrderRef
from leshua_gui.core.watch import WATCH_FILE_NAME
from leshua_gui.core.watch.schedule import (
    END_REASONS,
    NOTICE_KINDS,
    Decision,
    EndReason,
    NoticeKind,
)
from leshua_gui.core.watch.schema import MIGRATIONS, SCHEMA_VERSION

_COLUMNS = ("id", "profile_id", "profile", "merchant_id", "environment", "id_kind", "order_id",
            "added_at", "until_at", "next_at", "checks", "last_at", "last_status",
            "last_trusted", "last_error_kind", "last_error_code", "last_error_reason", "amount",
            "trade_type", "stale_told", "ended_at", "end_reason", "notice", "unseen")  # fmt: skip
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM watched"  # noqa: S608 (constant column names)


class WatchStoreUnavailable(LeshuaError):
    """The watch list file cannot be used now; nothing was set aside. `reason` as the
    history's (busy, full, readonly, cannot_open, io, damaged)."""

    kind = "watch"
    reason: HistoryReason

    def __init__(self, message: str, reason: HistoryReason) -> None:
        super().__init__(message, reason=reason)


@dataclass(frozen=True)
class WatchEntry:
    """One watch of an order, as the Watch panel lists it."""

    id: int
    profile_id: str
    profile: str
    merchant_id: str
    environment: str
    id_kind: IdKind
    order_id: str
    added_at: datetime
    until: datetime
    next_at: datetime
    checks: int
    last_at: datetime | None
    #: the last verified trade state code (None: no verified answer yet)
    last_status: str | None
    last_trusted: bool
    last_error_kind: str | None
    last_error_code: str | None
    last_error_reason: str | None
    #: the order's amount in fen and trade type, from its last verified answer
    amount: int | None
    trade_type: str | None
    stale_told: bool
    ended_at: datetime | None
    end_reason: EndReason | None
    #: the last thing the user was told of (None: nothing yet)
    notice: NoticeKind | None
    #: that notice has not been looked at yet (the Watch panel's badge counts these)
    unseen: bool

    @property
    def active(self) -> bool:
        return self.ended_at is None

    @property
    def order(self) -> OrderRef:
        return OrderRef(self.id_kind, self.order_id)


def _moment(value: int | None) -> datetime | None:
    return None if value is None else from_ms(value)


def _entry(row: Sequence[Any]) -> WatchEntry:
    v = dict(zip(_COLUMNS, row, strict=True))
    end = v["end_reason"] if v["end_reason"] in END_REASONS else None
    notice = v["notice"] if v["notice"] in NOTICE_KINDS else None
    return WatchEntry(
        id=v["id"],
        profile_id=v["profile_id"],
        profile=v["profile"],
        merchant_id=v["merchant_id"],
        environment=v["environment"],
        id_kind=cast(IdKind, v["id_kind"]),
        order_id=v["order_id"],
        added_at=from_ms(v["added_at"]),
        until=from_ms(v["until_at"]),
        next_at=from_ms(v["next_at"]),
        checks=v["checks"],
        last_at=_moment(v["last_at"]),
        last_status=v["last_status"],
        last_trusted=bool(v["last_trusted"]),
        last_error_kind=v["last_error_kind"],
        last_error_code=v["last_error_code"],
        last_error_reason=v["last_error_reason"],
        amount=v["amount"],
        trade_type=v["trade_type"],
        stale_told=bool(v["stale_told"]),
        ended_at=_moment(v["ended_at"]),
        end_reason=cast("EndReason | None", end),
        notice=cast("NoticeKind | None", notice),
        unseen=bool(v["unseen"]),
    )


@dataclass(frozen=True)
class CheckRecord:
    """What one check found, as the watch list keeps it (the history has the whole answer)."""

    at_ms: int
    trusted: bool
    status: str | None
    error_kind: str | None = None
    error_code: str | None = None
    error_reason: str | None = None
    amount: int | None = None
    trade_type: str | None = None


class WatchStore(SqliteFile):
    """Thread-safe: one connection, serialised by a lock. Several processes may use one file.

    Raises WatchStoreUnavailable when the file cannot be used now (busy, full, read-only)."""

    what = "The watch list"
    log_name = "watch list"
    schema_version = SCHEMA_VERSION
    migrations = MIGRATIONS
    synchronous = "NORMAL"

    def _unavailable(self, exc: BaseException) -> WatchStoreUnavailable:
        reason = unavailable(exc, self.path).reason
        return WatchStoreUnavailable(
            f"the watch list {self.path} cannot be used now ({exc})", reason
        )

    # -- writing ----------------------------------------------------------------------------

    def add(
        self,
        *,
        profile_id: str,
        profile: str,
        merchant_id: str,
        environment: str,
        order: OrderRef,
        now_ms: int,
        hours: float,
        first_check_ms: int,
    ) -> tuple[WatchEntry, bool]:
        """Watch an order from `now_ms` for `hours`, first asked at `first_check_ms`. An order
        the profile already watches is not added twice: (its entry, False); else (new, True)."""
        until = now_ms + int(hours * 3_600_000)

        def work(conn: sqlite3.Connection) -> tuple[int, bool]:
            row = conn.execute(
                "SELECT id FROM watched WHERE profile_id = ? AND id_kind = ? AND order_id = ?"
                " AND ended_at IS NULL",
                [profile_id, order.kind, order.value],
            ).fetchone()
            if row is not None:
                return row[0], False
            cursor = conn.execute(
                "INSERT INTO watched (profile_id, profile, merchant_id, environment, id_kind,"
                " order_id, added_at, until_at, next_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [profile_id, profile, merchant_id, environment, order.kind, order.value,
                 now_ms, until, min(first_check_ms, until)],
            )  # fmt: skip
            return int(cursor.lastrowid or 0), True

        entry_id, added = self._write(work)
        entry = self.get(entry_id)
        assert entry is not None
        return entry, added

    def claim_due(self, now_ms: int, lease_ms: int, limit: int = 20) -> list[WatchEntry]:
        """The active entries due by `now_ms` (soonest first, at most `limit`), each moved
        `lease_ms` on in the same transaction: no other program claims them meanwhile. The
        check's own `checked` sets the real next time."""

        def work(conn: sqlite3.Connection) -> list[WatchEntry]:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM watched WHERE ended_at IS NULL AND next_at <= ?"
                    " ORDER BY next_at LIMIT ?",
                    [now_ms, limit],
                )
            ]
            conn.executemany(
                "UPDATE watched SET next_at = ? WHERE id = ?", [(now_ms + lease_ms, i) for i in ids]
            )
            marks = ", ".join("?" * len(ids))
            rows = {r[0]: r for r in conn.execute(f"{_SELECT} WHERE id IN ({marks})", ids)}
            return [_entry(rows[i]) for i in ids if i in rows]

        return self._write(work)

    def checked(self, entry_id: int, check: CheckRecord, decision: Decision) -> WatchEntry | None:
        """Keep what a check found and what follows it; None if the entry is gone (removed
        while it was asked)."""
        ended = decision.next_at_ms is None

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE watched SET checks = checks + 1, last_at = ?, last_trusted = ?,"
                " last_status = CASE WHEN ? THEN ? ELSE last_status END,"
                " last_error_kind = ?, last_error_code = ?, last_error_reason = ?,"
                " amount = COALESCE(?, amount), trade_type = COALESCE(?, trade_type),"
                " stale_told = ?, next_at = COALESCE(?, next_at),"
                " ended_at = CASE WHEN ? THEN ? ELSE ended_at END,"
                " end_reason = COALESCE(?, end_reason),"
                " notice = COALESCE(?, notice),"
                " unseen = CASE WHEN ? IS NOT NULL THEN 1 ELSE unseen END"
                " WHERE id = ? AND ended_at IS NULL",
                [check.at_ms, int(check.trusted), int(check.trusted), check.status,
                 check.error_kind, check.error_code, check.error_reason, check.amount,
                 check.trade_type, int(decision.stale_told), decision.next_at_ms, int(ended),
                 check.at_ms, decision.end_reason, decision.notice, decision.notice, entry_id],
            )  # fmt: skip

        self._write(work)
        return self.get(entry_id)

    def end(self, entry_id: int, reason: EndReason, now_ms: int) -> WatchEntry | None:
        """End a watch without a check (its profile is gone), told as that reason."""
        self._write(
            lambda conn: conn.execute(
                "UPDATE watched SET ended_at = ?, end_reason = ?, notice = ?, unseen = 1"
                " WHERE id = ? AND ended_at IS NULL",
                [now_ms, reason, reason, entry_id],
            )
        )
        return self.get(entry_id)

    def check_now(self, entry_id: int, now_ms: int) -> bool:
        """Ask an active entry at once (False: it has ended or is gone)."""
        return self.ask_at(entry_id, now_ms)

    def ask_at(self, entry_id: int, at_ms: int) -> bool:
        """Ask an active entry next at `at_ms` (False: it has ended or is gone)."""
        changed = self._write(
            lambda conn: (
                conn.execute(
                    "UPDATE watched SET next_at = ? WHERE id = ? AND ended_at IS NULL",
                    [at_ms, entry_id],
                ).rowcount
            )
        )
        return bool(changed)

    def remove(self, entry_id: int) -> bool:
        """Forget an entry (watching or ended); its checks stay in the history."""
        removed = self._write(
            lambda conn: conn.execute("DELETE FROM watched WHERE id = ?", [entry_id]).rowcount
        )
        return bool(removed)

    def remove_ended(self) -> int:
        """Forget every ended entry; how many."""
        return int(
            self._write(
                lambda conn: conn.execute("DELETE FROM watched WHERE ended_at IS NOT NULL").rowcount
            )
        )

    def mark_seen(self, entry_ids: Sequence[int] | None = None) -> None:
        """The user has looked at these notices (None: all of them)."""
        if entry_ids is None:
            self._write(lambda conn: conn.execute("UPDATE watched SET unseen = 0 WHERE unseen"))
            return
        self._write(
            lambda conn: conn.executemany(
                "UPDATE watched SET unseen = 0 WHERE id = ?", [(i,) for i in entry_ids]
            )
        )

    # -- reading ----------------------------------------------------------------------------

    def get(self, entry_id: int) -> WatchEntry | None:
        rows = self._all(_SELECT + " WHERE id = ?", [entry_id])
        return _entry(rows[0]) if rows else None

    def entries(self) -> list[WatchEntry]:
        """Every entry: those watching first (next check soonest first), then those ended
        (latest first)."""
        rows = self._all(
            _SELECT + " ORDER BY ended_at IS NOT NULL, CASE WHEN ended_at IS NULL THEN next_at"
            " ELSE -ended_at END, id"
        )
        return [_entry(r) for r in rows]

    def unseen_count(self) -> int:
        return int(self._all("SELECT COUNT(*) FROM watched WHERE unseen")[0][0])

    def next_due_ms(self) -> int | None:
        """When the soonest active entry is due (None: nothing is watched)."""
        value = self._all("SELECT MIN(next_at) FROM watched WHERE ended_at IS NULL")[0][0]
        return None if value is None else int(value)


def watch_path(data_dir: Path) -> Path:
    return data_dir / WATCH_FILE_NAME
