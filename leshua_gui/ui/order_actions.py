"""The window's actions on an order beyond looking it up: watching it until final (the Watch tab,
the watcher and its notices) and closing it, guarded (the close dialog).

The watch list is opened on a worker: after the window first paints when its file exists (orders
were watched before), else when an order is first watched; the Watch tab appears with it. The result view offers "Watch until
final" and "Close order…" for the lookup it shows (`result_view.offers_for`); the History tab
offers watching a stored lookup that is not final."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from leshua_gui.app.services import as_saved, recorded_by
from leshua_gui.core.errors import LeshuaError
from leshua_gui.ui import i18n
from leshua_gui.ui.result_tabs import RESULT_TAB, WATCH_TAB
from leshua_gui.ui.widgets import used_once
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.close import CloseOutcome
    from leshua_gui.app.lookup import Lookup
    from leshua_gui.app.services import Services
    from leshua_gui.app.watch import Watcher, WatchEvent
    from leshua_gui.core.batch.job import Job
    from leshua_gui.core.history.record import HistoryRecord
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef
    from leshua_gui.core.watch.store import WatchEntry
    from leshua_gui.ui.result_tabs import ResultTabs
    from leshua_gui.ui.tasks import TaskRunner
    from leshua_gui.ui.watch_notices import Notices, WatchBridge
    from leshua_gui.ui.watch_panel import WatchPanel

log = logging.getLogger(__name__)


class Window(Protocol):
    """What the actions need of the main window."""

    ctx: Services
    runner: TaskRunner
    tabs: ResultTabs
    lang: str
    lookup: Lookup | None

    def show_lookup(self, lookup: Lookup, *, retell: bool = False) -> None: ...

    @property
    def querying(self) -> bool: ...

    def say(self, text: str, ms: int = 0) -> None: ...

    def bring_to_front(self) -> None: ...


class OrderActions(QObject):
    def __init__(self, window: Window, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.watcher: Watcher | None = None
        self.bridge: WatchBridge | None = None
        self.notices: Notices | None = None
        self.panel: WatchPanel | None = None
        #: each watch's last lookup of this run, shown when its notice is clicked
        self._lookups: dict[int, Lookup] = {}
        self._closed = False
        self._opening = False
        #: watches asked for while the list was being opened, made once it is
        self._waiting: list[Callable[[Watcher], None]] = []
        #: the merchant (and environment) whose batch job runs now: its checks wait
        self._batch: tuple[str, str] | None = None

    # -- the watch list ---------------------------------------------------------------------

    def open_watch_list(self, *, only_if_used: bool = False) -> None:
        """Open the watch list on a worker and start watching. `only_if_used` (after the first
        paint): only when its file exists, so a window nobody watches in loads nothing of it."""
        if self.watcher is not None or self._opening or self._closed:
            return
        from leshua_gui.core.watch import WATCH_FILE_NAME

        if only_if_used and not (self.window.ctx.paths.data / WATCH_FILE_NAME).exists():
            return
        self._opening = True
        ctx = self.window.ctx

        def work(_task: object) -> Watcher:
            from leshua_gui.app.watch import watcher_for

            return watcher_for(ctx)

        self.window.runner.run(work, on_success=self._opened, on_failure=self._not_opened)

    def _not_opened(self, exc: BaseException) -> None:
        self._opening = False
        log.warning("the watch list could not be opened: %s", exc)
        if self._waiting:
            self._waiting.clear()
            message = exc.message if isinstance(exc, LeshuaError) else str(exc)
            self.window.say(fill(self.tr("The order could not be watched: %1"), message))

    def _opened(self, watcher: Watcher) -> None:
        self._opening = False
        if self._closed:
            watcher.stop()
            return
        from leshua_gui.ui.watch_notices import Notices, WatchBridge
        from leshua_gui.ui.watch_panel import WatchPanel

        self.bridge = WatchBridge(self)
        self.notices = Notices(self)
        self.notices.lang = i18n.domain_lang(self.window.lang)
        watcher.on_event = self.bridge.emit_event
        self.watcher = watcher
        panel = WatchPanel(watcher, self.window.runner)
        self.panel = panel
        self.bridge.watch_event.connect(self._event)
        self.bridge.watch_event.connect(panel.on_event)
        self.bridge.watch_event.connect(self.notices.on_event)
        panel.counts_changed.connect(self.notices.set_counts)
        panel.show_result_requested.connect(self.show_entry)
        self.notices.notice_text.connect(lambda text, _id: self.window.say(text))
        self.notices.show_requested.connect(self._notice_clicked)
        self.window.tabs.add_watch_tab(panel)
        if self._batch is not None:
            watcher.hold(*self._batch, True)
        watcher.start()
        waiting, self._waiting = self._waiting, []
        for watch in waiting:
            watch(watcher)

    def _event(self, event: WatchEvent) -> None:
        if event.lookup is not None:
            self._lookups[event.entry.id] = event.lookup

    def watch(self, profile: Profile, order: OrderRef, *, check_now: bool) -> None:
        """Watch an order of a profile (the list is opened first if need be; written on a
        worker)."""
        watcher = self.watcher
        if watcher is None:
            self._waiting.append(lambda w: self._watch(w, profile, order, check_now=check_now))
            self.open_watch_list()
            return
        self._watch(watcher, profile, order, check_now=check_now)

    def _watch(
        self, watcher: Watcher, profile: Profile, order: OrderRef, *, check_now: bool
    ) -> None:

        def work(_task: object) -> tuple[WatchEntry, bool]:
            return watcher.watch(profile, order, check_now=check_now)

        def done(added: tuple[WatchEntry, bool]) -> None:
            entry, new = added
            text = (
                self.tr("Watching %1 until its state is final: see the Watch tab.")
                if new
                else self.tr("%1 is already watched: see the Watch tab.")
            )
            self.window.say(fill(text, entry.order_id), 6000)
            if self.panel is not None:
                self.panel.refresh()

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, LeshuaError) else str(exc)
            self.window.say(fill(self.tr("The order could not be watched: %1"), message))

        self.window.runner.run(work, on_success=done, on_failure=failed)

    def watch_shown(self) -> None:
        """ "Watch until final" on the result view: the lookup or record it shows."""
        about = self.window.tabs.about
        from leshua_gui.app.lookup import LookupRequest

        if isinstance(about, LookupRequest):
            self.watch(about.profile, about.order, check_now=False)
        elif about is not None:
            self.watch_record(about)

    def watch_record(self, record: HistoryRecord) -> None:
        """ "Watch until final" on a History row: its profile, if it is still here."""
        if not record.watchable:
            return
        profile = self._profile_of(record)
        if profile is None:
            text = self.tr("No profile “%1” for merchant %2 any more: the order is not watched.")
            self.window.say(fill(text, record.profile, record.merchant_id))
            return
        from leshua_gui.core.protocol.validation import OrderRef

        self.watch(profile, OrderRef(record.id_kind, record.order_id), check_now=True)

    def _profile_of(self, record: HistoryRecord) -> Profile | None:
        try:
            profiles = self.window.ctx.profiles()
        except LeshuaError:
            return None
        return next(
            (p for p in profiles
             if recorded_by(p, record) and p.environment == record.environment),
            None,
        )  # fmt: skip

    def _notice_clicked(self, entry_id: int) -> None:
        self.window.bring_to_front()
        entry = None
        if self.panel is not None and entry_id:  # the panel has it (no file read here)
            row = self.panel.model.row_of(entry_id)
            entry = self.panel.model.entry_at(row) if row is not None else None
        if entry is not None:
            self.show_entry(entry)
        else:
            self.window.tabs.setCurrentIndex(WATCH_TAB)

    def show_entry(self, entry: WatchEntry) -> None:
        """A watched order's last answer: this run's lookup, else its latest history row. Not
        while a query runs: its answer is about to take the result's place."""
        if self.window.querying:
            self.window.say(self.tr("A query is running: wait for it or cancel it first."), 5000)
            return
        lookup = self._lookups.get(entry.id)
        if lookup is not None and (lookup.request.profile.id, lookup.request.order) != (
            entry.profile_id, entry.order,
        ):  # fmt: skip
            lookup = None  # never another order's answer
        if lookup is not None:
            self.window.show_lookup(lookup, retell=True)
            self.window.tabs.setCurrentIndex(RESULT_TAB)
            return
        ctx = self.window.ctx

        def work(_task: object) -> HistoryRecord | None:
            from leshua_gui.core.history.store import HistoryFilter

            rows = ctx.history.page(HistoryFilter(text=entry.order_id, lookup="order"), limit=50)
            for row in rows:
                if (row.order_id, row.id_kind, row.merchant_id, row.environment) == (
                    entry.order_id, entry.id_kind, entry.merchant_id, entry.environment,
                ):  # fmt: skip
                    return ctx.history.get(row.id) if row.id is not None else row
            return None

        def done(record: HistoryRecord | None) -> None:
            if record is None:
                self.window.say(self.tr("No answer of this order is in the history."), 5000)
                return
            self.window.tabs.show_record(record)

        self.window.runner.run(work, on_success=done, on_failure=lambda exc: log.warning(
            "history not read for a watched order: %s", exc))  # fmt: skip

    def batch_running(self, job: Job | None) -> None:
        """A batch job of a merchant started (`job`) or stopped (None): while it runs, the
        watch asks nothing of that merchant (the job asks at the batch's rate already)."""
        key = (job.merchant_id, job.environment) if job is not None else None
        if key == self._batch:
            return
        if self.watcher is not None and self._batch is not None:
            self.watcher.hold(*self._batch, False)
        self._batch = key
        if self.watcher is not None and key is not None:
            self.watcher.hold(*key, True)

    # -- closing ----------------------------------------------------------------------------

    def open_close_dialog(self) -> None:
        """ "Close order…" on the result view: the lookup it shows, guarded by the dialog."""
        lookup = self.window.lookup
        if lookup is None or lookup.request.kind != "order":
            return
        if self.window.querying:
            self.window.say(self.tr("A query is running: wait for it or cancel it first."), 5000)
            return
        from leshua_gui.ui.close_dialog import CloseDialog

        # the profile as saved now: its owner may have turned closing off since the query
        was = lookup.request.profile
        profile = as_saved(was, self.window.ctx.profile_by_id(was.id))
        if profile is None:
            self.window.say(self.tr("This profile has changed since the query: query again."))
            return

        answer = lookup.result.answer if lookup.trusted else None
        amount = answer.amounts_fen.get("amount") if answer is not None else None
        dialog = CloseDialog(
            self.window.ctx,
            self.window.runner,
            profile,
            lookup.request.order,
            amount,
            lookup.merchant_id,
            lang=i18n.domain_lang(self.window.lang),
            parent=self.window.tabs,
        )
        dialog.finished_close.connect(self._closed_order)
        with used_once(dialog):
            dialog.exec()

    def _closed_order(self, outcome: CloseOutcome) -> None:
        """After a close: the verified state after it (or, refused, the query right before)."""
        shown = outcome.after or outcome.before
        if shown is not None:
            self.window.show_lookup(shown, retell=True)

    # -- the window -------------------------------------------------------------------------

    def retranslate(self, lang: str) -> None:
        if self.notices is not None:
            self.notices.retranslate(i18n.domain_lang(lang))

    def shutdown(self) -> None:
        """Before the services close: the watcher stops (its checks in flight recorded), the
        tray icon goes."""
        self._closed = True
        if self.bridge is not None:
            self.bridge.close()
        if self.watcher is not None:
            # the window goes at once; a check still on the wire is waited for (and recorded)
            # when the services close
            self.watcher.stop(timeout=1.0)
        if self.notices is not None:
            self.notices.close()
