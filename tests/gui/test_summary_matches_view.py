"""The Copy summary says what the result view shows, row for row, in the same order: support
pastes it into a ticket, and it must not say more, less or otherwise than the window did."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_view import ResultView, ValueLabel


def ask(qtbot: QtBot, window: MainWindow, order_id: str) -> ResultView:
    """One lookup typed into the query bar, as a user runs it; the result view it ends in."""
    bar = getattr(window, "query_bar", window)
    bar.keep_polling.setChecked(False)
    bar.kind_box.setCurrentIndex(bar.kind_box.findData("third_order_id"))
    bar.id_field.setText(order_id)
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    view = window.findChild(ResultView)
    assert view is not None
    return view


def grid_lines(view: ResultView) -> list[str]:
    """What the view's rows show, top to bottom, read off the widgets: a section's title, then
    "title: value" for each row under it (a table: one line per table row)."""
    grid = view.grid
    lines: list[str] = []
    for r in range(grid.rowCount()):
        first = grid.itemAtPosition(r, 0)
        widget = first.widget() if first is not None else None
        if isinstance(widget, QTableWidget):
            for t in range(widget.rowCount()):
                cells = []
                for c in range(widget.columnCount()):
                    header, item = widget.horizontalHeaderItem(c), widget.item(t, c)
                    if header is not None and item is not None and item.text():
                        cells.append(f"{header.text()}: {item.text()}")
                lines.append(f"  #{t + 1}: " + " · ".join(cells))
            continue
        if not isinstance(widget, QLabel):
            continue
        second = grid.itemAtPosition(r, 1)
        holder = second.widget() if second is not None else None
        if holder is None or holder is widget:  # a section's title, or a note, spans the row
            lines.append(widget.text())
            continue
        value = holder.findChild(ValueLabel)
        assert value is not None
        lines.append(f"  {widget.text()}: {value.text()}")
    return lines


@pytest.mark.parametrize("order_id", ["DEMO-PAID-WX", "DEMO-UNKNOWN-STATE", "FAULT-BAD-SIGN"])
def test_the_summary_is_the_rows_of_the_window_in_its_order(
    qtbot: QtBot, window: MainWindow, order_id: str
) -> None:
    view = ask(qtbot, window, order_id)
    summary = view.summary_text().splitlines()
    shown = grid_lines(view)
    assert len(shown) > 8
    # The headline (the state and its trust) first, then exactly the rows, in the window's order.
    assert summary[len(summary) - len(shown) :] == shown
    head = summary[: len(summary) - len(shown)]
    assert head
    # What was asked first (the context line's profile and merchant id, the order's kind),
    # then the state, the distrust leading it when the answer is untrusted.
    assert head[:3] == [
        "Profile: Demo merchant (sandbox)",
        "Leshua merchant id: 0000000018",
        f"Merchant order number: {order_id}",
    ]
    assert view.state_badge.text.text().lower() in head[3].lower()
    assert view.verify_badge.text.text().lower() in "\n".join(head).lower()
    if order_id == "FAULT-BAD-SIGN":
        assert head[3].startswith("Untrusted answer: signature mismatch; ")


def test_the_amounts_check_is_in_the_window_and_the_summary(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = ask(qtbot, window, "DEMO-PAID-WX")
    shown = grid_lines(view)
    amounts = shown.index("Amounts (yuan)")
    assert shown[amounts + 1 : amounts + 6] == [
        "  Order amount: ¥128.00",
        "  − Discount: ¥10.00",
        "  = Buyer paid: ¥118.00",
        "  Check: 128.00 − 10.00 = 118.00: matches what the buyer paid",
        "  Settlement amount: ¥118.00",
    ]
    assert "  Check: 128.00 − 10.00 = 118.00: matches what the buyer paid" in (
        view.summary_text().splitlines()
    )
