"""A batch job as kept on disk: who it asks, how, and each input row with its outcome.

A job holds every row of the list as it was read (invalid ones with their problem, never sent),
the unique orders to query, and one `Outcome` per unique order once it has been asked. A row
that repeats an earlier order shares that order's outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from leshua_gui.core.batch.outcome import Outcome
from leshua_gui.core.batch.preview import RowNote, RowProblem
from leshua_gui.core.protocol.validation import IdKind

#: running: being asked (or interrupted while it was: a killed process leaves it so);
#: paused and cancelled by the user; done: every unique order has an outcome
JobState = Literal["running", "paused", "cancelled", "done"]
JOB_STATES: tuple[JobState, ...] = ("running", "paused", "cancelled", "done")

#: Why a row needs a look (the keys of batch_words.ATTENTION), in the order they are told: not
#: sent; repeats an earlier row; the answer did not verify; no usable answer; no such order at
#: the gateway; verified but not in a final state; verified with another amount than the books.
Attention = Literal[
    "invalid", "duplicate", "untrusted", "error", "not_found", "not_final", "amount_differs",
]  # fmt: skip
ATTENTIONS: tuple[Attention, ...] = get_args(Attention)

DEFAULT_CONCURRENCY = 4
DEFAULT_QPS = 10.0


@dataclass(frozen=True)
class JobSettings:
    """How a job asks. `qps` 0 is no rate limit; `deadline_s` 0 asks each order once (the
    batch default), more keeps asking a paying order up to that many seconds."""

    concurrency: int = DEFAULT_CONCURRENCY
    qps: float = DEFAULT_QPS
    deadline_s: float = 0.0


@dataclass(frozen=True)
class Lease:
    """A program's hold on a job while it runs it: no other program runs the job until `until`
    has passed (renewed while it runs, dropped at its end; a holder that dies lets it lapse).
    `token` tells the holder's own lease from another's; `pid` and `host` say who holds it."""

    job_id: str
    token: str
    pid: int
    host: str
    until: datetime


@dataclass(frozen=True)
class Job:
    id: str
    created: datetime
    #: the profile name as recorded in the history, its merchant and environment
    profile: str
    merchant_id: str
    environment: str
    #: the file name the list came from ("" for a pasted list)
    source_name: str
    settings: JobSettings
    state: JobState
    #: rows read, unique orders to ask, and how many of those have an outcome
    total_rows: int
    unique: int
    completed: int

    @property
    def finished(self) -> bool:
        return self.completed >= self.unique


@dataclass(frozen=True)
class JobRow:
    """One input row of a job, with its order's outcome (None: not asked yet, or invalid)."""

    row: int
    raw: str
    id: str
    kind: IdKind | None
    expected_fen: int | None
    problem: RowProblem | None
    note: RowNote | None
    #: the first row naming the same order, if this row repeats it
    duplicate_of: int | None
    outcome: Outcome | None

    @property
    def valid(self) -> bool:
        return self.problem is None

    @property
    def pending(self) -> bool:
        """Sent (or to be sent) and not answered yet."""
        return self.problem is None and self.outcome is None

    @property
    def amount_differs(self) -> bool:
        """A verified answer whose amount is not the expected one (or that gives none)."""
        outcome = self.outcome
        return (
            self.expected_fen is not None
            and outcome is not None
            and outcome.trusted
            and outcome.amount_fen != self.expected_fen
        )

    @property
    def attention(self) -> tuple[Attention, ...]:
        """Why the row needs a look; empty when it is fine or not answered yet."""
        found: list[Attention] = []
        if self.problem is not None:
            found.append("invalid")
        if self.duplicate_of is not None:
            found.append("duplicate")
        outcome = self.outcome
        if outcome is not None:
            if outcome.verdict != "trusted":
                found.append(outcome.verdict)
            elif not outcome.final:
                found.append("not_final")
            if self.amount_differs:
                found.append("amount_differs")
        return tuple(found)

    @property
    def difference_fen(self) -> int | None:
        """Gateway amount minus the expected one, when both are known and verified."""
        outcome = self.outcome
        if self.expected_fen is None or outcome is None or not outcome.trusted:
            return None
        amount = outcome.amount_fen
        return None if amount is None else amount - self.expected_fen
