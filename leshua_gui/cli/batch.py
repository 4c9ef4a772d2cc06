"""`leshua-query batch`: check a whole list of orders, and reconcile it with expected amounts.

The list is read and checked first (nothing is sent when no row is valid); the job is kept in
the job store as it runs, its id printed on stderr at the start, so an interrupted job goes on
with `--resume JOB` and asks only the orders still without an answer."""

from __future__ import annotations

import argparse
import json
import math
import signal
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from leshua_gui.app.batch import LEASE_S, BatchCounts, run_batch
from leshua_gui.app.services import recorded_name
from leshua_gui.cli.clients import TIMEOUT_RANGE, WAIT_RANGE, command_target, make_client
from leshua_gui.cli.exitcodes import BatchExit
from leshua_gui.cli.parser import UsageError, print_json_usage_error
from leshua_gui.cli.registry import Subcommand
from leshua_gui.core.batch.job import DEFAULT_CONCURRENCY, DEFAULT_QPS, JobSettings
from leshua_gui.core.errors import InputError
from leshua_gui.core.profiles.keystore import KeyringUnavailable
from leshua_gui.core.profiles.store import ProfileFileError
from leshua_gui.core.text import batch_words, labels

if TYPE_CHECKING:
    from leshua_gui.cli.parser import Subparsers
    from leshua_gui.core.batch.job import Job
    from leshua_gui.core.batch.jobstore import JobStore
    from leshua_gui.core.batch.outcome import Outcome
    from leshua_gui.core.batch.preview import Preview
    from leshua_gui.core.batch.totals import Totals
    from leshua_gui.core.gateway.client import GatewayClient
    from leshua_gui.core.gateway.polling import PollResult
    from leshua_gui.core.history.writer import HistoryWriter
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef
    from leshua_gui.core.text.labels import Lang

#: accepted --concurrency and --qps
CONCURRENCY_RANGE = (1, 32)
QPS_RANGE = (0.0, 1000.0)
#: how often the progress line on stderr is refreshed
PROGRESS_EVERY_S = 0.5


def add_parser(sub: Subparsers) -> None:
    batch = sub.add_parser(
        "batch",
        help="check a list of orders (a file or standard input) and reconcile it",
        description=(
            "Check every order of a list: a .txt (one id a line), .csv (UTF-8 or GBK), .xlsx, or "
            "'-' for standard input. The id column and an expected amount column are found by "
            "their headers, or named. Progress goes to stderr; the job id is printed there at "
            "the start, so an interrupted job can go on with --resume JOB. One program runs a "
            "job at a time: resuming a job another program is running (a second leshua-query, "
            "or the window) is refused, and a job whose program was killed can be resumed "
            f"{LEASE_S:g} seconds later at most (at once on the same computer)."
        ),
        epilog=(
            "Exit status: 0 every row verified, final and matching its expected amount; 1 the "
            "job completed but some rows need attention; 2 a usage error, nothing valid to "
            "send, or the job is running in another program (nothing was sent); 3 the list "
            "cannot be read; 5 stopped before every order was asked (go on with --resume JOB); "
            "6 the keyring or the profiles file cannot be used."
        ),
    )
    batch.add_argument("input", nargs="?", metavar="INPUT", help="the list: a file, or - (stdin)")
    batch.add_argument("--profile", metavar="NAME", help="use a saved profile")
    batch.add_argument("--merchant-id", metavar="MID", help="10-digit Leshua merchant id")
    batch.add_argument("--gateway", metavar="URL|production|test|sandbox", help="gateway endpoint")
    batch.add_argument("--column", metavar="NAME", help="the id column (header or number)")
    batch.add_argument(
        "--kind",
        choices=("third_order_id", "leshua_order_id", "auto"),
        help="what the ids are (default: by the column's header, else by each id's shape)",
    )
    batch.add_argument(
        "--expected-column", metavar="NAME", help="the expected amount column (yuan)"
    )
    # None: not given. A new job takes the default; a resumed one keeps its own.
    batch.add_argument(
        "--concurrency",
        type=int,
        default=None,
        metavar="N",
        help=f"queries in flight at once, {CONCURRENCY_RANGE[0]}-{CONCURRENCY_RANGE[1]} "
        f"(default {DEFAULT_CONCURRENCY}; with --resume, the job's own, and a value given is "
        "kept as the job's from then on)",
    )
    batch.add_argument(
        "--qps",
        type=float,
        default=None,
        metavar="R",
        help=f"at most R queries a second, 0 for no limit (default {DEFAULT_QPS:g}; with "
        "--resume, the job's own, and a value given is kept as the job's from then on)",
    )
    batch.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="keep querying a paying order up to this many seconds (default 0: once)",
    )
    batch.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS", help="per-request timeout"
    )
    batch.add_argument(
        "--export", metavar="FILE.xlsx|FILE.csv", help="write the results to a spreadsheet"
    )
    batch.add_argument(
        "--resume",
        metavar="JOB",
        help="go on with an interrupted job, at its own --concurrency, --qps and --wait unless "
        "--concurrency or --qps is given (--wait stays the job's)",
    )
    batch.add_argument("--json", action="store_true", help="print one JSON object")
    batch.add_argument("--lang", choices=labels.LANGS, help="language of the summary")
    batch.add_argument(
        "--no-history", action="store_true", help="do not record the queries in the history"
    )


def _check(args: argparse.Namespace) -> None:
    if (args.input is None) == (args.resume is None):
        raise UsageError("give the list to check (a file, or - for stdin), or --resume JOB")
    low, high = CONCURRENCY_RANGE
    if args.concurrency is not None and not low <= args.concurrency <= high:
        raise UsageError(f"--concurrency must be from {low} to {high}")
    qlow, qhigh = QPS_RANGE
    if args.qps is not None and not (math.isfinite(args.qps) and qlow <= args.qps <= qhigh):
        raise UsageError(f"--qps must be a number from {qlow:g} to {qhigh:g} (0: no limit)")
    tlow, thigh = TIMEOUT_RANGE
    if args.timeout is not None and not (
        math.isfinite(args.timeout) and tlow <= args.timeout <= thigh
    ):
        raise UsageError(f"--timeout must be a number of seconds from {tlow:g} to {thigh:g}")
    wlow, whigh = WAIT_RANGE
    if not (math.isfinite(args.wait) and wlow <= args.wait <= whigh):
        raise UsageError(f"--wait must be a number of seconds from {wlow:g} to {whigh:g}")
    if args.export and Path(args.export).suffix.lower() not in (".xlsx", ".csv"):
        raise UsageError("--export must name a .xlsx or .csv file")


def _preview(args: argparse.Namespace) -> Preview:
    """The list as read (InputError: it cannot be read; UsageError: a column not found)."""
    from leshua_gui.core.batch.preview import preview_file, preview_text

    column = _column(args.column)
    amount = _column(args.expected_column)
    if args.input == "-":
        data = sys.stdin.buffer.read()
        text = _decode(data)
        return preview_text(text, column=column, kind=args.kind, amount_column=amount)
    path = Path(args.input)
    if not path.is_file():
        raise InputError(f"{args.input}: no such file", reason="batch_input")
    return preview_file(path, column=column, kind=args.kind, amount_column=amount)


def _decode(data: bytes) -> str:
    """Standard input as text: UTF-8 (with or without BOM), else GB18030 as Windows sends it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def _column(value: str | None) -> str | int | None:
    if value is None:
        return None
    return int(value) if value.strip().isdigit() else value


def _settings(args: argparse.Namespace, job: Job | None) -> JobSettings:
    """A new job's settings (defaults for what is not given), or a resumed job's own with the
    --concurrency and --qps given laid over them."""
    own = job.settings if job is not None else JobSettings(deadline_s=args.wait)
    return JobSettings(
        own.concurrency if args.concurrency is None else args.concurrency,
        own.qps if args.qps is None else args.qps,
        own.deadline_s,
    )


def _jobs() -> JobStore:
    from leshua_gui.core.batch.jobstore import JobStore
    from leshua_gui.core.paths import app_paths

    paths = app_paths().ensure()
    return JobStore(paths.data / "jobs.sqlite3")


def _say(text: str) -> None:
    if sys.stderr is not None:
        print(f"leshua-query: {text}", file=sys.stderr, flush=True)


class _ProgressLine:
    """done / total, rate, ETA and the counts so far, on stderr at most every half second."""

    def __init__(self, lang: Lang, total: int, done_before: int) -> None:
        self.lang, self.total, self.before = lang, total, done_before
        self._last = 0.0
        self._lock = threading.Lock()
        self._tty = sys.stderr is not None and sys.stderr.isatty()

    def __call__(self, _outcome: Outcome, counts: BatchCounts) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._last < PROGRESS_EVERY_S or counts.done == counts.total:
                return  # the last one is said by end()
            self._last = now
        self._print(counts, final=False)

    def end(self, counts: BatchCounts) -> None:
        """The last line, ended (a run that asked nothing says so too)."""
        self._print(counts, final=True)

    def _print(self, counts: BatchCounts, *, final: bool) -> None:
        line = batch_words.progress_line(
            self.before + counts.done,
            self.total,
            counts.rate,
            counts.eta_s,
            dict(counts.by_verdict),
            self.lang,
        )
        if sys.stderr is not None:
            end = "\r" if self._tty and not final else "\n"
            print(line.ljust(79) if self._tty else line, end=end, file=sys.stderr, flush=True)


class _BatchServices:
    """What the job's lookups need: each worker brings its own client (`run_batch`), and every
    answer goes into the history through one writer thread (a problem said once on stderr)."""

    def __init__(self, url: str, timeout: float | None, *, record: bool) -> None:
        self.url, self.timeout = url, timeout
        self._writer: HistoryWriter | None = None
        self._problem_said = False
        if record:
            from leshua_gui.cli.stores import open_history
            from leshua_gui.core.history.store import HistoryUnavailable
            from leshua_gui.core.history.writer import HistoryWriter

            try:
                self._writer = HistoryWriter(open_history(), on_error=self._failed)
            except HistoryUnavailable as exc:
                self._failed(exc)

    def transaction_key(self, profile: Profile) -> str:  # noqa: ARG002 (the client has it)
        raise AssertionError("a batch lookup is given its client")

    def client_for(self, profile: Profile, key: str) -> GatewayClient:  # noqa: ARG002
        raise AssertionError("a batch lookup is given its client")

    def record(self, result: PollResult, queried_at: datetime, profile: Profile,
               order: OrderRef, *, lookup: str | None = None,
               refund: tuple[str, str] | None = None, job: str | None = None) -> None:  # fmt: skip
        from leshua_gui.app import services

        if self._writer is None:
            return
        self._writer.submit(
            services.profile_record(
                result, queried_at, profile, order, lookup=lookup, refund=refund, job=job
            )
        )

    def _failed(self, exc: Exception) -> None:
        if not self._problem_said:
            self._problem_said = True
            _say(f"the queries are not recorded in the history: {exc}")

    def close(self) -> None:
        if self._writer is not None:
            self._writer.flush(60.0)
            self._writer.close()
            self._writer.store.close()
            self._writer = None


def run(args: argparse.Namespace) -> int:
    from leshua_gui.core.batch.jobstore import JobRunningElsewhere, LeaseLost

    try:
        return _run(args)
    except UsageError as exc:
        return _refuse(args, str(exc), "usage", BatchExit.USAGE)
    except LeaseLost as exc:  # held up, and another program went on with the job
        return _refuse(args, exc.message, "lease_lost", BatchExit.INTERRUPTED)
    except JobRunningElsewhere as exc:  # nothing was sent
        held = exc.lease
        lang: Lang = args.lang or labels.system_lang()
        text = batch_words.job_running_text(held.job_id, held.pid, held.host, lang)
        return _refuse(args, text, "job_running", BatchExit.USAGE)
    except (KeyringUnavailable, ProfileFileError) as exc:
        return _refuse(args, exc.message, "keyring", BatchExit.STORAGE)


def _refuse(args: argparse.Namespace, message: str, reason: str, code: int) -> int:
    if args.json:
        print_json_usage_error(message, reason)
    _say(message)
    return code


def _may_resume(store: JobStore, job: Job, profile: Profile) -> None:
    """UsageError for another merchant's job; JobRunningElsewhere while another program runs
    it (said before anything else; run_batch makes sure)."""
    from leshua_gui.core.batch.jobstore import JobRunningElsewhere

    if job.merchant_id != profile.merchant_id:
        raise UsageError(
            f"job {job.id} was asked for merchant {job.merchant_id}, not {profile.merchant_id}"
        )
    held = store.lease(job.id)
    if held is not None:
        raise JobRunningElsewhere(held)


def _run(args: argparse.Namespace) -> int:
    from leshua_gui.core.batch.totals import exit_code, report_json, summary_lines, totals

    lang: Lang = args.lang or labels.system_lang()
    _check(args)
    store = _jobs()
    try:
        if args.resume:
            job = store.job(args.resume)
            if job is None:
                raise UsageError(f"there is no batch job {args.resume!r}")
        else:
            try:
                preview = _preview(args)
            except InputError as exc:
                if exc.reason == "batch_column":
                    raise UsageError(exc.message) from None
                return _refuse(args, exc.message, exc.reason or "input", BatchExit.UNREADABLE)
            if not preview.unique:
                _say(batch_words.nothing_valid_text(preview, lang))
                if args.json:
                    print_json_usage_error("no valid order number in the list", "batch_empty")
                return BatchExit.USAGE
            job = None
        with command_target(args) as (url, profile, key):
            if job is None:
                job = store.create(
                    preview,
                    profile=recorded_name(profile),
                    merchant_id=profile.merchant_id,
                    environment=profile.environment,
                    source_name="" if args.input == "-" else Path(args.input).name,
                    settings=_settings(args, None),
                )
            else:
                _may_resume(store, job, profile)
            _say(batch_words.job_started_text(job.id, job.unique - job.completed, lang))
            progress = _ProgressLine(lang, job.unique, job.completed)
            services = _BatchServices(url, args.timeout, record=not args.no_history)
            cancel = threading.Event()
            previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
            try:
                end = run_batch(
                    services,
                    store,
                    job,
                    profile,
                    lambda: make_client(url, profile.merchant_id, key, args.timeout),
                    record=not args.no_history,
                    cancel=cancel,
                    on_outcome=progress,
                    settings=_settings(args, job),
                )
            finally:
                signal.signal(signal.SIGINT, previous)
                services.close()
            progress.end(end.counts)
        job = store.job(job.id)
        assert job is not None
        sums = totals(store.iter_rows(job.id))
        if args.export:
            _export(store, job, sums, Path(args.export), lang)
        if args.json:
            payload = report_json(job, sums, store.iter_rows(job.id))
            print(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            print("\n".join(summary_lines(job, sums, lang)))
        if not job.finished:
            _say(batch_words.resume_text(job.id, lang))
        return int(exit_code(sums, job))
    finally:
        store.close()


def _export(store: JobStore, job: Job, sums: Totals, path: Path, lang: Lang) -> None:
    from leshua_gui.core.batch import export

    if path.suffix.lower() == ".csv":
        export.export_csv(path, store.iter_rows(job.id), lang)
    else:
        export.export_xlsx(path, job, store.iter_rows(job.id), export.summary_of(sums, lang), lang)
    _say(batch_words.exported_text(str(path), lang))


COMMANDS = (Subcommand("batch", add_parser, run, json_usage_errors=True),)
