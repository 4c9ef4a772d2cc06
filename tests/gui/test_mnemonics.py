"""Every accelerator (&X) is unique within its window or dialog, in English and Chinese: the main
window (menu bar titles, every visible labelled control, the tab texts, in each tab and on the
first run), the profile, settings, refund and callback dialogs; and each menu's entries within it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.ui import i18n
from leshua_gui.ui.callback_dialog import CallbackDialog
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.profile_dialog import ProfileDialog
from leshua_gui.ui.refund_dialog import RefundDialog
from leshua_gui.ui.result_tabs import HISTORY_TAB, RAW_TAB, RESULT_TAB
from leshua_gui.ui.settings_dialog import SettingsDialog
from leshua_gui.ui.tasks import TaskRunner

LANGS = ("en", "zh_CN")


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a Qt text ("&&" is a literal ampersand), upper case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].upper()
        i += 1
    return None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [
            widget.tabText(i)
            for i in range(widget.count())
            if widget.isTabVisible(i) and widget.isTabEnabled(i)
        ]
    if isinstance(widget, QMenuBar):
        return [a.text() for a in widget.actions() if a.isVisible()]
    return []


def accelerators(top: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts carrying it, for every control of `top` a person can see now."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        for text in _texts(widget):
            letter = mnemonic(text)
            if letter:
                found[letter].append(text)
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in accelerators(top).items() if len(v) > 1}


def menu_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Per menu, the letters shared by two of its visible entries."""
    out: dict[str, dict[str, list[str]]] = {}
    for menu in window.findChildren(QMenu):
        found: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text()) if action.isVisible() else None
            if letter:
                found[letter].append(action.text())
        shared = {k: v for k, v in found.items() if len(v) > 1}
        if shared:
            out[menu.title() or menu.objectName() or repr(menu)] = shared
    return out


def _open(qtbot: QtBot, ctx: Services, lang: str) -> Iterator[MainWindow]:
    i18n.install(lang)
    window = MainWindow(ctx, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.ensure_views()
    try:
        yield window
    finally:
        window.shutdown()
        i18n.install("en")


@pytest.fixture(params=LANGS)
def demo_window(
    request: pytest.FixtureRequest, qtbot: QtBot, demo_ctx: Services
) -> Iterator[MainWindow]:
    yield from _open(qtbot, demo_ctx, request.param)


@pytest.fixture(params=LANGS)
def fresh_window(
    request: pytest.FixtureRequest, qtbot: QtBot, app_home: object
) -> Iterator[MainWindow]:
    ctx = Services()
    try:
        yield from _open(qtbot, ctx, request.param)
    finally:
        ctx.close()


def _show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)  # not shown: isVisibleTo() tells what showing it would show
    return dialog


@pytest.mark.parametrize("tab", [RESULT_TAB, RAW_TAB])
def test_main_window_letters_are_unique(qtbot: QtBot, demo_window: MainWindow, tab: int) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(tab)
    assert window.query_bar.demo_orders.isVisible()
    found = accelerators(window)
    assert len(found) >= 10, found  # the walk sees the menus, the bars and the tabs
    assert clashes(window) == {}
    assert menu_clashes(window) == {}


def test_letters_are_unique_while_a_query_runs(qtbot: QtBot, demo_window: MainWindow) -> None:
    """The Cancel button shows only then; the result of the last query is still on screen."""
    window = demo_window
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    window.query_bar.id_field.setText("FAULT-SLOW")
    window.run_query()
    qtbot.waitUntil(window.query_bar.cancel_button.isVisible, timeout=5000)
    try:
        assert clashes(window) == {}
    finally:
        window.cancel_query()
        qtbot.waitUntil(lambda: not window.controller.running, timeout=10000)


def test_alt_h_is_help_only_and_history_has_its_own_letter(demo_window: MainWindow) -> None:
    window = demo_window
    history = mnemonic(window.tabs.tabText(HISTORY_TAB))
    assert history is not None
    assert history != "H"
    assert mnemonic(window.menus.help_menu.title()) == "H"
    assert accelerators(window)[history] == [window.tabs.tabText(HISTORY_TAB)]


def test_history_tab_letters_are_unique(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(HISTORY_TAB)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.tabs.history_panel)
    assert clashes(window) == {}


def test_letters_are_unique_when_the_history_cannot_open(demo_window: MainWindow) -> None:
    """The History tab's stand-in, with its retry button, instead of the panel."""
    from leshua_gui.core.history.store import HistoryUnavailable

    window = demo_window
    tabs = window.tabs
    tabs.blockSignals(True)  # not the panel: its stand-in, as when the history is busy
    tabs.setCurrentIndex(HISTORY_TAB)
    tabs.blockSignals(False)
    placeholder = tabs.currentWidget()
    placeholder.show_problem(HistoryUnavailable("database is locked", "busy"))  # type: ignore[attr-defined]
    assert placeholder.retry_button.isVisibleTo(window)  # type: ignore[attr-defined]
    assert clashes(window) == {}


def test_first_run_letters_are_unique(fresh_window: MainWindow) -> None:
    window = fresh_window
    assert window.first_run.isVisible()
    assert clashes(window) == {}
    assert menu_clashes(window) == {}


def test_profile_dialog_letters_are_unique(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    runner = TaskRunner()
    try:
        dialog = _show(qtbot, ProfileDialog(window.ctx, runner, window.lang, window))
        found = accelerators(dialog)
        # the two collisions a person met: Alt+T (key / Test) and Alt+N (Name / New)
        assert "T" in found
        assert "N" in found
        assert clashes(dialog) == {}
    finally:
        assert runner.shutdown(5000)


def test_settings_dialog_letters_are_unique(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = _show(qtbot, SettingsDialog(demo_window.ctx.settings, demo_window))
    assert len(accelerators(dialog)) >= 5
    assert clashes(dialog) == {}


def test_refund_dialog_letters_are_unique(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = _show(qtbot, RefundDialog("DEMO-PAID-WX", demo_window))
    assert len(accelerators(dialog)) >= 2
    assert clashes(dialog) == {}


def test_callback_dialog_letters_are_unique(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = _show(qtbot, CallbackDialog(demo_window.ctx, demo_window.lang, demo_window))
    assert len(accelerators(dialog)) >= 3
    assert clashes(dialog) == {}
