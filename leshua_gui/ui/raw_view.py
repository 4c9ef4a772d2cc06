"""The Raw tab for support: what was sent, what came back, and how the signature checked out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.ui import i18n
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:  # as in polling.py: these load with a query, not with the window
    from leshua_gui.core.gateway.exchange import Exchange
    from leshua_gui.core.protocol.signing import VerificationResult


class RawView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text)
        self._result: PollResult | None = None
        self._pending: tuple[str, bool] | None = None
        self.retranslate()

    def retitle(self, subject: str) -> None:
        """What a pending query is about, said again (in a new language); drawn by the next
        retranslate()."""
        if self._pending is not None:
            self._pending = (subject, self._pending[1])

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Raw exchange with the gateway"))
        self.text.setPlaceholderText(
            self.tr("The raw request and answer appear here after a query.")
        )
        if self._pending is not None:
            self.show_pending(self._pending[0], cancelled=self._pending[1])
        elif self._result is not None:
            self.show_result(self._result)

    def clear(self) -> None:
        self._result = None
        self._pending = None
        self.text.clear()

    def show_pending(self, subject: str, *, cancelled: bool = False) -> None:
        """A query that has no answer yet (or was cancelled before one): only what was asked."""
        self._result = None
        self._pending = (subject, cancelled)
        if cancelled:
            text = self.tr(
                "Cancelled before an answer came: %1\nThe order's state is unknown, not unpaid."
            )
        else:
            text = self.tr("Asking the gateway: %1\nNothing has come back yet.")
        self.text.setPlainText(fill(text, subject))

    def show_result(self, result: PollResult) -> None:
        self._result = result
        self._pending = None
        exchange = result.exchange
        if exchange is None:
            lines = [self.tr("Nothing was sent.")]
            if result.error is not None:
                lines.append(result.error.message)
            self.text.setPlainText("\n".join(lines))
            return
        lines = self._request_lines(exchange)
        if result.verification is not None:
            lines.extend(self._verification_lines(result.verification))
        lines.extend(self._answer_lines(exchange))
        if len(result.attempts) > 1:
            lines.append("")
            lines.append(
                fill(self.tr("(The last of %1 attempts is shown.)"), str(len(result.attempts)))
            )
        self.text.setPlainText("\n".join(lines))

    def _request_lines(self, exchange: Exchange) -> list[str]:
        """Where and when it was sent, how the HTTP exchange went, the form and what was signed."""
        lines: list[str] = []
        lines.append(self.tr("Endpoint") + f": {exchange.endpoint}")
        lines.append(self.tr("Service") + f": {exchange.service}")
        lines.append(
            self.tr("Sent at (UTC)") + f": {exchange.started_at.isoformat(timespec='milliseconds')}"
        )
        status = str(exchange.http_status) if exchange.http_status is not None else "-"
        lines.append(self.tr("HTTP status") + f": {status}")
        if exchange.elapsed_ms is not None:
            lines.append(self.tr("Elapsed") + f": {exchange.elapsed_ms:.1f} ms")
        lines.append(self.tr("Tries") + f": {exchange.tries}")
        if exchange.content_type:
            lines.append(f"Content-Type: {exchange.content_type}")
        lines.append("")
        lines.append("== " + self.tr("Form sent (with sign; the key is never sent)") + " ==")
        lines.extend(f"{name}={value}" for name, value in exchange.form.items())
        lines.append("")
        lines.append("== " + self.tr("String that was signed (key masked)") + " ==")
        lines.append(exchange.signed_string_masked)
        return lines

    def _verification_lines(self, verification: VerificationResult) -> list[str]:
        """How the answer's signature checked out."""
        from leshua_gui.core.text.labels import verification as outcome_words
        from leshua_gui.core.text.words import rule_words

        lang = i18n.domain_lang(i18n.current())
        lines = ["", "== " + self.tr("Answer signature") + " =="]
        outcome = outcome_words(verification.status, lang)
        lines.append(self.tr("Outcome") + f": {outcome} [{verification.status}]")
        if verification.rule:  # in the words the summary uses, with the rule's name
            rule = rule_words(verification.rule, lang)
            lines.append(self.tr("Rule that matched") + f": {rule}")
        received, expected = verification.received, verification.expected
        if received and expected:
            # compared without regard to case: shown in one case, so a match looks like one
            expected = expected.lower() if received.islower() else expected.upper()
        if received:
            lines.append(self.tr("Received") + f": {received}")
        if expected:
            lines.append(self.tr("Expected") + f": {expected}")
        if verification.signed_string_masked:
            lines.append(
                self.tr("String checked (key masked)") + f": {verification.signed_string_masked}"
            )
        return lines

    def _answer_lines(self, exchange: Exchange) -> list[str]:
        """The answer as received, and a readable copy when it came as one long line."""
        lines = [
            "",
            "== " + fill(self.tr("Answer as received (%1 bytes)"), str(len(exchange.body))) + " ==",
        ]
        from leshua_gui.core.protocol.raw_text import pretty_xml  # defusedxml loads on first use

        raw = exchange.body_text
        lines.append(raw)
        if "\n" not in raw.strip() and len(raw) > 120:  # one long line: add a readable copy
            pretty = pretty_xml(exchange.body)
            if pretty != raw:
                lines.append("")
                lines.append("== " + self.tr("Pretty-printed") + " ==")
                lines.append(pretty)
        return lines
