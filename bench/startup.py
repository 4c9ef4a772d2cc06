"""Start-up time: process start to the main window shown, against a bare PySide6 window.

Both are started as fresh processes, interleaved, on the same Qt platform (offscreen unless
QT_QPA_PLATFORM says otherwise); the medians and their ratio are printed. Target: under 1.4x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class W(QMainWindow):
    def showEvent(self, e):
        super().showEvent(e)
        print("LESHUA-SHOWN", flush=True)
        QTimer.singleShot(0, app.quit)
w = W(); w.resize(980, 760); w.show(); app.exec()
"""


def drop_caches() -> None:
    """Cold start: empty the page cache first (Linux, root: echo 3 > /proc/sys/vm/drop_caches)."""
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_to_shown(cmd: list[str], env: dict[str, str], cold: bool = False) -> float:
    if cold:
        drop_caches()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "LESHUA-SHOWN":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never showed a window (exit {proc.wait()})")
    proc.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=9, help="starts of each kind")
    parser.add_argument("--frozen", metavar="PATH", help="also time a frozen leshua-gui executable")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="empty the page cache before every start (Linux, as root); default: warm starts",
    )
    args = parser.parse_args()
    env = {**os.environ, "LESHUA_STARTUP_PROBE": "1"}
    # As installed: bytecode cached after the warm-up start (a frozen build ships it compiled).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        env["LESHUA_GUI_HOME"] = home
        kinds: dict[str, list[str]] = {
            "bare PySide6 window": [sys.executable, "-c", BARE],
            "leshua-gui (source)": [sys.executable, "-m", "leshua_gui"],
        }
        if args.frozen:
            kinds["leshua-gui (frozen)"] = [args.frozen]
        for cmd in kinds.values():  # compile and cache bytecode once
            time_to_shown(cmd, env)
        times: dict[str, list[float]] = {k: [] for k in kinds}
        for _ in range(args.n):
            for name, cmd in kinds.items():
                times[name].append(time_to_shown(cmd, env, args.cold))
    bare = statistics.median(times["bare PySide6 window"])
    start_kind = "cold (page cache emptied before each)" if args.cold else "warm"
    print(f"platform: {env['QT_QPA_PLATFORM']}, {start_kind} starts, {args.n} each, medians:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<22} {median * 1000:7.0f} ms   {median / bare:5.2f}x bare")
    print("target: leshua-gui under 1.40x the bare window")


if __name__ == "__main__":
    main()
