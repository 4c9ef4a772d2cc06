"""The History tab with the keyboard alone: Tab reaches every control and leaves the date fields,
days are typed as people type them, and the tab's letters are unique in the window."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leshua_gui.ui.history_panel import HistoryPanel
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_tabs import HISTORY_TAB
from tests.gui.test_mnemonics import accelerators, clashes
from tests.support.history_records import record


def _open(qtbot: QtBot, window: MainWindow) -> HistoryPanel:
    store = window.ctx.history
    store.add_many([record(n, queried_at=datetime.now(UTC)) for n in range(3)])
    window.tabs.ensure_views()
    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel = window.tabs.history_panel
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is panel)
    panel.refresh()
    panel.table.selectRow(0)  # the row actions are enabled, so Tab can reach them
    return panel


def _walk(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_walks_every_control_and_out(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open(qtbot, window)
    controls = [
        panel.search, panel.status_box, panel.pay_way_box, panel.profile_box,
        panel.outcome_box, panel.lookup_box, panel.preset_box, panel.basis_box, panel.since.edit,
        panel.until.edit, panel.untrusted_box, panel.latest_box, panel.table,
        panel.show_button, panel.again_button, panel.export_button, panel.delete_button,
        panel.clear_button,
    ]  # fmt: skip
    assert all(c.isEnabled() and c.isVisible() for c in controls)
    seen = _walk(qtbot, panel.search, len(controls))
    inside = [w for w in seen if panel.isAncestorOf(w)]
    assert inside == controls  # each once, in reading order: no trap in the date fields
    assert not panel.isAncestorOf(seen[-1])  # and then out of the tab
    # Shift+Tab goes back through the date fields too
    qtbot.keyClick(panel.latest_box, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    panel.until.edit.setFocus()
    qtbot.keyClick(panel.until.edit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is panel.since.edit


@pytest.mark.parametrize("typed", ["20270115", "2027-01-15", "2027/1/15"])
def test_a_typed_day_is_taken(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    panel = _open(qtbot, window)
    field = panel.since.edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert panel.since.day() == date(2027, 1, 15)
    assert field.text() == "2027-01-15"
    assert QApplication.focusWidget() is panel.until.edit  # Tab went on
    since = panel.current_filter().since
    assert since is not None
    assert since.date() == date(2027, 1, 15)
    assert panel.model.rowCount() == 0  # the rows are from today, before that day


def test_a_wrong_day_is_marked_and_not_applied(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open(qtbot, window)
    field = panel.until.edit
    field.setFocus()
    qtbot.keyClicks(field, "day2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not panel.until.is_valid()
    assert "2026-12-01" in field.toolTip()
    assert panel.until.day() is None
    assert panel.model.rowCount() == 3
    assert QApplication.focusWidget() is not field  # never a trap


@pytest.mark.parametrize("fixture", ["window", "window_zh"])
def test_the_history_tab_letters_are_unique(
    qtbot: QtBot, request: pytest.FixtureRequest, fixture: str
) -> None:
    window: MainWindow = request.getfixturevalue(fixture)
    panel = _open(qtbot, window)
    assert clashes(window) == {}
    found = accelerators(window)
    own = {
        letter
        for letter, texts in found.items()
        for w in panel.findChildren(QWidget)
        if any(t in texts for t in _texts_of(w))
    }
    assert own  # the panel's controls have letters of their own
    assert not own & {"H", "I", "Y", "S"}
    for button in (panel.show_button, panel.again_button, panel.export_button,
                   panel.delete_button, panel.clear_button):  # fmt: skip
        assert "&" in button.text(), button.text()
    assert panel.search_label.buddy() is panel.search
    assert panel.days_label.buddy() is panel.preset_box


def _texts_of(widget: QWidget) -> list[str]:
    text = getattr(widget, "text", None)
    return [text()] if callable(text) and isinstance(text(), str) else []
