"""One program runs a batch job at a time, with real processes against the sandbox on loopback:
a second `leshua-query batch --resume` of a job another run holds is refused (exit 2, naming the
holder's pid and host) and asks nothing, so no order is asked twice; a resume given --qps or
--concurrency runs (and keeps) them; a window's job process killed with SIGKILL leaves a lease
that lapses by itself, after which the job is resumed from the command line."""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
import time
from contextlib import closing

import pytest

from leshua_gui.app.batch_process import worker_command
from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.sandbox import Sandbox
from tests.integration.test_cli_batch import (
    asked,
    batch,
    demo_id,
    jobs_file,
    paid_numbers,
    read_job_id,
    start_batch,
    wait_for_outcomes,
)
from tests.support.cli_runner import finish

pytestmark = pytest.mark.integration


def refusal_of(job: str, pid: int) -> str:
    return (
        f"job {job} is running in another program (pid {pid} on {socket.gethostname()}): "
        "wait for it or stop it"
    )


def test_a_second_resume_of_a_running_job_is_refused_and_no_order_is_asked_twice(
    sandbox: Sandbox,
) -> None:
    numbers = paid_numbers(150)
    with JobStore(jobs_file()) as store:
        job = store.create(
            preview_text("\n".join(demo_id(n) for n in numbers)),
            profile="", merchant_id=sandbox.merchant_id, environment=sandbox.url,
            source_name="", settings=JobSettings(2, 10.0, 0.0),
        ).id  # fmt: skip
    first = start_batch(sandbox, "--resume", job, "--lang", "en")
    try:
        assert read_job_id(first) == job
        wait_for_outcomes(first, job, 10)

        second = batch(sandbox, "--resume", job, "--lang", "en")
        as_json = batch(sandbox, "--resume", job, "--json", "--lang", "en")

        assert second.code == 2, second.stderr
        assert refusal_of(job, first.pid) in second.stderr
        assert as_json.code == 2
        assert as_json.json()["error"]["reason"] == "job_running"
        assert first.poll() is None  # the first run goes on, untouched
        first.send_signal(signal.SIGINT)  # stopped part way: resumable
        stopped = finish(first, key=sandbox.transaction_key, timeout=20)
    finally:
        if first.poll() is None:
            first.kill()
    assert stopped.code == 5, stopped.stderr
    with JobStore(jobs_file()) as store:
        assert store.lease(job) is None  # let go when it stopped
        done_before = store.tally(job).completed
    assert 10 <= done_before < 100
    assert asked(sandbox) == done_before  # the refused runs asked nothing

    # a resume given --qps and --concurrency runs at them, and the job keeps them
    began = time.monotonic()
    resumed = batch(sandbox, "--resume", job, "--qps", "0", "--concurrency", "8", "--json")
    assert resumed.code == 0, resumed.stderr
    assert resumed.json()["completed"] == 150
    assert time.monotonic() - began < (150 - done_before) / 10 / 2  # not at the stored 10/s
    assert sandbox.state.max_in_window(1.0) > 10
    assert asked(sandbox) == 150  # every order asked once, whatever ran it
    with JobStore(jobs_file()) as store:
        kept = store.job(job)
        assert kept is not None
        assert kept.settings == JobSettings(8, 0.0, 0.0)


def test_a_resume_without_qps_keeps_the_jobs_own(sandbox: Sandbox) -> None:
    numbers = paid_numbers(12)
    with JobStore(jobs_file()) as store:
        job = store.create(
            preview_text("\n".join(demo_id(n) for n in numbers)),
            profile="", merchant_id=sandbox.merchant_id, environment=sandbox.url,
            source_name="", settings=JobSettings(1, 4.0, 0.0),
        ).id  # fmt: skip
    resumed = batch(sandbox, "--resume", job, "--json")
    assert resumed.code == 0, resumed.stderr
    assert sandbox.state.max_in_window(1.0) <= 4  # the job's 4 a second, not the default 10
    with JobStore(jobs_file()) as store:
        kept = store.job(job)
        assert kept is not None
        assert kept.settings == JobSettings(1, 4.0, 0.0)


def start_child(sandbox: Sandbox, job: str, lease_s: float) -> subprocess.Popen[str]:
    """The window's job process (`leshua-query batch-worker`) running `job`, once under way."""
    child = subprocess.Popen(worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert child.stdin is not None
    assert child.stdout is not None
    start = {"job": job, "jobs": str(jobs_file()), "url": sandbox.url,
             "key": sandbox.transaction_key, "record": False, "lease_s": lease_s,
             "profile": {"name": "Shop", "merchant_id": sandbox.merchant_id,
                         "gateway": "sandbox", "id": "p1"}}  # fmt: skip
    child.stdin.write(json.dumps(start) + "\n")
    child.stdin.flush()
    for line in child.stdout:
        if json.loads(line).get("progress", {}).get("done", 0) >= 5:
            return child
    child.kill()
    raise AssertionError("the job process did not get under way")


def paid_job(sandbox: Sandbox, count: int) -> str:
    with JobStore(jobs_file()) as store:
        return store.create(
            preview_text("\n".join(demo_id(n) for n in paid_numbers(count))),
            profile="Shop", merchant_id=sandbox.merchant_id, environment="sandbox",
            source_name="", settings=JobSettings(2, 40.0, 0.0),
        ).id  # fmt: skip


def end_child(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait(10)
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            stream.close()


def resumed_to_the_end(sandbox: Sandbox, job: str, asked_before: int) -> None:
    with JobStore(jobs_file()) as store:
        written = store.tally(job).completed
    resumed = batch(sandbox, "--resume", job, "--qps", "0", "--json", "--lang", "en")
    assert resumed.code == 0, resumed.stderr
    assert resumed.json()["completed"] == 300
    # only the orders without an outcome were asked again (at most one in flight per worker
    # was answered to the stopped process and not written)
    assert asked(sandbox) - asked_before == 300 - written
    assert asked(sandbox) <= 300 + 2
    with closing(JobStore(jobs_file())) as store:
        assert store.lease(job) is None
        assert store.pending(job) == []


def test_a_killed_holder_on_this_machine_leaves_the_job_free_at_once(sandbox: Sandbox) -> None:
    """The window's job process killed with SIGKILL never lets go; its end is seen here."""
    sandbox.state.batch_slow_seconds = 0.0
    job = paid_job(sandbox, 300)
    child = start_child(sandbox, job, 30.0)
    try:
        child.send_signal(signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        end_child(child)
    time.sleep(0.3)  # requests on their way are counted as they arrive
    with closing(sqlite3.connect(jobs_file())) as conn:  # its lease is still there, not lapsed
        assert conn.execute("SELECT pid FROM job_leases").fetchall() == [(child.pid,)]
    resumed_to_the_end(sandbox, job, asked(sandbox))


def test_a_held_up_holders_lease_lapses_by_itself_and_the_job_is_resumed(
    sandbox: Sandbox,
) -> None:
    """A program that stops renewing (frozen with SIGSTOP, as a hung one or a sleeping laptop)
    holds the job until its lease lapses, then no more."""
    sandbox.state.batch_slow_seconds = 0.0
    job = paid_job(sandbox, 300)
    child = start_child(sandbox, job, 2.0)
    try:
        child.send_signal(signal.SIGSTOP)
        stopped_at = time.monotonic()
        time.sleep(0.3)
        asked_before = asked(sandbox)

        refused = batch(sandbox, "--resume", job, "--lang", "en")
        assert refused.code == 2, refused.stderr
        assert refusal_of(job, child.pid) in refused.stderr
        assert asked(sandbox) == asked_before
        assert time.monotonic() - stopped_at < 2.0, "too slow to see the lease live"

        with JobStore(jobs_file()) as store:
            while store.lease(job) is not None:  # no one renews it: it lapses by itself
                assert time.monotonic() - stopped_at < 5.0, "the lease did not lapse"
                time.sleep(0.05)
        resumed_to_the_end(sandbox, job, asked_before)
    finally:
        end_child(child)
