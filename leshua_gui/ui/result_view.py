"""The result of one query: state and trust first, then money, times, ids, and every field."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.core.present import report
from leshua_gui.core.protocol.answer import REFUND_AMOUNT_FIELDS, REFUND_ID_FIELDS, Answer
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import labels
from leshua_gui.ui import theme
from leshua_gui.ui.icons import icon, pixmap
from leshua_gui.ui.wording import fill

ID_FIELDS = report.ID_FIELDS
REFUND_NOT_FOUND = "-4006"  # a refund lookup's "not found": the refund, not the order


def plain(text: str = "") -> QLabel:
    """A label that never interprets HTML: gateway and callback text is shown, not rendered."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class Badge(QFrame):
    """An icon and words on a tinted background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 10, 4)
        layout.setSpacing(6)
        self.icon = QLabel()
        self.text = plain()
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.text.setFont(font)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set(self, icon_name: str, text: str, tone_name: str) -> None:
        t = theme.tone(tone_name)
        self.icon.setPixmap(pixmap(icon_name, 22, t.fg, self.devicePixelRatioF()))
        self.text.setText(text)
        self.text.setStyleSheet(f"color: {t.fg};")
        self.setStyleSheet(
            f"Badge {{ background: {t.bg}; border: 1px solid {t.fg}55; border-radius: 8px; }}"
        )
        self.setAccessibleName(text)
        self.setToolTip(text)


class ValueLabel(QLabel):
    """A selectable value whose context menu copies the whole value."""

    def __init__(self, text: str, copy_text: str | None = None, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # values come from the gateway: never HTML
        self.copy_text = copy_text if copy_text is not None else text
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setWordWrap(True)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        action = menu.addAction(icon("copy"), self.tr("Copy"))
        action.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.copy_text))
        menu.exec(self.mapToGlobal(pos))


class ResultView(QWidget):
    """Shows a PollResult. `copy_summary_requested` is for the window's "Copy summary"."""

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: labels.Lang = "en"
        self._result: PollResult | None = None
        self._pending_section: str | None = None
        self._subject = ""
        self._queried_at: datetime | None = None
        self._from_history = False
        #: "asking" or "cancelled" while no answer of the query being shown has come
        self._pending: str | None = None
        self._refund = False  # a refund lookup: its states are a refund's

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        head = QHBoxLayout()
        self.state_badge = Badge()
        self.verify_badge = Badge()
        self.copy_summary = QPushButton(icon("copy"), "")
        self.copy_summary.clicked.connect(self._copy_summary)
        head.addWidget(self.state_badge)
        head.addWidget(self.verify_badge)
        head.addStretch(1)
        head.addWidget(self.copy_summary)
        outer.addLayout(head)

        self.context_line = plain()
        self.context_line.setStyleSheet("color: palette(mid);")
        outer.addWidget(self.context_line)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.notice)

        # "Not recorded in the history": the answer is here, but support will not find it later.
        self.history_notice = plain()
        self.history_notice.setWordWrap(True)
        self.history_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bad = theme.tone("bad")
        self.history_notice.setStyleSheet(
            f"QLabel {{ color: {bad.fg}; background: {bad.bg}; border: 1px solid {bad.fg};"
            " border-radius: 6px; padding: 8px; }"
        )
        self.history_notice.hide()
        outer.addWidget(self.history_notice)

        self.details = QWidget()
        self.grid = QGridLayout(self.details)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        outer.addWidget(self.details)
        outer.addStretch(1)

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 14px;")
        outer.insertWidget(0, self.placeholder)
        self.retranslate()
        self.clear()

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.copy_summary.setText(self.tr("Copy &summary"))
        self.copy_summary.setToolTip(self.tr("Copy a plain-text summary for a support ticket"))
        self.copy_summary.setAccessibleName(self.tr("Copy summary"))
        self.placeholder.setText(self.tr("Enter an order number and press Enter to look it up."))
        if self._pending is not None and self._queried_at is not None:
            self.show_pending(
                self._subject, self._queried_at, cancelled=self._pending == "cancelled"
            )
        elif self._result is not None and self._queried_at is not None:
            self.show_result(
                self._result,
                self._queried_at,
                from_history=self._from_history,
                subject=self._subject,
                refund=self._refund,
            )

    # -- showing ----------------------------------------------------------------------------

    def clear(self) -> None:
        self._result = None
        self._pending = None
        self.placeholder.show()
        for w in (self.state_badge, self.verify_badge, self.copy_summary, self.notice,
                  self.context_line, self.details):  # fmt: skip
            w.hide()
        _clear(self.grid)

    @property
    def result(self) -> PollResult | None:
        return self._result

    def show_not_recorded(self, text: str) -> None:
        """A visible notice that the query shown could not be written to the history."""
        self.history_notice.setText(text)
        self.history_notice.setAccessibleName(text)
        self.history_notice.show()

    def show_pending(self, subject: str, queried_at: datetime, *, cancelled: bool = False) -> None:
        """The query just started ("asking…") or was cancelled before any answer came: only what
        was asked is shown, never what an earlier query found."""
        self._result, self._queried_at, self._from_history = None, queried_at, False
        self._subject, self._pending = subject, ("cancelled" if cancelled else "asking")
        if not cancelled:  # a new query: a notice about the previous one's history row goes
            self.history_notice.hide()
        self.placeholder.hide()
        _clear(self.grid)
        self.details.hide()
        self.verify_badge.hide()
        if cancelled:
            self.state_badge.set("state-unknown", self.tr("Cancelled: state unknown"), "wait")
            note = self.tr(
                "The query was cancelled before an answer came: the order's state is unknown, "
                "not unpaid. Query again to know it."
            )
        else:
            self.state_badge.set("search", self.tr("Asking the gateway…"), "info")
            note = ""
        self.state_badge.show()
        when = queried_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        context = fill(self.tr("Queried at %1"), when)
        self.context_line.setText(f"{subject}  ·  {context}" if subject else context)
        self.context_line.show()
        if note:
            t = theme.tone("wait")
            self.notice.setStyleSheet(
                f"QLabel {{ color: {t.fg}; background: {t.bg}; border-radius: 6px; padding: 8px; }}"
            )
            self.notice.setText(_esc(note))
            self.notice.show()
        else:
            self.notice.hide()
        self.copy_summary.show()

    def show_result(
        self,
        result: PollResult,
        queried_at: datetime,
        *,
        from_history: bool = False,
        subject: str = "",
        refund: bool | None = None,
    ) -> None:
        """`subject` says what was asked: profile, merchant id and order number. `refund`: a
        refund lookup (default: told by the service that was called)."""
        self._result, self._queried_at, self._from_history = result, queried_at, from_history
        self._pending = None
        if refund is None:
            refund = report.is_refund_lookup(result)
        self._refund = refund
        self._subject = subject
        self.placeholder.hide()
        _clear(self.grid)
        self._pending_section = None
        lang = self.lang
        answer = result.answer
        error = result.error
        trusted = result.reply is not None
        verification = result.verification

        # State badge: a state is only shown as such when the answer verified.
        status = answer.status if answer else None
        if status is not None:
            label = (
                labels.refund_state(status, lang) if refund else labels.trade_state(status, lang)
            )
            if trusted:
                self.state_badge.set(
                    theme.STATE_ICONS.get(status, "state-unknown"),
                    label,
                    theme.STATE_TONES.get(status, "muted"),
                )
            else:
                self.state_badge.set("mismatch", fill(self.tr("Untrusted: %1"), label), "muted")
            self.state_badge.show()
        elif error is not None:
            title = self._error_title(error)
            if error.kind == "gateway" and error.code:
                title = labels.error_code(error.code, lang)
                if refund and error.code == REFUND_NOT_FOUND:
                    title = self.tr("Refund not found")
            self.state_badge.set("error", title, "bad")
            self.state_badge.show()
        else:
            self.state_badge.hide()

        if verification is not None:
            self.verify_badge.set(
                {"verified": "verified", "mismatch": "mismatch"}.get(
                    verification.status, "unsigned"
                ),
                labels.verification(verification.status, lang),
                theme.VERIFY_TONES.get(verification.status, "muted"),
            )
            self.verify_badge.show()
        else:
            self.verify_badge.hide()

        when = queried_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        context = (
            fill(self.tr("From history: queried at %1"), when)
            if from_history
            else fill(self.tr("Queried at %1"), when)
        )
        if len(result.attempts) > 1:
            context += " · " + self.tr("%n attempt(s)", "", len(result.attempts))
        if subject:
            context = f"{subject}  ·  {context}"
        self.context_line.setText(context)
        self.context_line.show()

        self._show_notice(result, error)
        self.copy_summary.show()
        if answer is not None:
            self._fill(answer)
            self.details.show()
            self.details.setStyleSheet("" if trusted else "color: palette(mid);")
        else:
            self.details.hide()

    def _error_title(self, error: LeshuaError) -> str:
        titles = {
            "input": self.tr("Not sent: check the input"),
            "transport": self.tr("Gateway not reached"),
            "timeout": self.tr("No answer in time"),
            "protocol": self.tr("Unreadable answer"),
            "wrong_order": self.tr("Answer about another order"),
            "wrong_refund": self.tr("Answer about another refund"),
            "gateway": self.tr("The gateway reported an error"),
            "signature": self.tr("Signature problem"),
            "keyring": self.tr("Keyring unavailable"),
        }
        key = error.reason if error.reason in ("wrong_order", "wrong_refund") else error.kind
        return titles.get(key, self.tr("Error"))

    def _keyring_text(self, error: LeshuaError) -> str:
        texts = {
            "locked": self.tr("The keyring is locked: unlock it, then query again."),
            "unsafe_backend": self.tr(
                "Keys cannot be kept in a keyring here: File > Manage profiles says what to do."
            ),
        }
        return _esc(
            texts.get(
                error.reason,
                fill(self.tr("The keyring could not be read: %1"), error.message),
            )
        )

    def _show_notice(self, result: PollResult, error: LeshuaError | None) -> None:
        parts: list[str] = []
        tone_name = "info"
        if error is not None:
            tone_name = "bad"
            hint = report.advice(error, self.lang)
            title = self._error_title(error)
            parts.append(f"<b>{_esc(title)}</b>" + (f": {_esc(hint)}" if hint else ""))
            if error.kind == "keyring":
                parts.append(self._keyring_text(error))
            elif error.code or error.gateway_message:
                what = f"{error.code or ''} {error.gateway_message}".strip()
                parts.append(fill(self.tr("Gateway said: %1"), _esc(what)))
            elif error.kind in ("transport", "timeout", "protocol"):
                parts.append(fill(self.tr("Details: %1"), _esc(error.message)))
        if result.deadline_reached and not result.final:
            tone_name = "wait" if error is None else tone_name
            parts.append(
                self.tr(
                    "Stopped at the deadline before a final state: the order's state is "
                    "unknown, not unpaid. Query again later."
                )
            )
        answer = result.answer
        if error is None and result.reply is not None and answer is not None:
            if answer.status not in labels.TRADE_STATES and answer.status:
                # a state this app does not know: shown with its code, never guessed
                said = report.word("unknown_state", self.lang)
                parts.append(_esc(said[:1].upper() + said[1:]) + f" [{_esc(answer.status)}]")
            elif answer.status == "10" and not self._refund:
                parts.append(_esc(report.word("refund_in_progress", self.lang)))
        if result.cancelled:
            parts.append(
                self.tr("Cancelled: the state is unknown; the last answer shown is not final.")
            )
        if not parts:
            self.notice.hide()
            return
        t = theme.tone(tone_name)
        self.notice.setStyleSheet(
            f"QLabel {{ color: {t.fg}; background: {t.bg}; border-radius: 6px; padding: 8px; }}"
        )
        self.notice.setText("<br>".join(parts))
        self.notice.show()

    # -- the fields -------------------------------------------------------------------------

    def _section(self, title: str) -> None:
        """A heading, placed when the first row under it is (no empty sections)."""
        self._pending_section = title

    def _place_section(self) -> None:
        title, self._pending_section = self._pending_section, None
        if title is None:
            return
        row = self.grid.rowCount()
        label = plain(title)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        self.grid.addWidget(label, row, 0, 1, 3)

    def _row(
        self,
        name: str,
        value: str,
        *,
        copy_text: str | None = None,
        tooltip: str = "",
        icon_name: str | None = None,
        align_right: bool = False,
        copy_button: bool = True,
    ) -> ValueLabel:
        self._place_section()
        row = self.grid.rowCount()
        key = plain(name)
        key.setStyleSheet("color: palette(mid);")
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        if icon_name:
            pic = QLabel()
            pic.setPixmap(pixmap(icon_name, 18, None, self.devicePixelRatioF()))
            line.addWidget(pic)
        shown = ValueLabel(value, copy_text)
        shown.setAccessibleName(name)
        if tooltip:
            shown.setToolTip(tooltip)
        if align_right:
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            shown.setMinimumWidth(110)
            line.addWidget(shown)
            line.addStretch(1)
        else:
            line.addWidget(shown, 1)
        self.grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(holder, row, 1)
        if copy_button:
            button = QToolButton()
            button.setIcon(icon("copy"))
            button.setAutoRaise(True)
            button.setToolTip(fill(self.tr("Copy %1"), name))
            button.setAccessibleName(fill(self.tr("Copy %1"), name))
            text = shown.copy_text
            button.clicked.connect(lambda: self._copy(text))
            self.grid.addWidget(button, row, 2)
        return shown

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def _fill(self, answer: Answer) -> None:
        self._fill_payment(answer)
        self._fill_money(answer)
        self._fill_refund(answer)
        self._fill_times(answer)
        self._fill_ids(answer)
        self._fill_promotions(answer)
        self._fill_unknown(answer)

    def _fill_payment(self, answer: Answer) -> None:
        """How it was paid: pay way, trade type, campaign and bank, each in the user's words."""
        lang = self.lang
        self._section(self.tr("Payment"))
        if answer.pay_way:
            self._row(
                self._field("pay_way"),
                labels.pay_way(answer.pay_way, lang),
                copy_text=answer.pay_way,
                tooltip=answer.pay_way,
                icon_name=theme.PAY_WAY_ICONS.get(answer.pay_way),
                copy_button=False,
            )
        if answer.trade_type:
            self._row(self._field("trade_type"), labels.trade_type(answer.trade_type, lang),
                      copy_text=answer.trade_type, tooltip=answer.trade_type, copy_button=False)  # fmt: skip
        if answer.active_flag:
            self._row(self._field("active_flag"), labels.campaign(answer.active_flag, lang),
                      copy_text=answer.active_flag, tooltip=answer.active_flag, copy_button=False)  # fmt: skip
        bank = answer.get("bank_type")
        if bank:
            self._row(self._field("bank_type"), labels.bank_type(bank, lang, answer.pay_way),
                      copy_text=bank, tooltip=bank, copy_button=False)  # fmt: skip

    def _fill_times(self, answer: Answer) -> None:
        times = [n for n in ("pay_time", "channel_datetime") if answer.get(n)]
        if times:
            self._section(self.tr("Times (China time)"))
            for name in times:
                raw = answer.get(name) or ""
                parsed = answer.time(name)
                shown = parsed.strftime("%Y-%m-%d %H:%M:%S") if parsed else raw
                self._row(self._field(name), shown, copy_text=shown, tooltip=raw)

    def _fill_ids(self, answer: Answer) -> None:
        ids = [n for n in ID_FIELDS if answer.get(n)]
        if ids or answer.get("attach"):
            self._section(self.tr("Identifiers"))
            for name in ids:
                self._row(self._field(name), answer.get(name) or "")
            if answer.get("attach"):
                self._row(self._field("attach"), answer.get("attach") or "")

    def _fill_promotions(self, answer: Answer) -> None:
        """promotion_detail as a table, or as the raw text when it does not parse."""
        raw_promo = answer.get("promotion_detail") or ""
        if raw_promo:
            self._section(self._field("promotion_detail"))
            promos = answer.promotion_detail
            if promos is None:
                self._row(self.tr("Raw"), raw_promo)
            else:
                self._promotion_table(promos)

    def _fill_unknown(self, answer: Answer) -> None:
        """Fields this product does not know yet: shown as they came, never guessed."""
        unknown = answer.unknown_fields
        if unknown:
            self._section(self.tr("Other fields"))
            for name, value in unknown:
                self._row(name, value)

    def _field(self, name: str) -> str:
        text = labels.field_name(name, self.lang)
        return text[:1].upper() + text[1:]

    def _fill_refund(self, answer: Answer) -> None:
        """A refund answer (unified_query_refund): its numbers, amounts and time."""
        refunds = answer.refund_amounts_fen
        if not (answer.is_refund or refunds or answer.get("refund_time")):
            return
        self._section(self.tr("Refund"))
        for name in REFUND_ID_FIELDS:
            if answer.get(name):
                self._row(self._field(name), answer.get(name) or "")
        for name in REFUND_AMOUNT_FIELDS:
            if name in refunds:
                fen = refunds[name]
                self._row(
                    self._field(name),
                    "¥" + format_yuan(fen),
                    copy_text=format_yuan(fen, grouping=False),
                    tooltip=fill(self.tr("%1 fen"), str(fen)),
                    align_right=True,
                )
        raw = answer.get("refund_time") or ""
        if raw:
            parsed = answer.time("refund_time")
            shown = parsed.strftime("%Y-%m-%d %H:%M:%S") if parsed else raw
            self._row(self._field("refund_time"), shown, tooltip=raw)

    def _fill_money(self, answer: Answer) -> None:
        amounts = answer.amounts_fen
        invalid = answer.invalid_amounts
        if not amounts and not invalid:
            return
        self._section(self.tr("Amounts (yuan)"))

        def money(name: str, prefix: str = "") -> None:
            if name in amounts:
                fen = amounts[name]
                self._row(
                    prefix + self._field(name),
                    "¥" + format_yuan(fen),
                    copy_text=format_yuan(fen, grouping=False),
                    tooltip=fill(self.tr("%1 fen"), str(fen)),
                    align_right=True,
                )
            elif name in invalid:
                self._row(self._field(name),
                          fill(self.tr("%1 (not a whole number of fen)"), invalid[name]))  # fmt: skip

        money("amount")
        money("discount_amount", "− ")
        money("coupon", "− ")
        money("buyer_pay_amount", "= ")
        if "amount" in amounts and "buyer_pay_amount" in amounts:
            expected = (
                amounts["amount"] - amounts.get("discount_amount", 0) - amounts.get("coupon", 0)
            )
            if expected != amounts["buyer_pay_amount"]:
                note = plain(
                    fill(
                        self.tr(
                            "Note: order amount minus discount and coupon is ¥%1, not what the buyer paid."
                        ),
                        format_yuan(expected),
                    )
                )
                note.setWordWrap(True)
                self.grid.addWidget(note, self.grid.rowCount(), 0, 1, 3)
        money("settlement_amount")

    def _promotion_table(self, promos: list[dict[str, Any]]) -> None:
        self._place_section()
        columns = [
            ("name", self.tr("Name")),
            ("promotion_id", self.tr("Promotion id")),
            ("type", self.tr("Type")),
            ("scope", self.tr("Scope")),
            ("amount", self.tr("Amount")),
            ("merchant_contribute", self.tr("Merchant funds")),
            ("wxpay_contribute", self.tr("WeChat funds")),
            ("other_contribute", self.tr("Other funds")),
        ]
        table = QTableWidget(len(promos), len(columns))
        table.setHorizontalHeaderLabels([title for _, title in columns])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, promo in enumerate(promos):
            for c, (key, _) in enumerate(columns):
                value = promo.get(key, "")
                if key in (
                    "amount",
                    "merchant_contribute",
                    "wxpay_contribute",
                    "other_contribute",
                ) and (isinstance(value, int) and not isinstance(value, bool)):
                    item = QTableWidgetItem("¥" + format_yuan(value))
                    item.setToolTip(fill(self.tr("%1 fen"), str(value)))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                else:
                    item = QTableWidgetItem(str(value))
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMaximumHeight(
            table.verticalHeader().length() + table.horizontalHeader().height() + 6
        )
        table.setAccessibleName(self.tr("Promotion details"))
        self.grid.addWidget(table, self.grid.rowCount(), 0, 1, 3)

    # -- summary ----------------------------------------------------------------------------

    def summary_text(self) -> str:
        if self._queried_at is None:
            return ""
        if self._pending is not None:
            state = self.state_badge.text.text()
            when = self._queried_at.astimezone().isoformat(timespec="seconds")
            lines = [self._subject, state, fill(self.tr("Queried at %1"), when)]
            if self._pending == "cancelled":
                lines.insert(2, self.tr("The order's state is unknown, not unpaid."))
            return "\n".join(line for line in lines if line)
        if self._result is None:
            return ""
        return "\n".join(report.summary_lines(self._result, self.lang, queried_at=self._queried_at))

    def _copy_summary(self) -> None:
        self._copy(self.summary_text())


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
