"""Asking the window as a person does, for GUI tests: the order in the bar, then Query."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.ui.main_window import MainWindow


def ask(
    qtbot: QtBot,
    window: MainWindow,
    order_id: str,
    *,
    keep_polling: bool = False,
    refund: dict[str, str] | None = None,
) -> PollResult:
    """Query `order_id` (one query unless `keep_polling`) and wait for the answer."""
    window.query_bar.keep_polling.setChecked(keep_polling)
    window.query_bar.id_field.setText(order_id)
    with qtbot.waitSignal(window.query_finished, timeout=15000) as finished:
        window.run_query(refund=refund)
    result = finished.args[0]
    assert isinstance(result, PollResult)
    return result
