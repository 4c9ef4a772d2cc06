"""One program runs a batch job at a time: the lease in the jobs file. Taken in one transaction
(of two programs taking it at once, one gets it), refused while another's is live, renewed by its
holder, let go at the end, lapsing by itself when its holder died; a version 1 jobs file gains
the leases and keeps its jobs. The jobs file's migrations are frozen as the history's are."""

from __future__ import annotations

import hashlib
import inspect
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from leshua_gui.core.batch import jobschema
from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import JobRunningElsewhere, JobStore, LeaseLost
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.text import batch_words

# The SHA-256 of each released migration of the jobs file. A schema change is a NEW version:
# append its entry here and to jobschema.MIGRATIONS; never change an entry already here.
RELEASED = {
    1: "6e973ee5a2e480395d4d893a4317ac3f59ba7ab00fa02425349b2138091850c1",
}


def _text(version: int) -> str:
    migration = jobschema.MIGRATIONS[version]
    return migration if isinstance(migration, str) else inspect.getsource(migration)


def _sha(version: int) -> str:
    return hashlib.sha256(_text(version).encode()).hexdigest()


def new_job(store: JobStore, lines: str = "A-1\nA-2\nA-3") -> str:
    return store.create(preview_text(lines), profile="Shop", merchant_id="0000000018",
                        environment="sandbox", source_name="orders.csv",
                        settings=JobSettings(2, 5.0, 0.0)).id  # fmt: skip


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "jobs.sqlite3"


# --- the schema -------------------------------------------------------------------------------


def test_no_released_migration_of_the_jobs_file_changed() -> None:
    assert list(jobschema.MIGRATIONS) == list(RELEASED)
    # the leases are not a version: an earlier release would set a newer file aside
    assert max(jobschema.MIGRATIONS) == jobschema.SCHEMA_VERSION == 1
    assert {v: _sha(v) for v in RELEASED} == RELEASED


def _version_1_file(path: Path) -> None:
    """A jobs file as version 1 wrote it: one job of two orders, one of them answered."""
    conn = sqlite3.connect(path)
    for statement in str(jobschema.MIGRATIONS[1]).split(";\n"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(
        "INSERT INTO jobs VALUES (1, 'B20260101-AAAA', 1767225600000, 'Shop', '0000000018',"
        " 'sandbox', 'old.csv', 'csv', 3, 7.5, 0, 'running', 2, 2)"
    )
    conn.execute("INSERT INTO job_orders VALUES (1, 0, 'third_order_id', 'OLD-1')")
    conn.execute("INSERT INTO job_orders VALUES (1, 1, 'third_order_id', 'OLD-2')")
    for pos in (0, 1):
        conn.execute(
            "INSERT INTO job_rows VALUES (1, ?, ?, ?, ?, 'third_order_id', NULL, NULL, NULL,"
            " '', NULL, ?)",
            [pos, pos + 1, f"OLD-{pos + 1}", f"OLD-{pos + 1}", pos],
        )
    conn.execute(
        "INSERT INTO outcomes (job, seq, verdict, final, status, attempts)"
        " VALUES (1, 0, 'trusted', 1, '2', 1)"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_a_version_1_jobs_file_keeps_its_job_and_gains_leases(path: Path) -> None:
    _version_1_file(path)
    with JobStore(path) as store:
        assert store.report.migrated_from is None  # nothing to migrate: the table is added
        assert store.report.set_aside is None
        job = store.job("B20260101-AAAA")
        assert job is not None
        assert (job.state, job.completed, job.unique) == ("running", 1, 2)
        assert job.settings == JobSettings(3, 7.5, 0.0)
        assert store.pending(job.id) == [("third_order_id", "OLD-2")]
        assert store.lease(job.id) is None  # no program of version 1 held it
        lease = store.take_lease(job.id, 30)
        assert store.lease(job.id) == lease
    with closing(sqlite3.connect(path)) as conn:
        # still version 1: a program of the earlier release opens it as its own
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


# --- taking, refusing, renewing, letting go ------------------------------------------------


def test_a_live_lease_refuses_another_program_and_says_who_holds_it(path: Path) -> None:
    with JobStore(path) as mine, JobStore(path) as theirs:
        job_id = new_job(mine)
        lease = mine.take_lease(job_id, 30)
        assert (lease.pid, lease.host) == (os.getpid(), socket.gethostname())
        with pytest.raises(JobRunningElsewhere) as refused:
            theirs.take_lease(job_id, 30)
        assert refused.value.lease.pid == os.getpid()
        assert refused.value.lease.token == lease.token
        assert refused.value.reason == "job_running"
        assert refused.value.message == (
            f"job {job_id} is running in another program (pid {os.getpid()} on "
            f"{socket.gethostname()}): wait for it or stop it"
        )
        assert theirs.lease(job_id) == lease  # what the window and the command line check
        mine.release_lease(lease)
        assert theirs.lease(job_id) is None
        taken = theirs.take_lease(job_id, 30)  # let go: the other program may run it now
        assert taken.token != lease.token


def test_a_lease_not_renewed_lapses_by_itself(path: Path) -> None:
    """The holder died (kill -9): nothing lets go, and after the lease's length the job runs."""
    with JobStore(path) as dead, JobStore(path) as other:
        job_id = new_job(dead)
        dead.take_lease(job_id, 0.3)
        with pytest.raises(JobRunningElsewhere):
            other.take_lease(job_id, 30)
        time.sleep(0.4)
        assert other.lease(job_id) is None
        other.take_lease(job_id, 30)


def test_renewing_keeps_the_job_held_past_the_first_length(path: Path) -> None:
    with JobStore(path) as mine, JobStore(path) as other:
        job_id = new_job(mine)
        lease = mine.take_lease(job_id, 0.3)
        for _ in range(4):
            time.sleep(0.15)
            lease = mine.renew_lease(lease, 0.3)
        with pytest.raises(JobRunningElsewhere):
            other.take_lease(job_id, 30)


def test_a_lapsed_lease_taken_by_another_cannot_be_renewed(path: Path) -> None:
    with JobStore(path) as slow, JobStore(path) as other:
        job_id = new_job(slow)
        stale = slow.take_lease(job_id, 0.1)
        time.sleep(0.2)
        theirs = other.take_lease(job_id, 30)
        with pytest.raises(LeaseLost):
            slow.renew_lease(stale, 30)
        slow.release_lease(stale)  # letting go of a lease lost lets go of nothing else
        assert slow.lease(job_id) == theirs
        other.release_lease(theirs)
        with pytest.raises(LeaseLost):  # taken and let go meanwhile: lost all the same
            slow.renew_lease(stale, 30)


def test_a_lease_whose_holder_on_this_machine_has_ended_does_not_hold_the_job(
    path: Path,
) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    with JobStore(path) as store:
        job_id = new_job(store)
        store.take_lease(job_id, 30)
        with closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("UPDATE job_leases SET pid = ?", [int(ended.stdout)])
        assert store.lease(job_id) is None
        store.take_lease(job_id, 30)
        with closing(sqlite3.connect(path)) as conn, conn:  # the same pid on another machine
            conn.execute("UPDATE job_leases SET pid = ?, host = 'till-2'", [int(ended.stdout)])
        with pytest.raises(JobRunningElsewhere):
            store.take_lease(job_id, 30)
        with closing(sqlite3.connect(path)) as conn, conn:
            # this host name, but another process space (a container, a Flatpak): its pid
            # says nothing here, so only the lapse frees the job
            conn.execute(
                "UPDATE job_leases SET pid = ?, host = ?, machine = 'another-boot:4026531836'",
                [int(ended.stdout), socket.gethostname()],
            )
        with pytest.raises(JobRunningElsewhere):
            store.take_lease(job_id, 30)


def test_of_many_programs_taking_a_job_at_once_exactly_one_gets_it(path: Path) -> None:
    with JobStore(path) as setup:
        job_id = new_job(setup)
    stores = [JobStore(path) for _ in range(8)]
    got: list[str] = []
    refused: list[str] = []
    gate = threading.Barrier(len(stores))

    def take(store: JobStore) -> None:
        gate.wait()
        try:
            got.append(store.take_lease(job_id, 30).token)
        except JobRunningElsewhere as exc:
            refused.append(exc.lease.token)

    threads = [threading.Thread(target=take, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.close()
    assert len(got) == 1
    assert len(refused) == 7
    assert set(refused) == set(got)  # each refused one was told of the one that got it


def test_a_lease_is_per_job_and_goes_with_a_deleted_job(path: Path) -> None:
    with JobStore(path) as store:
        first, second = new_job(store), new_job(store, "B-1")
        store.take_lease(first, 30)
        store.take_lease(second, 30)  # another job is free to run beside it
        assert store.delete(first)
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT COUNT(*) FROM job_leases").fetchone()[0] == 1
        with pytest.raises(KeyError):
            store.take_lease(first, 30)


def test_a_resumed_jobs_new_settings_are_kept(path: Path) -> None:
    with JobStore(path) as store:
        job_id = new_job(store)
        store.set_settings(job_id, JobSettings(8, 0.5, 0.0))
        job = store.job(job_id)
        assert job is not None
        assert job.settings == JobSettings(8, 0.5, 0.0)
        with pytest.raises(KeyError):
            store.set_settings("B20260101-ZZZZ", JobSettings())


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "running in another program"), ("zh_CN", "另一个程序"), ("zh_TW", "另一個程式")],
)
def test_the_refusal_is_said_in_each_language_with_the_holder(lang: str, words: str) -> None:
    text = batch_words.job_running_text("B20261201-K7QX", 1234, "desk-7", lang)  # type: ignore[arg-type]
    assert words in text
    assert "B20261201-K7QX" in text
    assert "1234" in text
    assert "desk-7" in text


def test_a_job_running_in_another_program_is_not_offered_for_resuming(path: Path) -> None:
    with JobStore(path) as store:
        job_id = new_job(store)
        store.set_state(job_id, "running")
        assert [j.id for j in store.jobs(unfinished_only=True)] == [job_id]
        lease = store.take_lease(job_id, 30)
        with closing(sqlite3.connect(path)) as conn, conn:  # held by a program elsewhere
            conn.execute("UPDATE job_leases SET host = 'till-2', machine = ''")
        assert store.jobs(unfinished_only=True) == []
        store.release_lease(lease)
        assert [j.id for j in store.jobs(unfinished_only=True)] == [job_id]
