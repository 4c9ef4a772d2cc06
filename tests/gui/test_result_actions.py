"""The result's "Watch until final" and "Close order…": offered by the window's rule (offers()),
hidden otherwise, and each asks for its action by a click or from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from leshua_gui.app.lookup import Lookup, LookupRequest, run_lookup
from leshua_gui.app.services import Services
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.ui.result_view import ResultView, offers, offers_for

pytestmark = pytest.mark.gui
#: the offscreen platform's own note when a widget is shown as a window of its own
SHOWN = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("kind", "trusted", "final", "status", "allow_close", "expected"),
    [
        # a verified paying order: watch it; close it only where the profile allows
        ("order", True, False, "0", True, (True, True)),
        ("order", True, False, "0", False, (True, False)),
        # an unverified "paying" is never closable, but may be watched until it verifies
        ("order", False, False, "0", True, (True, False)),
        # not found yet, unknown, a transport error: no state, not final
        ("order", False, False, None, True, (True, False)),
        # final states offer neither
        ("order", True, True, "2", True, (False, False)),
        ("order", True, True, "6", True, (False, False)),
        ("order", True, True, "8", True, (False, False)),
        # a refund lookup offers neither, whatever it says
        ("refund", True, False, "0", True, (False, False)),
        ("refund", False, False, None, True, (False, False)),
        ("refund", True, True, "10", True, (False, False)),
    ],
)
def test_the_offers_decision_table(
    kind: str,
    trusted: bool,
    final: bool,
    status: str | None,
    allow_close: bool,
    expected: tuple[bool, bool],
) -> None:
    assert offers(kind, trusted, final, status, allow_close) == expected


@pytest.fixture
def demo(app_home: object) -> Iterator[Services]:
    ctx = Services(demo=True)
    yield ctx
    ctx.close()


def _lookup(ctx: Services, order_id: str, *, refund: str | None = None) -> Lookup:
    assert ctx.demo_profile is not None
    order = OrderRef.of(third_order_id=order_id)
    if refund is None:
        return run_lookup(ctx, LookupRequest(ctx.demo_profile, order))
    request = LookupRequest(
        ctx.demo_profile, order, kind="refund", refund=("merchant_refund_id", refund)
    )
    return run_lookup(ctx, request)


def test_what_real_demo_answers_offer(demo: Services) -> None:
    assert offers_for(_lookup(demo, "DEMO-PENDING"), True) == (True, True)
    assert offers_for(_lookup(demo, "DEMO-PENDING"), False) == (True, False)
    assert offers_for(_lookup(demo, "DEMO-PAID-WX"), True) == (False, False)
    not_found = _lookup(demo, "NO-SUCH-ORDER-42")
    assert not not_found.trusted or not not_found.final
    assert offers_for(not_found, True) == (True, False)
    refunding = _lookup(demo, "DEMO-REFUNDING", refund="DEMO-REFUND-1")
    assert refunding.trusted
    assert not refunding.final
    assert offers_for(refunding, True) == (False, False)


def _buttons(view: ResultView) -> tuple[QPushButton, QPushButton]:
    return view.watch_button, view.close_button


def test_hidden_until_offered_and_withdrawn_by_a_new_result(qtbot: QtBot, demo: Services) -> None:
    view = ResultView()
    qtbot.addWidget(view)
    watch, close = _buttons(view)
    assert not watch.isVisibleTo(view)
    assert not close.isVisibleTo(view)

    pending = _lookup(demo, "DEMO-PENDING")
    view.show_result(pending.result, pending.queried_at)
    assert not watch.isVisibleTo(view)
    assert not close.isVisibleTo(view)
    view.offer(watch=True, close=True)
    assert watch.isVisibleTo(view)
    assert watch.isEnabled()
    assert close.isVisibleTo(view)
    assert close.isEnabled()
    assert watch.toolTip() == (
        "Ask this order again in the background until its state is final "
        "(every 30 s, then less often)"
    )
    assert close.toolTip() == (
        "Close this unpaid order at the gateway (a payment arriving later is refused)"
    )
    assert (watch.text(), close.text()) == ("Watch &until final", "Clos&e order…")

    view.retranslate()  # a language switch redraws the same result: the offer stays
    assert view.offered == (True, True)
    assert watch.isVisibleTo(view)
    assert close.isVisibleTo(view)

    view.offer(watch=True, close=False)
    assert watch.isVisibleTo(view)
    assert not close.isVisibleTo(view)

    view.show_pending("another query", pending.queried_at)  # what it offered was for another
    assert not watch.isVisibleTo(view)
    assert not close.isVisibleTo(view)

    view.offer(watch=True, close=True)
    paid = _lookup(demo, "DEMO-PAID-WX")
    view.show_result(paid.result, paid.queried_at)
    assert view.offered == (False, False)
    assert not watch.isVisibleTo(view)
    assert not close.isVisibleTo(view)

    view.offer(watch=True, close=True)
    view.clear()
    assert not watch.isVisibleTo(view)
    assert not close.isVisibleTo(view)


@SHOWN
def test_a_click_asks_for_each_action(qtbot: QtBot) -> None:
    view = ResultView()
    qtbot.addWidget(view)
    view.offer(watch=True, close=True)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.watch_requested, timeout=1000):
        qtbot.mouseClick(view.watch_button, Qt.MouseButton.LeftButton)
    with (
        qtbot.assertNotEmitted(view.watch_requested, wait=10),
        qtbot.waitSignal(view.close_requested, timeout=1000),
    ):
        qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)


@SHOWN
def test_the_keyboard_reaches_both(qtbot: QtBot) -> None:
    view = ResultView()
    qtbot.addWidget(view)
    view.offer(watch=True, close=True)
    view.show()
    qtbot.waitExposed(view)
    for button, signal in (
        (view.watch_button, view.watch_requested),
        (view.close_button, view.close_requested),
    ):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        button.setFocus()
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.keyClick(button, Qt.Key.Key_Space)
