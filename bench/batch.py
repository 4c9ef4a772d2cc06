"""Batch lookups: the rate of `run_batch` against a plain thread-pool loop, and the peak memory of
a 100,000-row job, each printed against its target.

    python bench/batch.py [-n 10000] [--concurrency 8] [--rounds 2] [--no-history]
                          [--rows 100000] [--skip-rate] [--skip-memory] [--profile]

Rate: `-n` batch demo orders (DEMO-B-00001 ...) against a sandbox on loopback in this process,
the rate limit off, at `--concurrency`. The batch is `app.batch.run_batch` as `leshua-query
batch` runs it: a real job store in a temporary folder, each worker with its own client, every
query recorded in a real history through a HistoryWriter (the command line's own services), or
not with --no-history. The plain loop is a ThreadPoolExecutor of as many threads, each with one
requests.Session, posting the same forms signed before the clock starts. The two alternate for
`--rounds` rounds; the best of each is compared. Target: the batch at least 0.9x the plain loop.
The sandbox's slow orders (DEMO-B-nn999) answer at once for both. --profile runs one more batch
under cProfile (its worker threads and the history writer) and prints where the time goes.

Memory: a fresh process makes a job of `--rows` rows (a preview of a pasted list with expected
amounts), runs it against the sandbox (in this process) at `--concurrency` with no rate limit,
then its totals and a streamed .csv export; its RSS high-water mark (ru_maxrss) is the job's
peak. Target: under 300 MB.

GUI stall: see bench/batch_gui.py.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

TARGET_RATIO = 0.9
TARGET_PEAK_MB = 300.0


def order_ids(n: int) -> list[str]:
    from leshua_gui.sandbox.batch_orders import LAST

    if n > LAST:
        raise SystemExit(f"-n is at most {LAST:,} (the batch demo orders)")
    return [f"DEMO-B-{i:05d}" for i in range(1, n + 1)]


# -- the plain loop -----------------------------------------------------------------------------


def plain_loop(url: str, forms: list[dict[str, str]], concurrency: int) -> float:
    """Seconds to post every form from `concurrency` threads, one Session each."""
    import requests

    local = threading.local()
    sessions: list[requests.Session] = []
    lock = threading.Lock()

    def post(form: dict[str, str]) -> int:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
            with lock:
                sessions.append(session)
        return len(session.post(url, data=form, timeout=(5, 15)).content)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        for _ in pool.map(post, forms):
            pass
    elapsed = time.perf_counter() - t0
    for session in sessions:
        session.close()
    return elapsed


def signed_forms(ids: list[str], merchant_id: str, key: str) -> list[dict[str, str]]:
    """The query_status forms of the orders, signed as the client signs them."""
    from leshua_gui.core.gateway.client import new_nonce
    from leshua_gui.core.protocol.signing import sign_request

    return [
        sign_request(
            {"service": "query_status", "merchant_id": merchant_id, "third_order_id": order_id,
             "nonce_str": new_nonce()},
            key,
        ).form
        for order_id in ids
    ]  # fmt: skip


# -- the batch ----------------------------------------------------------------------------------


class BatchSide:
    """One app home (job store, history) for every batch run of this bench."""

    def __init__(self, home: Path, url: str, merchant_id: str, key: str, *, record: bool):
        os.environ["LESHUA_GUI_HOME"] = str(home)  # the history and settings of this bench
        self.url, self.merchant_id, self.key, self.record = url, merchant_id, key, record
        from leshua_gui.core.batch.jobstore import JobStore

        self.store = JobStore(home / "data" / "jobs.sqlite3")

    def run(self, ids: list[str], concurrency: int, profiler: Profiler | None = None) -> float:
        """Seconds to make a job of the orders and ask every one, as the command line does."""
        from leshua_gui.app.batch import run_batch
        from leshua_gui.cli.batch import _BatchServices  # the command line's own recording
        from leshua_gui.cli.clients import make_client
        from leshua_gui.core.batch.job import JobSettings
        from leshua_gui.core.batch.preview import preview_text
        from leshua_gui.core.profiles.store import Profile

        preview = preview_text("\n".join(ids))
        profile = Profile("", self.merchant_id, self.url, id="command")
        job = self.store.create(preview, profile="", merchant_id=self.merchant_id,
                                environment=profile.environment, source_name="",
                                settings=JobSettings(concurrency, 0.0, 0.0))  # fmt: skip
        t0 = time.perf_counter()
        if profiler is not None:
            profiler.start()  # before the services start their history writer thread
        services = _BatchServices(self.url, None, record=self.record)
        try:
            end = run_batch(services, self.store, job, profile,
                            lambda: make_client(self.url, self.merchant_id, self.key, None),
                            record=self.record)  # fmt: skip
        finally:
            services.close()  # the history written to its end: part of the job's time
            if profiler is not None:
                profiler.stop()
        elapsed = time.perf_counter() - t0
        if not end.finished:
            raise SystemExit(f"the batch stopped with {end.left} orders left")
        return elapsed

    def close(self) -> None:
        self.store.close()


class Profiler:
    """cProfile in every thread started while it is on whose name starts with one of `names`."""

    def __init__(self, names: tuple[str, ...] = ("batch-", "history-writer")) -> None:
        self.names = names
        self.profiles: list[cProfile.Profile] = []
        self._lock = threading.Lock()

    def _hook(self, *_: Any) -> None:
        sys.setprofile(None)
        if not threading.current_thread().name.startswith(self.names):
            return
        profile = cProfile.Profile()
        with self._lock:
            self.profiles.append(profile)
        profile.enable()

    def start(self) -> None:
        threading.setprofile(self._hook)

    def stop(self) -> None:
        threading.setprofile(None)

    def report(self, lines: int = 25) -> str:
        out = io.StringIO()
        stats = pstats.Stats(*self.profiles, stream=out)
        stats.sort_stats("tottime").print_stats(lines)
        stats.sort_stats("cumulative").print_stats(lines)
        return out.getvalue()


# -- the rate -----------------------------------------------------------------------------------


def measure_rate(args: argparse.Namespace) -> None:
    from leshua_gui.sandbox import Sandbox

    ids = order_ids(args.n)
    with tempfile.TemporaryDirectory(prefix="leshua-batch-bench-") as tmp, Sandbox() as sb:
        sb.state.batch_slow_seconds = 0.0  # the slow orders: the same for both sides
        sb.state.latency_s = args.latency / 1000  # a gateway this far away, for both sides
        forms = signed_forms(ids, sb.merchant_id, sb.transaction_key)
        side = BatchSide(Path(tmp), sb.url, sb.merchant_id, sb.transaction_key,
                         record=not args.no_history)  # fmt: skip
        plain_loop(sb.url, forms[:400], args.concurrency)  # warm up: imports, connections
        side.run(ids[:400], args.concurrency)
        plain_s: list[float] = []
        batch_s: list[float] = []
        for n in range(args.rounds):
            runs: list[tuple[list[float], Callable[[], float]]] = [
                (plain_s, lambda: plain_loop(sb.url, forms, args.concurrency)),
                (batch_s, lambda: side.run(ids, args.concurrency)),
            ]
            for times, run in runs if n % 2 == 0 else reversed(runs):
                times.append(run())
        profile_text = ""
        if args.profile:
            profiler = Profiler()
            profiled = side.run(ids, args.concurrency, profiler)
            profile_text = profiler.report()
        side.close()
        requests_seen = sb.state.requests_seen
    plain_rate = args.n / min(plain_s)
    batch_rate = args.n / min(batch_s)
    ratio = batch_rate / plain_rate
    recorded = "no history" if args.no_history else "history recorded"
    far = f"answers after {args.latency:g} ms" if args.latency else "loopback"
    print(f"orders: {args.n:,}   concurrency: {args.concurrency}   rate limit: off   "
          f"rounds: {args.rounds}   {far}   "
          f"({recorded}; {requests_seen:,} requests answered)")  # fmt: skip
    print(f"{'side':<38}{'best s':>9}{'orders/s':>11}")
    print(f"{'plain ThreadPoolExecutor + Session':<38}{min(plain_s):>9.2f}{plain_rate:>11.0f}")
    print(f"{'run_batch (job store' + (')' if args.no_history else ' + history)'):<38}"
          f"{min(batch_s):>9.2f}{batch_rate:>11.0f}")  # fmt: skip
    verdict = "ok" if ratio >= TARGET_RATIO else "UNDER"
    print(f"ratio batch / plain: {ratio:.2f}x   (target >= {TARGET_RATIO}x) {verdict}")
    print("  each round, plain s: " + ", ".join(f"{s:.2f}" for s in plain_s))
    print("  each round, batch s: " + ", ".join(f"{s:.2f}" for s in batch_s))
    if profile_text:
        print(f"\ncProfile of one more batch ({profiled:.2f} s, slowed by profiling), "
              "worker threads and the history writer together:")  # fmt: skip
        print(profile_text)


# -- the memory ---------------------------------------------------------------------------------

MEMORY = r"""
import json, os, resource, sys, tempfile, time
from pathlib import Path

url, merchant_id, key, rows, concurrency, home = sys.argv[1:7]
rows, concurrency = int(rows), int(concurrency)
os.environ["LESHUA_GUI_HOME"] = home
from leshua_gui.app.batch import run_batch
from leshua_gui.cli.batch import _BatchServices
from leshua_gui.cli.clients import make_client
from leshua_gui.core.batch import export
from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.batch.totals import totals
from leshua_gui.core.profiles.store import Profile
from leshua_gui.sandbox.batch_orders import LAST, amount_fen

def mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

numbers = [1 + i % LAST for i in range(rows)]  # past DEMO-B-99999 the list repeats itself
lines = ["商户订单号,金额"]
for n in numbers:
    fen = amount_fen(n) + (1 if n % 97 == 0 else 0)
    lines.append(f"DEMO-B-{n:05d},{fen // 100}.{fen % 100:02d}")
t0 = time.perf_counter()
preview = preview_text("\n".join(lines))
del lines
store = JobStore(Path(home) / "data" / "jobs.sqlite3")
profile = Profile("", merchant_id, url, id="command")
job = store.create(preview, profile="", merchant_id=merchant_id, environment=profile.environment,
                   source_name="", settings=JobSettings(concurrency, 0.0, 0.0))
del preview
after_create = mb()
t1 = time.perf_counter()
services = _BatchServices(url, None, record=True)
end = run_batch(services, store, job, profile, lambda: make_client(url, merchant_id, key, None))
services.close()
t2 = time.perf_counter()
after_run = mb()
sums = totals(store.iter_rows(job.id))
out = Path(home) / "job.csv"
written = export.export_csv(out, store.iter_rows(job.id), "en")
t3 = time.perf_counter()
print(json.dumps({"rows": rows, "orders": job.unique, "finished": end.finished,
                  "trusted": sums.trusted.count, "mismatches": len(sums.mismatches),
                  "exported": written, "csv_mb": out.stat().st_size / 1e6,
                  "create_s": t1 - t0, "run_s": t2 - t1, "export_s": t3 - t2,
                  "after_create_mb": after_create, "after_run_mb": after_run, "peak_mb": mb()}))
"""


def measure_memory(args: argparse.Namespace) -> None:
    from leshua_gui.sandbox import Sandbox

    with tempfile.TemporaryDirectory(prefix="leshua-batch-memory-") as home, Sandbox() as sb:
        sb.state.batch_slow_seconds = 0.0
        out = subprocess.run(
            [sys.executable, "-c", MEMORY, sb.url, sb.merchant_id, sb.transaction_key,
             str(args.rows), str(args.concurrency), home],
            capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )  # fmt: skip
    if out.returncode != 0:
        raise SystemExit(f"the memory run failed:\n{out.stderr}")
    m = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"rows: {m['rows']:,}   orders: {m['orders']:,}   concurrency: {args.concurrency}   "
          f"rate limit: off   history recorded")  # fmt: skip
    print(f"  job made in {m['create_s']:.1f} s, asked in {m['run_s']:.1f} s "
          f"({m['orders'] / m['run_s']:.0f} orders/s), totals and .csv export "
          f"({m['exported']:,} rows, {m['csv_mb']:.1f} MB) in {m['export_s']:.1f} s")  # fmt: skip
    print(f"  verified: {m['trusted']:,}   amounts differing from the books: {m['mismatches']:,}"
          f"   finished: {m['finished']}")  # fmt: skip
    print(f"{'measure':<34}{'MB':>8}")
    print(f"{'after the job was made':<34}{m['after_create_mb']:>8.1f}")
    print(f"{'after it was asked':<34}{m['after_run_mb']:>8.1f}")
    verdict = "ok" if m["peak_mb"] < TARGET_PEAK_MB else "OVER"
    print(f"{'peak (ru_maxrss), with the export':<34}{m['peak_mb']:>8.1f}   "
          f"(target < {TARGET_PEAK_MB:.0f} MB) {verdict}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=10_000, help="orders for the rate (10,000)")
    parser.add_argument("--concurrency", type=int, default=8, help="threads on each side (8)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each side (2)")
    parser.add_argument(
        "--latency", type=float, default=0.0, metavar="MS",
        help="every answer takes this long, for both sides (default 0: loopback as it is)",
    )  # fmt: skip
    parser.add_argument("--no-history", action="store_true", help="the batch records nothing")
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the memory job")
    parser.add_argument("--skip-rate", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile one more batch")
    args = parser.parse_args()
    if not args.skip_rate:
        measure_rate(args)
    if not args.skip_memory:
        if not args.skip_rate:
            print()
        measure_memory(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
