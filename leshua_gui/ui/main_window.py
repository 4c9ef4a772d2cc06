"""The main window, composed: the demo banner, the profile bar, the query bar, the progress strip,
and the result tabs (or the first-run panel), with the lookup controller between them.

The window wires the parts together and keeps the one rule they share: from the moment a lookup
starts, the result and raw views are about that lookup, never an earlier one."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from leshua_gui.app.services import DEMO_PROFILE_ID, Services, as_saved, is_demo
from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.validation import check_refund_id
from leshua_gui.ui import i18n
from leshua_gui.ui.demo_banner import DemoBanner
from leshua_gui.ui.first_run import FirstRunPanel
from leshua_gui.ui.icons import icon
from leshua_gui.ui.lookup_controller import LookupController, failed_result
from leshua_gui.ui.order_actions import OrderActions
from leshua_gui.ui.profile_bar import ProfileBar
from leshua_gui.ui.progress_strip import ProgressStrip
from leshua_gui.ui.query_bar import QueryBar
from leshua_gui.ui.result_tabs import RESULT_TAB, ResultTabs
from leshua_gui.ui.screen_fit import first_size, fit_minimum
from leshua_gui.ui.tasks import TaskRunner
from leshua_gui.ui.widgets import used_once
from leshua_gui.ui.window_menus import WindowMenus
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from leshua_gui.app.lookup import Lookup, LookupRequest, Progress, RefundIdKind
    from leshua_gui.core.batch.job import Job
    from leshua_gui.core.gateway.polling import PollResult
    from leshua_gui.core.history.record import HistoryRecord
    from leshua_gui.ui.batch.batch_window import BatchWindow
    from leshua_gui.ui.batch.resume_bar import ResumeBar
    from leshua_gui.ui.query_bar import RefundAsked

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries "a history row was written" from the writer thread to the GUI thread."""

    written = Signal()
    failed = Signal(str, str)  # "a query could not be recorded": reason key, details (English)


class MainWindow(QMainWindow):
    """Emits `query_finished` with the PollResult each time a query ends (tests wait on it)."""

    query_finished = Signal(object)
    shown = Signal()

    def __init__(self, ctx: Services, lang: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.lang = lang
        self.runner = TaskRunner(self)
        #: the last finished lookup (its result is what the result and raw views show)
        self.lookup: Lookup | None = None
        #: the window for lists of orders, and the offer to resume a batch job (made when needed)
        self.batch_window: BatchWindow | None = None
        self.resume_bar: ResumeBar | None = None
        self._shut_down = False
        self.setWindowIcon(icon("app"))
        fit_minimum(self, QSize(760, 560))

        self.demo_banner = DemoBanner()
        self.profile_bar = ProfileBar()
        self.query_bar = QueryBar(ctx.settings.keep_polling)
        self.strip = ProgressStrip()
        self.tabs = ResultTabs(ctx, self.runner)
        self.first_run = FirstRunPanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.first_run)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        for part in (self.demo_banner, self.profile_bar, self.query_bar, self.strip):
            layout.addWidget(part)
        layout.addWidget(self.stack, 1)
        self._layout = layout
        self.setCentralWidget(central)
        self.setAcceptDrops(True)  # a list of orders dropped here opens in the batch window
        self.menus = WindowMenus(
            self,
            profiles=self.open_profiles,
            settings=self.open_settings,
            quit=self.close,
            refund=self.open_refund_lookup,
            batch=self.open_batch,
            services=ctx,
            lang=lambda: self.lang,
        )
        self.controller = LookupController(ctx, self.runner, self)
        self.order_actions = OrderActions(self, self)
        self._wire()
        # Strings, not Qt.Key: touching the Qt namespace costs ~10 ms of start-up.
        self.escape = QShortcut(QKeySequence("Esc"), self)
        self.escape.activated.connect(self.cancel_query)
        self.setTabOrder(self.profile_bar.manage_button, self.query_bar.kind_box)
        self.setTabOrder(self.query_bar.keep_polling, self.tabs)

        self.retranslate()
        # `leshua-gui --demo` opens on the demo merchant, whatever real profile was used last.
        if ctx.demo:
            self.reload_profiles(select_id=DEMO_PROFILE_ID)
        else:
            self.reload_profiles(select_name=ctx.settings.last_profile)
        self._restore_geometry()

    def _wire(self) -> None:
        self.profile_bar.changed.connect(self._profile_changed)
        self.profile_bar.manage_requested.connect(self.open_profiles)
        self.query_bar.submitted.connect(self._ask)
        self.query_bar.cancel_requested.connect(self.cancel_query)
        self.query_bar.notice.connect(self.statusBar().showMessage)
        self.query_bar.list_requested.connect(lambda text: self.open_batch(text=text))
        self.first_run.create_profile.connect(self.open_profiles)
        self.first_run.open_demo.connect(self.open_demo)
        self.tabs.copied.connect(
            lambda _text: self.statusBar().showMessage(self.tr("Copied to the clipboard."), 3000)
        )
        self.tabs.query_again.connect(self.query_again)
        self.tabs.refund_lookup_requested.connect(self.open_refund_lookup)
        self.tabs.watch_requested.connect(self.order_actions.watch_shown)
        self.tabs.watch_record_requested.connect(self.order_actions.watch_record)
        self.tabs.close_requested.connect(self.order_actions.open_close_dialog)
        self.controller.began.connect(self._began)
        self.controller.progressed.connect(self._progressed)
        self.controller.finished.connect(self._finished)
        self.controller.cancelled.connect(self._cancelled)
        self.controller.not_asked.connect(self._not_asked)
        # history rows are written on the writer thread; the bridge brings the news here
        self._bridge = _Bridge(self)
        self._bridge.written.connect(self.tabs.history_changed.start)
        self.ctx.on_history_written = self._bridge.written.emit
        self._bridge.failed.connect(self._history_failed)
        self.ctx.on_history_failed = self._bridge.failed.emit

    def retranslate(self) -> None:
        self.menus.retranslate()
        self.profile_bar.retranslate()
        self.query_bar.retranslate(self.ctx.settings.poll_deadline_s, i18n.domain_lang(self.lang))
        self.strip.retranslate()
        self.first_run.retranslate()
        self.tabs.retranslate(i18n.domain_lang(self.lang))
        self.order_actions.retranslate(self.lang)
        self._refresh_banner()
        if self.resume_bar is not None:
            self.resume_bar.retranslate()
        if self.batch_window is not None:
            self.batch_window.retranslate(self.lang)

    def _refresh_banner(self) -> None:
        """The demo banner, only while the demo merchant is the selected profile."""
        profile = self.current_profile()
        sandbox = self.ctx.sandbox
        on_demo = sandbox is not None and profile is not None and is_demo(profile)
        name = self.tr("Leshua Desk")  # the product's one name in each language
        demo = self.tr("Demo")  # not inside the f-string: lupdate would not see it
        self.setWindowTitle(f"{name} — {demo}" if on_demo else name)
        self.demo_banner.show_for(sandbox.url if on_demo and sandbox is not None else None)

    # -- profiles ---------------------------------------------------------------------------

    def reload_profiles(self, select_name: str | None = None, select_id: str | None = None) -> None:
        try:
            profiles = self.ctx.profiles()
        except LeshuaError as exc:
            profiles = [self.ctx.demo_profile] if self.ctx.demo_profile else []
            self.statusBar().showMessage(exc.message)
        self.profile_bar.show_profiles(profiles, select_name, select_id)
        self.stack.setCurrentWidget(self.tabs if profiles else self.first_run)
        self._offer_again()

    def _offer_again(self) -> None:
        """The result's offers as the profiles are now (closing allowed or not any more)."""
        lookup = self.lookup
        if lookup is None or self.tabs.about is not lookup.request:
            return
        from leshua_gui.ui.result_view import offers_for

        was = lookup.request.profile
        now = as_saved(was, self.ctx.profile_by_id(was.id))
        watch, close = offers_for(lookup, now is not None and now.allow_close)
        self.tabs.result_view.offer(watch=watch, close=close)

    def current_profile(self) -> Profile | None:
        return self.profile_bar.current()

    def _profile_changed(self) -> None:
        profile = self.current_profile()
        self.query_bar.set_profile(profile)
        self._refresh_banner()
        if self.batch_window is not None:
            self.batch_window.set_profile(profile)
        if profile and not is_demo(profile) and profile.name != self.ctx.settings.last_profile:
            self.ctx.save_settings(replace(self.ctx.settings, last_profile=profile.name))

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
        self.query_bar.id_field.setFocus()

    # -- the lookup -------------------------------------------------------------------------

    def run_query(self, refund: dict[str, str] | None = None) -> None:
        """Query the order in the query bar; with `refund` ({merchant_refund_id or
        leshua_refund_id: value}), one of its refunds instead (once: refunds take days)."""
        asked = next(((k, v) for k, v in (refund or {}).items() if v), None)
        if asked is None:
            self.query_bar.submit()
        else:
            kind: RefundIdKind = (
                "leshua_refund_id" if asked[0] == "leshua_refund_id" else "merchant_refund_id"
            )
            self.query_bar.submit((kind, asked[1]))

    def _ask(self, refund: RefundAsked | None) -> None:
        profile = self.current_profile()
        if profile is None or self.controller.running:
            return
        try:
            order = self.query_bar.order()
            if refund is not None:
                refund = (refund[0], check_refund_id(refund[1]))
        except LeshuaError as exc:
            self._show(failed_result(exc), datetime.now(UTC), None, refund=False)
            return
        from leshua_gui.app.lookup import LookupRequest

        keep_polling = self.query_bar.keep_polling.isChecked()
        request = LookupRequest(
            profile,
            order,
            kind="refund" if refund else "order",
            refund=refund,
            deadline_s=float(self.ctx.settings.poll_deadline_s) if keep_polling else 0.0,
        )
        self.controller.start(request)

    def _began(self, request: LookupRequest, asked_at: datetime) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.show_pending(request, asked_at)
        self.strip.start()
        self.statusBar().clearMessage()
        self._lock(True)

    def _lock(self, running: bool) -> None:
        """What is being asked stays as it is until the answer is in."""
        self.profile_bar.set_locked(running)
        self.query_bar.set_running(running)

    def _progressed(self, progress: Progress) -> None:
        lang = i18n.domain_lang(self.lang)
        self.strip.add_attempt(progress.attempt, lang, refund=self.controller.refund)
        self._show_running(progress.so_far)

    def _show_running(self, shown: PollResult) -> None:
        """What has come in while the lookup runs (or when it is cancelled), on screen only."""
        c = self.controller
        self.tabs.show_result(shown, c.asked_at, c.request, refund=c.refund)

    def cancel_query(self) -> None:
        self.controller.cancel()

    def _cancelled(self, so_far: PollResult | None) -> None:
        if so_far is not None:  # what came in so far, marked as cancelled
            self._show_running(so_far)
        else:  # nothing came: say so for this order, never leave an earlier answer up
            c = self.controller
            assert c.request is not None
            self.tabs.show_pending(c.request, c.asked_at, cancelled=True)
        self.strip.cancelled()
        self.statusBar().showMessage(
            self.tr("Query cancelled: the order's state is unknown, not unpaid.")
        )
        self._lock(False)

    def _finished(self, lookup: Lookup) -> None:
        """The lookup's one value: shown as it is (run_lookup has recorded it)."""
        self._lock(False)
        self.lookup = lookup
        self.strip.finish(len(lookup.result.attempts))
        self.show_lookup(lookup)

    def show_lookup(self, lookup: Lookup, *, retell: bool = False) -> None:
        """A finished lookup as the result, with what can be done next: watch it until final,
        close it (result_view.offers_for). `retell`: a lookup the query bar did not ask (a
        watch's check, the query after a close): the attempts strip tells its attempts."""
        from leshua_gui.ui.result_view import offers_for

        if retell:
            lang = i18n.domain_lang(self.lang)
            self.strip.start()
            for attempt in lookup.result.attempts:
                self.strip.add_attempt(attempt, lang, refund=lookup.refund)
            self.strip.finish(len(lookup.result.attempts))

        self.lookup = lookup
        self._show(lookup.result, lookup.queried_at, lookup.request, refund=lookup.refund)
        watch, close = offers_for(lookup, lookup.request.profile.allow_close)
        self.tabs.result_view.offer(watch=watch, close=close)

    @property
    def querying(self) -> bool:
        """A lookup of the query bar is running (its answer is what the result will show)."""
        return self.controller.running

    def say(self, text: str, ms: int = 0) -> None:
        """A line in the status bar (a notice, what an action did)."""
        self.statusBar().showMessage(text, ms)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _not_asked(self, error: LeshuaError) -> None:
        """Nothing was sent (no key, the sandbox not running, a bad gateway): shown as the
        answer, as for a bad order number."""
        self._lock(False)
        self.strip.not_asked()
        self._show(failed_result(error), datetime.now(UTC), None, refund=False)

    def _show(
        self, result: PollResult, at: datetime, about: LookupRequest | None, *, refund: bool
    ) -> None:
        """`about`: the lookup asked (None: nothing could be asked)."""
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.show_result(result, at, about, refund=refund)
        self.query_finished.emit(result)

    def query_again(self, record: HistoryRecord) -> None:
        """Re-run a stored query with the same profile and merchant, never silently another one."""
        if self.controller.running:
            self.statusBar().showMessage(
                self.tr("A query is running: wait for it or cancel it first.")
            )
            return
        if not self.profile_bar.select_recorder(record):
            text = self.tr("No profile “%1” for merchant %2 any more: the query was not repeated.")
            self.statusBar().showMessage(fill(text, record.profile, record.merchant_id))
            return
        self.query_bar.set_order(record.id_kind, record.order_id)
        self.tabs.setCurrentIndex(RESULT_TAB)
        if record.lookup == "refund" and record.refund_id:
            # the same kind of lookup: this refund again, not a poll of the order
            self.run_query(refund={record.refund_id_kind or "merchant_refund_id": record.refund_id})
        else:
            self.run_query()

    def _history_failed(self, reason_key: str, details: str) -> None:
        """A query's row could not be written even after retries: said where it is seen, in the
        window's language (SQLite's own words go to the log and the History tab)."""
        if not self._shut_down:
            log.warning("not recorded in the history: %s", details)
            self.statusBar().showMessage(self.tabs.not_recorded(reason_key))

    # -- dialogs ----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from leshua_gui.ui.settings_dialog import SettingsDialog

        with used_once(SettingsDialog(self.ctx.settings, self)) as dialog:
            if not dialog.exec():
                return
            new = dialog.value()
        language_changed = new.language != self.ctx.settings.language
        self.ctx.save_settings(new)
        if self.order_actions.watcher is not None:  # for orders watched from now on
            self.order_actions.watcher.hours = new.watch_hours
        self.query_bar.keep_polling.setChecked(new.keep_polling)
        if language_changed:
            self.set_language(i18n.ui_lang(new.language))
        else:
            self.retranslate()

    def open_refund_lookup(self) -> None:
        """Ask for the refund number (the order is the one in the query bar) and query it."""
        from leshua_gui.ui.refund_dialog import RefundDialog

        if self.controller.running or self.current_profile() is None:
            self.statusBar().showMessage(
                self.tr("A query is running: wait for it or cancel it first.")
                if self.controller.running
                else self.tr("Create a profile first: File > Manage profiles…")
            )
            return
        if not self.query_bar.text():
            self.statusBar().showMessage(
                self.tr("Type the order number first, then look up its refund.")
            )
            self.query_bar.id_field.setFocus()
            return
        with used_once(RefundDialog(self.query_bar.text(), self)) as dialog:
            refund = dialog.value() if dialog.exec() else None
        if refund:
            self.tabs.setCurrentIndex(RESULT_TAB)
            self.run_query(refund=refund)

    # -- lists of orders --------------------------------------------------------------------

    def open_batch(
        self, *, text: str | None = None, path: Path | None = None, job_id: str | None = None
    ) -> BatchWindow:
        """The window for lists of orders (one at a time), with a pasted list, a file or a job
        to resume; it checks as the current profile."""
        from leshua_gui.ui.batch.batch_window import BatchWindow

        window = self.batch_window
        if window is None:
            window = BatchWindow(self.ctx, self.current_profile(), self.lang)
            window.closed.connect(self._batch_closed)
            # while its job runs, the watch asks nothing of that merchant
            actions = self.order_actions
            window.controller.started.connect(actions.batch_running)
            window.controller.finished.connect(lambda _end: actions.batch_running(None))
            window.controller.failed.connect(lambda _message: actions.batch_running(None))
            self.batch_window = window
            window.show()
        else:  # open already: brought to the front
            window.show()
            window.raise_()
            window.activateWindow()
        if text is not None:
            window.load_text(text)
        elif path is not None:
            window.load_path(path)
        elif job_id is not None:
            window.resume_job(job_id)
        return window

    def _batch_closed(self) -> None:
        self.order_actions.batch_running(None)
        window, self.batch_window = self.batch_window, None
        if window is not None:
            window.deleteLater()

    def _offer_unfinished_jobs(self) -> None:
        """Jobs a crash, a kill or a pause left with orders to ask: read on a worker (only if
        there is a jobs file), offered in a bar that does not get in the way."""
        path = self.ctx.paths.data / "jobs.sqlite3"
        if not path.exists():
            return

        def work(_ctx: object) -> list[Job]:
            from leshua_gui.core.batch.jobstore import JobStore

            with JobStore(path) as store:
                return store.jobs(unfinished_only=True)

        self.runner.run(
            work,
            on_success=self._unfinished_jobs,
            on_failure=lambda exc: log.warning("unfinished batch jobs not read: %s", exc),
        )

    def _unfinished_jobs(self, jobs: list[Job]) -> None:
        if not jobs or self._shut_down:
            return
        from leshua_gui.ui.batch.resume_bar import ResumeBar

        if self.resume_bar is None:
            self.resume_bar = ResumeBar()
            self.resume_bar.resume.connect(self._resume_job)
            self._layout.insertWidget(1, self.resume_bar)  # under the demo banner
        self.resume_bar.offer(jobs[0], len(jobs) - 1)

    def _resume_job(self, job_id: str) -> None:
        bar = self.resume_bar
        job = bar.job if bar is not None else None
        if job is not None and self.ctx.demo_profile is None and _demo_job(job):
            self.open_demo()  # a demo job goes on with the demo merchant
        self.open_batch(job_id=job_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from leshua_gui.ui.batch.input_panel import dropped_file
        from leshua_gui.ui.batch.list_reading import is_list_file

        path = dropped_file(event.mimeData())
        if path is not None and is_list_file(path):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from leshua_gui.ui.batch.input_panel import dropped_file
        from leshua_gui.ui.batch.list_reading import is_list_file

        path = dropped_file(event.mimeData())
        if path is not None and is_list_file(path):
            event.acceptProposedAction()
            self.open_batch(path=path)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        i18n.install(lang)
        self.retranslate()

    def _qsettings(self) -> QSettings:
        return QSettings(str(self.ctx.paths.config / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._qsettings().value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self, QSize(980, 760)))

    def _after_first_paint(self) -> None:
        """What can wait a few milliseconds for the window to appear."""
        import leshua_gui.app.lookup  # noqa: F401 (the first lookup's code, loaded now)

        self.menus.add_late_shortcuts()
        self.tabs.ensure_views()
        self._offer_unfinished_jobs()
        self.order_actions.open_watch_list(only_if_used=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.query_bar.id_field.setFocus()
        QTimer.singleShot(0, self._after_first_paint)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.batch_window is not None and not self.batch_window.ask_to_close():
            event.ignore()  # the batch job keeps running, and the window stays
            return
        self._qsettings().setValue("main/geometry", self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop and join every worker (and the demo sandbox): nothing outlives the window."""
        self._shut_down = True
        if self.batch_window is not None:
            self.batch_window.shutdown()  # its job is left paused: offered at the next start
            self._batch_closed()
        self.strip.stop()
        self.tabs.close_history()  # a refresh after this would read a closed history
        self.order_actions.shutdown()  # the watcher's checks in flight are recorded first
        self.controller.shutdown()
        self.runner.shutdown()
        if self.ctx.on_history_written == self._bridge.written.emit:
            self.ctx.on_history_written = None  # the bridge goes with this window
        if self.ctx.on_history_failed == self._bridge.failed.emit:
            self.ctx.on_history_failed = None


def _demo_job(job: Job) -> bool:
    """A job the demo merchant asked (resumed with the demo, started if it is not running)."""
    from leshua_gui.app.services import DEMO_RECORDED_NAME
    from leshua_gui.sandbox.orders import DEMO_MERCHANT_ID

    return job.profile == DEMO_RECORDED_NAME and job.merchant_id == DEMO_MERCHANT_ID
