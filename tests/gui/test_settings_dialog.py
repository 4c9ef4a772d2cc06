"""The settings dialog offers what the settings file accepts: what loads is what it shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from leshua_gui.core import settings
from leshua_gui.core.settings import ACCEPTED, LANGUAGES, Settings
from leshua_gui.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def spin_boxes(dialog: SettingsDialog) -> dict[str, QSpinBox | QDoubleSpinBox]:
    return {
        "poll_deadline_s": dialog.deadline,
        "connect_timeout_s": dialog.connect_timeout,
        "read_timeout_s": dialog.read_timeout,
        "history_retention_days": dialog.retention,
        "watch_hours": dialog.watch_hours,
    }


def test_the_dialog_limits_are_the_declared_ranges(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    boxes = spin_boxes(dialog)
    assert set(boxes) | {"language"} == set(ACCEPTED)
    for name, box in boxes.items():
        span = ACCEPTED[name]
        assert not isinstance(span, tuple)
        assert (box.minimum(), box.maximum()) == (span.low, span.high), name
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == list(LANGUAGES)
    assert ACCEPTED["language"] == LANGUAGES


@pytest.mark.parametrize("end", ["low", "high", "high+1"])
def test_what_the_file_holds_is_what_the_dialog_shows_and_gives_back(
    qtbot: QtBot, tmp_path: Path, end: str
) -> None:
    data: dict[str, object] = {"schema_version": settings.SCHEMA_VERSION}
    for name, span in ACCEPTED.items():
        if not isinstance(span, tuple):
            data[name] = span.low if end == "low" else span.high + (1 if end == "high+1" else 0)
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = settings.load(path)
    dialog = SettingsDialog(loaded)
    qtbot.addWidget(dialog)
    assert dialog.value() == loaded  # pressing OK without a change changes nothing
