"""A lookup's key, client and history row are made on the worker, never on the GUI thread, and
the window shows the one Lookup value the worker returns."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.ui.main_window import MainWindow


def _watch(monkeypatch: pytest.MonkeyPatch, ctx: Services, name: str, seen: list[str]) -> None:
    original = getattr(ctx, name)

    def watched(*args: Any, **kwargs: Any) -> Any:
        on_gui = threading.current_thread() is threading.main_thread()
        seen.append(f"{name} on the {'GUI thread' if on_gui else 'worker'}")
        return original(*args, **kwargs)

    monkeypatch.setattr(ctx, name, watched)


def test_key_client_and_record_are_made_on_the_worker(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    for name in ("transaction_key", "client_for", "record"):
        _watch(monkeypatch, window.ctx, name, seen)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000) as finished:
        window.run_query()
    assert seen == [
        "transaction_key on the worker",
        "client_for on the worker",
        "record on the worker",
    ]
    lookup = window.lookup
    assert lookup is not None
    assert finished.args == [lookup.result]  # the window shows the worker's value itself
    assert lookup.trusted
    assert lookup.final
    assert window.tabs.result_view.state_badge.text.text() == "Paid"


def test_a_cancelled_lookup_is_recorded_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    _watch(monkeypatch, window.ctx, "record", seen)
    window.ctx.save_settings(replace(window.ctx.settings, poll_deadline_s=60))
    window.query_bar.keep_polling.setChecked(True)
    window.query_bar.id_field.setText("DEMO-PENDING")
    window.run_query()
    qtbot.waitUntil(lambda: window.strip.timeline.count() >= 1, timeout=5000)
    window.cancel_query()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    # a second lookup ends normally: by then the cancelled one has long been recorded
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.id_field.setText("DEMO-PAID-WX")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    assert window.ctx.history_writer.flush()
    assert [r.order_id for r in window.ctx.history.page()] == ["DEMO-PAID-WX", "DEMO-PENDING"]
    assert seen == ["record on the worker", "record on the worker"]
