"""Copy buttons sit next to their values, and Copy summary stays in reach when the result
scrolls."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea, QToolButton
from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_view import ValueLabel


def test_copy_buttons_sit_next_to_their_values(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1900, 900)
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    view = window.tabs.result_view
    qtbot.waitUntil(lambda: view.isVisible())
    gaps = []
    for value in view.findChildren(ValueLabel):
        holder = value.parentWidget()
        buttons = [b for b in holder.findChildren(QToolButton) if b.isVisibleTo(view)]
        if not buttons or len(value.text()) > 60:
            continue
        right = value.mapTo(view, QPoint(value.width(), 0)).x()
        gaps.append(buttons[0].mapTo(view, QPoint(0, 0)).x() - right)
    assert gaps, "no copy buttons found"
    assert max(gaps) < 40  # at the default width they were about 600 px away, 1,300 at 1920


def test_copy_summary_stays_in_reach_when_the_result_scrolls(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(980, 600)
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    view = window.tabs.result_view
    scroll = next(s for s in window.tabs.findChildren(QScrollArea) if s.widget() is view)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    button = view.copy_summary
    assert button.isVisible()
    page = window.tabs.currentWidget()
    top_left = button.mapTo(page, QPoint(0, 0))
    assert page.rect().contains(top_left)
    assert not scroll.isAncestorOf(button)  # it does not scroll away with the rows
