"""The main window: profile, query bar, progress timeline, and the result with its raw exchange."""

from __future__ import annotations

import logging
import sys
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leshua_gui import APP_NAME, __version__
from leshua_gui.app.lookup import Lookup, LookupRequest, RefundIdKind, run_lookup
from leshua_gui.app.services import DEMO_PROFILE_ID, Services, is_demo, recorded_by
from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.validation import (
    ID_KINDS,
    IdKind,
    OrderRef,
    check_refund_id,
    clean,
    id_problem,
)
from leshua_gui.sandbox import all_demo_ids
from leshua_gui.ui import i18n, theme
from leshua_gui.ui.icons import icon
from leshua_gui.ui.tasks import Task, TaskContext, TaskRunner
from leshua_gui.ui.widgets import used_once
from leshua_gui.ui.wording import fill

HISTORY_TAB = 2


class _Bridge(QObject):
    """Carries "a history row was written" from the writer thread to the GUI thread."""

    written = Signal()
    failed = Signal(str, str)  # "a query could not be recorded": reason key, details (English)


if TYPE_CHECKING:
    from leshua_gui.core.history.record import HistoryRecord
    from leshua_gui.ui.history_panel import HistoryPanel
    from leshua_gui.ui.raw_view import RawView
    from leshua_gui.ui.result_view import ResultView

log = logging.getLogger(__name__)


def _failed_result(error: LeshuaError) -> PollResult:
    from leshua_gui.core.gateway.polling import Attempt as _Attempt

    result = PollResult()
    result.attempts.append(_Attempt(1, datetime.now(UTC), 0.0, None, error))
    return result


class MainWindow(QMainWindow):
    """Emits `query_finished` with the PollResult each time a query ends (tests wait on it)."""

    query_finished = Signal(object)
    shown = Signal()

    def __init__(self, ctx: Services, lang: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.lang = lang
        self.runner = TaskRunner(self)
        self._task: Task[Lookup] | None = None
        self._listed: dict[str, Profile] = {}  # profile id -> the profiles in the selector
        #: the last finished lookup (its result is what the result and raw views show)
        self.lookup: Lookup | None = None
        #: the attempts of the running lookup, for the result view while it runs (display only:
        #: the lookup's value and its one history row come from run_lookup on the worker)
        self._so_far: list[Attempt] = []
        self._asked_at = datetime.now(UTC)
        self._refund_lookup = False  # the running (or last) lookup is one refund of an order
        self._progress_was_shown = False
        self._subject = ""
        self._last_id_text = ""
        self._started = 0.0
        self._attempts = 0
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(760, 560)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)

        self.demo_banner = QLabel()
        self.demo_banner.setWordWrap(True)
        layout.addWidget(self.demo_banner)

        # Profile row
        profile_row = QHBoxLayout()
        self.profile_label = QLabel()
        self.profile_box = QComboBox()
        self.profile_box.setMinimumWidth(260)
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self.profile_label.setBuddy(self.profile_box)
        self.manage_button = QPushButton(icon("profile"), "")
        self.manage_button.clicked.connect(self.open_profiles)
        profile_row.addWidget(self.profile_label)
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.manage_button)
        layout.addLayout(profile_row)

        # Query bar
        query_row = QHBoxLayout()
        self.kind_box = QComboBox()
        self.kind_box.currentIndexChanged.connect(self._validate)
        self.id_field = QLineEdit()
        self.id_field.setClearButtonEnabled(True)
        self.id_field.textEdited.connect(self._id_edited)
        self.id_field.textChanged.connect(self._validate)
        self.id_field.textChanged.connect(self._remember_id_text)
        self.id_field.returnPressed.connect(self.run_query)
        self.demo_orders = QToolButton()
        self.demo_orders.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.demo_menu = QMenu(self)
        self.demo_orders.setMenu(self.demo_menu)
        self.query_button = QPushButton(icon("search"), "")
        self.query_button.setDefault(True)
        self.query_button.clicked.connect(self.run_query)
        self.cancel_button = QPushButton(icon("stop"), "")
        self.cancel_button.clicked.connect(self.cancel_query)
        self.cancel_button.hide()
        query_row.addWidget(self.kind_box)
        query_row.addWidget(self.id_field, 1)
        query_row.addWidget(self.demo_orders)
        query_row.addWidget(self.query_button)
        query_row.addWidget(self.cancel_button)
        layout.addLayout(query_row)

        # What is typed into the query bar while a lookup runs lands here, visibly (the bar keeps
        # showing the order being asked), and goes into the bar when the lookup ends.
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
        self._next_last = ""
        layout.addLayout(next_row)

        options_row = QHBoxLayout()
        self.keep_polling = QCheckBox()
        self.keep_polling.setChecked(ctx.settings.keep_polling)
        self.id_problem = QLabel()
        self.id_problem.setStyleSheet(f"color: {theme.tone('bad').fg};")
        options_row.addWidget(self.keep_polling)
        options_row.addStretch(1)
        options_row.addWidget(self.id_problem)
        layout.addLayout(options_row)

        # Progress + timeline
        self.progress = QLabel()
        self.timeline = QListWidget()
        self.timeline.setMaximumHeight(96)
        self.progress.hide()
        self.timeline.hide()
        layout.addWidget(self.progress)
        layout.addWidget(self.timeline)
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._update_progress)

        # Results, or the first-run panel
        # The result views are built right after the first paint (or on first use): the
        # query bar is what a person needs first, and the window appears sooner.
        self.tabs = QTabWidget()
        self._result_view: ResultView | None = None
        self._raw_view: RawView | None = None
        self._history_panel: HistoryPanel | None = None
        self._shut_down = False
        # New history rows arrive from the writer thread; a short timer batches bursts.
        self._history_changed = QTimer(self)
        self._history_changed.setSingleShot(True)
        self._history_changed.setInterval(300)
        self._bridge = _Bridge(self)
        self._bridge.written.connect(self._history_changed.start)
        ctx.on_history_written = self._bridge.written.emit
        self._bridge.failed.connect(self._history_failed)
        ctx.on_history_failed = self._bridge.failed.emit

        self.first_run = QWidget()
        first = QVBoxLayout(self.first_run)
        first.addStretch(1)
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        first.addWidget(self.welcome)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_profile_button = QPushButton(icon("profile"), "")
        self.create_profile_button.clicked.connect(self.open_profiles)
        self.open_demo_button = QPushButton(icon("demo"), "")
        self.open_demo_button.clicked.connect(self.open_demo)
        buttons.addWidget(self.create_profile_button)
        buttons.addWidget(self.open_demo_button)
        buttons.addStretch(1)
        first.addLayout(buttons)
        first.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.first_run)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        # Strings, not Qt.Key: touching the Qt namespace costs ~10 ms of start-up.
        self.escape = QShortcut(QKeySequence("Esc"), self)
        self.escape.activated.connect(self.cancel_query)

        self.setTabOrder(self.profile_box, self.manage_button)
        self.setTabOrder(self.manage_button, self.kind_box)
        self.setTabOrder(self.kind_box, self.id_field)
        self.setTabOrder(self.id_field, self.demo_orders)
        self.setTabOrder(self.demo_orders, self.query_button)
        self.setTabOrder(self.query_button, self.keep_polling)
        self.setTabOrder(self.keep_polling, self.tabs)

        self.retranslate()
        # `leshua-gui --demo` opens on the demo merchant, whatever real profile was used last.
        if ctx.demo:
            self.reload_profiles(select_id=DEMO_PROFILE_ID)
        else:
            self.reload_profiles(select_name=ctx.settings.last_profile)
        self._restore_geometry()

    # -- menus and texts --------------------------------------------------------------------

    def _build_menus(self) -> None:
        # QAction objects and string shortcuts: the overloads of addAction(icon, text) and
        # setShortcut(StandardKey) make PySide build every Qt enum, ~10 ms of start-up.
        def action(menu: QMenu, icon_name: str | None, slot: object) -> QAction:
            act = QAction(self)
            if icon_name:
                act.setIcon(icon(icon_name))
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.profiles_action = action(self.file_menu, "profile", self.open_profiles)
        self.settings_action = action(self.file_menu, "settings", self.open_settings)
        self.file_menu.addSeparator()
        self.quit_action = action(self.file_menu, None, self.close)  # shortcut: _after_first_paint
        self.tools_menu = bar.addMenu("")
        self.refund_action = action(self.tools_menu, "state-refunded", self.open_refund_lookup)
        self.callback_action = action(self.tools_menu, "verified", self.open_callback_check)
        self.help_menu = bar.addMenu("")
        self.logs_action = action(self.help_menu, None, self.open_log_folder)
        self.about_action = action(self.help_menu, "app", self.show_about)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.profiles_action.setText(self.tr("Manage &profiles…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.refund_action.setText(self.tr("Look up a &refund…"))
        self.callback_action.setText(self.tr("Check a &callback…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.logs_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About Leshua Desk"))
        self.profile_label.setText(self.tr("&Profile:"))
        self.manage_button.setText(self.tr("&Manage profiles…"))
        self.manage_button.setAccessibleName(self.tr("Manage profiles"))
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
        self.demo_orders.setText(self.tr("Demo &orders"))
        self.demo_orders.setAccessibleName(self.tr("Demo orders"))
        self.query_button.setText(self.tr("&Query"))
        self.query_button.setAccessibleName(self.tr("Query"))
        self.query_button.setToolTip(self.tr("Look the order up (Enter)"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop querying (Esc)"))
        self.keep_polling.setText(
            fill(
                self.tr("&Keep querying until final (up to %1 s)"),
                self.ctx.settings.poll_deadline_s,
            )
        )
        self.timeline.setAccessibleName(self.tr("Query attempts"))
        self.welcome.setText(
            "<div align='center'><h2>" + self.tr("Welcome to Leshua Desk") + "</h2><p>"
            + self.tr("Look up Leshua payment orders and check that the gateway's answer is "
                      "genuine. Create a profile with your merchant id and keys, or open the demo "
                      "to see every order state on a local sandbox gateway.") + "</p></div>"
        )  # fmt: skip
        self.create_profile_button.setText(self.tr("&Create a profile…"))
        self.open_demo_button.setText(self.tr("Open the &demo"))
        self._fill_demo_menu()
        self._refresh_banner()
        if self._result_view is not None and self._raw_view is not None:
            self._retranslate_views()
        self._validate()

    # -- result views (built lazily) -------------------------------------------------------

    def _after_first_paint(self) -> None:
        """What can wait a few milliseconds for the window to appear."""
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.ensure_views()

    def ensure_views(self) -> None:
        if self._result_view is not None:
            return
        from leshua_gui.ui.raw_view import RawView
        from leshua_gui.ui.result_view import ResultView

        self._result_view = ResultView()
        self._result_view.copied.connect(self._copied)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._result_view)
        self._raw_view = RawView()
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self._raw_view, "")
        # The panel is built when first opened; until then (or while the history cannot be
        # opened) this stands in its place and says why.
        from leshua_gui.ui.history_unavailable import HistoryUnavailableView

        self._history_placeholder = HistoryUnavailableView(lambda: self._tab_changed(HISTORY_TAB))
        self.tabs.addTab(self._history_placeholder, icon("history"), "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self._retranslate_views()

    def _tab_changed(self, index: int) -> None:
        if index != HISTORY_TAB:
            return
        from leshua_gui.core.history.store import HistoryUnavailable

        try:
            self.history_panel.setFocus()
        except HistoryUnavailable as exc:  # busy, read-only, full: said in the tab, kept as is
            self._history_placeholder.show_problem(exc)

    @property
    def history_panel(self) -> HistoryPanel:
        """The History tab, built on first use (it opens the history database)."""
        self.ensure_views()
        if self._history_panel is None:
            from leshua_gui.ui.history_panel import HistoryPanel

            panel = HistoryPanel(self.ctx, self.runner)
            panel.lang = i18n.domain_lang(self.lang)
            panel.retranslate()
            panel.show_record.connect(self.show_history_record)
            panel.query_again.connect(self.query_again)
            self._history_changed.timeout.connect(self._refresh_history)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(HISTORY_TAB)  # the placeholder stays, hidden, for a next time
            self.tabs.insertTab(HISTORY_TAB, panel, icon("history"), self.tr("&History"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._history_panel = panel
        return self._history_panel

    def _refresh_history(self) -> None:
        if self._history_panel is not None and not self._shut_down:
            self._history_panel.refresh()

    def show_history_record(self, record: HistoryRecord) -> None:
        """A stored answer, marked with its query time; its trust is exactly as recorded."""
        result = record.to_result()
        subject = " · ".join(x for x in (record.profile, record.merchant_id, record.order_id) if x)
        refund = getattr(record, "lookup", "order") == "refund"
        if refund and getattr(record, "refund_id", None):
            subject += " · " + fill(self.tr("refund %1"), str(record.refund_id))
        self.result_view.show_result(
            result, record.queried_at, from_history=True, subject=subject, refund=refund
        )
        self.raw_view.show_result(result)
        self.tabs.setCurrentIndex(0)

    def query_again(self, record: HistoryRecord) -> None:
        """Re-run a stored query with the same profile and merchant, never silently another one."""
        if self._task is not None:
            self.statusBar().showMessage(
                self.tr("A query is running: wait for it or cancel it first.")
            )
            return
        for i in range(self.profile_box.count()):
            profile = self._listed.get(self.profile_box.itemData(i))
            if profile is not None and recorded_by(profile, record):
                self.profile_box.setCurrentIndex(i)
                break
        else:
            self.statusBar().showMessage(
                fill(
                    self.tr(
                        "No profile “%1” for merchant %2 any more: the query was not repeated."
                    ),
                    record.profile,
                    record.merchant_id,
                )
            )
            return
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(record.id_kind)))
        self.id_field.setText(record.order_id)
        self.tabs.setCurrentIndex(0)
        refund_number = getattr(record, "refund_id", None)
        if getattr(record, "lookup", "order") == "refund" and refund_number:
            # the same kind of lookup: this refund again, not a poll of the order
            kind = getattr(record, "refund_id_kind", None) or "merchant_refund_id"
            self.run_query(refund={kind: refund_number})
        else:
            self.run_query()

    def _retranslate_views(self) -> None:
        assert self._result_view is not None and self._raw_view is not None
        self._result_view.lang = i18n.domain_lang(self.lang)
        self.tabs.setTabText(0, self.tr("&Result"))
        self.tabs.setTabText(1, self.tr("R&aw"))
        self.tabs.setTabText(HISTORY_TAB, self.tr("&History"))
        self._history_placeholder.retranslate()
        if self._history_panel is not None:
            self._history_panel.lang = i18n.domain_lang(self.lang)
            self._history_panel.retranslate()
        self._result_view.retranslate()
        self._raw_view.retranslate()

    @property
    def result_view(self) -> ResultView:
        self.ensure_views()
        assert self._result_view is not None
        return self._result_view

    @property
    def raw_view(self) -> RawView:
        self.ensure_views()
        assert self._raw_view is not None
        return self._raw_view

    def _refresh_banner(self) -> None:
        """The demo banner, only while the demo merchant is the selected profile."""
        profile = self.current_profile() if hasattr(self, "profile_box") else None
        on_demo = self.ctx.sandbox is not None and profile is not None and is_demo(profile)
        self.setWindowTitle(f"{APP_NAME} — {self.tr('Demo')}" if on_demo else APP_NAME)
        if not on_demo or self.ctx.sandbox is None:
            self.demo_banner.hide()
            return
        t = theme.tone("wait")
        self.demo_banner.setStyleSheet(
            f"color: {t.fg}; background: {t.bg}; border: 1px solid {t.fg}; border-radius: 6px;"
            " padding: 6px 10px; font-weight: 600;"
        )
        self.demo_banner.setText(
            fill(self.tr("DEMO — a local sandbox gateway at %1 with made-up orders. "
                         "Nothing here touches a real merchant."), self.ctx.sandbox.url)
        )  # fmt: skip
        self.demo_banner.setAccessibleName(self.tr("Demo mode"))
        self.demo_banner.show()

    def _fill_demo_menu(self) -> None:
        from leshua_gui.sandbox.orders import demo_refunds

        self.demo_menu.clear()
        for order_id, description in all_demo_ids():
            action = self.demo_menu.addAction(f"{order_id}  —  {description}")
            action.triggered.connect(lambda _=False, oid=order_id: self._pick_demo(oid))
        section = self.demo_menu.addSection(self.tr("Demo refunds (a refund lookup)"))
        section.setData("section")
        for refund_number, order_id, description in demo_refunds():
            action = self.demo_menu.addAction(f"{refund_number}  —  {description}")
            action.triggered.connect(
                lambda _=False, oid=order_id, rid=refund_number: self._pick_demo(oid, rid)
            )
        self.demo_orders.setVisible(self._current_profile_is_sandbox())

    def _pick_demo(self, order_id: str, refund_number: str | None = None) -> None:
        if self._task is not None:  # the bar shows what is being asked until the answer is in
            self.statusBar().showMessage(
                self.tr("A query is running: wait for it or cancel it first.")
            )
            return
        self.kind_box.setCurrentIndex(0)
        self.id_field.setText(order_id)
        if refund_number:
            self.run_query(refund={"merchant_refund_id": refund_number})
        else:
            self.run_query()

    # -- profiles ---------------------------------------------------------------------------

    def reload_profiles(self, select_name: str | None = None, select_id: str | None = None) -> None:
        current_id = select_id or (None if select_name else self.profile_box.currentData())
        current = select_name or self.profile_box.currentText()
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        try:
            profiles = self.ctx.profiles()
        except LeshuaError as exc:
            profiles = [self.ctx.demo_profile] if self.ctx.demo_profile else []
            self.statusBar().showMessage(exc.message)
        # Kept here: the query bar asks for the current profile on every keystroke, and reading
        # profiles.json each time would put disk I/O in typing.
        self._listed = {p.id: p for p in profiles}
        for profile in profiles:
            label = profile.name
            if is_demo(profile):
                label = self.tr("Demo merchant (sandbox)")
            self.profile_box.addItem(f"{label}  ·  {profile.merchant_id}", profile.id)
        index = next(
            (i for i, p in enumerate(profiles) if current_id and p.id == current_id),
            next((i for i, p in enumerate(profiles) if p.name == current), 0),
        )
        self.profile_box.setCurrentIndex(index)
        self.profile_box.blockSignals(False)
        self.stack.setCurrentWidget(self.tabs if profiles else self.first_run)
        self._profile_changed()

    def current_profile(self) -> Profile | None:
        return self._listed.get(self.profile_box.currentData() or "")

    def _current_profile_is_sandbox(self) -> bool:
        profile = self.current_profile()
        return bool(profile and profile.is_sandbox)

    def _profile_changed(self) -> None:
        profile = self.current_profile()
        self.demo_orders.setVisible(bool(profile and profile.is_sandbox))
        self._refresh_banner()
        if profile and not is_demo(profile) and profile.name != self.ctx.settings.last_profile:
            from dataclasses import replace

            self.ctx.save_settings(replace(self.ctx.settings, last_profile=profile.name))
        self._validate()

    def open_profiles(self) -> None:
        from leshua_gui.ui.profile_dialog import ProfileDialog

        with used_once(ProfileDialog(self.ctx, self.runner, self.lang, self)) as dialog:
            dialog.profiles_changed.connect(lambda: self.reload_profiles())
            dialog.exec()
        self.reload_profiles()

    def open_demo(self) -> None:
        self.ctx.start_demo()
        self.retranslate()
        self.reload_profiles(select_id=DEMO_PROFILE_ID)
        self.id_field.setFocus()

    # -- the query --------------------------------------------------------------------------

    def _kind(self) -> IdKind:
        value = self.kind_box.currentData()
        return value if value in ID_KINDS else "third_order_id"

    def _id_edited(self, text: str) -> None:
        # A paste (several characters at once) is trimmed of what Excel or chat put around it;
        # a typed space stays, so live validation can point at it instead of hiding it.
        pasted = len(text) - len(self._last_id_text) > 1
        cleaned = clean(text) if pasted else text
        if cleaned != text:
            self.id_field.setText(cleaned)

    def _remember_id_text(self, text: str) -> None:
        self._last_id_text = text  # textChanged follows textEdited: the text before the edit

    def _validate(self) -> None:
        if not hasattr(self, "query_button"):
            return
        text = self.id_field.text()
        running = self._task is not None
        problem = id_problem(self._kind(), text) if clean(text) else None
        messages = {
            "third_order_id": self.tr("A merchant order number is 1–64 letters, digits or symbols, without spaces."),
            "leshua_order_id": self.tr("A Leshua order number is 1–32 letters or digits."),
        }  # fmt: skip
        self.id_problem.setText(messages.get(problem or "", ""))
        self.id_field.setStyleSheet(
            f"QLineEdit {{ border: 1px solid {theme.tone('bad').fg}; }}" if problem else ""
        )
        ok = bool(clean(text)) and problem is None and self.current_profile() is not None
        self.query_button.setEnabled(ok and not running)

    def run_query(self, refund: dict[str, str] | None = None) -> None:
        """Query the order in the query bar; with `refund` ({merchant_refund_id or
        leshua_refund_id: value}), one of its refunds instead (once: refunds take days)."""
        if self._task is not None or not self.query_button.isEnabled():
            return
        profile = self.current_profile()
        if profile is None:
            return
        self._subject = ""
        self._refund_lookup = False
        try:
            order = OrderRef.of(**{self._kind(): self.id_field.text()})
            refund = {k: check_refund_id(v) for k, v in (refund or {}).items() if v} or None
        except LeshuaError as exc:
            self._show(_failed_result(exc), datetime.now(UTC))
            return
        self.id_field.setText(order.value)
        shown_name = self.tr("Demo merchant (sandbox)") if is_demo(profile) else profile.name
        self._subject = f"{shown_name} · {profile.merchant_id} · {order.value}"
        if refund:
            self._subject += " · " + fill(self.tr("refund %1"), next(iter(refund.values())))
        deadline = (
            float(self.ctx.settings.poll_deadline_s) if self.keep_polling.isChecked() else 0.0
        )
        refund_asked: tuple[RefundIdKind, str] | None = None
        if refund:
            kind, number = next(iter(refund.items()))
            refund_asked = (
                "leshua_refund_id" if kind == "leshua_refund_id" else "merchant_refund_id",
                number,
            )
        request = LookupRequest(
            profile,
            order,
            kind="refund" if refund_asked else "order",
            refund=refund_asked,
            deadline_s=deadline,
        )
        self._so_far = []
        self._asked_at = datetime.now(UTC)
        self._refund_lookup = refund_asked is not None
        # From now on the result and raw views are about this query, never the previous one.
        self.stack.setCurrentWidget(self.tabs)
        self.result_view.show_pending(self._subject, self._asked_at)
        self.raw_view.show_pending(self._subject)
        services = self.ctx

        def work(task_ctx: TaskContext[Attempt]) -> Lookup:
            # the key, the client, the asking and the history row: all here, on the worker
            return run_lookup(services, request, task_ctx.cancel, task_ctx.progress)

        self._begin()
        self._task = self.runner.run(
            work,
            on_success=self._done,
            on_failure=self._not_asked,
            on_progress=self._attempted,
            abandonable=True,  # read-only: quitting does not wait for the gateway
        )

    def _begin(self) -> None:
        self._started = time.monotonic()
        self._attempts = 0
        self._progress_was_shown = self.progress.isVisible()
        self.timeline.clear()
        self.timeline.show()
        self.progress.show()
        self.query_button.hide()
        self.cancel_button.show()
        self._tick.start()
        self._update_progress()
        self.query_button.setEnabled(False)
        self.statusBar().clearMessage()
        # What is being asked stays as it is until the answer is in.
        self.profile_box.setEnabled(False)
        self.kind_box.setEnabled(False)
        self.id_field.setReadOnly(True)
        self.id_field.installEventFilter(self)  # typing into it now goes to next_field

    def _end(self) -> None:
        self._task = None
        self._tick.stop()
        self.profile_box.setEnabled(True)
        self.kind_box.setEnabled(True)
        self.id_field.removeEventFilter(self)
        self.id_field.setReadOnly(False)
        self._take_next()
        self.cancel_button.hide()
        self.query_button.show()
        self._validate()
        if self.timeline.count() <= 1:
            self.timeline.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While a lookup runs the query bar is locked; keys, pastes and input-method text
        typed into it go to the visible "typed during the lookup" field instead of being lost."""
        if watched is self.id_field and self._task is not None:
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
        if self._task is not None:
            self.statusBar().showMessage(
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
        self.id_field.setText(text)
        if had_focus or self.focusWidget() is None:
            self.id_field.setFocus()
        self.statusBar().showMessage(
            self.tr("What you typed during the lookup is in the query bar: press Enter to ask.")
        )

    def _update_progress(self) -> None:
        elapsed = time.monotonic() - self._started
        attempt = max(1, self._attempts + 1)
        self.progress.setText(
            fill(self.tr("Querying… attempt %1, %2 s"), attempt, f"{elapsed:.1f}")
        )

    def _attempted(self, attempt: Attempt) -> None:
        self._attempts = attempt.number
        lang = i18n.domain_lang(self.lang)
        if attempt.status is not None:
            from leshua_gui.core.present.report import state_line  # loaded with the result views

            what = state_line(attempt.status, attempt.error, lang, refund=self._refund_lookup)
        elif attempt.error is not None:
            code = f" {attempt.error.code}" if attempt.error.code else ""
            what = f"{attempt.error.kind}{code}"
        else:
            what = ""
        when = attempt.at.astimezone().strftime("%H:%M:%S")
        self.timeline.addItem(f"#{attempt.number}  {when}  (+{attempt.elapsed_s:.1f} s)  {what}")
        self.timeline.scrollToBottom()
        self._so_far.append(attempt)
        self._show_so_far(PollResult(attempts=list(self._so_far)))

    def _show_so_far(self, shown: PollResult) -> None:
        """What has come in while the lookup runs (or when it is cancelled), on screen only."""
        self.result_view.show_result(
            shown, self._asked_at, subject=self._subject, refund=self._refund_lookup
        )
        self.raw_view.show_result(shown)

    def cancel_query(self) -> None:
        if self._task is None:
            return
        # run_lookup stops asking and records what came in so far (once), on the worker
        self._task.cancel()
        if self._so_far:  # what came in so far, marked as cancelled
            self._show_so_far(PollResult(attempts=list(self._so_far), cancelled=True))
        else:  # nothing came: say so for this order, never leave an earlier answer up
            self.result_view.show_pending(self._subject, self._asked_at, cancelled=True)
            self.raw_view.show_pending(self._subject, cancelled=True)
        self.progress.setText(self.tr("Cancelled."))
        self.statusBar().showMessage(
            self.tr("Query cancelled: the order's state is unknown, not unpaid.")
        )
        self._end()

    def _done(self, lookup: Lookup) -> None:
        """The lookup's one value: shown as it is (run_lookup has recorded it)."""
        self._end()
        self.lookup = lookup
        elapsed = time.monotonic() - self._started
        self.progress.setText(
            self.tr("Done: %n attempt(s)", "", len(lookup.result.attempts)) + f" · {elapsed:.1f} s"
        )
        self._show(lookup.result, lookup.queried_at)

    def _history_failed(self, reason_key: str, details: str) -> None:
        """A query's row could not be written even after retries: said where it is seen, in the
        window's language (SQLite's own words go to the log and the History tab)."""
        if self._shut_down:
            return
        from leshua_gui.ui.history_unavailable import reason_text

        log.warning("not recorded in the history: %s", details)
        reason = reason_text(reason_key)
        text = fill(
            self.tr(
                "This query was not recorded in the history: %1. The answer above is complete; "
                "copy its summary if support will need it."
            ),
            reason,
        )
        self.statusBar().showMessage(fill(self.tr("Not recorded in the history: %1"), reason))
        self.result_view.show_not_recorded(text)

    def _not_asked(self, exc: BaseException) -> None:
        """run_lookup raised: a problem before anything was sent (no key, the sandbox not
        running, a bad gateway) is shown as the answer, as for a bad order number."""
        if not isinstance(exc, LeshuaError):
            self._crashed(exc)
            return
        self._end()
        if not self._progress_was_shown:
            self.progress.hide()
        self._subject = ""
        self._show(_failed_result(exc), datetime.now(UTC))

    def _crashed(self, exc: BaseException) -> None:
        self._end()
        log.error("query failed unexpectedly", exc_info=exc)
        error = exc if isinstance(exc, LeshuaError) else LeshuaError(f"{type(exc).__name__}: {exc}")
        self._show(_failed_result(error), datetime.now(UTC))

    def _show(self, result: PollResult, queried_at: datetime) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.result_view.show_result(
            result, queried_at, subject=self._subject, refund=self._refund_lookup
        )
        self.raw_view.show_result(result)
        self.query_finished.emit(result)

    def _copied(self, _text: str) -> None:
        self.statusBar().showMessage(self.tr("Copied to the clipboard."), 3000)

    # -- dialogs ----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from leshua_gui.ui.settings_dialog import SettingsDialog

        with used_once(SettingsDialog(self.ctx.settings, self)) as dialog:
            if not dialog.exec():
                return
            new = dialog.value()
        language_changed = new.language != self.ctx.settings.language
        self.ctx.save_settings(new)
        self.keep_polling.setChecked(new.keep_polling)
        if language_changed:
            self.set_language(i18n.ui_lang(new.language))
        else:
            self.retranslate()

    def open_refund_lookup(self) -> None:
        """Ask for the refund number (the order is the one in the query bar) and query it."""
        from leshua_gui.ui.refund_dialog import RefundDialog

        if self._task is not None or self.current_profile() is None:
            return
        if not clean(self.id_field.text()):
            self.statusBar().showMessage(
                self.tr("Type the order number first, then look up its refund.")
            )
            self.id_field.setFocus()
            return
        with used_once(RefundDialog(clean(self.id_field.text()), self)) as dialog:
            refund = dialog.value() if dialog.exec() else None
        if refund:
            self.tabs.setCurrentIndex(0)
            self.run_query(refund=refund)

    def open_callback_check(self) -> None:
        from leshua_gui.ui.callback_dialog import CallbackDialog

        with used_once(CallbackDialog(self.ctx, self.lang, self)) as dialog:
            dialog.exec()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        i18n.install(lang)
        self.retranslate()

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.logs)))

    def about_text(self) -> str:
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            + "<p>" + self.tr("Look up Leshua payment orders and verify the gateway's answers.") + "</p>"
            + "<table>"
            + "<tr><td>" + self.tr("Qt") + f"</td><td>{qVersion()} (PySide6 {pyside_version})</td></tr>"
            + "<tr><td>" + self.tr("Python") + f"</td><td>{platform.python_version()} ({sys.platform})</td></tr>"
            + "<tr><td>" + self.tr("Keyring") + f"</td><td>{self.ctx.keyring_status.name}</td></tr>"
            + "<tr><td>" + self.tr("Data") + f"</td><td>{self.ctx.paths.data}</td></tr>"
            + "<tr><td>" + self.tr("Logs") + f"</td><td>{self.ctx.paths.logs}</td></tr>"
            + "</table>"
        )  # fmt: skip

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Leshua Desk"), self.about_text())

    # -- window state -----------------------------------------------------------------------

    def _qsettings(self) -> QSettings:
        return QSettings(str(self.ctx.paths.config / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._qsettings().value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(980, 760)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.id_field.setFocus()
        QTimer.singleShot(0, self._after_first_paint)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._qsettings().setValue("main/geometry", self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop and join every worker (and the demo sandbox): nothing outlives the window."""
        self._shut_down = True
        self._tick.stop()
        self._history_changed.stop()  # a refresh after this would read a closed history
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.runner.shutdown()
        if self.ctx.on_history_written == self._bridge.written.emit:
            self.ctx.on_history_written = None  # the bridge goes with this window
        if self.ctx.on_history_failed == self._bridge.failed.emit:
            self.ctx.on_history_failed = None
