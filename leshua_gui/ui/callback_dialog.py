"""Check a callback: paste the body Leshua POSTed to notify_url and see whether it is genuine.

The profile's keys are read from the OS keyring, which can take seconds (a locked keyring
prompting, a slow Secret Service): the read and the check run on a worker, and the window stays
responsive. A check answers for one profile and one body: when either changes, or the dialog
closes, while it runs, what it finds is dropped. The keys never leave the worker.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.app.services import Services, is_demo
from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.present import report
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.callback_check import ACKNOWLEDGEMENT, CallbackCheck, check_callback
from leshua_gui.core.protocol.money import format_yuan, parse_fen
from leshua_gui.core.text import labels
from leshua_gui.ui import theme
from leshua_gui.ui.i18n import domain_lang
from leshua_gui.ui.result_view import Badge, plain
from leshua_gui.ui.tasks import Task, TaskContext, TaskRunner
from leshua_gui.ui.wording import fill

log = logging.getLogger(__name__)


def check_with_keys(ctx: Services, profile: Profile, body: str) -> CallbackCheck | None:
    """The check of `body` with the profile's notify key; None when it has none. Blocking (the
    keyring): run on a worker. The transaction key is read too, to tell a body signed with it."""
    notify_key = ctx.notify_key(profile)
    if not notify_key:
        return None
    transaction_key = None if is_demo(profile) else ctx.store.key(profile)
    return check_callback(body, notify_key, transaction_key)


class CallbackDialog(QDialog):
    """`runner`: the window's, or None for one of the dialog's own, shut down when it closes."""

    def __init__(
        self,
        ctx: Services,
        lang: str,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.lang = ctx, domain_lang(lang)
        self.check: CallbackCheck | None = None
        self._own_runner = runner is None
        self.runner = runner if runner is not None else TaskRunner(self)
        self._task: Task[CallbackCheck | None] | None = None
        self.setMinimumSize(760, 560)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.profile_label = QLabel()
        self.profile_box = QComboBox()
        self.profile_label.setBuddy(self.profile_box)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.load_demo)
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        top = QHBoxLayout()
        top.addWidget(self.profile_label)
        top.addWidget(self.profile_box, 1)
        top.addWidget(self.demo_button)

        self.body = QPlainTextEdit()
        self.body.setFont(mono)
        self.body.textChanged.connect(self._forget)
        self.check_button = QPushButton()
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run_check)
        self.verdict = Badge()
        self.verdict.hide()
        self.summary = plain()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(mono)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.verdict)
        row.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.body, 2)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 2)
        layout.addWidget(buttons)

        for profile in ctx.profiles():
            name = self.tr("Demo merchant (sandbox)") if is_demo(profile) else profile.name
            self.profile_box.addItem(f"{name}  ·  {profile.merchant_id}", profile.id)
        self.retranslate()
        self._profile_changed()
        self.body.setFocus()  # what is typed or pasted first goes into the body

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check a callback"))
        self.intro.setText(self.tr(
            "Paste the body Leshua sent to the merchant's notify_url (the XML, as received). "
            "It is checked with the profile's notify key, which is not the transaction key."
        ))  # fmt: skip
        self.profile_label.setText(self.tr("&Profile:"))
        self.demo_button.setText(self.tr("Load a &demo callback"))
        self.check_button.setText(self.tr("&Check"))
        self.body.setPlaceholderText("<leshua>…</leshua>")
        self.body.setAccessibleName(self.tr("Callback body"))
        self.details.setAccessibleName(self.tr("Signature details"))

    def _profile(self) -> Profile | None:
        return self.ctx.profile_by_id(self.profile_box.currentData())

    @property
    def busy(self) -> bool:
        """A check is running (the keys being read, or the body checked)."""
        return self._task is not None

    def _profile_changed(self) -> None:
        self._forget()
        profile = self._profile()
        self.demo_button.setVisible(bool(profile and profile.is_sandbox))
        self.check_button.setEnabled(profile is not None)
        if profile is None:  # said where it is seen, not only on hover
            why = self.tr(
                "Create a profile first (File > Manage profiles…) with the merchant's notify key: "
                "a callback is checked with it."
            )
            self.check_button.setToolTip(why)
            self._say(why, "info")
        else:
            self.check_button.setToolTip(
                self.tr("Check the pasted body with this profile's notify key")
            )

    def load_demo(self) -> None:
        from leshua_gui.sandbox import DEMO_ORDERS, notification

        self.body.setPlainText(notification(DEMO_ORDERS[0]).decode("utf-8"))

    def run_check(self) -> None:
        profile = self._profile()
        if profile is None or self.busy:
            return
        body = self.body.toPlainText()
        if not body.strip():
            self._say(self.tr("Paste the callback body first (the XML Leshua sent)."), "info")
            self.body.setFocus()
            return
        ctx, asked = self.ctx, (profile.id, body)

        def work(_ctx: TaskContext[None]) -> CallbackCheck | None:
            return check_with_keys(ctx, profile, body)

        def checked(check: CallbackCheck | None) -> None:
            if self._answers(task, asked):
                self._checked(check)

        def failed(exc: BaseException) -> None:
            if self._answers(task, asked):
                self._failed(exc)

        self.check = None
        self.check_button.setEnabled(False)
        self._say(self.tr("Checking…"), "info")
        # Abandonable: it only reads; closing the dialog or quitting never waits for a keyring.
        task = self.runner.run(work, on_success=checked, on_failure=failed, abandonable=True)
        self._task = task

    def _answers(self, task: Task[CallbackCheck | None], asked: tuple[str, str]) -> bool:
        """Whether a check's result is for what the dialog shows now (same profile, same body)."""
        if self._task is not task:
            return False
        self._task = None
        self.check_button.setEnabled(self._profile() is not None)
        return asked == (self.profile_box.currentData(), self.body.toPlainText())

    def _checked(self, check: CallbackCheck | None) -> None:
        if check is None:
            self._say(self.tr("This profile has no notify key: add it in Manage profiles."), "bad")
            return
        self.check = check
        self._show(check)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, LeshuaError):  # a locked or unavailable keyring: its message, keyless
            self._say(exc.message, "bad")
            return
        log.error("callback check failed (%s)", type(exc).__name__, exc_info=exc)  # scrubbed
        self._say(
            fill(
                self.tr("The check could not be completed (%1): the log has the details."),
                type(exc).__name__,
            ),
            "bad",
        )

    def _drop_check(self) -> None:
        """Forget the running check: whatever it finds later is not shown."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.check_button.setEnabled(self._profile() is not None)

    def _forget(self) -> None:
        """The profile or the body changed: a check of the previous one is not this one's."""
        self._drop_check()
        self.check = None
        self.summary.setStyleSheet("")
        self.summary.clear()
        self.verdict.hide()
        self.details.clear()

    def _stop(self) -> None:
        self._drop_check()
        if self._own_runner:
            self.runner.shutdown(1000)  # its task is abandonable: nothing to wait for

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)

    def _say(self, text: str, tone_name: str) -> None:
        t = theme.tone(tone_name)
        self.summary.setStyleSheet(
            f"color: {t.fg}; background: {t.bg}; padding: 8px; border-radius: 6px;"
        )
        self.summary.setText(text)
        self.verdict.hide()
        self.details.clear()

    def _show(self, check: CallbackCheck) -> None:
        lang = self.lang
        if check.error is not None:
            from leshua_gui.core.text.words import unreadable_why

            why = unreadable_why(check.error.reason, lang)  # in words: the message is English
            self._say(fill(self.tr("The body could not be read: %1"), why), "bad")
            return
        v = check.verification
        assert v is not None and check.answer is not None
        icon_name = {"verified": "verified", "mismatch": "mismatch"}.get(v.status, "unsigned")
        self.verdict.set(
            icon_name,
            labels.capital(labels.verification(v.status, lang)),  # badges start with a capital
            theme.VERIFY_TONES.get(v.status, "muted"),
        )
        self.verdict.show()
        answer = check.answer
        state = labels.trade_state(answer.status, lang) if answer.status else "-"
        if check.trusted:
            text = self.tr(
                "Genuine: signed with this profile's notify key. Order %1: %2, amount %4. The merchant's server must answer %3 (plain text), or Leshua sends it again."
            )
            tone_name = "good"
        else:
            state = f"{state} ({report.untrusted(v.status, lang)})"
            text = self.tr("Not verified: do not act on it. Order %1: %2, amount %4.")
            if check.signed_with_transaction_key:
                text += " " + self.tr(
                    "It was signed with the transaction key instead of the notify key: ask Leshua to check the merchant's notify key."
                )
            elif v.status == "mismatch":
                text += " " + self.tr(
                    "It may be forged or changed, or the profile's notify key is wrong."
                )
            tone_name = "bad"
        order = answer.get("third_order_id") or answer.get("leshua_order_id") or "-"
        fen = parse_fen(answer.get("amount") or "")
        amount = format_yuan(fen, symbol="¥") if fen is not None else "-"
        text = fill(text, order, state, ACKNOWLEDGEMENT, amount)
        t = theme.tone(tone_name)
        self.summary.setStyleSheet(
            f"color: {t.fg}; background: {t.bg}; padding: 8px; border-radius: 6px;"
        )
        self.summary.setText(text)
        lines = [
            self.tr("Rule that matched") + f": {v.rule or '-'}",
            # one case for both: an MD5 signature matches whatever its case
            self.tr("Received") + f": {(v.received or '-').upper()}",
            self.tr("Expected") + f": {(v.expected or '-').upper()}",
            "",
            self.tr("String that was signed (key masked)") + ":",
            v.signed_string_masked or "-",
            "",
            self.tr("Fields") + ":",
            *(f"{name} = {value}" for name, value in answer.fields),
        ]
        self.details.setPlainText("\n".join(lines))
