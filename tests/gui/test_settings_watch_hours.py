"""Settings > "Watch orders for up to": the watch length, 1 to 168 hours, saved with the rest."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.core import settings
from leshua_gui.core.settings import WATCH_HOURS, Settings
from leshua_gui.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def test_the_watch_length_shows_what_is_saved_within_its_range(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(watch_hours=36))
    qtbot.addWidget(dialog)
    box = dialog.watch_hours
    assert box.value() == 36
    assert (box.minimum(), box.maximum()) == (WATCH_HOURS.low, WATCH_HOURS.high) == (1, 168)
    assert box.text() == "36 h"
    label = next(lab for lab in dialog.labels if lab.buddy() is box)
    assert label.text() == "&Watch orders for up to:"
    box.setValue(500)  # typed past the end: the box holds its highest
    assert dialog.value().watch_hours == 168


def test_a_changed_watch_length_is_saved_and_read_back(qtbot: QtBot, app_home: object) -> None:
    ctx = Services()
    try:
        assert ctx.settings.watch_hours == 24
        dialog = SettingsDialog(ctx.settings)
        qtbot.addWidget(dialog)
        dialog.watch_hours.setValue(72)
        new = dialog.value()
        assert new.watch_hours == 72
        assert new.poll_deadline_s == ctx.settings.poll_deadline_s  # the others as they were
        ctx.save_settings(new)
        assert settings.load(ctx.paths.settings_file).watch_hours == 72
    finally:
        ctx.close()
    again = Services()  # the next start reads it
    try:
        assert again.settings.watch_hours == 72
        reopened = SettingsDialog(again.settings)
        qtbot.addWidget(reopened)
        assert reopened.watch_hours.value() == 72
    finally:
        again.close()
