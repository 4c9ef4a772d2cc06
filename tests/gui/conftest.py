"""GUI fixtures: a real MainWindow on the offscreen platform, in demo mode, joined at teardown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.ui import i18n
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _qt_application(qapp: QApplication) -> QApplication:
    """Every GUI test has its QApplication, whatever runs first (qtmodeltester alone makes
    none, and a QPixmap without one aborts the process)."""
    return qapp


@pytest.fixture
def demo_ctx(app_home: object) -> Iterator[Services]:
    ctx = Services(demo=True)
    assert ctx.sandbox is not None
    ctx.sandbox.state.slow_seconds = 1.5
    yield ctx
    ctx.close()


def _window(qtbot: QtBot, ctx: Services, lang: str) -> Iterator[MainWindow]:
    i18n.install(lang)
    window = MainWindow(ctx, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()
    assert window.runner.active == 0, "a worker outlived the window"


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: Services) -> Iterator[MainWindow]:
    """The main window in English on the demo sandbox."""
    yield from _window(qtbot, demo_ctx, "en")


@pytest.fixture
def window_zh(qtbot: QtBot, demo_ctx: Services) -> Iterator[MainWindow]:
    """The main window in Simplified Chinese on the demo sandbox."""
    yield from _window(qtbot, demo_ctx, "zh_CN")
    i18n.install("en")


@pytest.fixture
def first_run(qtbot: QtBot, app_home: object) -> Iterator[MainWindow]:
    """A window on a fresh home: no profiles and no demo running."""
    ctx = Services()
    i18n.install("en")
    window = MainWindow(ctx, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()
    assert window.runner.active == 0
    ctx.close()


@pytest.fixture
def window_tw(qtbot: QtBot, demo_ctx: Services) -> Iterator[MainWindow]:
    """The main window in Traditional Chinese (Taiwan) on the demo sandbox."""
    yield from _window(qtbot, demo_ctx, "zh_TW")
    i18n.install("en")


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """A task runner for a dialog under test, shut down (and idle) at teardown."""
    tasks = TaskRunner()
    yield tasks
    assert tasks.shutdown(5000)
    assert tasks.active == 0
