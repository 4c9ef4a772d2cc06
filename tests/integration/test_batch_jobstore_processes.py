"""One jobs file shared by real processes: several `leshua-query batch` runs and the window write
at once, and a run killed with SIGKILL mid-way leaves every outcome it reported written, exactly
one per order, and exactly the rest still to ask; a resumed run asks only those.

Real processes and a real SQLite file; each writer is a Python process using JobStore as the
command line does."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import leshua_gui
from leshua_gui.core.batch.job import Job, JobSettings
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.preview import preview_text

ROOT = Path(leshua_gui.__file__).resolve().parents[1]

#: A writer: `jobs.sqlite3 JOB MARK FIRST LAST [STEP]` puts an outcome for orders FIRST..LAST
#: (every STEP-th) of JOB, marked with MARK (as its history id), printing each once written.
#: JOB "new" makes its own job of those orders first (another run's list), then fills it.
WRITER = r"""
import sys
from datetime import UTC, datetime
from pathlib import Path

from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.outcome import Outcome
from leshua_gui.core.batch.preview import preview_text

path, job_id, mark, first, last = sys.argv[1:6]
step = int(sys.argv[6]) if len(sys.argv) > 6 else 1
numbers = range(int(first), int(last) + 1, step)
with JobStore(Path(path)) as store:
    if job_id == "new":
        text = "\n".join(["订单号", *(f"P-{i:05d}" for i in numbers)])
        job_id = store.create(preview_text(text), profile="cli", merchant_id="0000000018",
                              environment="sandbox", source_name="-",
                              settings=JobSettings()).id
        print("JOB", job_id, flush=True)
    for i in numbers:
        order = f"P-{i:05d}"
        store.put(job_id, Outcome("third_order_id", order, "trusted", True, "2", pay_way="WXZF",
                                  amounts_fen={"amount": 100 + i}, attempts=1,
                                  queried_at=datetime.now(UTC), history_id=int(mark)))
        print("PUT", order, flush=True)
    if not store.pending(job_id):
        store.set_state(job_id, "done")
print("END", flush=True)
"""


def _orders(n: int) -> list[str]:
    return [f"P-{i:05d}" for i in range(n)]


def _job(store: JobStore, n: int) -> Job:
    text = "\n".join(["订单号", *_orders(n)])
    return store.create(preview_text(text), profile="window", merchant_id="0000000018",
                        environment="sandbox", source_name="books.xlsx",
                        settings=JobSettings())  # fmt: skip


def _start(db: Path, job_id: str, mark: int, first: int, last: int, step: int = 1,
           ) -> subprocess.Popen[str]:  # fmt: skip
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), job_id, str(mark), str(first), str(last),
         str(step)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _finish(proc: subprocess.Popen[str]) -> list[str]:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Traceback" not in err, err
    return out.splitlines()


def _per_order(db: Path, job_id: str) -> dict[str, list[int]]:
    """Every outcome row of the job, read straight from the file: order -> marks."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT k.order_id, o.history_id FROM outcomes o JOIN job_orders k"
            " ON k.job = o.job AND k.seq = o.seq JOIN jobs j ON j.key = o.job WHERE j.id = ?",
            [job_id],
        ).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    found: dict[str, list[int]] = {}
    for order, mark in rows:
        found.setdefault(order, []).append(mark)
    return found


def _set_aside(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".corrupt-" in p.name or ".newer-" in p.name]


def test_several_runs_and_the_window_write_one_file_at_once(tmp_path: Path) -> None:
    """Three runs fill one job, two overlapping on the same orders; two other runs make and fill
    their own jobs; the window reads all the while: each order of each job ends with exactly one
    outcome, and nothing is set aside."""
    db = tmp_path / "jobs.sqlite3"
    n = 300
    with JobStore(db) as window:
        shared = _job(window, n)
        procs = [
            _start(db, shared.id, 1, 0, n - 1, 2),  # the even orders
            _start(db, shared.id, 2, 1, n - 1, 2),  # the odd orders
            _start(db, shared.id, 3, 0, n - 1, 3),  # every third: overlaps both
            _start(db, "new", 4, 0, 199),
            _start(db, "new", 5, 0, 199),
        ]
        reads = 0
        while any(p.poll() is None for p in procs):  # the window's table refreshing
            window.count(shared.id)
            window.rows(shared.id, offset=100, limit=50)
            window.jobs()
            reads += 1
            time.sleep(0.01)
        outputs = [_finish(p) for p in procs]
        assert reads > 0
        assert window.pending(shared.id) == []
        done = window.job(shared.id)
        assert done is not None
        assert done.completed == n
        own = [line.split()[1] for out in outputs[3:] for line in out if line.startswith("JOB")]
        assert len(own) == 2
        for job_id in own:
            job = window.job(job_id)
            assert job is not None
            assert (job.state, job.unique, job.completed) == ("done", 200, 200)
        assert len(window.jobs()) == 3

    per_order = _per_order(db, shared.id)
    assert set(per_order) == set(_orders(n))
    assert all(len(marks) == 1 for marks in per_order.values())  # exactly one per order
    for i, order in enumerate(_orders(n)):  # the later of two writers replaced the earlier
        assert per_order[order][0] in ({1, 3} if i % 2 == 0 else {2, 3})
    assert _set_aside(tmp_path) == []


@pytest.mark.parametrize("after", [1, 57, 240])
def test_a_run_killed_mid_way_loses_nothing_it_wrote_and_resumes_with_the_rest(
    tmp_path: Path, after: int
) -> None:
    db = tmp_path / "jobs.sqlite3"
    n = 2000
    with JobStore(db) as store:
        job = _job(store, n)
    proc = _start(db, job.id, 1, 0, n - 1)
    assert proc.stdout is not None
    written: list[str] = []
    for line in proc.stdout:
        if line.startswith("PUT"):
            written.append(line.split()[1])
            if len(written) == after:
                proc.send_signal(signal.SIGKILL)  # somewhere in the next put
                break
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    per_order = _per_order(db, job.id)
    assert set(written) <= set(per_order)  # everything reported written is there
    # the run writes in list order: what it committed is the list's beginning, without a gap
    # or a half-written outcome, however far past its last report it was killed
    kept = len(per_order)
    assert set(per_order) == set(_orders(n)[:kept])
    assert kept < n, "the run finished before it was killed"
    assert all(marks == [1] for marks in per_order.values())
    with JobStore(db) as store:
        left = store.pending(job.id)
        assert left == [("third_order_id", o) for o in _orders(n) if o not in per_order]
        killed = store.job(job.id)
        assert killed is not None
        assert killed.state == "running"  # offered for resumption
        assert [j.id for j in store.jobs(unfinished_only=True)] == [job.id]
        assert store.report.set_aside is None

    # resumed: only the orders without an outcome are asked
    resumed = subprocess.run(
        [sys.executable, "-c", RESUME, str(db), job.id], cwd=ROOT, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    asked = [line.split()[1] for line in resumed.stdout.splitlines() if line.startswith("PUT")]
    assert asked == [o for _, o in left]
    after_resume = _per_order(db, job.id)
    assert set(after_resume) == set(_orders(n))
    assert all(len(marks) == 1 for marks in after_resume.values())
    assert all(after_resume[o] == [1] for o in per_order)  # the first run's answers kept
    with JobStore(db) as store:
        finished = store.job(job.id)
        assert finished is not None
        assert (finished.state, finished.completed) == ("done", n)
        assert store.jobs(unfinished_only=True) == []


#: A resumed run: asks only what `pending` lists, marked 2, then marks the job done.
RESUME = r"""
import sys
from pathlib import Path

from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.outcome import Outcome

path, job_id = sys.argv[1:3]
with JobStore(Path(path)) as store:
    for kind, order in store.pending(job_id):
        store.put(job_id, Outcome(kind, order, "trusted", True, "2", amounts_fen={"amount": 1},
                                  attempts=1, history_id=2))
        print("PUT", order, flush=True)
    store.set_state(job_id, "done")
"""
