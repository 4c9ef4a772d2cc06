"""History at scale: 1,000,000 rows, then the view's first paint, an id search, a state+date
filter and the peak memory of the process that shows them, each printed against its target.

    python bench/history_scale.py [--rows 1000000] [--home DIR]

The database is generated once (rows without raw answers) and reused by later runs (--home).
The measurements run in a fresh process so its peak memory is the view's, not the generator's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

TARGETS = {"first_paint_ms": 300.0, "id_search_ms": 50.0, "filter_ms": 50.0, "peak_mb": 200.0,
           "bytes_per_row": 1024.0}  # fmt: skip
START = datetime(2025, 1, 1, tzinfo=UTC)
STATES = ["2"] * 70 + ["0"] * 8 + ["6"] * 8 + ["8"] * 4 + ["10", "11", "11", "12"] * 2 + ["99"] * 2
PAY_WAYS = ["WXZF"] * 55 + ["ZFBZF"] * 40 + ["UPSMZF"] * 5


def generate(path: Path, rows: int) -> None:
    from leshua_gui.core.history.record import HistoryRecord
    from leshua_gui.core.history.store import HistoryStore

    rnd = random.Random(7)
    store = HistoryStore(path)
    have = store.count()
    batch: list[HistoryRecord] = []
    step = timedelta(days=365) / rows
    t0 = time.perf_counter()
    for i in range(have, rows):
        status = rnd.choice(STATES)
        amount = rnd.randint(100, 500_000)
        discount = rnd.choice([0, 0, 0, 100, 500, 1000])
        record = HistoryRecord(
            queried_at=START + step * i,
            profile=rnd.choice(["Shop Nanshan", "Shop Futian", "Head office", "Test merchant"]),
            merchant_id=f"{rnd.randint(0, 9999999999):010d}",
            environment="production",
            id_kind="third_order_id",
            order_id=f"NL{20250101000000 + i:014d}{rnd.randint(0, 99999):05d}",
            outcome="verified",
            status=status,
            pay_way=rnd.choice(PAY_WAYS),
            trade_type=rnd.choice(["NATIVE", "JSAPI", "MICROPAY", "SmPgPay"]),
            amounts={"amount": amount, "discount_amount": discount,
                     "buyer_pay_amount": amount - discount, "settlement_amount": amount - discount},
            pay_time=(START + step * i).strftime("%Y-%m-%d %H:%M:%S") if status == "2" else None,
            leshua_order_id=f"{3495002500000000 + i:016d}",
            out_transaction_id=f"4200{rnd.randint(10**23, 10**24 - 1)}" if status == "2" else None,
            elapsed_ms=rnd.uniform(40, 400),
            attempts=1,
            final=status in ("2", "6", "8", "11", "12"),
            os_user="finance",
        )  # fmt: skip
        batch.append(record)
        if len(batch) == 20_000:
            store.add_many(batch)
            batch.clear()
            done = i + 1
            rate = (done - have) / (time.perf_counter() - t0)
            print(f"\r  generating: {done:,}/{rows:,} rows ({rate:,.0f}/s)", end="", flush=True)
    if batch:
        store.add_many(batch)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print()


MEASURE = r"""
import json, os, resource, sys, time
from datetime import datetime, timedelta, UTC
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
home, probe_id = sys.argv[1], sys.argv[2]
os.environ["LESHUA_GUI_HOME"] = home
from PySide6.QtWidgets import QApplication
app = QApplication([])
from leshua_gui.core.history.store import HistoryFilter
from leshua_gui.app.services import Services
from leshua_gui.ui.history_panel import HistoryPanel
from leshua_gui.ui.tasks import TaskRunner

t0 = time.perf_counter()  # the History tab as the window builds it: database, filters, table
ctx = Services()
panel = HistoryPanel(ctx, TaskRunner())
panel.resize(1000, 700)
panel.show()
panel.grab()  # the first rows painted
first_paint = (time.perf_counter() - t0) * 1000
model, view = panel.model, panel.table

def timed(flt):
    best = None
    for _ in range(5):
        t = time.perf_counter()
        model.set_filter(flt)
        view.grab()
        ms = (time.perf_counter() - t) * 1000
        best = ms if best is None else min(best, ms)
    return best, model.rowCount()

id_ms, id_rows = timed(HistoryFilter(text=probe_id))
since = datetime(2025, 6, 1, tzinfo=UTC)
flt_ms, flt_rows = timed(HistoryFilter(status="8", since=since, until=since + timedelta(days=30)))
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"first_paint_ms": first_paint, "id_search_ms": id_ms, "id_rows": id_rows,
                  "filter_ms": flt_ms, "filter_rows": flt_rows, "peak_mb": peak_mb}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--home", type=Path, help="reuse (or create) the history under this LESHUA_GUI_HOME"
    )
    args = parser.parse_args()
    home = args.home or Path(tempfile.gettempdir()) / f"leshua-history-bench-{args.rows}"
    path = home / "data" / "history.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"database: {path}")
    generate(path, args.rows)
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    probe = f"{3495002500000000 + args.rows // 2:016d}"[-8:]  # the end of the middle row's id
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(home), probe],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    m = json.loads(out.stdout.strip().splitlines()[-1])
    m["bytes_per_row"] = size / args.rows
    print(f"rows: {args.rows:,}   database: {size / 1e6:,.1f} MB")
    print(f"{'measure':<28}{'measured':>10}{'target':>10}{'ratio':>8}")
    names = {
        "first_paint_ms": "first paint (ms)",
        "id_search_ms": f"id search (ms, {m['id_rows']} hit)",
        "filter_ms": f"state+date (ms, {m['filter_rows']} rows)",
        "peak_mb": "peak memory (MB)",
        "bytes_per_row": "bytes per row",
    }
    for key, target in TARGETS.items():
        value = m[key]
        verdict = "ok" if value < target else "OVER"
        print(f"{names[key]:<28}{value:>10.1f}{target:>10.1f}{value / target:>7.2f}x {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
