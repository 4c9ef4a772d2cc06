"""Close an unpaid order, guarded: the user repeats the order number, the close runs on a worker
(`app.close.close_guarded`: asked before, closed, asked after, each recorded) and the dialog says
what came of it. It never says "closed" unless the outcome is closed, as a verified query after
the close confirmed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.app.services import is_demo
from leshua_gui.core.closing.guard import CLOSED, MICROPAY_WAIT_MINUTES, confirmed
from leshua_gui.core.errors import GatewayError, LeshuaError
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import labels
from leshua_gui.ui import i18n, theme
from leshua_gui.ui.icons import icon
from leshua_gui.ui.result_view import plain
from leshua_gui.ui.tasks import Task, TaskContext, TaskRunner
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.close import CloseOutcome
    from leshua_gui.app.services import Services
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef

log = logging.getLogger(__name__)


class CloseDialog(QDialog):
    """Asks for the order number again, then closes the order on a worker and shows how it
    went. `finished_close(CloseOutcome)` once close_guarded returned (refused or sent);
    `close_failed(BaseException)` when it raised instead (nothing was sent: no key, no
    sandbox...; or an unexpected problem, logged)."""

    finished_close = Signal(object)  # CloseOutcome
    close_failed = Signal(object)  # BaseException

    def __init__(
        self,
        ctx: Services,
        runner: TaskRunner,
        profile: Profile,
        order: OrderRef,
        amount_fen: int | None,
        merchant_id: str,
        *,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.profile, self.order = ctx, runner, profile, order
        self.lang: labels.Lang = i18n.domain_lang(lang if lang is not None else i18n.current())
        self._task: Task[CloseOutcome] | None = None
        self._ended = False  # close_guarded returned or raised: only Done is left
        #: what close_guarded returned (None: not run, running, or it raised)
        self.outcome: CloseOutcome | None = None
        self.setWindowTitle(self.tr("Close an unpaid order"))
        self.setMinimumWidth(480)

        headline = plain(self.tr("Close this unpaid order at the gateway?"))
        font = headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)

        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.order_value = self._value(order.value)
        self.order_value.setFont(fixed)
        amount = (
            "¥" + format_yuan(amount_fen)
            if amount_fen is not None
            else self.tr("not known (the answer did not say)")
        )
        self.amount_value = self._value(amount)
        self.amount_value.setFont(fixed)
        name = self.tr("Demo merchant (sandbox)") if is_demo(profile) else profile.name
        self.merchant_value = self._value(fill(self.tr("%1 (profile %2)"), merchant_id, name))
        facts = QFormLayout()
        facts.addRow(labels.capital(labels.field_name(order.kind, self.lang)) + ":",
                     self.order_value)  # fmt: skip
        facts.addRow(self.tr("Amount:"), self.amount_value)
        facts.addRow(self.tr("Merchant:"), self.merchant_value)

        self.warning = plain(
            self.tr(
                "Once the order is closed, a payment arriving later for it is refused: the payer "
                "has to pay again on a new order. Closing cannot be undone."
            )
        )
        self.warning.setWordWrap(True)
        wait = theme.tone("wait")
        self.warning.setStyleSheet(
            f"QLabel {{ color: {wait.fg}; background: {wait.bg}; border-radius: 6px;"
            " padding: 8px; }"
        )
        self.how = plain(
            self.tr(
                "The order is queried again right before closing (only a verified “paying” "
                "order is closed) and right after (the state shown then is that verified "
                "answer)."
            )
        )
        self.how.setWordWrap(True)

        self.confirm_label = QLabel(self.tr("&Type or paste the order number to confirm:"))
        self.confirmation = QLineEdit()
        self.confirmation.setFont(fixed)
        self.confirmation.setAccessibleName(self.tr("Order number, to confirm"))
        self.confirm_label.setBuddy(self.confirmation)
        self.confirmation.textChanged.connect(self._typed)
        #: why Close order is not enabled yet (shown while the number does not match)
        self.hint = plain()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        #: "Closing…", then what came of it
        self.status = plain()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.status.hide()

        self.buttons = QDialogButtonBox()
        self.close_button = QPushButton(icon("state-closed"), self.tr("Clos&e order"))
        self.close_button.setToolTip(
            self.tr("Close this unpaid order at the gateway (a payment arriving later is refused)")
        )
        # Enter in the number field never closes an order: only a click or Alt+E does.
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAutoDefault(False)  # the default button once the close has ended
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Not an accept role: the button box would make it the default button, hidden, and
        # Enter would end the dialog before the close was asked for.
        self.buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button.hide()  # after addButton, which shows it
        self.done_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addLayout(facts)
        layout.addWidget(self.warning)
        layout.addWidget(self.how)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._typed()
        self.confirmation.setFocus()

    @staticmethod
    def _value(text: str) -> QLabel:
        label = plain(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- confirming -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def matches(self) -> bool:
        """The number typed repeats the order's (blanks a paste adds around it aside)."""
        return confirmed(self.order.value, self.confirmation.text())

    def _typed(self) -> None:
        if self.busy or self._ended:
            return
        allowed = self.profile.allow_close
        self.close_button.setEnabled(allowed and self.matches)
        if not allowed:
            hint = self.tr(
                "Closing orders is not allowed for this profile: its owner can allow it in "
                "File > Manage profiles…"
            )
        elif self.matches:
            hint = ""
        elif self.confirmation.text().strip():
            hint = self.tr("That is not this order's number: check every character.")
        else:
            hint = self.tr("Type the order number exactly as shown above to enable Close order.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    # -- closing ----------------------------------------------------------------------------

    def _close(self) -> None:
        if self.busy or not self.matches or not self.profile.allow_close:
            return
        services, profile, order = self.ctx, self.profile, self.order
        text = self.confirmation.text()

        def work(_ctx: TaskContext[None]) -> CloseOutcome:
            from leshua_gui.app.close import close_guarded  # on the worker, first time

            return close_guarded(services, profile, order, text, current=services.profile_by_id)

        self.close_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.confirmation.setEnabled(False)
        self.hint.hide()
        self._say(self.tr("Closing… (asking the order's state, closing it, asking again)"), "info")
        # Not abandonable: a close that was sent is always seen through and recorded, even
        # when the window quits (its shutdown waits for the pool).
        self._task = self.runner.run(work, on_success=self._closed, on_failure=self._failed)

    def _end(self) -> None:
        self._task = None
        self._ended = True
        self.close_button.hide()
        self.cancel_button.hide()
        self.done_button.show()
        self.done_button.setDefault(True)
        self.done_button.setFocus()

    def _closed(self, outcome: CloseOutcome) -> None:
        self.outcome = outcome
        self._end()
        text, tone_name = self.outcome_text(outcome)
        self._say(text, tone_name)
        self.finished_close.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, LeshuaError):
            self._say(fill(self.tr("Nothing was sent to close: %1"), self._error_text(exc)), "bad")
        else:
            log.error("closing an order failed unexpectedly", exc_info=exc)
            self._say(
                fill(
                    self.tr(
                        "Closing stopped on an unexpected problem (%1): whether the close was "
                        "sent is not known. Query the order again; the log has the details."
                    ),
                    type(exc).__name__,
                ),
                "bad",
            )
        self.close_failed.emit(exc)

    def _say(self, text: str, tone_name: str) -> None:
        t = theme.tone(tone_name)
        self.status.setStyleSheet(
            f"QLabel {{ color: {t.fg}; background: {t.bg}; border-radius: 6px; padding: 8px; }}"
        )
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()
        self.adjustSize()  # room for the lines: a wrapped label does not ask for it

    # -- what came of it --------------------------------------------------------------------

    def _state(self, status: str | None) -> str:
        return labels.trade_state(status, self.lang) if status else self.tr("unknown")

    def _error_text(self, error: LeshuaError) -> str:
        """The problem in the window's words, as the result view says it."""
        from leshua_gui.core.present import report
        from leshua_gui.core.text.words import error_kind

        title = error_kind(error.kind, error.reason, self.lang)
        hint = report.advice(error, self.lang) or (
            error.message if error.kind in ("input", "keyring", "error") else ""
        )
        colon = ": " if self.lang == "en" else "："
        text = title + (colon + hint if hint else "")
        if error.kind == "gateway" and (error.code or error.gateway_message):
            said = f"{error.code or ''} {error.gateway_message}".strip()
            text += " " + fill(self.tr("Gateway said: %1"), said)
        elif error.kind == "transport" and error.reason == "http_status" and error.code:
            text += " " + fill(self.tr("HTTP status: %1"), error.code)
        return text

    def outcome_text(self, outcome: CloseOutcome) -> tuple[str, str]:
        """What came of the close in words, and its tone ("good" only when closed)."""
        if outcome.closed:
            return fill(
                self.tr(
                    "Closed. The order was queried again after closing: its verified state is %1."
                ),
                self._state(CLOSED),
            ), "good"
        refusal = outcome.refusal
        if refusal == "not_allowed":
            return self.tr(
                "Not closed: closing orders is not allowed for this profile. Nothing was sent."
            ), "bad"
        if refusal == "confirm_mismatch":
            return self.tr(
                "Not closed: the number typed is not this order's number. Nothing was sent."
            ), "bad"
        error = outcome.error
        problem = self._error_text(error) if error is not None else ""
        if refusal == "not_answered":
            return fill(
                self.tr(
                    "Not closed: the order's state could not be asked right before closing, "
                    "so nothing was sent to close. %1"
                ),
                problem,
            ).strip(), "bad"
        if refusal == "not_verified":
            return fill(
                self.tr(
                    "Not closed: the answer right before closing did not verify (%1). An "
                    "answer that does not verify is never taken for paying: nothing was sent "
                    "to close."
                ),
                problem,
            ), "bad"
        if refusal == "not_paying":
            return fill(
                self.tr(
                    "Not closed: the order is already %1 (verified, queried right before "
                    "closing). Only an order still paying can be closed: nothing was sent to "
                    "close."
                ),
                self._state(outcome.before_status),
            ), "bad"
        return self._sent_text(outcome)

    def _sent_text(self, outcome: CloseOutcome) -> tuple[str, str]:
        """A close was sent and the order is not confirmed closed: why, and its state now."""
        after = outcome.after_status
        after_line = (
            fill(self.tr("Queried again after: its verified state is %1."), self._state(after))
            if after is not None
            else self.tr("Queried again after: no verified answer came.")
        )
        error = outcome.close.error if outcome.close is not None else None
        if isinstance(error, GatewayError):
            said = f"{error.code or ''} {error.gateway_message}".strip()
            parts = [
                fill(
                    self.tr("The gateway refused to close the order: %1"),
                    said or self._error_text(error),
                )
            ]
            if outcome.explanation == "micropay_wait":
                parts.append(
                    fill(
                        self.tr(
                            "A barcode payment order can only be closed %1 minutes after it "
                            "was created: try again later."
                        ),
                        MICROPAY_WAIT_MINUTES,
                    )
                )
            elif outcome.explanation == "state_changed":
                parts.append(
                    fill(
                        self.tr("The order changed in the meantime: it is %1 now (verified)."),
                        self._state(after),
                    )
                )
            if outcome.explanation != "state_changed":
                parts.append(after_line)
            return " ".join(parts), "bad"
        if outcome.explanation == "state_changed":
            return fill(
                self.tr(
                    "The gateway answered that it closed the order, but the query right after "
                    "says %1 (verified): the order changed in the meantime."
                ),
                self._state(after),
            ), "bad"
        parts = [self.tr("Sent but not confirmed: query the order again to know its state.")]
        problem = outcome.error
        if problem is not None:
            parts.append(self._error_text(problem))
        parts.append(after_line)
        return " ".join(parts), "wait"

    # -- leaving ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape and Cancel leave before anything is sent; while the close runs they wait."""
        if self.busy:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()  # the close is under way: its outcome is shown here
            return
        super().closeEvent(event)
