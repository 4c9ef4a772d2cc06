"""The query bar: what to ask (the kind of number and the number), checked as it is typed.

It emits `submitted` with the refund to ask about (None: the order itself) when the person asks,
and `cancel_requested`; `set_running(True)` locks what is being asked until the answer is in.
Text typed into the locked bar goes to a visible "typed during the lookup" field and into the bar
when the lookup ends, so nothing typed is lost and nothing is sent by surprise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.core.gateway.advice import kind_hint
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.validation import (
    ID_KINDS,
    IdKind,
    OrderRef,
    clean,
    id_problem,
)
from leshua_gui.core.text import hint_words
from leshua_gui.core.text.labels import Lang
from leshua_gui.ui import i18n, theme
from leshua_gui.ui.icons import icon
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.lookup import RefundIdKind

    #: a refund to ask about: which number and the number
    RefundAsked = tuple[RefundIdKind, str]


class QueryBar(QWidget):
    submitted = Signal(object)  # RefundAsked | None
    cancel_requested = Signal()
    notice = Signal(str)  # a short message for the status bar
    #: "Check them as a list": the ids pasted at once, as pasted (lines and columns kept)
    list_requested = Signal(str)

    def __init__(self, keep_polling: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._running = False
        self._last_id_text = ""
        self._next_last = ""
        self._why_not = ""  # why the Query button cannot ask now (its tooltip says it too)
        self._other_kind: IdKind | None = None
        self._pasted_ids = 0  # how many ids the last paste held, when it held several
        self._pasted_text = ""  # that paste as it came (for "Check them as a list")
        self._demo_menu_lang: str | None = None  # the language the demo menu was filled in
        self.lang: Lang = "en"  # the domain words' language (the kind hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        row = QHBoxLayout()
        self.kind_box = QComboBox()
        self.kind_box.currentIndexChanged.connect(self.validate)
        self.id_field = QLineEdit()
        self.id_field.setClearButtonEnabled(True)
        self.id_field.textEdited.connect(self._id_edited)
        self.id_field.textChanged.connect(self.validate)
        self.id_field.textChanged.connect(self._remember_id_text)
        self.id_field.returnPressed.connect(self.submit)
        # a push button with a menu keeps room for its arrow (a tool button draws it on the text)
        self.demo_orders = QPushButton()
        self.demo_menu = QMenu(self)
        self.demo_orders.setMenu(self.demo_menu)
        self.demo_orders.hide()
        self.query_button = QPushButton(icon("search"), "")
        self.query_button.setDefault(True)
        self.query_button.clicked.connect(lambda: self.submit())  # not clicked's `checked`
        self.cancel_button = QPushButton(icon("stop"), "")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        for widget in (self.kind_box, self.id_field, self.demo_orders):
            row.addWidget(widget, 1 if widget is self.id_field else 0)
        row.addWidget(self.query_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)

        next_row = QHBoxLayout()
        self.next_label = QLabel()
        self.next_field = QLineEdit()
        self.next_field.setClearButtonEnabled(True)
        self.next_field.textEdited.connect(self._next_edited)
        self.next_field.returnPressed.connect(self._next_entered)
        self.next_label.setBuddy(self.next_field)
        next_row.addWidget(self.next_label)
        next_row.addWidget(self.next_field, 1)
        self.next_label.hide()
        self.next_field.hide()
        layout.addLayout(next_row)

        options = QHBoxLayout()
        self.keep_polling = QCheckBox()
        self.keep_polling.setChecked(keep_polling)
        self.id_problem = QLabel()
        self.id_problem.setStyleSheet(f"color: {theme.tone('bad').fg};")
        options.addWidget(self.keep_polling)
        options.addStretch(1)
        options.addWidget(self.id_problem)
        # "this looks like the other kind of number", with the one-click switch, in the same
        # row: the bar keeps its height
        self.kind_hint = QLabel()
        self.kind_hint.setWordWrap(True)  # never widens the window
        self.kind_hint.setStyleSheet(f"color: {theme.tone('wait').fg};")
        self.switch_kind = QPushButton()
        self.switch_kind.clicked.connect(self._switch_kind)
        options.addWidget(self.kind_hint)
        options.addWidget(self.switch_kind)
        self.kind_hint.hide()
        self.switch_kind.hide()
        #: "Check them as a list", made when a column is first pasted
        self.as_list: QPushButton | None = None
        self._options = options
        layout.addLayout(options)

        self.setTabOrder(self.kind_box, self.id_field)
        self.setTabOrder(self.id_field, self.demo_orders)
        self.setTabOrder(self.demo_orders, self.query_button)
        self.setTabOrder(self.query_button, self.keep_polling)

    def retranslate(self, poll_deadline_s: int, lang: Lang = "en") -> None:
        self.lang = lang
        kind = self.kind_box.currentIndex()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("Merchant order number"), "third_order_id")
        self.kind_box.addItem(self.tr("Leshua order number"), "leshua_order_id")
        self.kind_box.setCurrentIndex(max(0, kind))
        self.kind_box.blockSignals(False)
        self.kind_box.setAccessibleName(self.tr("Kind of order number"))
        self.id_field.setPlaceholderText(self.tr("Order number (paste from Excel or chat)"))
        self.id_field.setAccessibleName(self.tr("Order number"))
        self.next_label.setText(
            self.tr("Typed during the lookup (goes into the bar when it ends):")
        )
        self.next_field.setAccessibleName(self.tr("Next order number"))
        self.demo_orders.setText(self.tr("&Demo orders"))
        self.demo_orders.setAccessibleName(self.tr("Demo orders"))
        self.query_button.setText(self.tr("&Query"))
        self.query_button.setAccessibleName(self.tr("Query"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop querying (Esc)"))
        if self.as_list is not None:
            self._word_as_list(self.as_list)
        self.keep_polling.setText(
            fill(self.tr("&Keep querying until final (up to %1 s)"), poll_deadline_s)
        )
        self._demo_menu_lang = None  # filled again, in this language, when a sandbox is chosen
        if self.demo_orders.isVisibleTo(self):
            self._fill_demo_menu()
        self.validate()

    # -- what is asked -----------------------------------------------------------------------

    def set_profile(self, profile: Profile | None) -> None:
        """The profile the bar asks for: demo orders only on a sandbox, no query without one."""
        self._profile = profile
        on_sandbox = bool(profile and profile.is_sandbox)
        if on_sandbox and self._demo_menu_lang != i18n.current():
            self._fill_demo_menu()
        self.demo_orders.setVisible(on_sandbox)
        self.validate()

    def kind(self) -> IdKind:
        value = self.kind_box.currentData()
        return value if value in ID_KINDS else "third_order_id"

    def text(self) -> str:
        return clean(self.id_field.text())

    def set_order(self, kind: str, order_id: str) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self._pasted_ids = 0
        self._pasted_text = ""
        self.id_field.setText(order_id)

    def order(self) -> OrderRef:
        """The order in the bar, checked (raises InputError); the bar then shows it cleaned."""
        order = OrderRef.of(**{self.kind(): self.id_field.text()})
        self.id_field.setText(order.value)
        return order

    def submit(self, refund: RefundAsked | None = None) -> None:
        """Ask, if the bar holds something askable and nothing is running; else say why not."""
        if not self._running and self.query_button.isEnabled():
            self.submitted.emit(refund)
        elif not self._running:
            self.notice.emit(self._why_not)

    def validate(self) -> None:
        text = self.id_field.text()
        problem = id_problem(self.kind(), text) if clean(text) else None
        messages = {
            "third_order_id": self.tr("A merchant order number is 1–64 letters, digits or symbols, without spaces."),
            "leshua_order_id": self.tr("A Leshua order number is 1–32 letters or digits."),
        }  # fmt: skip
        shown = messages.get(problem or "", "")
        if self._pasted_ids > 1:  # a pasted column is not a format error: say what it is
            shown = fill(
                self.tr("%1 order numbers were pasted: this bar asks about one order at a time."),
                self._pasted_ids,
            )
            problem = problem or "several"
        self._show_as_list(self._pasted_ids > 1)
        self.id_field.setStyleSheet(
            f"QLineEdit {{ border: 1px solid {theme.tone('bad').fg}; }}" if problem else ""
        )
        if self._profile is None:
            self._why_not = self.tr("Create a profile first: File > Manage profiles…")
            shown = shown or (self._why_not if clean(text) else "")
        elif not clean(text):
            self._why_not = self.tr("Type or paste an order number first.")
        else:
            self._why_not = shown
        self.id_problem.setText(shown)
        ok = bool(clean(text)) and problem is None and self._profile is not None
        self.query_button.setEnabled(ok and not self._running)
        self.query_button.setToolTip(self.tr("Look the order up (Enter)") if ok else self._why_not)
        self._show_kind_hint(None if self._pasted_ids > 1 else kind_hint(self.kind(), text))

    def _show_as_list(self, shown: bool) -> None:
        """A pasted column is a list: one click checks it in the window for lists."""
        if shown and self.as_list is None:
            self.as_list = QPushButton()
            self.as_list.clicked.connect(lambda: self.list_requested.emit(self._pasted_text))
            self._word_as_list(self.as_list)
            self._options.addWidget(self.as_list)
        if self.as_list is not None:
            self.as_list.setVisible(shown)

    def _word_as_list(self, button: QPushButton) -> None:
        button.setText(self.tr("Check them as a list"))
        button.setToolTip(self.tr("Open them in the window for lists of orders (Ctrl+L)"))

    def _show_kind_hint(self, other: IdKind | None) -> None:
        self._other_kind = other
        if other is not None:
            self.kind_hint.setText(hint_words.looks_like_text(other, self.lang))
            self.switch_kind.setText(hint_words.switch_to_text(other, self.lang))
        self.kind_hint.setVisible(other is not None)
        self.switch_kind.setVisible(other is not None)
        self.switch_kind.setEnabled(not self._running)

    def _switch_kind(self) -> None:
        if self._other_kind is not None and not self._running:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(self._other_kind)))
            self.id_field.setFocus()

    def _id_edited(self, text: str) -> None:
        # A paste (several characters at once) is trimmed of what Excel or chat put around it;
        # a typed space stays, so live validation can point at it instead of hiding it.
        pasted = len(text) - len(self._last_id_text) > 1
        cleaned = clean(text) if pasted else text
        ids = len(cleaned.split()) if pasted else 0
        self._pasted_ids = ids if ids > 1 else 0  # a column pasted at once (lines become spaces)
        self._pasted_text = text if ids > 1 else ""
        if cleaned != text:
            self.id_field.setText(cleaned)

    def _remember_id_text(self, text: str) -> None:
        self._last_id_text = text  # textChanged follows textEdited: the text before the edit

    # -- demo orders -------------------------------------------------------------------------

    def _fill_demo_menu(self) -> None:
        """The demo orders and refunds (the sandbox's orders load only for a sandbox profile)."""
        from leshua_gui.sandbox.orders import all_demo_ids, demo_refunds

        self._demo_menu_lang = i18n.current()
        lang = i18n.domain_lang(self._demo_menu_lang)
        self.demo_menu.clear()
        for order_id, description in all_demo_ids(lang):
            action = self.demo_menu.addAction(f"{order_id}  —  {description}")
            action.triggered.connect(lambda _=False, oid=order_id: self._pick_demo(oid))
        section = self.demo_menu.addSection(self.tr("Demo refunds (a refund lookup)"))
        section.setData("section")
        for refund_number, order_id, description in demo_refunds(lang):
            action = self.demo_menu.addAction(f"{refund_number}  —  {description}")
            action.triggered.connect(
                lambda _=False, oid=order_id, rid=refund_number: self._pick_demo(oid, rid)
            )

    def _pick_demo(self, order_id: str, refund_number: str | None = None) -> None:
        if self._running:  # the bar shows what is being asked until the answer is in
            self.notice.emit(self.tr("A query is running: wait for it or cancel it first."))
            return
        self.set_order("third_order_id", order_id)
        self.submit(("merchant_refund_id", refund_number) if refund_number else None)

    # -- while a lookup runs -----------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        """Lock what is being asked (running) or unlock it and take what was typed meanwhile."""
        self._running = running
        self.kind_box.setEnabled(not running)
        self.kind_box.setToolTip(self._busy_text() if running else "")
        self.id_field.setReadOnly(running)
        self.query_button.setVisible(not running)
        self.cancel_button.setVisible(running)
        if running:
            self.id_field.installEventFilter(self)  # typing into it now goes to next_field
        else:
            self.id_field.removeEventFilter(self)
            self._take_next()
        self.validate()

    def _busy_text(self) -> str:
        return self.tr("A query is running: wait for it or cancel it (Esc).")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys, pastes and input-method text typed into the locked bar go to the visible
        "typed during the lookup" field instead of being lost."""
        if watched is self.id_field and self._running:
            kind = event.type()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                pasting = event.matches(QKeySequence.StandardKey.Paste)
                if pasting or (event.text() and event.text().isprintable()):
                    self._reveal_next()
                    copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                    QApplication.sendEvent(self.next_field, copy)
                    return True
            elif (
                kind == QEvent.Type.InputMethod
                and isinstance(event, QInputMethodEvent)
                and event.commitString()
            ):
                self._reveal_next()
                self.next_field.insert(event.commitString())
                self._next_last = self.next_field.text()
                return True
        return super().eventFilter(watched, event)

    def _reveal_next(self) -> None:
        self.next_label.show()
        self.next_field.show()
        self.next_field.setFocus()

    def _next_edited(self, text: str) -> None:
        pasted = len(text) - len(self._next_last) > 1
        cleaned = clean(text) if pasted else text
        if cleaned != text:
            self.next_field.setText(cleaned)
        self._next_last = self.next_field.text()

    def _next_entered(self) -> None:
        if self._running:
            self.notice.emit(
                self.tr("A query is running: this order number goes into the bar when it ends.")
            )
        else:
            self._take_next()

    def _take_next(self) -> None:
        """What was typed during the lookup, into the query bar (not asked until Enter)."""
        text = clean(self.next_field.text())
        had_focus = self.next_field.hasFocus()
        self.next_field.clear()
        self._next_last = ""
        self.next_label.hide()
        self.next_field.hide()
        if not text:
            return
        self._pasted_ids = 0
        self._pasted_text = ""
        self.id_field.setText(text)
        if had_focus or QApplication.focusWidget() is None:
            self.id_field.setFocus()
        self.notice.emit(
            self.tr("What you typed during the lookup is in the query bar: press Enter to ask.")
        )
