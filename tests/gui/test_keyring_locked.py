"""A keyring locked when a query needs a key: a clear message, nothing sent, nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from leshua_gui.sandbox.server import Sandbox
from leshua_gui.ui import i18n
from leshua_gui.ui.main_window import MainWindow
from tests.gui.test_profile_dialog import MemoryKeyring


class LockableKeyring(MemoryKeyring):
    locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        return super().get_password(service, username)


@pytest.fixture
def lockable() -> Iterator[LockableKeyring]:
    previous = keyring.get_keyring()
    backend = LockableKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "The keyring is locked"), ("zh_CN", "钥匙串已锁定")]
)
def test_locked_keyring_is_explained_and_nothing_is_sent_or_lost(
    qtbot: QtBot, lockable: LockableKeyring, app_home: Path, lang: str, words: str
) -> None:
    with Sandbox() as sandbox:
        ctx = Services()
        ctx.store.add("Shop", DEMO_MERCHANT_ID, sandbox.url, transaction_key=DEMO_TRANSACTION_KEY)
        profiles_file = ctx.paths.profiles_file.read_bytes()
        i18n.install(lang)
        window = MainWindow(ctx, lang)
        qtbot.addWidget(window)
        window.show()
        lockable.locked = True
        window.query_bar.keep_polling.setChecked(False)
        window.query_bar.id_field.setText("DEMO-PAID-WX")
        with qtbot.waitSignal(window.query_finished, timeout=5000):
            window.run_query()
        notice = window.tabs.result_view.notice.text()
        assert words in notice
        assert sandbox.state.requests_seen == 0
        assert window.profile_bar.profile_box.count() == 1  # the profile is still listed
        assert ctx.paths.profiles_file.read_bytes() == profiles_file
        lockable.locked = False  # unlocked: the same query now works
        with qtbot.waitSignal(window.query_finished, timeout=5000) as blocker:
            window.run_query()
        assert blocker.args[0].reply is not None
        window.shutdown()
        ctx.close()
    i18n.install("en")
