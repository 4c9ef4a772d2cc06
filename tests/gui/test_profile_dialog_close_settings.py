"""The profile dialog's closing settings: "Allow closing orders" (off unless ticked) and "Tell me
when still unpaid after" N minutes, saved through the store, shown for a saved profile, reached
with the keyboard, and never ticked by an import."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.core.profiles.store import EXPORT_FORMAT
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from leshua_gui.ui.profile_dialog import ProfileDialog
from leshua_gui.ui.tasks import TaskRunner
from tests.gui.test_profile_dialog import (  # noqa: F401 - fixtures
    MemoryKeyring,
    click,
    ctx,
    dialog,
    fill,
    open_dialog,
    saved_profiles,
)


def set_minutes(qtbot: QtBot, dialog: ProfileDialog, minutes: int) -> None:
    """Type the minutes into the spin box, as a person does."""
    dialog.close_after.setFocus()
    dialog.close_after.selectAll()
    qtbot.keyClicks(dialog.close_after, str(minutes))


def tab_from(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget | None]:
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget | None] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_a_new_profile_starts_with_closing_off_and_30_minutes(dialog: ProfileDialog) -> None:
    assert dialog.allow_close.isVisible()
    assert not dialog.allow_close.isChecked()
    assert dialog.allow_close.text().replace("&", "") == "Allow closing orders"
    assert "a payment that arrives after it is refused" in dialog.allow_close_note.text()
    assert dialog.allow_close_note.isVisible()
    assert dialog.close_after.value() == 30
    assert dialog.close_after.text() == "30 min"
    assert dialog.labels["close_after"].buddy() is dialog.close_after
    dialog.close_after.setValue(0)
    assert dialog.close_after.text() == "never"


def test_ticked_and_typed_settings_are_saved(
    qtbot: QtBot, ctx: Services, dialog: ProfileDialog
) -> None:
    fill(qtbot, dialog, "Shop A", DEMO_TRANSACTION_KEY)
    dialog.allow_close.setFocus()
    qtbot.keyClick(dialog.allow_close, Qt.Key.Key_Space)
    assert dialog.allow_close.isChecked()
    set_minutes(qtbot, dialog, 45)
    assert dialog.close_after.value() == 45

    click(qtbot, dialog.save_button)

    assert "Saved" in dialog.message.text()
    profile = ctx.store.get("Shop A")
    assert (profile.allow_close, profile.close_after_minutes) == (True, 45)
    [entry] = saved_profiles(ctx)
    assert (entry["allow_close"], entry["close_after_minutes"]) == (True, 45)


def test_a_saved_profile_shows_its_settings_and_saves_a_change(
    qtbot: QtBot, ctx: Services, runner: TaskRunner, memory_keyring: MemoryKeyring
) -> None:
    ctx.store.add("Shop A", DEMO_MERCHANT_ID, "sandbox", transaction_key=DEMO_TRANSACTION_KEY,
                  allow_close=True, close_after_minutes=0)  # fmt: skip
    ctx.store.add("Shop B", "0000000099", "test", transaction_key="KEY-B-123456789")
    dialog = open_dialog(qtbot, ctx, runner)

    dialog.list.setCurrentRow(0)
    assert dialog.name.text() == "Shop A"
    assert dialog.allow_close.isChecked()
    assert dialog.close_after.text() == "never"
    dialog.list.setCurrentRow(1)  # another profile shows its own, not the last one's
    assert dialog.name.text() == "Shop B"
    assert not dialog.allow_close.isChecked()
    assert dialog.close_after.value() == 30

    dialog.list.setCurrentRow(0)
    click(qtbot, dialog.allow_close)
    set_minutes(qtbot, dialog, 120)
    click(qtbot, dialog.save_button)

    shop_a = ctx.store.get("Shop A")
    assert (shop_a.allow_close, shop_a.close_after_minutes) == (False, 120)
    assert ctx.store.key(shop_a) == DEMO_TRANSACTION_KEY  # saving the settings kept the key
    assert ctx.store.get("Shop B").close_after_minutes == 30
    dialog.list.setCurrentRow(0)
    assert not dialog.allow_close.isChecked()
    assert dialog.close_after.value() == 120


def test_new_after_a_saved_profile_starts_again_with_closing_off(
    ctx: Services, qtbot: QtBot, runner: TaskRunner, memory_keyring: MemoryKeyring
) -> None:
    ctx.store.add("Shop A", DEMO_MERCHANT_ID, "sandbox", transaction_key=DEMO_TRANSACTION_KEY,
                  allow_close=True, close_after_minutes=5)  # fmt: skip
    dialog = open_dialog(qtbot, ctx, runner)
    assert dialog.allow_close.isChecked()

    click(qtbot, dialog.new_button)

    assert not dialog.allow_close.isChecked()
    assert dialog.close_after.value() == 30


def test_tab_reaches_the_checkbox_then_the_minutes_then_save(
    qtbot: QtBot, dialog: ProfileDialog
) -> None:
    seen = tab_from(qtbot, dialog.notify_key, 3)
    assert seen == [dialog.allow_close, dialog.close_after, dialog.save_button]


def test_alt_letters_reach_both_settings(qtbot: QtBot, dialog: ProfileDialog) -> None:
    dialog.activateWindow()
    dialog.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.allow_close.isChecked)  # a button's mnemonic clicks it, animated
    qtbot.keyClick(dialog.allow_close, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.close_after


def test_an_import_keeps_the_minutes_and_never_ticks_closing(
    qtbot: QtBot, ctx: Services, dialog: ProfileDialog, tmp_path: Path
) -> None:
    export = tmp_path / "from-a-colleague.json"
    entry = {"name": "Shop A", "merchant_id": DEMO_MERCHANT_ID, "gateway": "sandbox", "note": "",
             "allow_close": True, "close_after_minutes": 12}  # fmt: skip
    export.write_text(json.dumps({"format": EXPORT_FORMAT, "version": 1, "profiles": [entry]}))

    dialog.import_from(export)

    assert dialog.name.text() == "Shop A"
    assert not dialog.allow_close.isChecked()
    assert dialog.close_after.value() == 12
    qtbot.keyClicks(dialog.transaction_key, DEMO_TRANSACTION_KEY)
    click(qtbot, dialog.save_button)
    profile = ctx.store.get("Shop A")
    assert (profile.allow_close, profile.close_after_minutes) == (False, 12)
