"""A profile named like a placeholder ("Shop %2 East") is shown as it is in every sentence that
names it: the values put into a translated sentence are never filled in again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.tasks import TaskRunner
from tests.gui.test_profile_dialog import (  # noqa: F401 - fixtures
    click,
    ctx,
    open_dialog,
)
from tests.support.memory_keyring import MemoryKeyring

NAME = "Shop %2 East"


def test_the_profile_dialog_says_the_name_as_it_is(
    qtbot: QtBot,
    ctx: Services,
    runner: TaskRunner,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx.store.add(NAME, DEMO_MERCHANT_ID, "sandbox", transaction_key=DEMO_TRANSACTION_KEY)
    dialog = open_dialog(qtbot, ctx, runner)
    exported = tmp_path / "profiles.json"
    dialog.export_to(exported)
    ctx.store.remove(NAME)

    dialog.import_from(exported)
    assert dialog.message.text() == f"Importing “{NAME}”: enter its keys, then Save."
    dialog.transaction_key.setText(DEMO_TRANSACTION_KEY)
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == f"Saved “{NAME}”."

    asked: list[str] = []

    def yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.list.setCurrentRow(
        next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith(NAME))
    )
    click(qtbot, dialog.delete_button)
    assert asked == [f"Delete the profile “{NAME}” and remove its keys from the keyring?"]
    assert dialog.message.text() == f"Deleted “{NAME}”."


def test_the_window_says_the_name_as_it_is(
    qtbot: QtBot, memory_keyring: MemoryKeyring, window: MainWindow
) -> None:
    window.ctx.store.add(NAME, DEMO_MERCHANT_ID, "sandbox", transaction_key=DEMO_TRANSACTION_KEY)
    window.reload_profiles()
    window.profile_bar.profile_box.setCurrentIndex(
        window.profile_bar.profile_box.findText(NAME, flags=Qt.MatchFlag.MatchStartsWith)
    )
    assert window.current_profile() is not None
    assert window.current_profile().name == NAME
    window.query_bar.id_field.setText("DEMO-REFUNDING")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query(refund={"merchant_refund_id": "DEMO-REFUND-%1"})
    context = window.tabs.result_view.context_line.text()
    assert f"{NAME} · {DEMO_MERCHANT_ID} · DEMO-REFUNDING · refund DEMO-REFUND-%1" in context
    assert window.ctx.history_writer.flush()
    (row,) = window.ctx.history.page()
    assert row.profile == NAME

    window.ctx.store.remove(NAME)
    window.reload_profiles()
    window.query_again(row)
    assert window.statusBar().currentMessage() == (
        f"No profile “{NAME}” for merchant {DEMO_MERCHANT_ID} any more: the query was not repeated."
    )
    gone = replace(row, profile="Shop %2 %1")
    window.query_again(gone)
    assert "No profile “Shop %2 %1” for merchant" in window.statusBar().currentMessage()
