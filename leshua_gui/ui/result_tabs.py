"""The Result, Raw, History and Watch tabs. Their views are built on first use (or right after the
window first paints): the query bar is what a person needs first, and the window appears sooner.
The History tab opens the history database only when it is first shown."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from leshua_gui.app.services import is_demo
from leshua_gui.ui.icons import icon
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.lookup import LookupRequest
    from leshua_gui.app.services import Services
    from leshua_gui.core.gateway.polling import PollResult
    from leshua_gui.core.history.record import HistoryRecord
    from leshua_gui.core.text.labels import Lang
    from leshua_gui.ui.history_panel import HistoryPanel
    from leshua_gui.ui.history_unavailable import HistoryUnavailableView
    from leshua_gui.ui.raw_view import RawView
    from leshua_gui.ui.result_view import ResultView
    from leshua_gui.ui.tasks import TaskRunner
    from leshua_gui.ui.watch_panel import WatchPanel

RESULT_TAB, RAW_TAB, HISTORY_TAB, WATCH_TAB = 0, 1, 2, 3


class ResultTabs(QTabWidget):
    copied = Signal(str)
    query_again = Signal(object)  # HistoryRecord
    refund_lookup_requested = Signal()
    watch_requested = Signal()  # the result shown, watched until final
    close_requested = Signal()  # the result shown, closed (guarded)
    watch_record_requested = Signal(object)  # HistoryRecord, watched until final

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.lang: Lang = "en"  # the domain words' language (labels, states)
        self._result_view: ResultView | None = None
        self._raw_view: RawView | None = None
        self._history_panel: HistoryPanel | None = None
        self._placeholder: HistoryUnavailableView | None = None
        self._watch_panel: WatchPanel | None = None
        self._closed = False
        #: what the result and raw views are about (a lookup asked, a stored record), so a
        #: language switch titles them again in the new language
        self._about: LookupRequest | HistoryRecord | None = None
        # New history rows arrive from the writer thread; a short timer batches bursts.
        self.history_changed = QTimer(self)
        self.history_changed.setSingleShot(True)
        self.history_changed.setInterval(300)
        self.history_changed.timeout.connect(self._refresh_history)

    # -- the views ---------------------------------------------------------------------------

    def ensure_views(self) -> None:
        if self._result_view is not None:
            return
        from leshua_gui.ui.history_unavailable import HistoryUnavailableView
        from leshua_gui.ui.raw_view import RawView
        from leshua_gui.ui.result_view import ResultView

        self._result_view = ResultView()
        self._result_view.copied.connect(self.copied)
        self._result_view.refund_lookup_requested.connect(self.refund_lookup_requested)
        self._result_view.watch_requested.connect(self.watch_requested)
        self._result_view.close_requested.connect(self.close_requested)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._result_view)
        # the badges and Copy summary stay above the rows, in reach however far they scroll
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 12, 12, 0)
        column.setSpacing(0)
        column.addWidget(self._result_view.header)
        column.addWidget(scroll, 1)
        self._raw_view = RawView()
        self.addTab(page, "")
        self.addTab(self._raw_view, "")
        # The panel is built when first opened; until then (or while the history cannot be
        # opened) this stands in its place and says why.
        self._placeholder = HistoryUnavailableView(lambda: self._tab_changed(HISTORY_TAB))
        self.addTab(self._placeholder, icon("history"), "")
        self.currentChanged.connect(self._tab_changed)
        self.retranslate(self.lang)

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

    @property
    def history_panel(self) -> HistoryPanel:
        """The History tab, built on first use (it opens the history database)."""
        self.ensure_views()
        if self._history_panel is None:
            from leshua_gui.ui.history_panel import HistoryPanel

            panel = HistoryPanel(self.services, self.runner)
            panel.lang = self.lang
            panel.retranslate()
            panel.show_record.connect(self.show_record)
            panel.query_again.connect(self.query_again)
            panel.watch_requested.connect(self.watch_record_requested)
            current = self.currentIndex()
            self.blockSignals(True)
            self.removeTab(HISTORY_TAB)  # the placeholder stays, hidden, for a next time
            self.insertTab(HISTORY_TAB, panel, icon("history"), self.tr("Hist&ory"))
            self.setCurrentIndex(current)
            self.blockSignals(False)
            self._history_panel = panel
        return self._history_panel

    @property
    def about(self) -> LookupRequest | HistoryRecord | None:
        """What the result view shows now: a lookup asked, or a stored record."""
        return self._about

    @property
    def watch_panel(self) -> WatchPanel | None:
        return self._watch_panel

    def add_watch_tab(self, panel: WatchPanel) -> None:
        """The Watch tab, last (added once the watch list is open)."""
        self.ensure_views()
        if self._watch_panel is not None:
            return
        self._watch_panel = panel
        panel.lang = self.lang
        panel.retranslate()
        panel.badge_changed.connect(self.set_watch_badge)
        self.addTab(panel, icon("eye"), "")
        self.set_watch_badge(panel.badge)

    def set_watch_badge(self, unseen: int) -> None:
        """The Watch tab's title with the count of notices not looked at yet."""
        if self._watch_panel is None:
            return
        title = fill(self.tr("&Watch (%1)"), str(unseen)) if unseen else self.tr("&Watch")
        self.setTabText(WATCH_TAB, title)

    def _tab_changed(self, index: int) -> None:
        if index == WATCH_TAB and self._watch_panel is not None:
            self._watch_panel.mark_seen()
            return
        if index != HISTORY_TAB:
            return
        from leshua_gui.core.history.store import HistoryUnavailable

        try:
            self.history_panel.setFocus()
        except HistoryUnavailable as exc:  # busy, read-only, full: said in the tab, kept as is
            assert self._placeholder is not None
            self._placeholder.show_problem(exc)

    def _refresh_history(self) -> None:
        if self._history_panel is not None and not self._closed:
            self._history_panel.refresh()

    def close_history(self) -> None:
        """No refresh after this: the history is about to close."""
        self._closed = True
        self.history_changed.stop()

    def retranslate(self, lang: Lang) -> None:
        self.lang = lang
        if self._result_view is None or self._raw_view is None or self._placeholder is None:
            return
        if self._about is not None:
            subject = self._subject_about(self._about)
            self._result_view.retitle(subject)
            self._raw_view.retitle(subject)
        self._result_view.lang = lang
        self.setTabText(RESULT_TAB, self.tr("&Result"))
        self.setTabText(RAW_TAB, self.tr("R&aw"))
        self.setTabText(HISTORY_TAB, self.tr("Hist&ory"))
        if self._watch_panel is not None:
            self._watch_panel.lang = lang
            self._watch_panel.retranslate()
            self.set_watch_badge(self._watch_panel.badge)
        self._placeholder.retranslate()
        if self._history_panel is not None:
            self._history_panel.lang = lang
            self._history_panel.retranslate()
        self._result_view.retranslate()
        self._raw_view.retranslate()

    # -- what they show ----------------------------------------------------------------------

    def subject_of(self, request: LookupRequest) -> str:
        """What a lookup is about, as the views title it: profile, merchant, order (refund)."""
        profile = request.profile
        name = self.tr("Demo merchant (sandbox)") if is_demo(profile) else profile.name
        subject = f"{name} · {profile.merchant_id} · {request.order.value}"
        if request.refund is not None:
            subject += " · " + fill(self.tr("refund %1"), request.refund[1])
        return subject

    def _record_subject(self, record: HistoryRecord) -> str:
        from leshua_gui.app.services import recorded_by_demo

        name = self.tr("Demo merchant (sandbox)") if recorded_by_demo(record) else record.profile
        subject = " · ".join(x for x in (name, record.merchant_id, record.order_id) if x)
        if record.lookup == "refund" and record.refund_id:
            subject += " · " + fill(self.tr("refund %1"), str(record.refund_id))
        elif record.lookup == "close":
            # the gateway's answer to a close, not the order's state asked by a query
            subject += " · " + self.tr("close attempt (the gateway's answer to closing it)")
        return subject

    def _subject_about(self, about: LookupRequest | HistoryRecord) -> str:
        from leshua_gui.app.lookup import LookupRequest

        if isinstance(about, LookupRequest):
            return self.subject_of(about)
        return self._record_subject(about)

    def show_pending(
        self, about: LookupRequest, asked_at: datetime, *, cancelled: bool = False
    ) -> None:
        """The lookup `about` is under way (or was cancelled before anything came)."""
        self._about = about
        subject = self.subject_of(about)
        self.result_view.show_pending(subject, asked_at, cancelled=cancelled)
        self.raw_view.show_pending(subject, cancelled=cancelled)

    def show_result(
        self, result: PollResult, asked_at: datetime, about: LookupRequest | None, *, refund: bool
    ) -> None:
        """The result of the lookup `about` (None: nothing could be asked, no title)."""
        self._about = about
        subject = self.subject_of(about) if about is not None else ""
        self.result_view.show_result(result, asked_at, subject=subject, refund=refund)
        self.raw_view.show_result(result)

    def not_recorded(self, reason_key: str) -> str:
        """Say under the result that its query was not recorded (why, in words); the status
        bar's shorter line is returned."""
        from leshua_gui.ui.history_unavailable import reason_text

        reason = reason_text(reason_key)
        text = self.tr(
            "This query was not recorded in the history: %1. The answer above is complete; "
            "copy its summary if support will need it."
        )
        self.result_view.show_not_recorded(fill(text, reason))
        return fill(self.tr("Not recorded in the history: %1"), reason)

    def show_record(self, record: HistoryRecord) -> None:
        """A stored answer, marked with its query time; its trust is exactly as recorded."""
        result = record.to_result()
        subject = self._record_subject(record)
        refund = record.lookup == "refund"
        self._about = record
        self.result_view.show_result(
            result, record.queried_at, from_history=True, subject=subject, refund=refund
        )
        # a stored answer may be watched; closing is offered on a live answer only
        self.result_view.offer(watch=record.watchable, close=False)
        self.raw_view.show_result(result)
        self.setCurrentIndex(RESULT_TAB)
