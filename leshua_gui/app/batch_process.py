"""A batch job run in a process of its own, so that the window's interpreter is the window's.

In one process, the window and a job's workers share one interpreter lock: with eight workers
answering hundreds of orders a second, the GUI thread waits for the lock at every call into
Python (each cell it paints, each signal) and the window stalls for tenths of a second. So the
window runs `run_batch` in a child process (`leshua-query batch-worker`, not listed in its help)
and reads the job's rows from the jobs file as it always does. The child records every lookup in
the history as the command line does; nothing else changes for the job.

Parent to child, one JSON value a line on the child's standard input: first the job to run
(`{"job", "jobs", "profile", "url", "key", "record"}`, and `"lease_s"`, the length of the
run's lease on the job, when not `app.batch.LEASE_S`), then `"pause"`, `"resume"` or
`"cancel"`. The transaction key goes through this pipe only, never the command line or the
environment. The end of the input is a cancel: a child whose window is gone finishes the
lookups in flight, keeps them, and ends. Child to parent, one JSON object a line on its standard
output: `{"progress": counts}` a few times a second, then `{"end": ...}` or `{"failed": ...}`
(kind "job_running", with the holder's pid and host, when another program runs the job).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from leshua_gui.app.batch import BatchCounts, RunEnd
from leshua_gui.core.batch.totals import Totals, totals, totals_data, totals_from
from leshua_gui.core.errors import LeshuaError

if TYPE_CHECKING:
    from leshua_gui.core.batch.jobstore import JobStore
    from leshua_gui.core.profiles.store import Profile

log = logging.getLogger(__name__)

#: how often the child says how far it is
REPORT_S = 0.2
#: how often the parent passes on pause, resume and cancel
WATCH_S = 0.05


#: the child counts the job's totals this often at least, and spends at most a third of its
#: time on it (a pass over a large job is long)
TOTALS_EVERY_S = 1.0
TOTALS_SHARE = 1 / 3


@dataclass(frozen=True)
class RunTotals:
    """The totals of a running job, counted by its process, with the trade states and pay ways
    its verified answers gave (for the window's filters)."""

    totals: Totals
    states: list[str]
    pay_ways: list[str]


class BatchProcessError(Exception):
    """The child ended without saying how the job went (it crashed or could not start)."""


# -- the window's side --------------------------------------------------------------------------


def worker_command() -> list[str]:
    """The child's command line: the installed `leshua-query` beside a frozen window, else this
    interpreter running the command line's module."""
    if getattr(sys, "frozen", False):
        name = "leshua-query.exe" if os.name == "nt" else "leshua-query"
        return [str(Path(sys.executable).with_name(name)), "batch-worker"]
    return [sys.executable, "-m", "leshua_gui.cli", "batch-worker"]


def run_batch_in_child(
    job_id: str,
    jobs_path: Path,
    profile: Profile,
    url: str,
    key: str,
    *,
    record: bool = True,
    cancel: threading.Event,
    running: threading.Event,
    on_progress: Callable[[BatchCounts], None] | None = None,
    on_totals: Callable[[RunTotals], None] | None = None,
    command: list[str] | None = None,
    lease_s: float | None = None,
) -> RunEnd:
    """Run the job in a child process until it ends; see the module's docstring. `running`
    cleared pauses it, `cancel` set stops it (what is in flight is kept). `on_progress` hears
    the counts a few times a second, `on_totals` the job's totals every second or so (both on a
    thread reading the child). Raises what stopped
    the child (a jobs file problem, a gateway setting, JobRunningElsewhere when another program
    runs the job), or BatchProcessError. `lease_s`: the length of the child's lease on the job
    (app.batch.LEASE_S when None)."""
    from leshua_gui.core.infra import redact

    redact.register_secret(key)  # whatever the child says on stderr is logged without it
    started = time.monotonic()
    child = subprocess.Popen(
        command or worker_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        bufsize=1,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
    )
    assert child.stdin is not None
    heard = _Listener(child, started, on_progress, on_totals)
    start = {
        "job": job_id,
        "jobs": str(jobs_path),
        "profile": asdict(profile),
        "url": url,
        "key": key,
        "record": record,
    }
    if lease_s is not None:
        start["lease_s"] = lease_s
    try:
        _send(child.stdin, start)
        _pass_on(child, cancel, running)
    finally:
        with contextlib.suppress(OSError):
            child.stdin.close()  # the end of the input: the child cancels, if not done already
        code = child.wait()
        heard.join()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    if "end" in heard.said:
        return _run_end(heard.said["end"], started)
    if "failed" in heard.said:
        raise _failure(heard.said["failed"])
    detail = "; ".join(heard.stderr_tail) or f"exit status {code}"
    log.error("the batch process ended without a word: %s", detail)
    raise BatchProcessError(f"the batch process ended unexpectedly (exit status {code})")


class _Listener:
    """Reads what the child says (progress to `on_progress`, its last word kept in `said`) and
    the end of what it writes to stderr, each on a thread of its own."""

    def __init__(
        self,
        child: subprocess.Popen[str],
        started: float,
        on_progress: Callable[[BatchCounts], None] | None,
        on_totals: Callable[[RunTotals], None] | None = None,
    ) -> None:
        assert child.stdout is not None and child.stderr is not None
        self.said: dict[str, Any] = {}
        self.stderr_tail: deque[str] = deque(maxlen=20)
        self._started, self._on_progress, self._on_totals = started, on_progress, on_totals
        self._threads = [
            threading.Thread(target=self._answers, args=(child.stdout,), daemon=True),
            threading.Thread(target=self._errors, args=(child.stderr,), daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def join(self) -> None:
        for thread in self._threads:
            thread.join(5)

    def _answers(self, stream: IO[str]) -> None:
        for line in stream:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "progress" in message and self._on_progress is not None:
                self._on_progress(_counts(message["progress"], self._started))
            elif "totals" in message and self._on_totals is not None:
                self._on_totals(
                    RunTotals(totals_from(message["totals"]), list(message["states"]),
                              list(message["pay_ways"]))
                )  # fmt: skip
            elif "end" in message or "failed" in message:
                self.said.update(message)

    def _errors(self, stream: IO[str]) -> None:
        for line in stream:
            self.stderr_tail.append(line.rstrip())


def _pass_on(
    child: subprocess.Popen[str], cancel: threading.Event, running: threading.Event
) -> None:
    """Tell the child of pause, resume and cancel until it ends."""
    assert child.stdin is not None
    paused = False
    while child.poll() is None:
        if cancel.is_set():
            _send(child.stdin, "cancel")
            return  # the caller waits for the child to end
        if running.is_set() == paused:
            paused = not paused
            _send(child.stdin, "pause" if paused else "resume")
        cancel.wait(WATCH_S)


def _send(stream: IO[str], value: object) -> None:
    try:
        stream.write(json.dumps(value) + "\n")
        stream.flush()
    except (OSError, ValueError):  # the child has gone: what it said (or did not) tells why
        pass


def _counts(data: dict[str, Any], started: float) -> BatchCounts:
    return BatchCounts(
        total=int(data.get("total", 0)),
        done=int(data.get("done", 0)),
        started=started,
        by_verdict=Counter({str(k): int(v) for k, v in data.get("by_verdict", {}).items()}),
        by_state=Counter({str(k): int(v) for k, v in data.get("by_state", {}).items()}),
        busy=int(data.get("busy", 0)),
    )


def _run_end(data: dict[str, Any], started: float) -> RunEnd:
    return RunEnd(
        finished=bool(data["finished"]),
        cancelled=bool(data["cancelled"]),
        counts=_counts(data["counts"], started),
        left=int(data["left"]),
    )


def _failure(data: dict[str, Any]) -> Exception:
    """What stopped the child, as the window words it."""
    message = str(data.get("message", ""))
    kind, reason = data.get("kind"), str(data.get("reason", ""))
    if kind == "jobs":
        from leshua_gui.core.batch.jobstore import JobStoreUnavailable

        return JobStoreUnavailable(message, reason)  # type: ignore[arg-type]
    if kind == "job_running":
        from leshua_gui.core.batch.job import Lease
        from leshua_gui.core.batch.jobstore import JobRunningElsewhere
        from leshua_gui.core.history.record import from_ms

        held = data.get("lease", {})
        return JobRunningElsewhere(
            Lease(str(held.get("job", "")), "", int(held.get("pid", 0)),
                  str(held.get("host", "")), from_ms(int(held.get("until", 0))))
        )  # fmt: skip
    if kind == "leshua":
        return LeshuaError(message, reason=reason)
    return BatchProcessError(f"{data.get('type', 'Error')}: {message}")


# -- the child's side ---------------------------------------------------------------------------


def _counts_data(counts: BatchCounts) -> dict[str, Any]:
    return {
        "total": counts.total,
        "done": counts.done,
        "by_verdict": dict(counts.by_verdict),
        "by_state": dict(counts.by_state),
        "busy": counts.busy,
    }


def child_main(stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    """`leshua-query batch-worker`: run the job the first line names; see the module's docstring."""
    from leshua_gui.core.infra import redact

    source = stdin or sys.stdin
    out = stdout or sys.stdout
    lock = threading.Lock()

    def say(message: dict[str, Any]) -> None:
        with lock:
            out.write(json.dumps(message, ensure_ascii=False) + "\n")
            out.flush()

    first = source.readline()
    if not first.strip():
        return 2
    start = json.loads(first)
    if start.get("probe"):  # the self-test: the child starts and answers
        say({"ready": True})
        return 0
    key = str(start["key"])
    redact.register_secret(key)
    cancel, running = threading.Event(), threading.Event()
    running.set()

    def take_commands() -> None:
        for line in source:
            try:
                word = json.loads(line)
            except ValueError:
                continue
            if word == "pause":
                running.clear()
            elif word == "resume":
                running.set()
            elif word == "cancel":
                break
        cancel.set()  # asked to, or the window is gone
        running.set()

    threading.Thread(target=take_commands, name="batch-commands", daemon=True).start()
    try:
        end = _run(start, key, cancel, running, say)
    except LeshuaError as exc:
        say({"failed": _failed_data(exc)})
        return 1
    except Exception as exc:
        log.exception("the batch job failed")
        say({"failed": {"kind": "other", "type": type(exc).__name__, "message": str(exc)}})
        return 1
    say({"end": {"finished": end.finished, "cancelled": end.cancelled, "left": end.left,
                 "counts": _counts_data(end.counts)}})  # fmt: skip
    return 0


def _failed_data(exc: LeshuaError) -> dict[str, Any]:
    """What stopped the job, for the window (`_failure` reads it back)."""
    from leshua_gui.core.batch.jobstore import JobRunningElsewhere
    from leshua_gui.core.history.record import to_ms

    if isinstance(exc, JobRunningElsewhere):  # the token stays here: no one else's business
        held = exc.lease
        lease = {"job": held.job_id, "pid": held.pid, "host": held.host, "until": to_ms(held.until)}
        return {"kind": "job_running", "message": exc.message, "lease": lease}
    kind = "jobs" if exc.kind == "jobs" else "leshua"
    return {"kind": kind, "reason": exc.reason, "message": exc.message}


def _totals_message(store: JobStore, job_id: str) -> dict[str, Any]:
    """The job's totals as the window's results panel counts them (one pass over its rows)."""
    return {
        "totals": totals_data(totals(store.iter_rows(job_id))),
        "states": store.values(job_id, "status"),
        "pay_ways": store.values(job_id, "pay_way"),
    }


def _run(
    start: dict[str, Any],
    key: str,
    cancel: threading.Event,
    running: threading.Event,
    say: Callable[[dict[str, Any]], None],
) -> RunEnd:
    from leshua_gui.app.batch import LEASE_S, run_batch
    from leshua_gui.app.services import Services, make_client
    from leshua_gui.core.batch.jobstore import JobStore
    from leshua_gui.core.profiles.store import Profile

    profile = Profile(**start["profile"])
    url = str(start["url"])
    services = Services()  # the settings, the history and its one writer
    store = JobStore(Path(start["jobs"]))
    latest: list[BatchCounts | None] = [None]
    ended = threading.Event()

    job_id = str(start["job"])

    def report() -> None:
        sent: BatchCounts | None = None
        counted: BatchCounts | None = None
        next_totals = time.monotonic()
        while not ended.wait(REPORT_S):
            counts = latest[0]
            if counts is not None and counts is not sent:
                say({"progress": _counts_data(counts)})
                sent = counts
            if counts is not counted and time.monotonic() >= next_totals:
                began = time.monotonic()
                say(_totals_message(store, job_id))
                took = time.monotonic() - began
                next_totals = time.monotonic() + max(TOTALS_EVERY_S, took / TOTALS_SHARE)
                counted = counts

    def on_outcome(_outcome: object, counts: BatchCounts) -> None:
        latest[0] = counts  # a snapshot, reported on the reporter's next turn

    reporter = threading.Thread(target=report, name="batch-report", daemon=True)
    reporter.start()
    try:
        job = store.job(job_id)
        if job is None:
            raise LeshuaError(f"there is no batch job {start['job']}", reason="no_such_job")
        settings = services.settings
        return run_batch(
            services,
            store,
            job,
            profile,
            lambda: make_client(settings, url, profile.merchant_id, key),
            record=bool(start.get("record", True)),
            cancel=cancel,
            running=running,
            on_outcome=on_outcome,
            lease_s=float(start.get("lease_s", LEASE_S)),
        )
    finally:
        ended.set()
        reporter.join(5)
        services.close()  # every record written before the end is said
        store.close()
