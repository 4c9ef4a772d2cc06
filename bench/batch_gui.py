"""The window while a batch job streams in: the GUI thread's longest stall.

A real main window (offscreen unless QT_QPA_PLATFORM says otherwise) opens the batch window,
pastes DEMO-B-* order numbers and runs them at concurrency 8 with the rate limit off, against
the sandbox in a process of its own (as a real gateway is: its work does not share this
process's interpreter). The window runs the job as it always does: in its batch process
(app.batch_process), which also counts the running job's totals. A 10 ms timer on the GUI
thread records how late each tick comes; the longest gap is the longest the window could not
answer a click or repaint. Printed beside it:
the same window idle for as long (the floor of this machine), the 99th percentile and the rate.

Target: the longest stall under 50 ms while a 10,000-row job streams in.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def gaps_while(seconds: float | None, until: object = None) -> list[float]:
    """Tick gaps (ms) of a 10 ms timer, for `seconds` or until `until()` is true."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    gaps: list[float] = []
    clock = QElapsedTimer()
    loop = QEventLoop()
    tick = QTimer()
    tick.setInterval(10)
    start = time.monotonic()

    def on_tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()
        done = until() if callable(until) else False
        if done or (seconds is not None and time.monotonic() - start >= seconds):
            loop.quit()

    tick.timeout.connect(on_tick)
    clock.start()
    tick.start()
    loop.exec()
    tick.stop()
    return gaps[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=10_000, help="orders in the job")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    home = tempfile.mkdtemp()
    os.environ["LESHUA_GUI_HOME"] = home
    gateway = subprocess.Popen(
        [sys.executable, "-m", "leshua_gui.sandbox", "--port", "0", "--batch-slow", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert gateway.stdout is not None
    url = gateway.stdout.readline().rsplit(" ", 1)[-1].strip()
    try:
        run(url, args.n, args.concurrency)
    finally:
        gateway.terminate()
        gateway.wait(10)


def run(url: str, count: int, concurrency: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from leshua_gui.app.services import Services
    from leshua_gui.ui import i18n
    from leshua_gui.ui.app_main import make_application
    from leshua_gui.ui.main_window import MainWindow

    _app = make_application()  # kept for the whole run
    ctx = Services(demo=True)
    ctx.ensure_sandbox = lambda: url  # type: ignore[method-assign] # the gateway process
    i18n.install("zh_CN")
    window = MainWindow(ctx, "zh_CN")
    window.show()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait(500)
    batch = window.open_batch()
    batch.input_panel.set_text("\n".join(f"DEMO-B-{n:05d}" for n in range(1, count + 1)))
    while batch.input_panel.preview is None:
        wait(50)
    batch.run_panel.qps.setValue(0)
    batch.run_panel.concurrency.setValue(concurrency)
    ended: list[object] = []
    batch.run_ended.connect(ended.append)
    idle = gaps_while(3.0)
    started = time.monotonic()
    batch.run_panel.start_button.click()
    busy = gaps_while(None, until=lambda: bool(ended))
    took = time.monotonic() - started
    wait(300)
    window.shutdown()
    ctx.close()

    def p99(values: list[float]) -> float:
        return statistics.quantiles(values, n=100)[98]

    print(f"orders: {count}, concurrency {concurrency}, rate limit off, gateway in its own process")
    print(f"{'':28} {'idle window':>12} {'job streaming':>14}")
    print(f"{'longest GUI stall (ms)':28} {max(idle):12.0f} {max(busy):14.0f}")
    print(f"{'99th percentile gap (ms)':28} {p99(idle):12.0f} {p99(busy):14.0f}")
    print(f"job: {took:.1f} s, {count / took:.0f} orders/s")
    print(f"target: longest stall under 50 ms -> {'met' if max(busy) < 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
