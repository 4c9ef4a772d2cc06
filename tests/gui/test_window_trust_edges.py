"""Edges where the window could show the wrong picture: the demo banner over a real merchant,
another order's answer left on screen, a refund read as an order, a quit that waits on the wire."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import keyring
import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from leshua_gui.ui import i18n
from leshua_gui.ui.context import AppContext
from leshua_gui.ui.main_window import MainWindow
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    i18n.install("en")
    window = MainWindow(ctx, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_demo_opens_on_the_demo_profile_and_the_banner_follows_it(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    setup = AppContext()
    setup.store.add("Shop A", DEMO_MERCHANT_ID, "test", transaction_key=DEMO_TRANSACTION_KEY)
    setup.save_settings(replace(setup.settings, last_profile="Shop A"))
    setup.close()

    ctx = AppContext(demo=True)  # leshua-gui --demo, with a real profile used last time
    window = open_window(qtbot, ctx)
    try:
        assert window.profile_box.currentData() == "demo"
        assert window.demo_banner.isVisible()
        window.profile_box.setCurrentIndex(window.profile_box.findText("Shop A", flags=_contains()))
        assert window.current_profile() is not None
        assert window.current_profile().name == "Shop A"  # type: ignore[union-attr]
        assert not window.demo_banner.isVisible()  # a real merchant: no "nothing here is real"
        assert "Demo" not in window.windowTitle()
        window.profile_box.setCurrentIndex(window.profile_box.findData("demo"))
        assert window.demo_banner.isVisible()
        # The demo is not what is remembered as the last profile.
        assert ctx.settings.last_profile == "Shop A"
    finally:
        window.shutdown()
        ctx.close()


def _contains() -> object:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains
