"""Run one window lookup in a fresh interpreter and say on which thread the slow things
happened: the first import of `requests`, every keyring call and every SQLite connection.

Printed as JSON on the last line: {"before": [...], "lookup": [...], "state": "..."}; each event
is "<what> on the GUI thread" or "<what> on a worker". `before` is what happened while the
window was built and shown, `lookup` what happened from the click to the recorded answer."""

from __future__ import annotations

import importlib.abc
import json
import sqlite3
import sys
import threading
from typing import Any

events: list[str] = []


def _note(what: str) -> None:
    on_gui = threading.current_thread() is threading.main_thread()
    where = "the GUI thread" if on_gui else "a worker"
    events.append(f"{what} on {where}")


class _FirstImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, *_where: Any) -> None:
        if name == "requests":
            _note("import requests")


sys.meta_path.insert(0, _FirstImport())
_connect = sqlite3.connect


def _watched_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
    _note("sqlite connect")
    return _connect(*args, **kwargs)


sqlite3.connect = _watched_connect  # type: ignore[assignment]


def main() -> None:
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    class WatchedKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            _note("keyring read")
            return super().get_password(service, username)

    keyring.set_keyring(WatchedKeyring())

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from leshua_gui.app.services import Services
    from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
    from leshua_gui.sandbox.server import Sandbox
    from leshua_gui.ui import i18n
    from leshua_gui.ui.main_window import MainWindow

    app = QApplication([])
    with Sandbox() as sandbox:
        setup = Services()
        setup.store.add("Shop", DEMO_MERCHANT_ID, sandbox.url, transaction_key=DEMO_TRANSACTION_KEY)
        setup.close()
        events.clear()  # setting up the profile is not the window's doing

        ctx = Services()
        i18n.install("en")
        window = MainWindow(ctx, "en")
        window.show()
        app.processEvents()
        before = list(events)
        events.clear()

        loop = QEventLoop()
        written: list[bool] = []
        ctx.on_history_written = lambda: written.append(True)
        window.query_finished.connect(lambda _result: QTimer.singleShot(0, loop.quit))
        QTimer.singleShot(20000, loop.quit)
        window.query_bar.id_field.setText("DEMO-PAID-WX")
        window.query_bar.query_button.click()
        loop.exec()
        for _ in range(200):  # the row is written by the history writer, soon after
            if written:
                break
            app.processEvents()
            threading.Event().wait(0.02)
        state = window.tabs.result_view.state_badge.text.text()
        lookup = list(events)
        window.shutdown()
        ctx.close()
    seen = {"before": before, "lookup": lookup, "state": state, "recorded": bool(written)}
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
