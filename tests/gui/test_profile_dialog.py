"""Manage profiles: keys go to the keyring (never profiles.json), test, rename, delete, fallback."""

from __future__ import annotations

import json
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from leshua_gui import APP_ID
from leshua_gui.app.services import Services
from leshua_gui.core.profiles.keystore import OsKeyStore
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from leshua_gui.ui.profile_dialog import ProfileDialog
from leshua_gui.ui.tasks import TaskRunner
from tests.support.memory_keyring import MemoryKeyring

WRONG_KEY = "NOT-THE-SANDBOX-KEY-0000000000Zq"


@pytest.fixture
def fail_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """keyring's "no keyring found" backend, active; yields every secret anything tried to store."""
    previous = keyring.get_keyring()
    backend = keyring.backends.fail.Keyring()
    attempts: list[str] = []
    original = backend.set_password

    def recording_set(service: str, username: str, password: str) -> None:
        attempts.append(password)
        original(service, username, password)

    monkeypatch.setattr(backend, "set_password", recording_set)
    keyring.set_keyring(backend)
    try:
        yield attempts
    finally:
        keyring.set_keyring(previous)


def _context() -> Iterator[Services]:
    ctx = Services()  # after the keyring is set: it is what the context opens
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def ctx(memory_keyring: MemoryKeyring) -> Iterator[Services]:
    yield from _context()


@pytest.fixture
def ctx_no_keyring(fail_keyring: list[str]) -> Iterator[Services]:
    yield from _context()


def open_dialog(qtbot: QtBot, ctx: Services, runner: TaskRunner) -> ProfileDialog:
    dialog = ProfileDialog(ctx, runner, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, ctx: Services, runner: TaskRunner) -> ProfileDialog:
    """The dialog on a working (in-memory) keyring, no profile yet."""
    return open_dialog(qtbot, ctx, runner)


@pytest.fixture
def shop_a(qtbot: QtBot, dialog: ProfileDialog) -> ProfileDialog:
    """The dialog with the profile "Shop A" (the demo merchant's key) saved and selected."""
    fill(qtbot, dialog, "Shop A", DEMO_TRANSACTION_KEY)
    click(qtbot, dialog.save_button)
    dialog.list.setCurrentRow(0)
    return dialog


def fill(
    qtbot: QtBot, dialog: ProfileDialog, name: str, key: str, merchant_id: str = DEMO_MERCHANT_ID
) -> None:
    for field in (dialog.name, dialog.merchant_id, dialog.transaction_key):
        field.clear()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.merchant_id, merchant_id)
    dialog.gateway.setCurrentIndex(dialog.gateway.findData("sandbox"))
    qtbot.keyClicks(dialog.transaction_key, key)


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def listed(dialog: ProfileDialog) -> list[str]:
    return [dialog.list.item(i).text().splitlines()[0] for i in range(dialog.list.count())]


def profiles_file_text(ctx: Services) -> str:
    path = ctx.paths.profiles_file
    return path.read_text(encoding="utf-8") if path.exists() else ""


def saved_profiles(ctx: Services) -> list[dict[str, str]]:
    text = profiles_file_text(ctx)
    return json.loads(text)["profiles"] if text else []


# -- with a working keyring -----------------------------------------------------------------


def test_save_puts_the_key_in_the_keyring_only(
    qtbot: QtBot, ctx: Services, dialog: ProfileDialog, memory_keyring: MemoryKeyring
) -> None:
    assert isinstance(ctx.keys, OsKeyStore)
    assert "MemoryKeyring" in dialog.banner.text()
    assert not dialog.session_box.isVisible()
    assert listed(dialog) == []

    fill(qtbot, dialog, "Shop A", DEMO_TRANSACTION_KEY)
    click(qtbot, dialog.save_button)

    assert listed(dialog) == ["Shop A"]
    assert "Saved" in dialog.message.text()
    [profile] = ctx.store.list()
    assert memory_keyring.entries == {
        (APP_ID, f"{profile.id}/transaction-key"): DEMO_TRANSACTION_KEY
    }
    text = profiles_file_text(ctx)
    assert "Shop A" in text
    assert DEMO_TRANSACTION_KEY not in text
    assert saved_profiles(ctx)[0]["merchant_id"] == DEMO_MERCHANT_ID
    assert saved_profiles(ctx)[0]["gateway"] == "sandbox"
    # The key field is emptied after saving and only hints at the stored key.
    assert dialog.transaction_key.text() == ""
    assert DEMO_TRANSACTION_KEY not in dialog.key_state.text()
    assert DEMO_TRANSACTION_KEY[-2:] in dialog.key_state.text()


def test_key_fields_are_password_fields_with_reveal(dialog: ProfileDialog) -> None:
    for field in (dialog.transaction_key, dialog.notify_key):
        assert field.echoMode() == QLineEdit.EchoMode.Password
        assert field.reveal in field.actions()
        field.reveal.trigger()
        assert field.echoMode() == QLineEdit.EchoMode.Normal
        field.reveal.trigger()
        assert field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.name.echoMode() == QLineEdit.EchoMode.Normal


def test_rename_keeps_the_key(
    qtbot: QtBot, ctx: Services, shop_a: ProfileDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = shop_a
    [before] = ctx.store.list()
    writes = memory_keyring.set_calls

    assert dialog.name.text() == "Shop A"
    assert dialog.transaction_key.text() == ""  # never shown back
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Shop A (front desk)")
    click(qtbot, dialog.save_button)

    assert listed(dialog) == ["Shop A (front desk)"]
    [after] = ctx.store.list()
    assert after.id == before.id
    assert ctx.store.key(after) == DEMO_TRANSACTION_KEY
    assert memory_keyring.set_calls == writes  # an unchanged key is not written again
    assert list(memory_keyring.entries.values()) == [DEMO_TRANSACTION_KEY]
    assert DEMO_TRANSACTION_KEY not in profiles_file_text(ctx)


@pytest.mark.parametrize(
    ("key", "verdict"),
    [(DEMO_TRANSACTION_KEY, "Working"), (WRONG_KEY, "rejected the signature")],
    ids=["demo-key", "wrong-key"],
)
def test_test_this_profile(
    qtbot: QtBot, runner: TaskRunner, dialog: ProfileDialog, key: str, verdict: str
) -> None:
    fill(qtbot, dialog, "Shop A", key)
    click(qtbot, dialog.save_button)
    dialog.list.setCurrentRow(0)
    assert dialog.test_button.isEnabled()

    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: verdict in dialog.verdict.text(), timeout=10000)
    assert dialog.test_button.isEnabled()
    assert key not in dialog.verdict.text()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)


def test_a_typed_key_is_tested_before_saving(
    qtbot: QtBot, shop_a: ProfileDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = shop_a
    qtbot.keyClicks(dialog.transaction_key, WRONG_KEY)
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "rejected the signature" in dialog.verdict.text(), timeout=10000)
    assert list(memory_keyring.entries.values()) == [DEMO_TRANSACTION_KEY]  # not saved


def test_delete_removes_profile_and_key(
    qtbot: QtBot,
    ctx: Services,
    shop_a: ProfileDialog,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = shop_a
    asked: list[str] = []

    defaults: list[object] = []

    def yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        defaults.append(args[4] if len(args) > 4 else kwargs.get("defaultButton"))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    click(qtbot, dialog.delete_button)

    assert asked
    assert "Shop A" in asked[0]
    assert defaults == [QMessageBox.StandardButton.No]  # Enter on the question keeps the profile
    assert listed(dialog) == []
    assert ctx.store.list() == []
    assert memory_keyring.entries == {}
    assert saved_profiles(ctx) == []
    assert "Deleted" in dialog.message.text()


def test_delete_can_be_declined(
    qtbot: QtBot,
    shop_a: ProfileDialog,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = shop_a
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    click(qtbot, dialog.delete_button)
    assert listed(dialog) == ["Shop A"]
    assert list(memory_keyring.entries.values()) == [DEMO_TRANSACTION_KEY]


# -- with no usable keyring -----------------------------------------------------------------


def test_no_keyring_needs_an_explicit_session_choice(
    qtbot: QtBot, ctx_no_keyring: Services, runner: TaskRunner, fail_keyring: list[str]
) -> None:
    ctx = ctx_no_keyring
    dialog = open_dialog(qtbot, ctx, runner)
    assert dialog.banner.isVisible()
    assert "keyring.backends.fail.Keyring" in dialog.banner.text()
    assert dialog.session_box.isVisible()
    assert not dialog.session_box.isChecked()

    fill(qtbot, dialog, "Shop A", DEMO_TRANSACTION_KEY)
    click(qtbot, dialog.save_button)
    assert "Saved" not in dialog.message.text()
    assert "keyring.backends.fail.Keyring" in dialog.message.text()
    assert listed(dialog) == []
    assert saved_profiles(ctx) == []

    click(qtbot, dialog.session_box)
    assert dialog.session_box.isChecked()
    assert ctx.session_only
    assert dialog.transaction_key.text() == DEMO_TRANSACTION_KEY  # the typed key is not lost
    click(qtbot, dialog.save_button)

    assert "Saved" in dialog.message.text()
    assert listed(dialog) == ["Shop A"]
    [saved] = saved_profiles(ctx)
    assert saved["name"] == "Shop A"
    assert saved["key_storage"] == "session"
    assert DEMO_TRANSACTION_KEY not in profiles_file_text(ctx)
    assert fail_keyring == []  # nothing was ever handed to the keyring
    [profile] = ctx.store.list()
    assert ctx.transaction_key(profile) == DEMO_TRANSACTION_KEY  # held in memory for this run

    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "Working" in dialog.verdict.text(), timeout=10000)


def test_test_this_profile_tests_what_is_in_the_form_not_what_was_saved(
    qtbot: QtBot,
    ctx: Services,
    runner: TaskRunner,
    shop_a: ProfileDialog,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = shop_a
    saved = profiles_file_text(ctx)

    # An unsaved merchant id: the gateway does not know it (the saved one would say Working).
    dialog.merchant_id.clear()
    qtbot.keyClicks(dialog.merchant_id, "1234567890")
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "not know this merchant id" in dialog.verdict.text(), timeout=10000)

    # An unsaved URL pointing nowhere: a plain explanation, not the HTTP library's exception.
    dialog.merchant_id.clear()
    qtbot.keyClicks(dialog.merchant_id, DEMO_MERCHANT_ID)
    dialog.gateway.setCurrentIndex(dialog.gateway.findData("custom"))
    qtbot.keyClicks(dialog.gateway_url, "http://127.0.0.1:9/leshua")
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "could not be reached" in dialog.verdict.text(), timeout=10000)
    verdict = dialog.verdict.text()
    assert "127.0.0.1:9" in verdict
    assert "connection refused" in verdict
    for raw in ("urllib3", "HTTPConnection", "Max retries", "NewConnectionError", "Pool"):
        assert raw not in verdict, verdict
    assert profiles_file_text(ctx) == saved  # testing saved nothing
    assert list(memory_keyring.entries.values()) == [DEMO_TRANSACTION_KEY]
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)


def test_a_new_profile_can_be_tested_before_it_is_saved(
    qtbot: QtBot,
    ctx: Services,
    runner: TaskRunner,
    dialog: ProfileDialog,
    memory_keyring: MemoryKeyring,
) -> None:
    fill(qtbot, dialog, "Shop B", WRONG_KEY)
    assert dialog.test_button.isEnabled()
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "rejected the signature" in dialog.verdict.text(), timeout=10000)
    assert saved_profiles(ctx) == []
    assert memory_keyring.entries == {}
    # A form that cannot be sent says why, as saving would.
    dialog.merchant_id.clear()
    qtbot.keyClicks(dialog.merchant_id, "12345")
    click(qtbot, dialog.test_button)
    assert "exactly 10 digits" in dialog.verdict.text()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)


def test_a_name_with_hidden_characters_is_refused_in_plain_words(
    qtbot: QtBot, ctx: Services, dialog: ProfileDialog
) -> None:
    fill(qtbot, dialog, "x", DEMO_TRANSACTION_KEY)
    dialog.name.setText("real\b\b\b\bfake")  # shows as "fake" in a terminal
    click(qtbot, dialog.save_button)
    assert "cannot contain control, direction-changing or invisible" in dialog.message.text()
    assert ctx.store.list() == []


def test_a_look_alike_name_counts_as_the_same_profile(qtbot: QtBot, dialog: ProfileDialog) -> None:
    fill(qtbot, dialog, "x", DEMO_TRANSACTION_KEY)
    dialog.name.setText("Caf\u00e9")  # typed with a composed é
    click(qtbot, dialog.save_button)
    click(qtbot, dialog.new_button)
    fill(qtbot, dialog, "x", DEMO_TRANSACTION_KEY)
    dialog.name.setText("Cafe\u0301")  # the same name, with a combining accent
    click(qtbot, dialog.save_button)
    assert "already exists" in dialog.message.text()
    assert listed(dialog) == ["Café"]


def test_the_list_shows_both_lines_of_each_profile(qtbot: QtBot, shop_a: ProfileDialog) -> None:
    dialog = shop_a
    item = dialog.list.item(0)
    assert item.text().splitlines() == ["Shop A", f"{DEMO_MERCHANT_ID} · Sandbox (local demo)"]
    # tall enough for both lines: a row one line high elides the second away
    lines = dialog.list.fontMetrics().lineSpacing()
    assert dialog.list.visualItemRect(item).height() >= 2 * lines + 8


def test_every_problem_of_the_form_is_said_at_once_in_field_order(
    qtbot: QtBot, ctx: Services, dialog: ProfileDialog
) -> None:
    dialog.name.clear()
    qtbot.keyClicks(dialog.merchant_id, "12345")
    dialog.gateway.setCurrentIndex(dialog.gateway.findData("custom"))
    qtbot.keyClicks(dialog.gateway_url, "ftp://example.com")
    click(qtbot, dialog.save_button)
    lines = dialog.message.text().splitlines()
    assert len(lines) == 4
    assert "name" in lines[0]
    assert "10 digits" in lines[1]
    assert "https://" in lines[2]
    assert "transaction key" in lines[3]
    assert ctx.store.list() == []
    assert dialog.focusWidget() is dialog.name  # the first faulty field
    marked = [f for f in (dialog.name, dialog.merchant_id, dialog.gateway_url, dialog.note,
                          dialog.transaction_key) if "border" in f.styleSheet()]  # fmt: skip
    assert marked == [dialog.name, dialog.merchant_id, dialog.gateway_url, dialog.transaction_key]

    qtbot.keyClicks(dialog.name, "Shop B")
    click(qtbot, dialog.save_button)
    assert "name" not in dialog.message.text().splitlines()[0]
    assert dialog.focusWidget() is dialog.merchant_id
    assert "border" not in dialog.name.styleSheet()
