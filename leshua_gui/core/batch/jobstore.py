"""Batch jobs in SQLite: every row of the list, the unique orders to ask, and one outcome per order
written as it completes, so that a crash, kill -9 or power cut loses only the requests in flight.

One file shared by the window and `leshua-query batch` processes (the caller picks it; the app
keeps `jobs.sqlite3` in its data folder). As the history does: WAL, a busy timeout and retries,
one transaction per write, `PRAGMA user_version` with frozen migrations; a damaged file or one
written by a newer version is set aside (renamed, never deleted) and reported. Unlike the
history, commits are synchronous (FULL): an outcome reported written survives a power cut too.
"""

from __future__ import annotations

import functools
import logging
import os
import secrets
import socket
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from leshua_gui.core.batch.job import JOB_STATES, Job, JobRow, JobSettings, JobState, Lease
from leshua_gui.core.batch.jobschema import LEASES, MIGRATIONS, SCHEMA_VERSION
from leshua_gui.core.batch.outcome import VERDICTS, Outcome, Verdict
from leshua_gui.core.batch.preview import Preview, RowNote, RowProblem
from leshua_gui.core.errors import HistoryReason, LeshuaError
from leshua_gui.core.history.record import from_ms, to_ms
from leshua_gui.core.history.store import SqliteFile, unavailable
from leshua_gui.core.protocol.answer import AMOUNT_FIELDS, CHINA_TZ
from leshua_gui.core.protocol.validation import IdKind

log = logging.getLogger(__name__)
_T = TypeVar("_T")

#: A write kept out by another process's lock is tried this many times (each waiting up to the
#: busy timeout), then reported.
#: Rows read per step when streaming a job.
BATCH = 1000
#: Job ids: "B", the day the job was made, and four characters no one misreads (no 0/O, 1/I).
ID_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

#: What a row shows in the results: its order's verdict, or not asked yet, or not sent.
RowVerdict = Literal[Verdict, "pending", "invalid"]
ROW_VERDICTS: tuple[RowVerdict, ...] = (*VERDICTS, "pending", "invalid")

_OUTCOME_COLUMNS = ("verdict", "final", "status", "claimed_status", "pay_way", *AMOUNT_FIELDS,
                    "paid_at", "error_kind", "error_code", "error", "attempts", "queried_at",
                    "history_id")  # fmt: skip
_ROW_COLUMNS = ("pos", "row", "raw", "order_id", "id_kind", "expected_fen", "problem", "note",
                "duplicate_of")  # fmt: skip
# The SQL below names columns from the constants above; every value is a bound parameter.
_JOIN = " FROM job_rows r LEFT JOIN outcomes o ON o.job = r.job AND o.seq = r.seq"
#: A job's number in the file, from its printed id (a constant subquery, evaluated once).
_KEY = "(SELECT key FROM jobs WHERE id = ?)"
_SELECT_ROWS = (
    "SELECT "
    + ", ".join([*(f"r.{c}" for c in _ROW_COLUMNS), *(f"o.{c}" for c in _OUTCOME_COLUMNS)])
    + _JOIN
)
_COUNT_ROWS = "SELECT COUNT(*)" + _JOIN
#: The rows of a job (its id the first parameter), for more conditions, ORDER BY and LIMIT.
_ROWS_OF = _SELECT_ROWS + " WHERE r.job = " + _KEY
_PUT_SQL = (
    f"INSERT OR REPLACE INTO outcomes (job, seq, {', '.join(_OUTCOME_COLUMNS)}) "  # noqa: S608
    f"SELECT job, seq, {', '.join('?' * len(_OUTCOME_COLUMNS))} FROM job_orders "
    f"WHERE job = {_KEY} AND id_kind = ? AND order_id = ?"
)
_OUTCOME_SQL = (
    f"SELECT {', '.join('o.' + c for c in _OUTCOME_COLUMNS)} FROM job_orders k"  # noqa: S608
    " JOIN outcomes o ON o.job = k.job AND o.seq = k.seq"
    f" WHERE k.job = {_KEY} AND k.id_kind = ? AND k.order_id = ?"
)
_JOB_SQL = (
    "SELECT j.id, j.created_at, j.profile, j.merchant_id, j.environment, j.source_name,"
    " j.concurrency, j.qps, j.deadline_s, j.state, j.total_rows, j.unique_orders,"
    " (SELECT COUNT(*) FROM outcomes o WHERE o.job = j.key) FROM jobs j"
)
_VALUES_SQL = {
    "status": "SELECT DISTINCT status FROM outcomes"
    " WHERE job = (SELECT key FROM jobs WHERE id = ?)"
    " AND verdict = 'trusted' AND status IS NOT NULL ORDER BY status",
    "pay_way": "SELECT DISTINCT pay_way FROM outcomes"
    " WHERE job = (SELECT key FROM jobs WHERE id = ?)"
    " AND verdict = 'trusted' AND pay_way IS NOT NULL ORDER BY pay_way",
}
# Why a row needs a look, in SQL (JobRow.attention; a row not asked yet needs none).
_ATTENTION_SQL = (
    "(r.problem IS NOT NULL OR r.duplicate_of IS NOT NULL OR o.verdict != 'trusted'"
    " OR o.final = 0 OR (o.verdict = 'trusted' AND r.expected_fen IS NOT NULL"
    " AND (o.amount IS NULL OR o.amount != r.expected_fen)))"
)


class JobStoreUnavailable(LeshuaError):
    """The jobs file cannot be used now; nothing was set aside. `reason` as the history's
    (busy, full, readonly, cannot_open, io, damaged); batch_words.JOBS_FILE words it."""

    kind = "jobs"
    reason: HistoryReason

    def __init__(self, message: str, reason: HistoryReason) -> None:
        super().__init__(message, reason=reason)


class JobRunningElsewhere(LeshuaError):
    """Another program runs the job now (its lease has not lapsed): this one asks nothing.
    `lease` says who (batch_words.job_running_text words it)."""

    kind = "input"

    def __init__(self, lease: Lease) -> None:
        super().__init__(
            f"job {lease.job_id} is running in another program (pid {lease.pid} on "
            f"{lease.host}): wait for it or stop it",
            reason="job_running",
        )
        self.lease = lease


class LeaseLost(LeshuaError):
    """A run held up past its lease found the job taken by another program meanwhile, or
    (`lapsed`) could not renew its lease before it lapsed: it stops asking."""

    kind = "input"

    def __init__(self, job_id: str, *, lapsed: bool = False) -> None:
        said = (
            f"this program's hold on job {job_id} lapsed (it could not be renewed in time), so "
            "another program may run it now: this run stopped (what it asked is kept)"
            if lapsed
            else f"job {job_id} was taken over by another program while this one was held up: "
            "it stopped (what it asked is kept)"
        )
        super().__init__(said, reason="lease_lost")


@functools.cache
def _this_machine() -> str:
    """What tells this machine and its process space from any other (empty where it cannot be
    told: then only a lease's lapse frees a job): the boot's id and the pid namespace, so that
    a program in a container, a Flatpak or a cloned machine of the same host name is not taken
    for one of this machine's."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        space = os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        return ""
    return f"{boot}:{space}" if boot else ""


def _holder_gone(pid: int, host: str, machine: str) -> bool:
    """The holder was a program of this very machine and process space that has ended
    (killed, crashed): its lease need not lapse first. Anywhere else, or where the machine
    cannot be told (Windows, macOS), only the lapse tells."""
    if not _this_machine() or machine != _this_machine() or host != socket.gethostname():
        return False
    if pid == os.getpid() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)  # signal 0: only whether the process is there
    except ProcessLookupError:
        return True
    except OSError:  # there, but another user's
        return False
    return False


#: A lease's columns, as `_live_lease` reads them.
_LEASE_COLUMNS = "token, pid, host, until, machine"


def _live_lease(job_id: str, row: Sequence[Any] | None, now_ms: int) -> Lease | None:
    """The lease of a `_LEASE_COLUMNS` row if it holds the job now: not lapsed, and its holder
    not known to have ended (None for no row)."""
    if row is None or int(row[3]) <= now_ms or _holder_gone(int(row[1]), str(row[2]), str(row[4])):
        return None
    return Lease(job_id, str(row[0]), int(row[1]), str(row[2]), from_ms(int(row[3])))


def _until_ms(now_ms: int, lease_s: float) -> int:
    return now_ms + max(1, round(lease_s * 1000))


def _unavailable(exc: BaseException, path: Path) -> JobStoreUnavailable:
    reason = unavailable(exc, path).reason  # the history's reading of SQLite's error codes
    return JobStoreUnavailable(f"the batch jobs file {path} cannot be used now ({exc})", reason)


@dataclass(frozen=True)
class RowFilter:
    """Which rows of a job the results list. Empty fields do not filter."""

    #: rows that need a look (JobRow.attention): not sent, repeated, not verified, errors, not
    #: found, not final, amount differs; rows not asked yet do not
    needs_attention: bool = False
    #: the trade state code of a verified answer
    status: str | None = None
    #: the pay way of a verified answer
    pay_way: str | None = None
    verdict: RowVerdict | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The conditions on `r` (job_rows) and `o` (its outcome), each after an AND."""
        clauses: list[str] = []
        args: list[Any] = []
        if self.needs_attention:
            clauses.append(_ATTENTION_SQL)
        if self.status is not None:
            clauses.append("o.verdict = 'trusted' AND o.status = ?")
            args.append(self.status)
        if self.pay_way is not None:
            clauses.append("o.verdict = 'trusted' AND o.pay_way = ?")
            args.append(self.pay_way)
        if self.verdict == "invalid":
            clauses.append("r.problem IS NOT NULL")
        elif self.verdict == "pending":
            clauses.append("r.problem IS NULL AND o.verdict IS NULL")
        elif self.verdict is not None:
            if self.verdict not in VERDICTS:
                raise ValueError(f"no such verdict: {self.verdict!r}")
            clauses.append("o.verdict = ?")
            args.append(self.verdict)
        return "".join(f" AND {c}" for c in clauses), args

    @property
    def empty(self) -> bool:
        return self == RowFilter()


@dataclass(frozen=True)
class Tally:
    """How far a job is, cheap enough for a progress display refreshed on a timer."""

    unique: int
    completed: int
    by_verdict: dict[str, int]
    #: verified answers by trade state code
    by_state: dict[str, int]


def new_job_id(now: datetime | None = None) -> str:
    """A short, printable id: ``B20261201-K7QX`` (the local day the job was made)."""
    day = (now or datetime.now(UTC)).astimezone().strftime("%Y%m%d")
    return f"B{day}-" + "".join(secrets.choice(ID_ALPHABET) for _ in range(4))


class JobStore(SqliteFile):
    """Thread-safe: one connection, serialised by a lock. Several processes may use one file.

    Raises JobStoreUnavailable when the file cannot be used now (busy, full, read-only); only
    real damage (not a database, malformed, a failed check) sets a file aside."""

    what = "The batch jobs file"
    log_name = "batch jobs file"
    schema_version = SCHEMA_VERSION
    migrations = MIGRATIONS
    synchronous = "FULL"  # an outcome survives a power cut, not only a killed process

    def _unavailable(self, exc: BaseException) -> JobStoreUnavailable:
        return _unavailable(exc, self.path)

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """The versions, then the leases' table where it is missing (see jobschema.LEASES)."""
        super()._migrate(conn)
        conn.execute(LEASES)

    # -- writing ----------------------------------------------------------------------------

    def create(
        self,
        preview: Preview,
        *,
        profile: str,
        merchant_id: str,
        environment: str,
        source_name: str,
        settings: JobSettings,
    ) -> Job:
        """A new job (state "running") holding every row of the preview, in one transaction."""
        created = datetime.now(UTC)
        seqs = {key: seq for seq, key in enumerate(preview.unique)}
        first: dict[tuple[IdKind, str], int] = {}
        rows = []
        for pos, row in enumerate(preview.rows):
            key = row.key
            duplicate_of = None
            if key is not None:
                duplicate_of = first.setdefault(key, row.row)
                duplicate_of = None if duplicate_of == row.row else duplicate_of
            rows.append((pos, row.row, row.raw, row.id, row.kind, row.expected_fen, row.problem,
                         row.note, row.raw_amount, duplicate_of,
                         None if key is None else seqs[key]))  # fmt: skip
        orders = [(seq, kind, order_id) for (kind, order_id), seq in seqs.items()]

        def insert(conn: sqlite3.Connection) -> str:
            for _ in range(20):
                job_id = new_job_id(created)
                if conn.execute("SELECT 1 FROM jobs WHERE id = ?", [job_id]).fetchone() is None:
                    break
            else:  # pragma: no cover - a million ids a day
                raise RuntimeError("no free job id")
            key = conn.execute(
                "INSERT INTO jobs (id, created_at, profile, merchant_id, environment,"
                " source_name, source_kind, concurrency, qps, deadline_s, state, total_rows,"
                " unique_orders) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)",
                [job_id, to_ms(created), profile, merchant_id, environment, source_name,
                 preview.source, settings.concurrency, settings.qps, settings.deadline_s,
                 len(rows), len(orders)],
            ).lastrowid  # fmt: skip
            conn.executemany(
                "INSERT INTO job_orders (job, seq, id_kind, order_id) VALUES (?, ?, ?, ?)",
                ((key, *order) for order in orders),
            )
            conn.executemany(
                "INSERT INTO job_rows (job, pos, row, raw, order_id, id_kind, expected_fen,"
                " problem, note, raw_amount, duplicate_of, seq)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((key, *row) for row in rows),
            )
            return job_id

        job_id = self._write(insert)
        return Job(job_id, from_ms(to_ms(created)), profile,
                   merchant_id, environment, source_name, settings, "running", len(rows),
                   len(orders), 0)  # fmt: skip

    def put(self, job_id: str, outcome: Outcome) -> None:
        """Keep an order's outcome (replacing an earlier one), committed before returning.
        KeyError if the job has no such order."""
        self.put_many(job_id, [outcome])

    def put_many(self, job_id: str, outcomes: Sequence[Outcome]) -> None:
        """Several outcomes in one transaction: all kept, or none (KeyError for an order the
        job does not have)."""
        if not outcomes:
            return
        values = [[*_outcome_values(o), job_id, o.kind, o.id] for o in outcomes]

        def upsert(conn: sqlite3.Connection) -> None:
            if conn.executemany(_PUT_SQL, values).rowcount == len(values):
                return
            sql = (
                "SELECT id_kind, order_id FROM job_orders"
                " WHERE job = (SELECT key FROM jobs WHERE id = ?)"
            )
            known = {tuple(k) for k in conn.execute(sql, [job_id])}
            missing = next((o for o in outcomes if (o.kind, o.id) not in known), outcomes[0])
            raise KeyError(f"job {job_id} has no order {missing.kind} {missing.id!r}")

        self._write(upsert)

    def set_state(self, job_id: str, state: JobState) -> None:
        if state not in JOB_STATES:
            raise ValueError(f"no such job state: {state!r}")

        def update(conn: sqlite3.Connection) -> None:
            cursor = conn.execute("UPDATE jobs SET state = ? WHERE id = ?", [state, job_id])
            if cursor.rowcount != 1:
                raise KeyError(f"no job {job_id}")

        self._write(update)

    def set_settings(self, job_id: str, settings: JobSettings) -> None:
        """How the job asks from now on (a resumed run given another rate or concurrency)."""

        def update(conn: sqlite3.Connection) -> None:
            cursor = conn.execute(
                "UPDATE jobs SET concurrency = ?, qps = ?, deadline_s = ? WHERE id = ?",
                [settings.concurrency, settings.qps, settings.deadline_s, job_id],
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no job {job_id}")

        self._write(update)

    # -- leases: one program runs a job at a time --------------------------------------------

    def take_lease(self, job_id: str, lease_s: float) -> Lease:
        """Hold the job for `lease_s` seconds, in one transaction (so of two programs taking
        it at once, one gets it). Raises JobRunningElsewhere while another program's lease
        has not lapsed (unless that program ran on this machine and has ended), KeyError if
        there is no such job."""
        token, pid, host = secrets.token_hex(16), os.getpid(), socket.gethostname()

        def hold(conn: sqlite3.Connection) -> Lease:
            found = conn.execute("SELECT key FROM jobs WHERE id = ?", [job_id]).fetchone()
            if found is None:
                raise KeyError(f"no job {job_id}")
            key = found[0]
            now = to_ms(datetime.now(UTC))  # read under the write lock: no one moves meanwhile
            held = conn.execute(
                f"SELECT {_LEASE_COLUMNS} FROM job_leases WHERE job = ?",  # noqa: S608
                [key],
            ).fetchone()
            other = _live_lease(job_id, held, now)
            if other is not None:
                raise JobRunningElsewhere(other)
            until = _until_ms(now, lease_s)
            conn.execute(
                "INSERT INTO job_leases (job, token, pid, host, machine, taken_at, until)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job) DO UPDATE SET"
                " token = excluded.token, pid = excluded.pid, host = excluded.host,"
                " machine = excluded.machine, taken_at = excluded.taken_at,"
                " until = excluded.until",
                [key, token, pid, host, _this_machine(), now, until],
            )
            return Lease(job_id, token, pid, host, from_ms(until))

        return self._write(hold)

    def renew_lease(self, lease: Lease, lease_s: float) -> Lease:
        """Hold the job `lease_s` seconds more. LeaseLost if the lease lapsed and another
        program took the job meanwhile (holding it still, or done with it)."""

        def renew(conn: sqlite3.Connection) -> Lease:
            until = _until_ms(to_ms(datetime.now(UTC)), lease_s)
            cursor = conn.execute(
                f"UPDATE job_leases SET until = ? WHERE job = {_KEY} AND token = ?",  # noqa: S608
                [until, lease.job_id, lease.token],
            )
            if cursor.rowcount != 1:
                raise LeaseLost(lease.job_id)
            return Lease(lease.job_id, lease.token, lease.pid, lease.host, from_ms(until))

        return self._write(renew)

    def release_lease(self, lease: Lease) -> None:
        """Let the job go (only this lease: never another program's)."""
        self._write(
            lambda conn: conn.execute(
                f"DELETE FROM job_leases WHERE job = {_KEY} AND token = ?",  # noqa: S608
                [lease.job_id, lease.token],
            )
        )

    def lease(self, job_id: str) -> Lease | None:
        """The job's lease if one has not lapsed (and its holder, if on this machine, still
        runs): the job is running in some program now."""
        row = self._one(
            f"SELECT {_LEASE_COLUMNS} FROM job_leases WHERE job = {_KEY}",  # noqa: S608
            [job_id],
        )
        return _live_lease(job_id, row, to_ms(datetime.now(UTC)))

    def delete(self, job_id: str) -> bool:
        """Forget a job and everything it holds; False if there was none."""
        return bool(
            self._write(
                lambda conn: conn.execute("DELETE FROM jobs WHERE id = ?", [job_id]).rowcount
            )
        )

    # -- reading ----------------------------------------------------------------------------

    def job(self, job_id: str) -> Job | None:
        """The job of that id (any case, spaces around ignored), or None."""
        row = self._one(_JOB_SQL + " WHERE j.id = ?", [job_id.strip().upper()])
        return None if row is None else _job(row)

    def jobs(self, unfinished_only: bool = False) -> list[Job]:
        """Every job, newest first; or only those to offer for resumption: running (or killed
        while it was) or paused, with orders still to ask, and not running in another program
        now (resuming it would be refused)."""
        jobs = [
            _job(row) for row in self._all(_JOB_SQL + " ORDER BY j.created_at DESC, j.rowid DESC")
        ]
        if unfinished_only:
            now = to_ms(datetime.now(UTC))
            leases = self._all(
                f"SELECT j.id, {', '.join('l.' + c for c in _LEASE_COLUMNS.split(', '))}"  # noqa: S608
                " FROM job_leases l JOIN jobs j ON j.key = l.job"
            )
            held = {r[0] for r in leases if _live_lease(r[0], r[1:], now) is not None}
            offered = ("running", "paused")
            jobs = [j for j in jobs if j.state in offered and not j.finished and j.id not in held]
        return jobs

    def pending(self, job_id: str) -> list[tuple[IdKind, str]]:
        """The orders still to ask (no outcome yet), in the order the list named them."""
        rows = self._all(
            "SELECT k.id_kind, k.order_id FROM job_orders k"
            " WHERE k.job = (SELECT key FROM jobs WHERE id = ?) AND NOT EXISTS"
            " (SELECT 1 FROM outcomes o WHERE o.job = k.job AND o.seq = k.seq)"
            " ORDER BY k.seq",
            [job_id],
        )
        return [(cast(IdKind, kind), str(order_id)) for kind, order_id in rows]

    def outcome(self, job_id: str, kind: IdKind, order_id: str) -> Outcome | None:
        """The outcome kept for one order of a job, if any."""
        row = self._one(_OUTCOME_SQL, [job_id, kind, order_id])
        return None if row is None else _outcome(kind, order_id, row)

    def rows(
        self,
        job_id: str,
        *,
        offset: int = 0,
        limit: int | None = None,
        flt: RowFilter | None = None,
    ) -> list[JobRow]:
        """The rows of a job in list order, filtered in SQL, from `offset` (of the filtered
        rows), at most `limit` of them."""
        flt = flt or RowFilter()
        where, args = flt.where()
        most = -1 if limit is None else limit
        if flt.empty:  # rows are numbered 0, 1, 2 ...: the offset is a position, found by index
            sql = f"{_ROWS_OF} AND r.pos >= ? ORDER BY r.pos LIMIT ?"
            params: list[Any] = [job_id, offset, most]
        else:
            sql = f"{_ROWS_OF}{where} ORDER BY r.pos LIMIT ? OFFSET ?"
            params = [job_id, *args, most, offset]
        return [_job_row(row) for row in self._all(sql, params)]

    def count(self, job_id: str, flt: RowFilter | None = None) -> int:
        """How many rows of a job the filter lists."""
        flt = flt or RowFilter()
        if flt.empty:  # no need to look at the outcomes
            sql = "SELECT COUNT(*) FROM job_rows WHERE job = (SELECT key FROM jobs WHERE id = ?)"
            return int(self._one(sql, [job_id])[0])
        where, args = flt.where()
        return int(self._one(f"{_COUNT_ROWS} WHERE r.job = {_KEY}{where}", [job_id, *args])[0])

    def iter_rows(self, job_id: str, flt: RowFilter | None = None) -> Iterator[JobRow]:
        """Every row (that the filter lists), in list order, read BATCH rows at a time: for
        totals and exports of large jobs without holding them all."""
        where, args = (flt or RowFilter()).where()
        sql = f"{_ROWS_OF} AND r.pos > ?{where} ORDER BY r.pos LIMIT ?"
        after = -1
        while True:
            batch = self._all(sql, [job_id, after, *args, BATCH])
            for row in batch:
                yield _job_row(row)
            if len(batch) < BATCH:
                return
            after = int(batch[-1][0])

    def tally(self, job_id: str) -> Tally:
        """Orders asked so far, by verdict and by verified trade state."""
        unique = self._one("SELECT unique_orders FROM jobs WHERE id = ?", [job_id])
        groups = self._all(
            "SELECT verdict, status, COUNT(*) FROM outcomes"
            " WHERE job = (SELECT key FROM jobs WHERE id = ?) GROUP BY verdict, status",
            [job_id],
        )
        by_verdict: dict[str, int] = {}
        by_state: dict[str, int] = {}
        for verdict, status, n in groups:
            by_verdict[verdict] = by_verdict.get(verdict, 0) + n
            if verdict == "trusted":
                by_state[status or ""] = by_state.get(status or "", 0) + n
        total = 0 if unique is None else int(unique[0])
        return Tally(total, sum(by_verdict.values()), by_verdict, by_state)

    def values(self, job_id: str, column: Literal["status", "pay_way"]) -> list[str]:
        """The trade states or pay ways verified answers of a job gave (for the filters)."""
        rows = self._all(_VALUES_SQL[column], [job_id])
        return [str(value) for (value,) in rows]

    def integrity(self) -> str:
        return str(self._one("PRAGMA integrity_check")[0])


def _outcome_values(outcome: Outcome) -> list[Any]:
    """The stored columns of an outcome, in the order of _OUTCOME_COLUMNS."""
    unknown = set(outcome.amounts_fen) - set(AMOUNT_FIELDS)
    if unknown:
        raise ValueError(f"amounts a query answer does not have: {sorted(unknown)}")
    return [
        outcome.verdict, int(outcome.final), outcome.status, outcome.claimed_status,
        outcome.pay_way, *(outcome.amounts_fen.get(name) for name in AMOUNT_FIELDS),
        None if outcome.pay_time is None else to_ms(outcome.pay_time),
        outcome.error_kind, outcome.error_code, outcome.error, outcome.attempts,
        None if outcome.queried_at is None else to_ms(outcome.queried_at), outcome.history_id,
    ]  # fmt: skip


def _outcome(kind: IdKind, order_id: str, values: Sequence[Any]) -> Outcome:
    """An outcome read back (moments to the millisecond; the pay time in China time)."""
    (verdict, final, status, claimed_status, pay_way, *amounts, paid_at, error_kind, error_code,
     error, attempts, queried_at, history_id) = values  # fmt: skip
    return Outcome(
        kind=kind,
        id=order_id,
        verdict=verdict,
        final=bool(final),
        status=status,
        claimed_status=claimed_status,
        pay_way=pay_way,
        amounts_fen={n: v for n, v in zip(AMOUNT_FIELDS, amounts, strict=True) if v is not None},
        pay_time=None if paid_at is None else from_ms(paid_at).astimezone(CHINA_TZ),
        error_kind=error_kind,
        error_code=error_code,
        error=error,
        attempts=int(attempts),
        queried_at=None if queried_at is None else from_ms(queried_at),
        history_id=history_id,
    )


def _job_row(values: Sequence[Any]) -> JobRow:
    _pos, row, raw, order_id, kind, expected, problem, note, duplicate_of = values[:9]
    rest = values[9:]
    outcome = None if rest[0] is None else _outcome(kind, order_id, rest)
    return JobRow(
        row=int(row),
        raw=str(raw),
        id=str(order_id),
        kind=cast("IdKind | None", kind),
        expected_fen=expected,
        problem=cast("RowProblem | None", problem),
        note=cast("RowNote | None", note),
        duplicate_of=duplicate_of,
        outcome=outcome,
    )


def _job(values: Sequence[Any]) -> Job:
    (job_id, created, profile, merchant_id, environment, source_name, concurrency, qps,
     deadline_s, state, total_rows, unique, completed) = values  # fmt: skip
    return Job(
        id=str(job_id),
        created=from_ms(int(created)),
        profile=str(profile),
        merchant_id=str(merchant_id),
        environment=str(environment),
        source_name=str(source_name),
        settings=JobSettings(int(concurrency), float(qps), float(deadline_s)),
        state=cast(JobState, state),
        total_rows=int(total_rows),
        unique=int(unique),
        completed=int(completed),
    )


def row_verdict(row: JobRow) -> RowVerdict:
    """How a row stands: its order's verdict, not asked yet, or not sent."""
    if row.problem is not None:
        return "invalid"
    return "pending" if row.outcome is None else row.outcome.verdict
