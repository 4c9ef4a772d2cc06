"""The window keeps painting and answering input while the gateway is slow to answer."""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow


def test_gui_thread_never_stalls_during_a_slow_answer(qtbot: QtBot, window: MainWindow) -> None:
    assert window.ctx.sandbox is not None
    assert window.ctx.sandbox.state.slow_seconds >= 1.5
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("FAULT-SLOW")

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.query_finished.connect(lambda _result: ticks.append(time.perf_counter()))

    timer.start()
    try:
        with qtbot.waitSignal(window.query_finished, timeout=10000):
            ticks.append(time.perf_counter())
            window.run_query()
    finally:
        timer.stop()

    elapsed = ticks[-1] - ticks[0]
    assert elapsed >= 1.4, "the sandbox answered too fast for this test to mean anything"
    assert len(ticks) > 50
    gaps = [b - a for a, b in pairwise(ticks)]
    worst = max(gaps)
    assert worst < 0.1, f"the GUI thread stalled for {worst * 1000:.0f} ms"
    assert window.tabs.result_view.state_badge.text.text() == "Paid"
