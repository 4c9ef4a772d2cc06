"""Handing a setup to a colleague from the dialog: export without keys, import asks for them."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from leshua_gui.ui.tasks import TaskRunner
from tests.gui.test_profile_dialog import (  # noqa: F401 - fixtures
    MemoryKeyring,
    click,
    ctx,
    listed,
    open_dialog,
)


def test_export_then_import_into_a_fresh_setup(
    qtbot: QtBot, ctx: Services, runner: TaskRunner, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    ctx.store.add("Shop A", DEMO_MERCHANT_ID, "sandbox", transaction_key=DEMO_TRANSACTION_KEY,
                  notify_key="NOTIFY-KEY-12345678", note="front desk")  # fmt: skip
    ctx.store.add("Shop B", "0000000099", "production", transaction_key="KEY-B-123456789")
    dialog = open_dialog(qtbot, ctx, runner)
    exported = tmp_path / "profiles.json"
    dialog.export_to(exported)
    text = exported.read_text(encoding="utf-8")
    assert DEMO_TRANSACTION_KEY not in text
    assert "KEY-B-123456789" not in text
    assert "NOTIFY-KEY-12345678" not in text
    assert {p["name"] for p in json.loads(text)["profiles"]} == {"Shop A", "Shop B"}

    # A colleague's machine: the same profiles removed, then imported from the file.
    for name in ("Shop A", "Shop B"):
        ctx.store.remove(name)
    dialog.import_from(exported)
    assert dialog.name.text() == "Shop A"
    assert dialog.merchant_id.text() == DEMO_MERCHANT_ID
    assert dialog.note.text() == "front desk"
    assert "Shop A" in dialog.message.text()
    assert "1" in dialog.message.text()
    dialog.transaction_key.setText(DEMO_TRANSACTION_KEY)
    click(qtbot, dialog.save_button)
    assert dialog.name.text() == "Shop B"  # the next one is waiting for its keys
    assert dialog.merchant_id.text() == "0000000099"
    click(qtbot, dialog.save_button)  # no key typed: refused, nothing saved
    assert "transaction key" in dialog.message.text().lower()
    dialog.transaction_key.setText("KEY-B-123456789")
    click(qtbot, dialog.save_button)
    assert sorted(listed(dialog)) == ["Shop A", "Shop B"]
    shop_b = ctx.store.get("Shop B")
    assert ctx.store.key(shop_b) == "KEY-B-123456789"
    assert shop_b.gateway == "production"


def test_importing_profiles_that_exist_skips_them(
    qtbot: QtBot, ctx: Services, runner: TaskRunner, tmp_path: Path
) -> None:
    ctx.store.add("Shop A", DEMO_MERCHANT_ID, "sandbox", transaction_key=DEMO_TRANSACTION_KEY)
    dialog = open_dialog(qtbot, ctx, runner)
    exported = tmp_path / "profiles.json"
    dialog.export_to(exported)
    dialog.import_from(exported)
    assert "already exists" in dialog.message.text()
    dialog.import_from(tmp_path / "missing.json")
    assert "cannot be imported" in dialog.message.text()
