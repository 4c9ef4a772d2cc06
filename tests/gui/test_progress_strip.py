"""The progress strip shows only for a lookup that lasts, and once shown it keeps its place: the
result below does not jump from one lookup to the next."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow
from tests.support.window_queries import ask


def tabs_top(window: MainWindow) -> int:
    return window.tabs.mapTo(window, window.tabs.rect().topLeft()).y()


def test_a_quick_lookup_shows_no_progress_and_moves_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.tabs.count() == 3)  # the views are built after first paint
    before = tabs_top(window)
    ask(qtbot, window, "DEMO-PAID-WX")
    assert window.tabs.result_view.state_badge.text.text() == "Paid"
    assert window.strip.isHidden()
    assert tabs_top(window) == before


def test_a_slow_lookup_shows_its_progress_and_the_strip_stays_put(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.ctx.sandbox is not None
    window.ctx.sandbox.state.slow_seconds = 1.2
    window.query_bar.id_field.setText("FAULT-SLOW")
    with qtbot.waitSignal(window.query_finished, timeout=15000):
        window.run_query()
        qtbot.waitUntil(lambda: window.strip.isVisible(), timeout=3000)
        assert "attempt 1" in window.strip.progress.text()  # said while it runs
    assert "1 attempt" in window.strip.progress.text()
    qtbot.wait(50)  # the layout settles after the strip appeared
    shown_at = tabs_top(window)
    height = window.strip.height()

    ask(qtbot, window, "DEMO-PAID-WX")  # a quick one after it
    assert window.strip.isVisible()
    assert window.strip.timeline.count() == 1  # about this lookup, not the slow one
    assert "1 attempt" in window.strip.progress.text()
    qtbot.wait(50)
    assert (tabs_top(window), window.strip.height()) == (shown_at, height)
