"""The result of one query: state and trust first (badges and notice), then the presenter's
sections as rows (core/present/sections.py), in the order the Copy summary says them."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QImage, QPixmap
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
from leshua_gui.core.present.plain_text import as_text
from leshua_gui.core.present.rows import Kind, Row, Section
from leshua_gui.core.present.sections import present, zoned
from leshua_gui.core.present.state_rows import untrusted_for
from leshua_gui.core.text import labels
from leshua_gui.ui import theme
from leshua_gui.ui.icons import icon, pixmap
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.lookup import Lookup

#: Rows without a copy button (their context menu still copies: a code, the state's code).
_NO_COPY_BUTTON: frozenset[Kind] = frozenset({"state", "check", "code"})
REFUND_NOT_FOUND = "-4006"  # a refund lookup's "not found": the refund, not the order
PAYING = "0"


def offers(
    lookup_kind: str, trusted: bool, final: bool, status: str | None, allow_close: bool
) -> tuple[bool, bool]:
    """(watch, close): what the result of a lookup offers. Watching, for an order lookup whose
    answer is not final (paying, not found yet, unknown, an error); closing, only for an order
    lookup whose verified answer says paying (`0`) and whose profile allows closing. A refund
    lookup offers neither; an answer that did not verify never offers closing."""
    if lookup_kind != "order":
        return False, False
    return not final, allow_close and trusted and status == PAYING


def offers_for(lookup: Lookup, allow_close: bool) -> tuple[bool, bool]:
    """offers() for a finished lookup: its kind, trust, finality and state."""
    answer = lookup.result.answer
    status = answer.status if answer is not None else None
    return offers(lookup.request.kind, lookup.trusted, lookup.final, status, allow_close)


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
        # What an untrusted answer claims: after the distrust, small, never the headline.
        self.detail = plain()
        self.tone_name = ""
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        self.detail.hide()
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set(self, icon_name: str, text: str, tone_name: str, detail: str = "") -> None:
        t = theme.tone(tone_name)
        self.tone_name = tone_name
        self.icon.setPixmap(pixmap(icon_name, 22, t.fg, self.devicePixelRatioF()))
        self.text.setText(text)
        self.text.setStyleSheet(f"color: {t.fg};")
        self.detail.setText(detail)
        self.detail.setStyleSheet(f"color: {t.fg};")
        self.detail.setVisible(bool(detail))
        self.setStyleSheet(
            f"Badge {{ background: {t.bg}; border: 1px solid {t.fg}55; border-radius: 8px; }}"
        )
        said = f"{text} · {detail}" if detail else text
        self.setAccessibleName(said)
        self.setToolTip(said)


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
    #: "Look up its refund…": the order shown was refunded (or is being refunded)
    refund_lookup_requested = Signal()
    #: "Watch until final": ask the order shown again in the background (offered by offer())
    watch_requested = Signal()
    #: "Close order…": close the unpaid order shown, guarded (offered by offer())
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: labels.Lang = "en"
        self._result: PollResult | None = None
        self._sections: list[Section] = []
        self._subject = ""
        self._queried_at: datetime | None = None
        self._from_history = False
        #: "asking" or "cancelled" while no answer of the query being shown has come
        self._pending: str | None = None
        self._refund = False  # a refund lookup: its states are a refund's
        self._mark = ""  # an untrusted answer's distrust, put next to every value it copies
        self._offered = (False, False)  # (watch, close), as offer() was last told

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        # The badges and what to do with the result: `header`, which the window keeps above the
        # scrolling rows so that Copy summary stays in reach however far the result scrolls.
        self.header = QWidget()
        header = QVBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(10)
        head = QHBoxLayout()
        self.state_badge = Badge()
        self.verify_badge = Badge()
        self.copy_summary = QPushButton(icon("copy"), "")
        self.copy_summary.clicked.connect(self._copy_summary)
        # The same summary with the payer's identifiers masked: for tickets leaving the company.
        self.copy_masked = QPushButton(icon("copy"), "")
        self.copy_masked.clicked.connect(self._copy_masked_summary)
        self.save_evidence = QPushButton("")
        self.save_evidence.clicked.connect(self._save_evidence)
        self.find_refund = QPushButton(icon("state-refunded"), "")
        self.find_refund.clicked.connect(self.refund_lookup_requested)
        # The window decides when these apply (offer()); hidden until it says so.
        self.watch_button = QPushButton(icon("state-paying"), "")
        self.watch_button.clicked.connect(self.watch_requested)
        self.close_button = QPushButton(icon("state-closed"), "")
        self.close_button.clicked.connect(self.close_requested)
        head.addWidget(self.state_badge)
        head.addWidget(self.verify_badge)
        head.addStretch(1)
        header.addLayout(head)
        # What to do with the result, on its own line: the badges keep their room.
        actions = QHBoxLayout()
        actions.addWidget(self.copy_summary)
        actions.addWidget(self.copy_masked)
        actions.addWidget(self.save_evidence)
        actions.addWidget(self.find_refund)
        actions.addWidget(self.watch_button)
        actions.addWidget(self.close_button)
        actions.addStretch(1)
        header.addLayout(actions)
        outer.addWidget(self.header)

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

    def retitle(self, subject: str) -> None:
        """What the shown result is about, said again (in a new language); drawn by the next
        retranslate()."""
        self._subject = subject

    def retranslate(self) -> None:
        self.copy_summary.setText(self.tr("Copy &summary"))
        self.copy_summary.setToolTip(self.tr("Copy a plain-text summary for a support ticket"))
        self.copy_summary.setAccessibleName(self.tr("Copy summary"))
        self.copy_masked.setText(self.tr("&Copy masked summary"))
        self.copy_masked.setToolTip(
            self.tr(
                "Copy the summary with the payer's identifiers and the attached data hidden, "
                "for a ticket that leaves the company"
            )
        )
        self.copy_masked.setAccessibleName(self.tr("Copy masked summary"))
        self.save_evidence.setText(self.tr("Save e&vidence sheet (PDF)…"))
        self.save_evidence.setToolTip(
            self.tr("Save what was asked, what came back, the verification and the raw answer")
        )
        self.save_evidence.setAccessibleName(self.tr("Save evidence sheet (PDF)"))
        self.find_refund.setText(self.tr("&Look up its refund…"))
        self.find_refund.setToolTip(
            self.tr(
                "Look up a refund of this order by its refund number (Tools > Look up a refund)"
            )
        )
        self.watch_button.setText(self.tr("Watch &until final"))
        self.watch_button.setToolTip(
            self.tr(
                "Ask this order again in the background until its state is final "
                "(every 30 s, then less often)"
            )
        )
        self.watch_button.setAccessibleName(self.tr("Watch until final"))
        self.close_button.setText(self.tr("Clos&e order…"))
        self.close_button.setToolTip(
            self.tr("Close this unpaid order at the gateway (a payment arriving later is refused)")
        )
        self.close_button.setAccessibleName(self.tr("Close order"))
        self.placeholder.setText(self.tr("Enter an order number and press Enter to look it up."))
        offered = self._offered
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
            self.offer(watch=offered[0], close=offered[1])  # the same result, in new words

    # -- showing ----------------------------------------------------------------------------

    def clear(self) -> None:
        self._result = None
        self._sections = []
        self._pending = None
        self.placeholder.show()
        for w in (self.state_badge, self.verify_badge, self.copy_summary, self.copy_masked,
                  self.save_evidence, self.find_refund, self.notice, self.context_line,
                  self.details):  # fmt: skip
            w.hide()
        self.offer(watch=False, close=False)
        _clear(self.grid)

    def offer(self, *, watch: bool, close: bool) -> None:
        """Show "Watch until final" and "Close order…" for the result shown (see offers()).
        Every new result, pending query and clear() withdraws both: call this after
        show_result()."""
        self._offered = (watch, close)
        self.watch_button.setVisible(watch)
        self.watch_button.setEnabled(watch)
        self.close_button.setVisible(close)
        self.close_button.setEnabled(close)

    @property
    def offered(self) -> tuple[bool, bool]:
        """(watch, close) as offered now."""
        return self._offered

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
        self._sections = []
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
        context = fill(self.tr("Queried at %1"), zoned(queried_at, self.lang))
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
        self.copy_masked.hide()
        self.save_evidence.hide()
        self.find_refund.hide()
        self.offer(watch=False, close=False)

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
                    labels.capital(label),
                    theme.STATE_TONES.get(status, "muted"),
                )
            else:
                # The distrust is the headline; the claimed state only follows it, small.
                self.state_badge.set(
                    "mismatch",
                    report.word("untrusted_answer", lang),
                    "bad",
                    report.word("claims_short", lang).format(state=label),
                )
            self.state_badge.show()
        elif error is not None:
            title = self._error_title(error)
            if error.kind == "gateway" and error.code:
                title = labels.error_code(error.code, lang)
                if refund and error.code == REFUND_NOT_FOUND:
                    title = self.tr("Refund not found")
            self.state_badge.set("error", labels.capital(title), "bad")
            self.state_badge.show()
        else:
            self.state_badge.hide()

        if verification is not None:
            icon_name = {"verified": "verified", "mismatch": "mismatch"}.get(
                verification.status, "unsigned"
            )
            tone_name = theme.VERIFY_TONES.get(verification.status, "muted")
            if error is not None and error.kind == "signature":
                # A success answer without a signature is as untrustworthy as a mismatch.
                icon_name, tone_name = "mismatch", "bad"
            self.verify_badge.set(
                icon_name, labels.capital(labels.verification(verification.status, lang)), tone_name
            )
            self.verify_badge.show()
        else:
            self.verify_badge.hide()

        when = zoned(queried_at, lang)
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
        self.copy_masked.show()
        self.save_evidence.show()
        # an order that was refunded (or is being refunded): its refund, one click away
        refunded = trusted and not refund and status in ("10", "11", "12")
        self.find_refund.setVisible(refunded and not from_history)
        # What was asked is the context line, the headline (state, trust, problems) the badges
        # and the notice above; the rest are rows. The Copy summary is the same sections, in
        # the same order.
        self._mark = "" if trusted or answer is None else untrusted_for(error, lang)
        self.offer(watch=False, close=False)  # until the window says what this result offers
        self._sections = self.sections()
        below = [s for s in self._sections if s.name not in ("asked", "state")]
        self._fill(below)
        self.details.setVisible(bool(below))
        self.details.setStyleSheet("" if trusted else "color: palette(mid);")

    def profile_name(self) -> str | None:
        """The profile of the query shown, as its subject names it ("profile · merchant id ·
        order number")."""
        result = self._result
        form = result.exchange.form if result is not None and result.exchange else {}
        mid = form.get("merchant_id")
        if mid and f" · {mid} · " in self._subject:
            return self._subject.split(f" · {mid} · ", 1)[0] or None
        return None

    def sections(self, *, mask_payer: bool = False) -> list[Section]:
        """The presenter's sections of the result shown (what the rows and the summary say)."""
        if self._result is None:
            return []
        return present(self._result, self.lang, refund=self._refund,
                       queried_at=self._queried_at, profile=self.profile_name(),
                       mask_payer=mask_payer)  # fmt: skip

    def _error_title(self, error: LeshuaError) -> str:
        """The problem in the window's words (the summary and the timeline use the same)."""
        from leshua_gui.core.text.words import error_kind

        return error_kind(error.kind, error.reason, self.lang)

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
            colon = ": " if self.lang == "en" else "："
            parts.append(f"<b>{_esc(title)}</b>" + (f"{colon}{_esc(hint)}" if hint else ""))
            if error.kind == "keyring":
                parts.append(self._keyring_text(error))
            elif error.kind == "gateway" and (error.code or error.gateway_message):
                # only what the gateway itself sent is said to be the gateway's
                what = f"{error.code or ''} {error.gateway_message}".strip()
                parts.append(fill(self.tr("Gateway said: %1"), _esc(what)))
            elif error.kind == "transport" and error.reason == "http_status" and error.code:
                parts.append(fill(self.tr("HTTP status: %1"), _esc(error.code)))
            elif error.kind == "protocol" and error.reason not in ("wrong_order", "wrong_refund"):
                from leshua_gui.core.text.words import unreadable_why

                why = unreadable_why(error.reason, self.lang)
                parts.append(_esc(labels.capital(why)) + ("." if self.lang == "en" else "。"))
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
                parts.append(_esc(labels.capital(said)) + f" [{_esc(answer.status)}]")
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

    # -- the rows ---------------------------------------------------------------------------

    def _fill(self, sections: list[Section]) -> None:
        """The sections below the headline, in the presenter's order: a title, then its rows."""
        for section in sections:
            self._title(section.title)
            table: list[Row] = []
            for row in section.rows:
                if row.kind == "table":
                    table.append(row)
                    continue
                if table:
                    self._table(table, section.title)
                    table = []
                self._place(row)
            if table:
                self._table(table, section.title)

    def _title(self, title: str) -> None:
        label = plain(title)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        self.grid.addWidget(label, self.grid.rowCount(), 0, 1, 3)

    def _place(self, row: Row) -> None:
        if row.kind == "note":
            note = plain(row.shown)
            note.setWordWrap(True)
            self.grid.addWidget(note, self.grid.rowCount(), 0, 1, 3)
            return
        r = self.grid.rowCount()
        key = plain(row.title)
        key.setStyleSheet("color: palette(mid);")
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        icon_name = theme.PAY_WAY_ICONS.get(row.sent) if row.field == "pay_way" else None
        if icon_name:
            pic = QLabel()
            pic.setObjectName("pay_way_icon")
            picture = pixmap(icon_name, 18, None, self.devicePixelRatioF())
            # an untrusted answer's pay way is a claim: its brand colours are not shown
            pic.setPixmap(_greyed(picture) if self._mark else picture)
            line.addWidget(pic)
        copy_text = self._marked(row.copy)
        shown = ValueLabel(row.shown, copy_text)
        shown.setAccessibleName(row.title)
        tip = self._tooltip(row)
        if tip:
            shown.setToolTip(tip)
        if row.kind in ("money", "id"):
            shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        if row.kind == "money":
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            shown.setMinimumWidth(110)
        # the copy button sits right after its value, not across the window from it
        wraps = len(row.shown) > 60  # a long value takes the line and wraps; a short one does not
        shown.setWordWrap(wraps)
        line.addWidget(shown, 1 if wraps else 0)
        self.grid.addWidget(key, r, 0, Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(holder, r, 1)
        if row.kind not in _NO_COPY_BUTTON:
            button = QToolButton()
            button.setIcon(icon("copy"))
            button.setAutoRaise(True)
            tip = (
                fill(self.tr("Copy %1, marked as untrusted"), row.title)
                if self._mark
                else fill(self.tr("Copy %1"), row.title)
            )
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            text = copy_text
            button.clicked.connect(lambda: self._copy(text))
            line.addWidget(button)
        if not wraps:
            line.addStretch(1)

    def _marked(self, value: str) -> str:
        """A value of an untrusted answer copies with the distrust next to it, so that it
        never travels as a fact: "888.00 (UNTRUSTED: signature mismatch)"."""
        if not self._mark:
            return value
        return f"{value} ({self._mark})" if self.lang == "en" else f"{value}（{self._mark}）"

    def _tooltip(self, row: Row) -> str:
        if row.kind == "money":
            return fill(self.tr("%1 fen"), row.sent)
        return row.sent if row.kind in ("code", "time") and row.sent != row.shown else ""

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def _table(self, rows: list[Row], title: str) -> None:
        """Rows of one table (the promotions), their cells in columns."""
        columns = [cell.title for cell in rows[0].cells]
        table = QTableWidget(len(rows), len(columns))
        table.setHorizontalHeaderLabels(columns)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row.cells):
                item = QTableWidgetItem(cell.shown)
                if cell.kind == "money":
                    item.setToolTip(fill(self.tr("%1 fen"), cell.sent))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMaximumHeight(
            table.verticalHeader().length() + table.horizontalHeader().height() + 6
        )
        table.setAccessibleName(title)
        self.grid.addWidget(table, self.grid.rowCount(), 0, 1, 3)

    # -- summary ----------------------------------------------------------------------------

    def summary_text(self) -> str:
        if self._queried_at is None:
            return ""
        if self._pending is not None:
            state = self.state_badge.text.text()
            when = zoned(self._queried_at, self.lang)
            lines = [self._subject, state, fill(self.tr("Queried at %1"), when)]
            if self._pending == "cancelled":
                lines.insert(2, self.tr("The order's state is unknown, not unpaid."))
            return "\n".join(line for line in lines if line)
        if self._result is None:
            return ""
        return "\n".join(as_text(self._sections, self.lang))

    def masked_summary_text(self) -> str:
        """The summary with the payer's identifiers (openid, sub_openid, attach) masked."""
        if self._result is None or self._queried_at is None or self._pending is not None:
            return self.summary_text()
        return "\n".join(as_text(self.sections(mask_payer=True), self.lang))

    def _copy_summary(self) -> None:
        self._copy(self.summary_text())

    def _copy_masked_summary(self) -> None:
        self._copy(self.masked_summary_text())

    def _save_evidence(self) -> None:
        from leshua_gui.ui.evidence_sheet import save_evidence_dialog

        save_evidence_dialog(self)


def _greyed(picture: QPixmap) -> QPixmap:
    """The picture in shades of grey, its transparency kept."""
    image = picture.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            g = (c.red() * 11 + c.green() * 16 + c.blue() * 5) // 32
            image.setPixelColor(x, y, QColor(g, g, g, c.alpha() // 2))
    grey = QPixmap.fromImage(image)
    grey.setDevicePixelRatio(picture.devicePixelRatio())
    return grey


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
