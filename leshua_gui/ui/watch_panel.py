"""The Watch tab: the watched orders, what each last answered and when it is asked next; check
now, remove, show the last answer, clear the ended ones. The watch list is read and written on a
worker (the file is shared with other programs and may be busy); the window is never held."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.text import labels
from leshua_gui.ui import theme
from leshua_gui.ui.icons import icon
from leshua_gui.ui.result_view import plain
from leshua_gui.ui.row_table import empty_note, row_table
from leshua_gui.ui.watch_model import WatchModel, duration_text
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.watch import Watcher, WatchEvent
    from leshua_gui.core.watch.store import WatchEntry
    from leshua_gui.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

#: The columns that count time are drawn again this often, and the list read again while shown
#: (another window or the command line may have changed it).
TICK_MS = 15_000
#: After a check's news, the list is read again (in its order) this long after the last one.
RESORT_MS = 300
#: The widest a column opens.
WIDEST = 260
#: a row with a new notice is bold: its text is wider than the fitted widths by about this
BOLD_ROOM = 16


class WatchPanel(QWidget):
    show_result_requested = Signal(object)  # WatchEntry
    badge_changed = Signal(int)  # unseen notices
    counts_changed = Signal(int, int)  # orders watched, unseen notices (Notices.set_counts)
    refreshed = Signal()  # the list was read again and is shown

    def __init__(self, watcher: Watcher, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watcher, self.runner = watcher, runner
        self.lang: labels.Lang = "en"
        self.model = WatchModel(self)
        self._ticket = 0  # each read of the list, in the order asked
        self._applied = 0  # the newest read shown
        self._write_ticket = 0  # reads asked before the last change are not shown
        self._badge = 0
        self._counts = (0, 0)
        self._sized = False
        self._problem: str | None = None

        self.table = row_table(self.model, self.show_selected)
        self.table.horizontalHeader().setStretchLastSection(False)
        self._fitting = False
        self._fitted = (0, 0)
        self.table.horizontalHeader().sectionResized.connect(self._resized_by_hand)
        self.empty = empty_note()
        self.problem = plain()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.count = plain()

        self.check_button = QPushButton(icon("history"), "")
        self.check_button.clicked.connect(self.check_selected)
        self.show_button = QPushButton(icon("search"), "")
        self.show_button.clicked.connect(self.show_selected)
        self.remove_button = QPushButton(icon("eye-off"), "")
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_ended)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.check_button, self.show_button, self.remove_button,
                       self.clear_button):  # fmt: skip
            actions.addWidget(button)

        # the row actions again, on the row's context menu; Delete removes the selected rows
        self.check_action = QAction(icon("history"), "", self)
        self.check_action.triggered.connect(self.check_selected)
        self.show_action = QAction(icon("search"), "", self)
        self.show_action.triggered.connect(self.show_selected)
        self.remove_action = QAction(icon("eye-off"), "", self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)
        chain: list[QWidget] = [self.table, self.check_button, self.show_button,
                                self.remove_button, self.clear_button]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._ticked)
        self._tick.start()
        self._resort = QTimer(self)
        self._resort.setSingleShot(True)
        self._resort.setInterval(RESORT_MS)
        self._resort.timeout.connect(self.refresh)

        self.retranslate()
        self._after_load()
        self.refresh()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.model.lang = self.lang
        self.model.retranslate()
        self.check_button.setText(self.tr("Check &now"))
        self.show_button.setText(self.tr("&Show result"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.clear_button.setText(self.tr("Clear &ended"))
        self.check_action.setText(self.tr("Check now"))
        self.show_action.setText(self.tr("Show result"))
        self.remove_action.setText(self.tr("Remove"))
        self.table.setAccessibleName(self.tr("Watched orders"))
        self.clear_button.setToolTip(
            self.tr("Remove every watch that has ended from the list (their checks stay in "
                    "the history)")
        )  # fmt: skip
        self._after_load()

    def empty_text(self) -> str:
        """What watching does, for the list with nothing in it."""
        return fill(
            self.tr(
                "No order is watched. Choose “Watch until final” on a result that is not final, "
                "or on a row of the History tab: the order is then asked again in the "
                "background, every %1 at first and less often after, up to %2 apart, for up to "
                "%3, and you are told when it is paid, failed or closed, or still unpaid after "
                "the profile's “close after” time. Every check is kept in the history."
            ),
            duration_text(self.watcher.first_s),
            duration_text(self.watcher.max_s),
            duration_text(self.watcher.hours * 3600),
        )

    # -- reading and writing the list -------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (on a worker) and show it."""
        self._resort.stop()
        self._run(None)

    def _run(self, change: Callable[[Watcher], object] | None) -> None:
        """`change` (if any) then a read of the list, on a worker; the read is shown unless a
        newer one was shown first, or a change was asked after it began."""
        self._ticket += 1
        ticket = self._ticket
        if change is not None:
            self._write_ticket = ticket
        watcher = self.watcher

        def work(_ctx: TaskContext[None]) -> list[WatchEntry]:
            if change is not None:
                change(watcher)
            return watcher.store.entries()

        self.runner.run(
            work,
            on_success=lambda entries: self._loaded(ticket, entries),
            on_failure=lambda exc: self._failed(ticket, exc),
        )

    def _loaded(self, ticket: int, entries: list[WatchEntry]) -> None:
        if ticket < self._write_ticket or ticket <= self._applied:
            return
        self._applied = ticket
        self._problem = None
        selected = self.selected_ids()
        self.model.set_entries(entries)
        if selected and not self.selected_ids():  # the model was reset: select them again
            self._select_ids(selected)
        shape = (len(entries), sum(1 for e in entries if e.last_at is not None))
        if not self._sized and entries and shape != self._fitted:
            # fitted to what is shown (rows added, first answers in) until a person resizes
            self._fitted = shape
            header = self.table.horizontalHeader()
            self._fitting = True
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):  # room for a row shown bold
                width = header.sectionSize(column) + BOLD_ROOM
                header.resizeSection(column, min(width, WIDEST))
            self._fitting = False
        self._after_load()
        self.refreshed.emit()

    def _resized_by_hand(self, *_args: object) -> None:
        if not self._fitting:
            self._sized = True  # the person's widths are kept from now on

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket < self._applied:
            return
        if isinstance(exc, LeshuaError):
            why = exc.message
        else:  # a defect: logged whole, said briefly
            log.error("the watch list could not be read", exc_info=exc)
            why = str(exc) or type(exc).__name__
        self._problem = fill(self.tr("The watch list cannot be used now: %1"), why)
        self._after_load()

    def _select_ids(self, entry_ids: list[int]) -> None:
        selection = QItemSelection()
        for entry_id in entry_ids:
            row = self.model.row_of(entry_id)
            if row is not None:
                left = self.model.index(row, 0)
                right = self.model.index(row, self.model.columnCount() - 1)
                selection.select(left, right)
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _after_load(self) -> None:
        entries = self.model.entries()
        empty = not entries
        if empty:
            self.empty.setText(self.empty_text())
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        if self._problem:
            t = theme.tone("wait")
            self.problem.setStyleSheet(
                f"color: {t.fg}; background: {t.bg}; padding: 6px; border-radius: 6px;"
            )
            self.problem.setText(self._problem)
        self.problem.setVisible(bool(self._problem))
        watching = sum(1 for e in entries if e.active)
        self.count.setText(
            fill(self.tr("Watching: %1 · ended: %2"), watching, len(entries) - watching)
        )
        self._enable()
        unseen = sum(1 for e in entries if e.unseen)
        if unseen != self._badge:
            self._badge = unseen
            self.badge_changed.emit(unseen)
        if (watching, unseen) != self._counts:
            self._counts = (watching, unseen)
            self.counts_changed.emit(watching, unseen)

    # -- what the window tells it -----------------------------------------------------------

    @property
    def badge(self) -> int:
        """Notices not looked at yet."""
        return self._badge

    def on_event(self, event: WatchEvent) -> None:
        """A check was made (on the GUI thread: connect WatchBridge.watch_event here)."""
        if self.model.update_entry(event.entry):
            self._after_load()
            self._resort.start()  # read again soon, in the list's order
        else:
            self.refresh()  # added meanwhile (by the History tab, another window...)

    def mark_seen(self) -> None:
        """The Watch tab is being looked at: the badge goes; the rows told of stay bold while
        it is shown."""
        ids = [e.id for e in self.model.entries() if e.unseen]
        if not ids:
            return
        self.model.set_highlight(set(ids))
        seen = set(ids)
        self.model.set_entries(
            [replace(e, unseen=False) if e.id in seen else e for e in self.model.entries()]
        )
        self._after_load()
        self._run(lambda watcher: watcher.store.mark_seen(ids))

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_highlight(set())
        super().hideEvent(event)

    def _ticked(self) -> None:
        self.model.tick()
        if self.isVisible():
            self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def selected_entries(self) -> list[WatchEntry]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [e for r in rows if (e := self.model.entry_at(r)) is not None]

    def selected_ids(self) -> list[int]:
        return [e.id for e in self.selected_entries()]

    def check_selected(self) -> None:
        """Ask the selected watched orders at once (ended ones are not asked)."""
        ids = [e.id for e in self.selected_entries() if e.active]
        if ids:
            self._run(lambda watcher: [watcher.check_now(i) for i in ids])

    def show_selected(self) -> None:
        entries = self.selected_entries()
        if len(entries) == 1 and entries[0].last_at is not None:
            self.show_result_requested.emit(entries[0])

    def remove_selected(self) -> None:
        """Stop watching the selected orders (nothing is lost: their checks are in the
        history)."""
        ids = self.selected_ids()
        if ids:
            self._run(lambda watcher: [watcher.remove(i) for i in ids])

    def clear_ended(self) -> None:
        if any(not e.active for e in self.model.entries()):
            self._run(lambda watcher: watcher.store.remove_ended())

    def _enable(self) -> None:
        selected = self.selected_entries()
        active = [e for e in selected if e.active]
        asked = len(selected) == 1 and selected[0].last_at is not None
        for widget, on in ((self.check_button, bool(active)), (self.check_action, bool(active)),
                           (self.show_button, asked), (self.show_action, asked),
                           (self.remove_button, bool(selected)),
                           (self.remove_action, bool(selected))):  # fmt: skip
            widget.setEnabled(on)
        self.clear_button.setEnabled(any(not e.active for e in self.model.entries()))
        if active:
            check_tip = self.tr("Ask the selected orders' state now, without waiting")
        elif selected:
            check_tip = self.tr("These watches have ended: nothing is asked any more")
        else:
            check_tip = self.tr("Select a watched order first")
        if asked:
            show_tip = self.tr("Show the last answer of the selected order")
        elif len(selected) == 1:
            show_tip = self.tr("Not asked yet: there is no answer to show")
        else:
            show_tip = self.tr("Select one order")
        remove_tip = (
            self.tr("Stop watching the selected orders (their checks stay in the history)")
            if selected
            else self.tr("Select a watched order first")
        )
        self.check_button.setToolTip(check_tip)
        self.show_button.setToolTip(show_tip)
        self.remove_button.setToolTip(remove_tip)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.show_action)
        menu.addAction(self.check_action)
        menu.addAction(self.remove_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
