"""Closing an unpaid order from the window: the order number typed again enables Close order; the
close runs on a worker against the demo sandbox over real HTTP; what the dialog says is what the
verified query after the close says, and a refused or forged close is never shown as closed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from leshua_gui.app.close import CloseOutcome
from leshua_gui.app.services import Services
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.ui.close_dialog import CloseDialog
from leshua_gui.ui.tasks import TaskRunner

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform's own notes when a dialog is shown as a window
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _profile(ctx: Services) -> Profile:
    assert ctx.demo_profile is not None
    assert ctx.demo_profile.allow_close
    return ctx.demo_profile


def _dialog(
    qtbot: QtBot,
    ctx: Services,
    runner: TaskRunner,
    order_id: str,
    *,
    profile: Profile | None = None,
    amount_fen: int | None = 990,
    lang: str = "en",
) -> CloseDialog:
    dialog = CloseDialog(
        ctx,
        runner,
        profile or _profile(ctx),
        OrderRef.of(third_order_id=order_id),
        amount_fen,
        _profile(ctx).merchant_id,
        lang=lang,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _close_requests(ctx: Services) -> int:
    assert ctx.sandbox is not None
    return ctx.sandbox.state.services_seen().get("close_order", 0)


def _close(qtbot: QtBot, dialog: CloseDialog) -> CloseOutcome:
    dialog.confirmation.setText(dialog.order.value)
    assert dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_close, timeout=15000) as blocker:
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        # while the close runs: nothing to press, and the dialog stays
        assert dialog.busy
        assert "Closing…" in dialog.status.text()
        assert not dialog.close_button.isEnabled()
        assert not dialog.cancel_button.isEnabled()
        assert not dialog.confirmation.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible()
    outcome = blocker.args[0]
    assert isinstance(outcome, CloseOutcome)
    assert outcome is dialog.outcome
    assert not dialog.busy
    assert dialog.done_button.isVisible()
    assert not dialog.close_button.isVisible()
    return outcome


def test_the_dialog_states_the_order_amount_merchant_and_the_consequence(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, demo_ctx, runner, "DEMO-PENDING")
    assert dialog.order_value.text() == "DEMO-PENDING"
    assert dialog.amount_value.text() == "¥9.90"
    assert _profile(demo_ctx).merchant_id in dialog.merchant_value.text()
    assert "a payment arriving later for it is refused" in dialog.warning.text()
    assert "queried again right before closing" in dialog.how.text()
    assert "right after" in dialog.how.text()
    unknown = _dialog(qtbot, demo_ctx, runner, "DEMO-PENDING", amount_fen=None)
    assert "not known" in unknown.amount_value.text()


def test_close_is_enabled_only_by_the_exact_order_number(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, demo_ctx, runner, "DEMO-PENDING")
    assert dialog.focusWidget() is dialog.confirmation
    assert not dialog.close_button.isEnabled()
    assert dialog.hint.isVisible()
    for wrong in (
        "DEMO-PENDIN",
        "demo-pending",
        "DEMO-PENDING2",
        "DEMO PENDING",
        "0003495002500085",
    ):
        dialog.confirmation.setText(wrong)
        assert not dialog.close_button.isEnabled(), wrong
        assert dialog.hint.isVisible()
        assert "not this order's number" in dialog.hint.text()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.confirmation, "DEMO-PENDIN")  # typed, one key short
    assert not dialog.close_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "G")
    assert dialog.close_button.isEnabled()
    assert not dialog.hint.isVisible()
    # pressing Enter in the field never closes the order
    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Return)
    assert not dialog.busy
    assert dialog.isVisible()

    dialog.confirmation.clear()
    QGuiApplication.clipboard().setText("  DEMO-PENDING \n")  # pasted from a ticket
    dialog.confirmation.paste()
    assert dialog.close_button.isEnabled()
    dialog.confirmation.setText("DEMO-PENDING\n")
    assert dialog.close_button.isEnabled()
    assert _close_requests(demo_ctx) == 0


def test_escape_cancels_before_anything_is_sent(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, demo_ctx, runner, "DEMO-PENDING")
    dialog.confirmation.setText("DEMO-PENDING")
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert demo_ctx.sandbox is not None
    assert demo_ctx.sandbox.state.requests_log() == []


def test_a_profile_that_does_not_allow_closing_keeps_close_disabled(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    locked = replace(_profile(demo_ctx), allow_close=False)
    dialog = _dialog(qtbot, demo_ctx, runner, "DEMO-PENDING", profile=locked)
    dialog.confirmation.setText("DEMO-PENDING")
    assert not dialog.close_button.isEnabled()
    assert "not allowed for this profile" in dialog.hint.text()
    assert dialog.hint.isVisible()


def test_closing_a_paying_order_shows_it_closed_as_verified_after(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, demo_ctx, runner, "DEMO-PENDING")
    outcome = _close(qtbot, dialog)
    assert outcome.closed
    assert outcome.after is not None
    assert outcome.after.trusted
    assert outcome.after.result.answer is not None
    assert outcome.after.result.answer.status == "6"
    text = dialog.status.text()
    assert text.startswith("Closed.")
    assert "its verified state is closed" in text
    assert _close_requests(demo_ctx) == 1
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)


def test_a_verified_paid_order_is_refused_and_no_close_is_sent(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, demo_ctx, runner, "DEMO-PAID-WX", amount_fen=12800)
    outcome = _close(qtbot, dialog)
    assert not outcome.closed
    assert outcome.refusal == "not_paying"
    text = dialog.status.text()
    assert "already paid" in text
    assert "nothing was sent" in text
    assert "Closed" not in text
    assert _close_requests(demo_ctx) == 0
    assert demo_ctx.sandbox is not None
    asked = demo_ctx.sandbox.state.requests_log()
    assert asked
    assert {service for service, _, _ in asked} == {"query_status"}


def test_a_forged_close_answer_is_never_shown_closed(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, demo_ctx, runner, "FAULT-CLOSE-FORGED", amount_fen=1500)
    outcome = _close(qtbot, dialog)
    assert outcome.sent
    assert not outcome.closed
    text = dialog.status.text()
    assert not text.startswith("Closed")
    assert "Sent but not confirmed: query the order again" in text
    assert "Signature problem" in text
    assert "its verified state is paying" in text  # the query after the close
    assert _close_requests(demo_ctx) == 1


def test_the_states_are_said_in_the_ui_language(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, demo_ctx, runner, "DEMO-PENDING", lang="zh_CN")
    assert dialog.confirm_label.buddy() is dialog.confirmation
    outcome = _close(qtbot, dialog)
    assert outcome.closed
    assert "订单关闭" in dialog.status.text()  # the state's own name, not the English one
    assert "state is closed" not in dialog.status.text()


def test_each_letter_is_used_once_before_and_after(
    qtbot: QtBot, demo_ctx: Services, runner: TaskRunner
) -> None:
    from tests.gui.test_mnemonics import accelerators, clashes

    dialog = _dialog(qtbot, demo_ctx, runner, "DEMO-PENDING")
    assert {"T", "E"} <= set(accelerators(dialog))
    assert clashes(dialog) == {}
    _close(qtbot, dialog)
    assert "D" in accelerators(dialog)
    assert clashes(dialog) == {}
