"""Check a callback: the keys are read from the keyring on a worker, so a keyring that takes
seconds (locked and prompting, a slow Secret Service) never freezes the window; a check answers
only for the profile and the body it was asked for, and closing the dialog leaves no worker."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_ORDERS, notification
from leshua_gui.ui.callback_dialog import CallbackDialog
from leshua_gui.ui.tasks import TaskRunner
from tests.support.memory_keyring import MemoryKeyring

KEY_A = "NOTIFY-KEY-A-12345678"
KEY_B = "NOTIFY-KEY-B-87654321"
TRANSACTION_A = "TRANSACTION-KEY-A-1234"
TRANSACTION_B = "TRANSACTION-KEY-B-5678"
SIGNED_BY_A = notification(DEMO_ORDERS[0], KEY_A).decode("utf-8")
TAMPERED = SIGNED_BY_A.replace("[12800]", "[1]")


class SlowKeyring(MemoryKeyring):
    """A keyring whose reads wait for `gate` (a prompt the user has not answered yet)."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.gate.set()
        self.waiting = threading.Event()  # a read is blocked at the gate
        self.reads: list[tuple[str, int]] = []  # (user name, thread) of each read

    def get_password(self, service: str, username: str) -> str | None:
        self.reads.append((username, threading.get_ident()))
        if not self.gate.is_set():
            self.waiting.set()
            self.gate.wait(10)
        return super().get_password(service, username)


@pytest.fixture
def slow_keyring() -> Iterator[SlowKeyring]:
    previous = keyring.get_keyring()
    backend = SlowKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        backend.gate.set()  # a worker still at the gate ends
        keyring.set_keyring(previous)


@pytest.fixture
def ctx(slow_keyring: SlowKeyring) -> Iterator[Services]:
    ctx = Services()  # after the keyring is set: it is what the context opens
    ctx.store.add("Shop A", DEMO_MERCHANT_ID, "test", transaction_key=TRANSACTION_A,
                  notify_key=KEY_A)  # fmt: skip
    ctx.store.add("Shop B", "0000000099", "test", transaction_key=TRANSACTION_B, notify_key=KEY_B)
    ctx.store.add("Shop C", "0000000098", "test", transaction_key="TRANSACTION-KEY-C-9012")
    try:
        yield ctx
    finally:
        ctx.close()


def open_dialog(qtbot: QtBot, ctx: Services, runner: TaskRunner | None) -> CallbackDialog:
    dialog = CallbackDialog(ctx, "en", runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: CallbackDialog, name: str) -> None:
    index = next(
        i for i in range(dialog.profile_box.count()) if name in dialog.profile_box.itemText(i)
    )
    dialog.profile_box.setCurrentIndex(index)


def start_blocked(qtbot: QtBot, dialog: CallbackDialog, keys: SlowKeyring, body: str) -> None:
    """Paste `body`, press Check, and wait until the keyring read is held at the gate."""
    dialog.body.setPlainText(body)
    keys.gate.clear()
    keys.waiting.clear()
    keys.reads.clear()  # the reads of this check only
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keys.waiting.is_set, timeout=5000)


def test_a_slow_keyring_leaves_the_dialog_responsive_and_busy_then_shows_the_check(
    qtbot: QtBot, ctx: Services, runner: TaskRunner, slow_keyring: SlowKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx, runner)
    choose(dialog, "Shop A")
    start_blocked(qtbot, dialog, slow_keyring, SIGNED_BY_A)

    # The keyring has not answered; the GUI thread still runs its events.
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)
    assert dialog.busy
    assert dialog.summary.text() == "Checking…"
    assert not dialog.check_button.isEnabled()
    assert not dialog.verdict.isVisibleTo(dialog)
    gui_thread = threading.get_ident()
    assert slow_keyring.reads
    assert all(thread != gui_thread for _, thread in slow_keyring.reads)

    slow_keyring.gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "Genuine" in dialog.summary.text()
    assert dialog.verdict.text.text() == "Signature verified"
    assert dialog.check_button.isEnabled()
    assert dialog.check is not None
    assert dialog.check.trusted
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)


def test_the_check_of_the_previous_profile_is_never_shown(
    qtbot: QtBot, ctx: Services, runner: TaskRunner, slow_keyring: SlowKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx, runner)
    choose(dialog, "Shop A")
    start_blocked(qtbot, dialog, slow_keyring, SIGNED_BY_A)

    choose(dialog, "Shop B")  # while Shop A's key is being read
    assert not dialog.busy
    assert dialog.check_button.isEnabled()
    assert dialog.summary.text() == ""  # no "Checking…" left for a check that is dropped
    slow_keyring.gate.set()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)
    qtbot.wait(50)  # anything queued for the dialog has arrived
    assert "Genuine" not in dialog.summary.text()  # Shop A's key verified it; B is shown
    assert not dialog.verdict.isVisibleTo(dialog)
    assert dialog.check is None

    dialog.run_check()  # the same body, with Shop B's notify key: not its signature
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "Not verified" in dialog.summary.text()
    assert dialog.verdict.text.text() == "Signature mismatch"


def test_the_check_of_the_previous_body_is_never_shown(
    qtbot: QtBot, ctx: Services, runner: TaskRunner, slow_keyring: SlowKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx, runner)
    choose(dialog, "Shop A")
    start_blocked(qtbot, dialog, slow_keyring, TAMPERED)

    dialog.body.setPlainText(SIGNED_BY_A)  # another body pasted while the first is checked
    assert not dialog.busy
    slow_keyring.gate.set()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)
    qtbot.wait(50)
    assert "Not verified" not in dialog.summary.text()  # that was the tampered body's
    assert not dialog.verdict.isVisibleTo(dialog)

    dialog.run_check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "Genuine" in dialog.summary.text()


def test_a_shown_check_is_cleared_when_another_body_is_pasted(
    qtbot: QtBot, ctx: Services, runner: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, ctx, runner)
    choose(dialog, "Shop A")
    dialog.body.setPlainText(SIGNED_BY_A)
    dialog.run_check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "Genuine" in dialog.summary.text()
    dialog.body.setPlainText(TAMPERED)  # the green verdict was the other body's
    assert "Genuine" not in dialog.summary.text()
    assert not dialog.verdict.isVisibleTo(dialog)


def test_closing_the_dialog_while_it_checks_leaves_no_worker(
    qtbot: QtBot, ctx: Services, slow_keyring: SlowKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx, None)  # as Tools > Check a callback opens it: its runner
    choose(dialog, "Shop A")
    start_blocked(qtbot, dialog, slow_keyring, SIGNED_BY_A)
    own = dialog.runner
    dialog.close()  # the keyring has not answered: closing does not wait for it
    assert not dialog.isVisible()
    assert own.active == 0
    slow_keyring.gate.set()
    qtbot.wait(100)
    assert "Genuine" not in dialog.summary.text()


def test_closing_with_the_windows_runner_drops_the_check(
    qtbot: QtBot, ctx: Services, runner: TaskRunner, slow_keyring: SlowKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx, runner)
    choose(dialog, "Shop A")
    start_blocked(qtbot, dialog, slow_keyring, SIGNED_BY_A)
    dialog.reject()  # Escape
    assert not dialog.isVisible()
    slow_keyring.gate.set()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)
    qtbot.wait(50)
    assert "Genuine" not in dialog.summary.text()


def test_a_locked_keyring_and_a_missing_notify_key_are_said_and_no_key_is_logged(
    qtbot: QtBot,
    ctx: Services,
    runner: TaskRunner,
    slow_keyring: SlowKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = open_dialog(qtbot, ctx, runner)
    choose(dialog, "Shop A")
    dialog.body.setPlainText(SIGNED_BY_A)
    slow_keyring.fail_get = keyring.errors.KeyringLocked("Keyring is locked")
    dialog.run_check()
    assert dialog.summary.text() == "Checking…"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "locked" in dialog.summary.text()
    assert dialog.check_button.isEnabled()
    assert dialog.check is None

    slow_keyring.fail_get = None
    choose(dialog, "Shop C")  # saved without a notify key
    dialog.run_check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "no notify key" in dialog.summary.text()

    choose(dialog, "Shop A")
    dialog.run_check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "Genuine" in dialog.summary.text()
    shown = dialog.summary.text() + dialog.details.toPlainText()
    for key in (KEY_A, KEY_B, TRANSACTION_A, TRANSACTION_B):
        assert key not in caplog.text
        assert key not in shown
