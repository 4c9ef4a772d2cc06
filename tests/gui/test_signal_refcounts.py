"""Qt's signals keep Python's reference counts: emitting does not eat references to True.

PySide6 6.12.0's SignalInstance.emit() returned True without taking a reference, so every emit
dropped one; on Python 3.11 a few thousand emits (one batch job, or a long day of queries)
aborted the app with "bool_dealloc: deallocating True or False". pyproject.toml excludes that
release; this test fails on any PySide6 that brings the defect back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Source(QObject):
    bare = Signal()
    carrying = Signal(object)


def test_emitting_keeps_the_references_of_true_and_false() -> None:
    source = _Source()
    seen: list[object] = []
    source.carrying.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        source.bare.emit()
        source.carrying.emit(1)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(seen) == 500
    assert abs(after[0] - before[0]) < 50, f"True lost {before[0] - after[0]} references"
    assert abs(after[1] - before[1]) < 50, f"False lost {before[1] - after[1]} references"
