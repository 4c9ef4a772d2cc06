"""A batch job in a process of its own, as the window runs it: real child processes, real HTTP
to the sandbox, the real jobs file and history; the key only ever on the child's stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from leshua_gui.app.batch_process import BatchProcessError, run_batch_in_child, worker_command
from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.history.store import HistoryFilter, HistoryStore
from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.store import Profile
from leshua_gui.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        sb.state.batch_slow_seconds = 0.0
        yield sb


def make_job(sandbox: Sandbox, count: int, *, qps: float = 0.0) -> tuple[JobStore, str, Profile]:
    store = JobStore(app_paths().ensure().data / "jobs.sqlite3")
    lines = "\n".join(f"DEMO-B-{n:05d}" for n in range(1, count + 1))
    profile = Profile("Shop", sandbox.merchant_id, "sandbox")
    job = store.create(preview_text(lines), profile="Shop", merchant_id=sandbox.merchant_id,
                       environment="sandbox", source_name="",
                       settings=JobSettings(2, qps, 0.0))  # fmt: skip
    return store, job.id, profile


def events() -> tuple[threading.Event, threading.Event]:
    running = threading.Event()
    running.set()
    return threading.Event(), running


def history_count(job_id: str) -> int:
    history = HistoryStore(app_paths().history_db)
    try:
        return history.count(HistoryFilter(job=job_id))
    finally:
        history.close()


def test_the_child_asks_every_order_and_records_each_in_the_history(sandbox: Sandbox) -> None:
    store, job_id, profile = make_job(sandbox, 60)
    cancel, running = events()
    seen: list[int] = []
    end = run_batch_in_child(job_id, store.path, profile, sandbox.url, sandbox.transaction_key,
                             cancel=cancel, running=running,
                             on_progress=lambda counts: seen.append(counts.done))  # fmt: skip
    assert end.finished
    assert end.counts.done == 60
    assert seen == sorted(seen)  # progress only goes forward
    assert store.tally(job_id).completed == 60
    assert store.job(job_id).state == "done"  # type: ignore[union-attr]
    assert sandbox.state.services_seen()["query_status"] == 60
    assert history_count(job_id) == 60
    store.close()


def test_pause_holds_the_child_and_cancel_leaves_the_job_resumable(sandbox: Sandbox) -> None:
    store, job_id, profile = make_job(sandbox, 400, qps=40)
    cancel, running = events()
    paused_at: list[int] = []

    def on_progress(counts: object) -> None:
        done = counts.done  # type: ignore[attr-defined]
        if not paused_at and done >= 10:
            running.clear()
            paused_at.append(sandbox.state.requests_seen)
            threading.Timer(1.0, cancel.set).start()

    end = run_batch_in_child(job_id, store.path, profile, sandbox.url, sandbox.transaction_key,
                             cancel=cancel, running=running, on_progress=on_progress)  # fmt: skip
    assert not end.finished
    assert 0 < end.left < 400
    assert sandbox.state.requests_seen <= paused_at[0] + 4  # only what was in flight went on
    asked = sandbox.state.requests_seen
    assert store.tally(job_id).completed == asked  # every answer kept
    assert len(store.pending(job_id)) == end.left
    assert history_count(job_id) == asked
    store.close()


def test_a_child_whose_window_is_gone_stops_and_keeps_what_it_asked(sandbox: Sandbox) -> None:
    """The end of its input is a cancel: it finishes what is in flight, keeps it, and ends."""
    store, job_id, profile = make_job(sandbox, 2000, qps=50)
    child = subprocess.Popen(worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdin is not None
    assert child.stdout is not None
    start = {"job": job_id, "jobs": str(store.path), "url": sandbox.url,
             "key": sandbox.transaction_key, "record": True,
             "profile": {"name": profile.name, "merchant_id": profile.merchant_id,
                         "gateway": profile.gateway, "id": profile.id}}  # fmt: skip
    child.stdin.write(json.dumps(start) + "\n")
    child.stdin.flush()
    for line in child.stdout:  # once it is under way
        if json.loads(line).get("progress", {}).get("done", 0) >= 5:
            break
    child.stdin.close()  # the window is gone
    last = [json.loads(line) for line in child.stdout]
    child.stdout.close()
    assert child.wait(30) == 0
    assert child.stderr is not None
    child.stderr.close()
    end = next(message["end"] for message in last if "end" in message)
    assert not end["finished"]
    asked = sandbox.state.requests_seen
    assert 0 < asked < 2000
    assert store.tally(job_id).completed == asked
    assert store.job(job_id).state == "cancelled"  # type: ignore[union-attr]
    assert history_count(job_id) == asked
    store.close()


def test_the_key_reaches_the_child_on_its_stdin_only(tmp_path: Path, sandbox: Sandbox) -> None:
    store, job_id, profile = make_job(sandbox, 1)
    spy = tmp_path / "spy.py"
    seen = tmp_path / "seen.json"
    spy.write_text(
        "import json, os, sys\n"
        f"first = sys.stdin.readline()\n"
        f"json.dump({{'argv': sys.argv, 'env': dict(os.environ), 'stdin': first}}, "
        f"open({str(seen)!r}, 'w'))\n"
    )
    cancel, running = events()
    with pytest.raises(BatchProcessError, match="ended unexpectedly"):
        run_batch_in_child(job_id, store.path, profile, sandbox.url, sandbox.transaction_key,
                           cancel=cancel, running=running,
                           command=[sys.executable, str(spy)])  # fmt: skip
    got = json.loads(seen.read_text())
    key = sandbox.transaction_key
    assert key in got["stdin"]
    assert not any(key in arg for arg in got["argv"])
    assert not any(key in value for value in got["env"].values())
    assert key not in os.environ.get("LESHUA_GUI_HOME", "")
    store.close()


def test_a_jobs_file_problem_in_the_child_is_said_as_the_window_words_it(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    from leshua_gui.core.batch.jobstore import JobStoreUnavailable

    store, job_id, profile = make_job(sandbox, 1)
    cancel, running = events()
    not_a_file = tmp_path / "a-folder"
    not_a_file.mkdir()
    with pytest.raises(JobStoreUnavailable):
        run_batch_in_child(job_id, not_a_file, profile, sandbox.url, sandbox.transaction_key,
                           cancel=cancel, running=running)  # fmt: skip
    store.close()


def test_the_worker_command_starts_and_answers() -> None:
    child = subprocess.run(worker_command(), input='{"probe": true}\n', capture_output=True,
                           text=True, timeout=60, check=False)  # fmt: skip
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout) == {"ready": True}


def test_the_child_counts_the_totals_of_the_running_job_as_the_window_would(
    sandbox: Sandbox,
) -> None:
    from leshua_gui.core.batch.totals import totals, totals_data, totals_from

    store, job_id, profile = make_job(sandbox, 300, qps=150)
    cancel, running = events()
    seen: list[object] = []
    end = run_batch_in_child(job_id, store.path, profile, sandbox.url, sandbox.transaction_key,
                             cancel=cancel, running=running, on_totals=seen.append)  # fmt: skip
    assert end.finished
    assert len(seen) >= 2  # about every second while it ran
    counted = [run.totals for run in seen]  # type: ignore[attr-defined]
    assert [t.completed for t in counted] == sorted(t.completed for t in counted)
    assert all(t.orders == 300 for t in counted)
    final = totals(store.iter_rows(job_id))
    assert totals_from(totals_data(final)) == final  # what crosses the pipe is read back equal
    last = seen[-1]
    assert last.states  # type: ignore[attr-defined]
    assert set(last.states) <= set(store.values(job_id, "status"))  # type: ignore[attr-defined]
    assert final.trusted.count >= counted[-1].trusted.count
    store.close()
