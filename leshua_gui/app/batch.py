"""A batch job run: every order of the job without an outcome, asked on the one lookup path.

`run_batch` asks the job's pending orders with `concurrency` workers, each with its own HTTP
client (one connection per worker, kept alive), under one rate limit for the whole job. Every
lookup goes through `app.lookup.run_lookup`: the same signing, verification, trust rules and
history record (with the job id) as a single query. Each outcome is written to the job store as
it completes, so an interrupted run loses at most the lookups in flight, and a resumed run asks
only the orders still without one.

A gateway busy signal (HTTP 502/503/504, -4027, -20010) slows the whole job down and the order
is asked again, for up to `BUSY_BUDGET_S`; after that its outcome is the busy error, so every
order ends with a definite outcome. Outcomes are committed in groups by one committer thread:
a worker hands its outcome over and asks the next order at once, one disk write serves all the
workers, and a hard stop loses only the lookups in flight and the one group being written (a
resumed run asks those again). The counts and `on_outcome` follow what is on disk.

Pause (clear `running`) and cancel (`cancel`) take effect between lookups; a lookup in flight
at cancel keeps its answer (and is recorded): every order asked has its outcome.

One program runs a job at a time: the run holds a lease on the job in the jobs file
(`LEASE_S` ahead, renewed every third of it while the run lasts, paused or not, and let go at
its end however it ends). A second program's `run_batch` of the same job raises
JobRunningElsewhere before asking anything; a holder that dies (kill -9) lets the lease lapse,
and the job can be run again once it has (at once on the holder's own machine, where its end
is seen). A run held up past its lease that finds the job taken stops with LeaseLost."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from leshua_gui.app.lookup import LookupRequest, LookupServices, run_lookup
from leshua_gui.core.batch.jobstore import JobStoreUnavailable, LeaseLost
from leshua_gui.core.batch.outcome import Outcome, outcome_of
from leshua_gui.core.batch.ratelimit import JITTER_MARGIN, RateLimiter, is_busy
from leshua_gui.core.protocol.validation import OrderRef

if TYPE_CHECKING:
    from leshua_gui.core.batch.job import Job, JobSettings, Lease
    from leshua_gui.core.batch.jobstore import JobStore
    from leshua_gui.core.gateway.client import GatewayClient
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import IdKind

#: how long one order is asked again after busy answers (the whole job slowing down meanwhile)
#: before the busy answer is its outcome: a burst of busy answers costs time, not orders
BUSY_BUDGET_S = 180.0
#: how long a run's hold on its job lasts unless renewed (every third of it): a program that
#: dies without letting go keeps the job from others this long at most
LEASE_S = 30.0

log = logging.getLogger(__name__)


@dataclass
class BatchCounts:
    """What a run has found so far (the window and the command line show it on a timer)."""

    total: int
    done: int = 0
    started: float = field(default_factory=time.monotonic)
    by_verdict: Counter[str] = field(default_factory=Counter)
    by_state: Counter[str] = field(default_factory=Counter)
    busy: int = 0

    def add(self, outcome: Outcome) -> None:
        self.done += 1
        self.by_verdict[outcome.verdict] += 1
        if outcome.status is not None:
            self.by_state[outcome.status] += 1

    def snapshot(self) -> BatchCounts:
        return BatchCounts(self.total, self.done, self.started, Counter(self.by_verdict),
                           Counter(self.by_state), self.busy)  # fmt: skip

    @property
    def rate(self) -> float:
        """Orders per second since the run started."""
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        rate = self.rate
        return (self.total - self.done) / rate if rate > 0 and self.done else None


@dataclass(frozen=True)
class RunEnd:
    """How a run ended: asked everything (`finished`), or stopped with `left` orders to ask."""

    finished: bool
    cancelled: bool
    counts: BatchCounts
    left: int


class _Pending:
    """The orders to ask, handed out one at a time to the workers."""

    def __init__(self, keys: list[tuple[IdKind, str]]) -> None:
        self._keys: Iterator[tuple[IdKind, str]] = iter(keys)
        self._lock = threading.Lock()

    def next(self) -> tuple[IdKind, str] | None:
        with self._lock:
            return next(self._keys, None)


def run_batch(
    services: LookupServices,
    store: JobStore,
    job: Job,
    profile: Profile,
    new_client: Callable[[], GatewayClient],
    *,
    record: bool = True,
    cancel: threading.Event | None = None,
    running: threading.Event | None = None,
    on_outcome: Callable[[Outcome, BatchCounts], None] | None = None,
    limiter: RateLimiter | None = None,
    settings: JobSettings | None = None,
    lease_s: float = LEASE_S,
) -> RunEnd:
    """Ask every order of `job` that has no outcome yet; see the module's docstring.

    `new_client()` makes one worker's client (called once per worker, closed at its end).
    `running`, when given, pauses the run while it is clear. `on_outcome` is called on the
    committer thread with each outcome just written and the counts (keep it quick).
    `settings`, when given, are this run's concurrency and rate (kept as the job's from then
    on). Raises JobRunningElsewhere, asking nothing, while another program runs the job."""
    asked_at = time.monotonic()  # the lease is counted from before it was asked for
    lease = store.take_lease(job.id, lease_s)
    try:
        if settings is not None and settings != job.settings:
            store.set_settings(job.id, settings)
            job = replace(job, settings=settings)
        run = _Run(services, store, job, profile, record=record, cancel=cancel,
                   running=running, on_outcome=on_outcome, limiter=limiter)  # fmt: skip
        keeper = _LeaseKeeper(store, lease, lease_s, lost=run.lose_lease, held_at=asked_at)
        run.lease_held = keeper.wait_held
        keeper.start()
        try:
            return run.start(new_client)
        finally:
            keeper.stop()
    finally:
        try:
            store.release_lease(lease)
        except JobStoreUnavailable as exc:  # it lapses by itself
            log.warning("the lease on job %s was not let go: %s", job.id, exc)


class _LeaseKeeper:
    """Renews a run's lease every third of its length on a thread of its own; `lost` hears
    that another program took the job (this one's lease had lapsed: the run was held up), or
    that no renewal went through for a whole lease length (the file could not be written).

    `wait_held()` is what a worker asks before each order: it returns at once while the last
    take or renewal is recent, waits while a renewal is late, and says False once the lease
    has lapsed: then another program may run the job, and this one asks nothing more."""

    def __init__(self, store: JobStore, lease: Lease, lease_s: float,
                 lost: Callable[[LeaseLost], None], *, held_at: float) -> None:  # fmt: skip
        self._store, self._lease, self._lease_s, self._lost = store, lease, lease_s, lost
        self._stopped = threading.Event()
        self._held_at = held_at  # when the last take or renewal that went through was asked
        self._thread = threading.Thread(target=self._run, name="batch-lease", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()

    def _age(self) -> float:
        return time.monotonic() - self._held_at

    def wait_held(self, cancel: threading.Event) -> bool:
        """True while the lease is surely held (its last renewal well within its length)."""
        safe = self._lease_s * 5 / 6
        while self._age() >= safe:
            if self._age() >= self._lease_s or self._stopped.is_set():
                return False
            if cancel.wait(min(0.05, self._lease_s / 20)):
                return False
        return True

    def _run(self) -> None:
        while not self._stopped.wait(self._lease_s / 3):
            asked_at = time.monotonic()
            try:
                self._lease = self._store.renew_lease(self._lease, self._lease_s)
            except LeaseLost as exc:
                self._lost(exc)
                return
            except JobStoreUnavailable as exc:  # tried again at the next turn
                log.warning("the lease on job %s was not renewed: %s", self._lease.job_id, exc)
                if self._age() >= self._lease_s:  # lapsed: another program may take the job
                    self._lost(LeaseLost(self._lease.job_id, lapsed=True))
                    return
            else:
                self._held_at = asked_at  # counted from before the renewal was asked


class _Run:
    """One run of a job: the shared rate limit, the orders to hand out and the counts."""

    def __init__(
        self,
        services: LookupServices,
        store: JobStore,
        job: Job,
        profile: Profile,
        *,
        record: bool,
        cancel: threading.Event | None,
        running: threading.Event | None,
        on_outcome: Callable[[Outcome, BatchCounts], None] | None,
        limiter: RateLimiter | None,
    ) -> None:
        self.services, self.store, self.job, self.profile = services, store, job, profile
        self.record = record
        self.cancel = cancel if cancel is not None else threading.Event()
        self.running = running
        self.on_outcome = on_outcome
        self.limiter = limiter or RateLimiter(job.settings.qps, margin=JITTER_MARGIN)
        keys = store.pending(job.id)
        self.pending = _Pending(keys)
        self.counts = BatchCounts(total=len(keys))
        self._lock = threading.Lock()
        self.failures: list[BaseException] = []
        self.committer = _Committer(store, job.id, self._kept)
        #: whether the job's lease is held (run_batch sets its keeper's): asked before each order
        self.lease_held: Callable[[threading.Event], bool] = lambda _cancel: True

    def start(self, new_client: Callable[[], GatewayClient]) -> RunEnd:
        job, store = self.job, self.store
        store.set_state(job.id, "running")
        workers = max(1, min(job.settings.concurrency, self.counts.total or 1))
        threads = [
            threading.Thread(target=self._work, args=(new_client,), name=f"batch-{n}", daemon=True)
            for n in range(workers)
        ]
        self.committer.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.committer.stop()
        if self.committer.failure is not None:
            self.failures.append(self.committer.failure)
        if self.failures:
            if not isinstance(self.failures[0], LeaseLost):  # the job is another's now
                store.set_state(job.id, "cancelled")  # resumable: the outcomes written are kept
            raise self.failures[0]
        left = len(store.pending(job.id))
        store.set_state(job.id, "done" if left == 0 else "cancelled")
        return RunEnd(finished=left == 0, cancelled=left > 0, counts=self.counts, left=left)

    def _work(self, new_client: Callable[[], GatewayClient]) -> None:
        try:
            client = new_client()
        except BaseException as exc:
            self._fail(exc)
            return
        try:
            while self._go_on():
                key = self.pending.next()
                outcome = self._ask(client, *key) if key is not None else None
                if outcome is None:
                    return
                self._keep(outcome)
        except BaseException as exc:
            self._fail(exc)
        finally:
            client.close()

    def _go_on(self) -> bool:
        """Wait while paused; whether to ask another order."""
        while self.running is not None and not self.running.is_set():
            if self.cancel.is_set():
                return False
            self.running.wait(0.2)
        return not self.cancel.is_set()

    def _ask(self, client: GatewayClient, kind: IdKind, order_id: str) -> Outcome | None:
        request = LookupRequest(
            self.profile,
            OrderRef.of(**{kind: order_id}),
            deadline_s=self.job.settings.deadline_s,
            record=self.record,
            job=self.job.id,
            keep_late=True,  # an answer in flight at cancel is kept: it was asked
        )
        first_busy: float | None = None
        while self.limiter.acquire(self.cancel):
            if not self.lease_held(self.cancel):
                if not self.cancel.is_set():
                    self._fail(LeaseLost(self.job.id, lapsed=True))  # the job may be another's
                return None
            lookup = run_lookup(self.services, request, self.cancel, client=client)
            result = lookup.result
            if not result.attempts:
                return None  # cancelled before anything was sent
            if is_busy(result) and not self.cancel.is_set():
                first_busy = time.monotonic() if first_busy is None else first_busy
                self.limiter.busy()
                with self._lock:
                    self.counts.busy += 1
                if time.monotonic() - first_busy < BUSY_BUDGET_S:
                    continue
            else:
                self.limiter.ok()
            return outcome_of(result, kind, order_id, queried_at=lookup.queried_at)
        return None  # cancelled while waiting for the rate limit

    def _keep(self, outcome: Outcome) -> None:
        self.committer.put(outcome)  # written by the committer; this worker goes on

    def _kept(self, outcomes: list[Outcome]) -> None:
        """On the committer, once `outcomes` are on disk: the counts, then `on_outcome`."""
        for outcome in outcomes:
            with self._lock:
                self.counts.add(outcome)
                seen = self.counts.snapshot() if self.on_outcome is not None else self.counts
            if self.on_outcome is not None:
                self.on_outcome(outcome, seen)

    def lose_lease(self, exc: LeaseLost) -> None:
        """Another program runs the job now: stop asking (what is in flight is kept)."""
        self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        with self._lock:
            self.failures.append(exc)
        self.cancel.set()


class _Committer:
    """Writes the workers' outcomes in groups on its own thread. `put` returns at once unless
    `BACKLOG` outcomes wait already (then the worker waits for room: a slow disk slows the job
    rather than filling memory), or raises what stopped the writing. `kept(group)` is called
    after each group is committed. `stop` writes everything put before it."""

    #: outcomes waiting for the disk at most
    BACKLOG = 256

    def __init__(self, store: JobStore, job_id: str, kept: Callable[[list[Outcome]], None]):
        self._store, self._job_id, self._kept = store, job_id, kept
        self._queue: queue.Queue[Outcome | None] = queue.Queue(self.BACKLOG)
        self._thread = threading.Thread(target=self._run, name="batch-commit", daemon=True)
        self.failure: BaseException | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def put(self, outcome: Outcome) -> None:
        if self.failure is not None:
            raise self.failure
        self._queue.put(outcome)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            group = [item]
            stopping = False
            while True:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stopping = True
                    break
                group.append(more)
            if self.failure is None:
                try:
                    self._store.put_many(self._job_id, group)
                    self._kept(group)
                except BaseException as exc:  # raised to the next worker's put, and by run_batch
                    self.failure = exc
            if stopping:
                return
