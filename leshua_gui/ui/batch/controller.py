"""Runs one batch job at a time and says how it goes.

The job is created (or looked up, to resume it) and the key fetched on a worker, which then
runs the job in a process of its own (`app.batch_process`: the window's interpreter stays free
for the window) and passes on pause, resume and cancel. Its progress only updates the counts
under a lock; a timer on the GUI thread hands the window `progressed(JobProgress)` four times a second,
never a signal per row. Signals, all on the GUI thread: `started(Job)` once the job is in the
file, `progressed(JobProgress)`, `paused_changed(bool)`, then `finished(RunEnd)` (asked
everything, or stopped by Cancel with the job resumable) or `failed(str)` (in words). A job
another program is running (a `leshua-query batch --resume`, another window) is not started:
`failed` says which program runs it, and `started` is never emitted."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from leshua_gui.core.errors import LeshuaError
from leshua_gui.ui.tasks import Task, TaskContext, TaskRunner
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.batch import BatchCounts, RunEnd
    from leshua_gui.app.batch_process import RunTotals
    from leshua_gui.app.services import Services
    from leshua_gui.core.batch.job import Job, JobSettings, JobState
    from leshua_gui.core.batch.jobstore import JobStore, Tally
    from leshua_gui.core.batch.preview import Preview
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.text.labels import Lang
    from leshua_gui.ui.batch.jobs_file import JobsFile

log = logging.getLogger(__name__)

#: how often the window hears how the job goes
TICK_MS = 250
#: the rate (and so the time left) is measured over this last stretch of running
RATE_WINDOW_S = 10.0
#: how often the history panel is told of the job's new records while it runs (and at its end)
HISTORY_EVERY_S = 2.0


@dataclass(frozen=True)
class JobProgress:
    """How far the whole job is (rows answered before this run included)."""

    job_id: str
    #: unique orders of the job, and how many of them have an outcome
    total: int
    done: int
    #: orders per second lately (0 while paused or before the first answer)
    rate: float
    #: seconds left at that rate (None: not known yet, or paused)
    eta_s: float | None
    by_verdict: dict[str, int] = field(default_factory=dict)
    #: verified answers by trade state code
    by_state: dict[str, int] = field(default_factory=dict)
    #: busy answers the gateway gave in this run (each asked again)
    busy: int = 0
    paused: bool = False
    stopping: bool = False


class _Rate:
    """Orders per second over the last RATE_WINDOW_S of running (pauses left out)."""

    def __init__(self) -> None:
        self._samples: deque[tuple[float, int]] = deque()

    def reset(self) -> None:
        self._samples.clear()

    def add(self, done: int, now: float) -> float:
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > RATE_WINDOW_S:
            self._samples.popleft()
        first_at, first_done = self._samples[0]
        elapsed = now - first_at
        return (done - first_done) / elapsed if elapsed > 0.5 else 0.0


class BatchController(QObject):
    started = Signal(object)  # Job
    progressed = Signal(object)  # JobProgress
    paused_changed = Signal(bool)
    finished = Signal(object)  # RunEnd
    failed = Signal(str)
    #: the totals the job's process counted (RunTotals), passed on with the next tick
    totals_seen = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        store: JobsFile,
        parent: QObject | None = None,
        *,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._jobs = store
        self.lang: Lang = "en"
        self._task: Task[RunEnd] | None = None
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._lock = threading.Lock()
        self._base: Tally | None = None
        self._latest: BatchCounts | None = None
        self._run_totals: RunTotals | None = None
        self._told_totals: RunTotals | None = None
        self._leave_paused = False
        self._stopping = False
        self._rate = _Rate()
        #: the job being run (or last run)
        self.job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    # -- what it does -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """A run is under way (paused or not, or stopping)."""
        return self._task is not None

    @property
    def paused(self) -> bool:
        return self.running and not self._running.is_set()

    @property
    def stopping(self) -> bool:
        return self.running and self._stopping

    def start(
        self, preview: Preview, source_name: str, profile: Profile, settings: JobSettings
    ) -> None:
        """A new job of the preview's rows for `profile`, run at once (`started` says its id)."""
        from leshua_gui.app.services import recorded_name

        def create(store: JobStore) -> Job:
            return store.create(
                preview,
                profile=recorded_name(profile),
                merchant_id=profile.merchant_id,
                environment=profile.environment,
                source_name=source_name,
                settings=settings,
            )

        self._run(create, profile)

    def resume(self, job_id: str, profile: Profile) -> None:
        """Go on with a job: only its orders without an outcome are asked."""

        def existing(store: JobStore) -> Job:
            job = store.job(job_id)
            if job is None:
                raise _NoSuchJob(job_id)
            if job.merchant_id != profile.merchant_id:
                raise _OtherMerchant(job)
            return job

        self._run(existing, profile)

    def pause(self) -> None:
        """No new query is sent; the ones in flight finish and are kept."""
        if not self.running or self.paused or self._stopping:
            return
        self._running.clear()
        self._rate.reset()
        self._set_state("paused")
        self.paused_changed.emit(True)
        self._tick()

    def resume_running(self) -> None:
        if not self.paused or self._stopping:
            return
        self._running.set()
        self._rate.reset()
        self._set_state("running")
        self.paused_changed.emit(False)
        self._tick()

    def cancel(self) -> None:
        """Stop: the queries in flight finish and are kept; the job stays resumable."""
        if not self.running or self._stopping:
            return
        self._stopping = True
        self._cancel.set()
        self._running.set()  # a paused run wakes up to end
        self._tick()

    def stop_paused(self) -> None:
        """Stop and leave the job paused (offered for resumption at the next start)."""
        self._leave_paused = True
        self.cancel()

    def shutdown(self) -> None:
        """Stop the run (left paused, resumable); the window's runner then waits for it."""
        if self.running:
            self.stop_paused()
        self._timer.stop()

    # -- the run ----------------------------------------------------------------------------

    def _run(self, make_job: Callable[[JobStore], Job], profile: Profile) -> None:
        if self._task is not None:
            return
        cancel, running = threading.Event(), threading.Event()
        running.set()
        self._cancel, self._running = cancel, running
        self._leave_paused = False
        self._stopping = False
        self._rate.reset()
        self.job = None  # until this run's job is in the file
        with self._lock:
            self._base, self._latest = None, None
            self._run_totals = self._told_totals = None
        services, jobs = self._services, self._jobs

        told = [float("-inf")]

        def on_progress(counts: BatchCounts) -> None:
            with self._lock:  # on the thread reading the job's process: quick, no signal
                self._latest = counts
            now = time.monotonic()
            if services.on_history_written is not None and now - told[0] >= HISTORY_EVERY_S:
                told[0] = now
                services.on_history_written()  # the job's records reach the history panel too

        def on_totals(counted: RunTotals) -> None:
            with self._lock:
                self._run_totals = counted

        def work(ctx: TaskContext[Job]) -> RunEnd:
            from leshua_gui.app.batch_process import run_batch_in_child
            from leshua_gui.core.batch.jobstore import JobRunningElsewhere

            # the keyring is read here, not on the GUI thread; no key, no job
            key = services.transaction_key(profile)
            store = jobs.get()
            job = make_job(store)
            held = store.lease(job.id)
            if held is not None:  # the child would be refused: say so before starting
                raise JobRunningElsewhere(held)
            tally = store.tally(job.id)
            with self._lock:
                self._base = tally
            ctx.progress(job)
            url = services.ensure_sandbox() if profile.is_sandbox else profile.endpoint()
            ran = True
            try:
                end = run_batch_in_child(
                    job.id,
                    store.path,
                    profile,
                    url,
                    key,
                    cancel=cancel,
                    running=running,
                    on_progress=on_progress,
                    on_totals=on_totals,
                )
                with self._lock:
                    self._latest = end.counts
                if services.on_history_written is not None:
                    services.on_history_written()
                return end
            except JobRunningElsewhere:
                ran = False  # another program took it first: its state is that program's
                raise
            finally:
                if ran and self._leave_paused and store.pending(job.id):
                    store.set_state(job.id, "paused")

        self._task = self._runner.run(
            work, on_success=self._done, on_failure=self._failed, on_progress=self._started
        )

    def _started(self, job: Job) -> None:
        self.job = job
        self.started.emit(job)
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        job = self.job
        if job is None or self._task is None:
            return
        with self._lock:
            base, latest, counted = self._base, self._latest, self._run_totals
        if counted is not None and counted is not self._told_totals:
            self._told_totals = counted
            # half a tick after the progress: the two repaints never make one long stall
            QTimer.singleShot(
                max(1, self._timer.interval() // 2), self, lambda: self._tell_totals(counted)
            )
        by_verdict: Counter[str] = Counter(base.by_verdict if base else {})
        by_state: Counter[str] = Counter(base.by_state if base else {})
        done = base.completed if base else 0
        busy = 0
        if latest is not None:
            done += latest.done
            by_verdict.update(latest.by_verdict)
            by_state.update(latest.by_state)
            busy = latest.busy
        total = base.unique if base else job.unique
        paused = self.paused
        rate = 0.0 if paused else self._rate.add(done, time.monotonic())
        eta = (total - done) / rate if rate > 0 and not paused else None
        progress = JobProgress(
            job_id=job.id,
            total=total,
            done=done,
            rate=rate,
            eta_s=eta,
            by_verdict=dict(by_verdict),
            by_state=dict(by_state),
            busy=busy,
            paused=paused,
            stopping=self._stopping,
        )
        self.progressed.emit(progress)

    def _tell_totals(self, counted: RunTotals) -> None:
        if self._told_totals is counted and self._task is not None:
            self.totals_seen.emit(counted)

    def _set_state(self, state: JobState) -> None:
        job, jobs = self.job, self._jobs
        if job is None:
            return

        def write(_ctx: TaskContext[None]) -> None:
            store = jobs.opened
            if store is not None:
                store.set_state(job.id, state)

        self._runner.run(
            write, on_failure=lambda exc: log.warning("job state not written: %s", exc)
        )

    def _ended(self) -> None:
        self._stopping = False
        self._tick()  # the last counts, as the run left them
        self._timer.stop()
        self._task = None

    def _done(self, end: RunEnd) -> None:
        self._ended()
        self.finished.emit(end)

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.failed.emit(self.error_text(exc))

    def error_text(self, exc: BaseException) -> str:
        """Why a run could not go on, in the window's words."""
        from leshua_gui.core.batch.jobstore import JobRunningElsewhere, JobStoreUnavailable
        from leshua_gui.core.text import batch_words

        if isinstance(exc, JobStoreUnavailable):
            return batch_words.jobs_file_text(exc.reason, self.lang)
        if isinstance(exc, JobRunningElsewhere):
            held = exc.lease
            return batch_words.job_running_text(held.job_id, held.pid, held.host, self.lang)
        if isinstance(exc, _OtherMerchant):
            return fill(
                self.tr("Job %1 was asked for merchant %2: choose that merchant's profile."),
                exc.job.id,
                exc.job.merchant_id,
            )
        if isinstance(exc, _NoSuchJob):
            return fill(self.tr("There is no batch job %1 any more."), str(exc))
        if isinstance(exc, LeshuaError):
            if exc.reason == "key_missing":
                return self.tr(
                    "This profile has no transaction key: add it in File > Manage profiles…, "
                    "then resume the job."
                )
            return exc.message
        log.error("batch job failed unexpectedly", exc_info=exc)
        return fill(self.tr("The job stopped: %1. What was answered is kept."), type(exc).__name__)


class _NoSuchJob(Exception):
    """The job asked for is not in the file (deleted by the command line, or another file)."""


class _OtherMerchant(Exception):
    def __init__(self, job: Job) -> None:
        super().__init__(job.id)
        self.job = job
