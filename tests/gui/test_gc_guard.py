"""Garbage collection happens on the GUI thread only (a collection on a worker could destroy a Qt
object there and crash): the app turns automatic collection off and collects on a timer."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from leshua_gui.ui import gc_guard


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collector_turns_automatic_collection_off_and_collects_on_its_timer(
    qtbot: QtBot, monkeypatch
) -> None:
    monkeypatch.setattr(gc_guard, "YOUNG_EVERY_MS", 20)
    monkeypatch.setattr(gc_guard, "FULL_EVERY", 2)
    parent = QObject()
    collector = gc_guard.GarbageCollector(parent)
    gc.enable()
    try:
        collector.start()
        assert not gc.isenabled()
        gc.collect()
        for _ in range(1000):
            Cycle()  # garbage that only the collector can free
        assert any(isinstance(o, Cycle) for o in gc.get_objects())
        qtbot.waitUntil(
            lambda: not any(isinstance(o, Cycle) for o in gc.get_objects()), timeout=3000
        )
        collector.stop()
        assert gc.isenabled()  # back to Python's own collection when the app ends
    finally:
        collector.stop()
        gc.disable()  # the test session's own setting (tests/conftest.py)
