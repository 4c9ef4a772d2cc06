"""A batch run over real HTTP against the sandbox on loopback, into a real job store file: every
order ends with one outcome, the trust rules are the single query's, a cancelled run is resumed
asking only what is left, busy answers slow the run and are asked again, the rate holds."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from leshua_gui.app.batch import RunEnd, run_batch
from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import (
    JobRunningElsewhere,
    JobStore,
    JobStoreUnavailable,
    LeaseLost,
)
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox import Sandbox
from leshua_gui.sandbox.batch_orders import (
    BATCH_NOT_FOUND_EXAMPLE,
    BATCH_PAID_EXAMPLE,
    BATCH_UNTRUSTED_EXAMPLE,
    amount_fen,
)

pytestmark = pytest.mark.integration


class Recorder:
    """LookupServices for a batch: each worker brings its client; records are kept here."""

    def __init__(self) -> None:
        self.records: list[tuple[str, str | None]] = []
        self._lock = threading.Lock()

    def transaction_key(self, profile: Profile) -> str:  # noqa: ARG002
        raise AssertionError("a batch lookup is given its client")

    def client_for(self, profile: Profile, key: str) -> GatewayClient:  # noqa: ARG002
        raise AssertionError("a batch lookup is given its client")

    def record(self, result: PollResult, queried_at: datetime, profile: Profile,  # noqa: ARG002
               order: OrderRef, *, lookup: str | None = None,  # noqa: ARG002
               refund: tuple[str, str] | None = None,  # noqa: ARG002
               job: str | None = None) -> None:  # fmt: skip
        with self._lock:
            self.records.append((order.value, job))


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def store(tmp_path: Path) -> Iterator[JobStore]:
    with JobStore(tmp_path / "jobs.sqlite3") as jobs:
        yield jobs


def ids(first: int, count: int) -> list[str]:
    return [f"DEMO-B-{n:05d}" for n in range(first, first + count)]


def make_job(store: JobStore, sb: Sandbox, lines: list[str], **settings: float):  # type: ignore[no-untyped-def]
    preview = preview_text("\n".join(lines))
    job = store.create(
        preview,
        profile="Shop",
        merchant_id=sb.merchant_id,
        environment="sandbox",
        source_name="",
        settings=JobSettings(**settings),  # type: ignore[arg-type]
    )
    profile = Profile("Shop", sb.merchant_id, "sandbox", key_storage="session")
    return job, profile


def clients(sb: Sandbox) -> object:
    return lambda: GatewayClient(sb.url, sb.merchant_id, sb.transaction_key)


def test_every_order_ends_with_one_outcome_and_one_record(
    sandbox: Sandbox, store: JobStore
) -> None:
    lines = [*ids(1, 60), BATCH_UNTRUSTED_EXAMPLE, BATCH_NOT_FOUND_EXAMPLE, BATCH_PAID_EXAMPLE]
    job, profile = make_job(store, sandbox, lines, concurrency=4, qps=0)
    services = Recorder()
    end = run_batch(services, store, job, profile, clients(sandbox))  # type: ignore[arg-type]
    assert end.finished
    assert end.left == 0
    assert store.pending(job.id) == []
    done = store.job(job.id)
    assert done is not None
    assert done.state == "done"
    assert done.completed == 62
    # the repeated paid order was asked once, and every lookup recorded with the job's id
    assert len(services.records) == 62
    assert {j for _, j in services.records} == {job.id}
    assert sandbox.state.services_seen().get("query_status") == 62
    rows = {row.id: row for row in store.rows(job.id)}
    untrusted = rows[BATCH_UNTRUSTED_EXAMPLE].outcome
    assert untrusted is not None
    assert untrusted.verdict == "untrusted"
    assert untrusted.status is None
    assert untrusted.amounts_fen == {}
    not_found = rows[BATCH_NOT_FOUND_EXAMPLE].outcome
    assert not_found is not None
    assert not_found.verdict == "not_found"
    paid = rows[BATCH_PAID_EXAMPLE].outcome
    assert paid is not None
    assert paid.trusted
    assert paid.status == "2"
    assert paid.amount_fen == amount_fen(1)


def test_cancelled_run_resumes_asking_only_what_is_left(sandbox: Sandbox, store: JobStore) -> None:
    job, profile = make_job(store, sandbox, ids(1, 120), concurrency=2, qps=40)
    cancel = threading.Event()
    seen: list[int] = []

    def on_outcome(_outcome: object, counts: object) -> None:
        seen.append(1)
        if len(seen) == 30:
            cancel.set()

    first = run_batch(Recorder(), store, job, profile, clients(sandbox),  # type: ignore[arg-type]
                      cancel=cancel, on_outcome=on_outcome)  # fmt: skip
    assert not first.finished
    assert first.cancelled
    left = store.pending(job.id)
    assert 0 < len(left) < 120
    asked_before = sandbox.state.services_seen()["query_status"]
    assert asked_before == 120 - len(left)  # nothing asked without its outcome written
    again = store.job(job.id)
    assert again is not None
    assert again.state == "cancelled"
    second = run_batch(Recorder(), store, again, profile, clients(sandbox))  # type: ignore[arg-type]
    assert second.finished
    assert sandbox.state.services_seen()["query_status"] == 120  # only the rest was asked
    assert second.counts.total == len(left)
    assert all(row.outcome is not None for row in store.rows(job.id))


def test_pause_holds_new_requests_until_resumed(sandbox: Sandbox, store: JobStore) -> None:
    job, profile = make_job(store, sandbox, ids(1, 40), concurrency=2, qps=50)
    running = threading.Event()
    running.set()
    paused_at: list[int] = []

    def on_outcome(_outcome: object, counts: object) -> None:
        if len(paused_at) == 0 and counts.done >= 10:  # type: ignore[attr-defined]
            running.clear()
            paused_at.append(counts.done)  # type: ignore[attr-defined]

    thread_end: list[RunEnd] = []
    worker = threading.Thread(
        target=lambda: thread_end.append(
            run_batch(
                Recorder(),
                store,
                job,
                profile,
                clients(sandbox),  # type: ignore[arg-type]
                running=running,
                on_outcome=on_outcome,
            )
        )
    )
    worker.start()
    try:
        for _ in range(100):
            if paused_at:
                break
            threading.Event().wait(0.05)
        threading.Event().wait(0.5)  # in flight when paused: at most one per worker
        asked = sandbox.state.services_seen()["query_status"]
        threading.Event().wait(0.6)
        assert sandbox.state.services_seen()["query_status"] == asked  # nothing new while paused
        assert asked <= paused_at[0] + 2
    finally:
        running.set()
        worker.join(30)
    assert thread_end
    assert thread_end[0].finished


def test_busy_answers_slow_the_run_and_are_asked_again(sandbox: Sandbox, store: JobStore) -> None:
    job, profile = make_job(store, sandbox, ids(1, 30), concurrency=3, qps=0)
    sandbox.state.busy(count=12, kind="http503")
    end = run_batch(Recorder(), store, job, profile, clients(sandbox))  # type: ignore[arg-type]
    assert end.finished
    assert sandbox.state.busy_answered == 12  # every busy answer was asked again
    assert end.counts.busy >= 1  # and the run slowed down for those the client passed on
    outcomes = [row.outcome for row in store.rows(job.id)]
    assert all(o is not None and o.trusted for o in outcomes)  # every one answered in the end


def test_gateway_that_stays_busy_ends_each_order_with_its_error(
    sandbox: Sandbox, store: JobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import leshua_gui.app.batch as batch

    monkeypatch.setattr(batch, "BUSY_BUDGET_S", 0.5)
    job, profile = make_job(store, sandbox, ids(1, 3), concurrency=1, qps=0)
    sandbox.state.busy(count=1000, kind="-4027")
    end = run_batch(Recorder(), store, job, profile, clients(sandbox))  # type: ignore[arg-type]
    assert end.finished  # a definite outcome for each: the error
    for row in store.rows(job.id):
        assert row.outcome is not None
        assert row.outcome.verdict == "error"
        assert row.outcome.error_code == "-4027"


def test_rate_limit_holds_across_workers(sandbox: Sandbox, store: JobStore) -> None:
    job, profile = make_job(store, sandbox, ids(1, 45), concurrency=6, qps=15)
    end = run_batch(Recorder(), store, job, profile, clients(sandbox))  # type: ignore[arg-type]
    assert end.finished
    assert sandbox.state.max_in_window(1.0) <= 15


# --- one program at a time: the lease on the job ----------------------------------------------


def test_a_run_holds_the_job_while_it_runs_and_lets_go_at_its_end(
    sandbox: Sandbox, store: JobStore, tmp_path: Path
) -> None:
    job, profile = make_job(store, sandbox, ids(1, 20), concurrency=2, qps=40)
    held: list[object] = []
    with JobStore(tmp_path / "jobs.sqlite3") as other:  # another program's view of the file

        def on_outcome(_outcome: object, _counts: object) -> None:
            held.append(other.lease(job.id))

        end = run_batch(Recorder(), store, job, profile, clients(sandbox),  # type: ignore[arg-type]
                        on_outcome=on_outcome, lease_s=0.6)  # fmt: skip
        assert end.finished
        assert len(held) == 20
        assert all(lease is not None for lease in held)  # renewed past 0.6 s: 20 at 40/s
        assert other.lease(job.id) is None  # let go at the end
        other.take_lease(job.id, 30)


def test_a_job_another_program_runs_is_refused_asking_nothing(
    sandbox: Sandbox, store: JobStore, tmp_path: Path
) -> None:
    job, profile = make_job(store, sandbox, ids(1, 10), concurrency=2, qps=0)
    with JobStore(tmp_path / "jobs.sqlite3") as other:
        theirs = other.take_lease(job.id, 30)
        store.set_state(job.id, "paused")
        with pytest.raises(JobRunningElsewhere) as refused:
            run_batch(Recorder(), store, job, profile, clients(sandbox),  # type: ignore[arg-type]
                      settings=JobSettings(8, 1.0, 0.0))  # fmt: skip
        assert refused.value.lease.token == theirs.token
        assert sandbox.state.requests_seen == 0
        again = store.job(job.id)
        assert again is not None
        assert again.state == "paused"  # the job as the other program left it
        assert again.settings == job.settings  # nor are its settings changed
        assert other.lease(job.id) == theirs  # and that program's lease is still its own


def test_a_cancelled_or_failed_run_lets_go_too(sandbox: Sandbox, store: JobStore) -> None:
    job, profile = make_job(store, sandbox, ids(1, 30), concurrency=1, qps=20)
    cancel = threading.Event()
    cancel.set()
    end = run_batch(Recorder(), store, job, profile, clients(sandbox), cancel=cancel)  # type: ignore[arg-type]
    assert not end.finished
    assert store.lease(job.id) is None

    def broken() -> GatewayClient:
        raise RuntimeError("no client")

    with pytest.raises(RuntimeError):
        run_batch(Recorder(), store, job, profile, broken)  # type: ignore[arg-type]
    assert store.lease(job.id) is None


def test_a_run_that_lost_its_lease_stops(sandbox: Sandbox, store: JobStore) -> None:
    """Held up past its lease, it finds another program has the job: it stops asking."""
    job, profile = make_job(store, sandbox, ids(1, 400), concurrency=2, qps=40)
    path = store.path
    taken: list[int] = []

    def on_outcome(_outcome: object, counts: object) -> None:
        if not taken and counts.done >= 5:  # type: ignore[attr-defined]
            with closing(sqlite3.connect(path, timeout=10)) as conn, conn:
                conn.execute("UPDATE job_leases SET token = 'theirs', host = 'till-2',"
                             " until = until + 600000")  # fmt: skip
            taken.append(sandbox.state.requests_seen)

    with pytest.raises(LeaseLost):
        run_batch(Recorder(), store, job, profile, clients(sandbox),  # type: ignore[arg-type]
                  on_outcome=on_outcome, lease_s=0.3)  # fmt: skip
    assert sandbox.state.requests_seen < 100  # stopped within a renewal, not at the end
    assert store.tally(job.id).completed == sandbox.state.requests_seen  # what it asked is kept
    with closing(sqlite3.connect(path, timeout=10)) as conn:
        assert conn.execute("SELECT token FROM job_leases").fetchall() == [("theirs",)]


def test_a_run_whose_lease_cannot_be_renewed_stops_before_it_lapses(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """Its renewals fail (a stalled or locked file): it asks nothing once its hold is no longer
    sure, stops when the lease lapses, and another program then runs the job without asking
    any order twice."""
    path = tmp_path / "jobs.sqlite3"
    with JobStore(path) as first, JobStore(path) as second:
        job, profile = make_job(first, sandbox, ids(1, 600), concurrency=2, qps=20)

        def stalled(_lease: object, _seconds: float) -> object:
            raise JobStoreUnavailable("the jobs file is locked", "busy")

        first.renew_lease = stalled  # type: ignore[method-assign]
        ran, other = Recorder(), Recorder()
        started = time.monotonic()
        with pytest.raises(LeaseLost, match="lapsed"):
            run_batch(ran, first, job, profile, clients(sandbox),  # type: ignore[arg-type]
                      lease_s=0.6)  # fmt: skip
        assert time.monotonic() - started < 5  # not the 30 s the list takes at 20 a second
        asked_first = {order for order, _job in ran.records}
        assert 0 < len(asked_first) < 600
        end = run_batch(other, second, second.job(job.id), profile,  # type: ignore[arg-type]
                        clients(sandbox), lease_s=0.6,
                        settings=JobSettings(4, 0.0, 0.0))  # fmt: skip
        assert end.finished
        asked_second = {order for order, _job in other.records}
        assert not asked_first & asked_second  # no order asked twice
        assert len(asked_first | asked_second) == 600


def test_settings_given_for_a_run_apply_and_are_kept(sandbox: Sandbox, store: JobStore) -> None:
    job, profile = make_job(store, sandbox, ids(1, 12), concurrency=1, qps=1)
    started = time.monotonic()
    end = run_batch(Recorder(), store, job, profile, clients(sandbox),  # type: ignore[arg-type]
                    settings=JobSettings(4, 0.0, 0.0))  # fmt: skip
    assert end.finished
    assert time.monotonic() - started < 5  # 12 at the stored 1 a second would take 11 s
    again = store.job(job.id)
    assert again is not None
    assert again.settings == JobSettings(4, 0.0, 0.0)
