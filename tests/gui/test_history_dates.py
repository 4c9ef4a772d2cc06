"""The History tab's days: the calendar opens at this month, presets fill both days, a day is
cleared back to any day, and the days can be the pay day instead of the query day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from leshua_gui.ui.history_panel import HistoryPanel
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_tabs import HISTORY_TAB
from tests.support.history_records import record


def _open(qtbot: QtBot, window: MainWindow) -> HistoryPanel:
    now = datetime.now(UTC)
    window.ctx.history.add_many([
        record(0, order_id="TODAY", queried_at=now),
        record(1, order_id="TEN-DAYS-AGO", queried_at=now - timedelta(days=10)),
        # queried today, but paid long before (Beijing time, both formats)
        record(2, order_id="PAID-LONG-AGO", queried_at=now, pay_time="20250101120000"),
        record(3, order_id="PAID-AGO-DASH", queried_at=now, pay_time="2025-01-01 08:00:00"),
    ])  # fmt: skip
    window.tabs.ensure_views()
    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel = window.tabs.history_panel
    panel.refresh()
    return panel


# the offscreen platform cannot raise a popup or grab the keyboard for it (a real one does)
POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _ids(panel: HistoryPanel) -> set[str]:
    model = panel.model
    return {r.order_id for n in range(model.rowCount()) if (r := model.record(n)) is not None}


@POPUP
def test_the_calendar_opens_at_this_month(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open(qtbot, window)
    assert panel.since.day() is None  # any day at first
    qtbot.mouseClick(panel.since.button, Qt.MouseButton.LeftButton)
    today = date.today()
    calendar = panel.since.calendar
    assert panel.since.popup.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert calendar.selectedDate() == QDate(today.year, today.month, today.day)
    # picking a day fills the field and filters
    picked = today - timedelta(days=1)
    calendar.clicked.emit(QDate(picked.year, picked.month, picked.day))
    assert not panel.since.popup.isVisible()
    assert panel.since.edit.text() == picked.isoformat()
    assert _ids(panel) == {"TODAY", "PAID-LONG-AGO", "PAID-AGO-DASH"}


@POPUP
def test_alt_down_opens_the_calendar_and_esc_closes_it(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open(qtbot, window)
    panel.until.edit.setFocus()
    qtbot.keyClick(panel.until.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.until.popup.isVisible()
    qtbot.keyClick(panel.until.calendar, Qt.Key.Key_Escape)
    assert not panel.until.popup.isVisible()
    assert panel.until.day() is None


def test_presets_fill_both_days(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open(qtbot, window)
    today = date.today()
    presets = [panel.preset_box.itemData(i) for i in range(panel.preset_box.count())]
    assert presets[:5] == [None, "today", "yesterday", "last7", "month"]
    panel.preset_box.setCurrentIndex(panel.preset_box.findData("today"))
    assert (panel.since.day(), panel.until.day()) == (today, today)
    assert _ids(panel) == {"TODAY", "PAID-LONG-AGO", "PAID-AGO-DASH"}
    panel.preset_box.setCurrentIndex(panel.preset_box.findData("yesterday"))
    yesterday = today - timedelta(days=1)
    assert (panel.since.day(), panel.until.day()) == (yesterday, yesterday)
    assert _ids(panel) == set()
    panel.preset_box.setCurrentIndex(panel.preset_box.findData("last7"))
    assert (panel.since.day(), panel.until.day()) == (today - timedelta(days=6), today)
    assert "TEN-DAYS-AGO" not in _ids(panel)
    panel.preset_box.setCurrentIndex(panel.preset_box.findData("month"))
    assert (panel.since.day(), panel.until.day()) == (today.replace(day=1), today)
    panel.preset_box.setCurrentIndex(0)  # any day
    assert (panel.since.day(), panel.until.day()) == (None, None)
    assert len(_ids(panel)) == 4
    # typing days that are a preset's selects it; other days read "chosen days"
    panel.set_days(today, today)
    assert panel.preset_box.currentData() == "today"
    panel.set_days(date(2026, 1, 5), date(2026, 1, 9))
    assert panel.preset_box.currentData() == "custom"


def test_a_day_is_cleared_back_to_any_day(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open(qtbot, window)
    panel.preset_box.setCurrentIndex(panel.preset_box.findData("yesterday"))
    assert _ids(panel) == set()
    field = panel.since.edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving does not bring the day back
    assert field.text() == ""
    assert panel.since.day() is None
    assert panel.current_filter().since is None
    panel.until.edit.clear()  # the field's clear button does this
    assert panel.until.day() is None
    assert panel.current_filter() == panel.current_filter().__class__()
    assert len(_ids(panel)) == 4
    assert panel.preset_box.currentData() is None


def test_the_days_can_be_pay_days(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open(qtbot, window)
    panel.set_days(date(2025, 1, 1), date(2025, 1, 1))
    assert _ids(panel) == set()  # nothing was queried then
    panel.basis_box.setCurrentIndex(panel.basis_box.findData("paid"))
    assert panel.current_filter().by == "paid"
    assert _ids(panel) == {"PAID-LONG-AGO", "PAID-AGO-DASH"}  # both pay_time formats
    panel.set_days(date(2025, 1, 2), None)
    assert _ids(panel) == set()
