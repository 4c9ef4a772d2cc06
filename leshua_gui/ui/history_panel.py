"""The History tab: search and filter past queries, show a stored answer, query again, watch an
order until it is final, export."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.app.services import Services
from leshua_gui.core.history.export import export
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryFilter
from leshua_gui.core.history.times import BEIJING, PRESETS, parse_day, preset_days
from leshua_gui.core.text import labels
from leshua_gui.ui import theme
from leshua_gui.ui.history_model import HistoryModel
from leshua_gui.ui.icons import icon
from leshua_gui.ui.result_view import plain
from leshua_gui.ui.row_table import empty_note, row_table
from leshua_gui.ui.tasks import TaskContext, TaskRunner
from leshua_gui.ui.wording import fill

#: The widest a column opens (its cell elides the rest, its tooltip holds it all).
WIDEST = 240


def _q(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayField(QWidget):
    """One day of the date filter: typed (20261201, 2026-12-01, 2026/12/1) or picked from a
    calendar that opens at the day shown, or today; empty is any day. Tab leaves it as it
    leaves any text field; Alt+Down or F4 opens the calendar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: date | None = None
        self._valid = True
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(16)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the field
        self.button.clicked.connect(self.open_calendar)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.calendar.installEventFilter(self)
        box = QVBoxLayout(self.popup)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        # no focus proxy: Tab's chain then holds the text field alone, never the compound
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edit.installEventFilter(self)
        self.edit.editingFinished.connect(self._commit)
        self.edit.textChanged.connect(self._typed)

    def day(self) -> date | None:
        """The day applied (the last valid one typed or picked); None is any day."""
        return self._day

    def is_valid(self) -> bool:
        return self._valid

    def set_day(self, day: date | None, *, emit: bool = True) -> None:
        self.edit.blockSignals(True)
        self.edit.setText("" if day is None else day.isoformat())
        self.edit.blockSignals(False)
        self._mark(True)
        if day != self._day:
            self._day = day
            if emit:
                self.changed.emit()

    def open_calendar(self) -> None:
        """The calendar at the day shown, or today's month when the field is any day."""
        shown = self._day or date.today()
        self.calendar.setSelectedDate(_q(shown))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.popup.hide()
        self.set_day(date(picked.year(), picked.month(), picked.day()))
        self.edit.setFocus()

    def _typed(self, text: str) -> None:
        if not text.strip():  # emptied (the clear button, or deleted): any day at once
            self.set_day(None)
        else:
            self._mark(True)

    def _commit(self) -> None:
        try:
            day = parse_day(self.edit.text())
        except ValueError:
            self._mark(False)
            return
        self.set_day(day)

    def _mark(self, valid: bool) -> None:
        self._valid = valid
        if valid:
            self.edit.setStyleSheet("")
            self.edit.setToolTip(self.tip)
        else:
            self.edit.setStyleSheet(f"border: 1px solid {theme.tone('bad').fg};")
            self.edit.setToolTip(
                self.tr(
                    "Not a day: type it as 2026-12-01 or 20261201, or leave it empty for any day"
                )
            )

    tip = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            mods = event.modifiers()  # type: ignore[attr-defined]
            if watched is self.edit and (
                key == Qt.Key.Key_F4
                or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier)
            ):
                self.open_calendar()
                return True
            if watched is self.calendar and key == Qt.Key.Key_Escape:
                self.popup.hide()
                self.edit.setFocus()
                return True
        return super().eventFilter(watched, event)


class HistoryPanel(QWidget):
    show_record = Signal(object)  # HistoryRecord, full (raw answer included)
    query_again = Signal(object)  # HistoryRecord
    #: "Watch until final" on an order lookup whose answer is not final (HistoryRecord.watchable)
    watch_requested = Signal(object)  # HistoryRecord

    def __init__(self, ctx: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.lang: labels.Lang = "en"
        self.model = HistoryModel(ctx.history, self)
        self._sized = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.status_box = QComboBox()
        self.pay_way_box = QComboBox()
        self.profile_box = QComboBox()
        self.outcome_box = QComboBox()
        self.lookup_box = QComboBox()  # order lookups, refund lookups or close attempts
        self.preset_box = QComboBox()
        self.days_label = QLabel()
        self.days_label.setBuddy(self.preset_box)
        self.basis_box = QComboBox()
        self.since = DayField()
        self.until = DayField()
        self.dash = QLabel("–")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        for box in (self.status_box, self.pay_way_box, self.profile_box, self.outcome_box,
                    self.lookup_box, self.basis_box):  # fmt: skip
            box.currentIndexChanged.connect(self.apply_filter)
        self.preset_box.currentIndexChanged.connect(self._preset_chosen)
        self.since.changed.connect(self._days_typed)
        self.until.changed.connect(self._days_typed)
        # A state filter lists trusted answers only: a forged or unsigned "paid" is not paid.
        self.untrusted_box = QCheckBox()
        # Of the matching rows, only the newest per order: a repeat query counts once.
        self.latest_box = QCheckBox()
        for check in (self.untrusted_box, self.latest_box):
            check.toggled.connect(lambda _on: self.apply_filter())

        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 3)
        for widget in (self.status_box, self.pay_way_box, self.profile_box, self.outcome_box,
                       self.lookup_box):  # fmt: skip
            filters.addWidget(widget, 1)
        options = QHBoxLayout()
        options.addWidget(self.days_label)
        options.addWidget(self.preset_box)
        options.addWidget(self.basis_box)
        options.addWidget(self.since, 1)
        options.addWidget(self.dash)
        options.addWidget(self.until, 1)
        options.addSpacing(12)
        options.addWidget(self.untrusted_box)
        options.addWidget(self.latest_box)
        options.addStretch(1)

        self.table = row_table(self.model, self.show_selected)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: newest first, in SQL
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = empty_note()

        self.count = plain()
        self.problem = plain()
        self.problem.setWordWrap(True)
        self.show_button = QPushButton(icon("search"), "")
        self.show_button.clicked.connect(self.show_selected)
        self.again_button = QPushButton(icon("history"), "")
        self.again_button.clicked.connect(self.query_selected_again)
        self.watch_button = QPushButton(icon("eye"), "")
        self.watch_button.clicked.connect(self.watch_selected)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_filtered)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_all)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.show_button, self.again_button, self.watch_button,
                       self.export_button, self.delete_button, self.clear_button):  # fmt: skip
            actions.addWidget(button)
        # the row actions again, on the row's context menu (built by row_menu)
        self.show_action = QAction(icon("search"), "", self)
        self.show_action.triggered.connect(self.show_selected)
        self.again_action = QAction(icon("history"), "", self)
        self.again_action.triggered.connect(self.query_selected_again)
        self.watch_action = QAction(icon("eye"), "", self)
        self.watch_action.triggered.connect(self.watch_selected)
        self.delete_action = QAction("", self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.problem)
        layout.addLayout(filters)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)
        chain: list[QWidget] = [
            self.search, self.status_box, self.pay_way_box, self.profile_box, self.outcome_box,
            self.lookup_box, self.preset_box, self.basis_box, self.since.edit, self.until.edit,
            self.untrusted_box, self.latest_box, self.table, self.show_button,
            self.again_button, self.watch_button, self.export_button, self.delete_button,
            self.clear_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self.refresh()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.lang
        self.model.lang = lang
        self.model.set_headers({
            "time": self.tr("Queried at"), "profile": self.tr("Profile"),
            "merchant_id": self.tr("Merchant id"),
            "order_id": self.tr("Order number"), "lookup": self.tr("Lookup"),
            "state": self.tr("Trade state"),
            "pay_way": self.tr("Pay way"), "amount": self.tr("Amount"),
            "settlement": self.tr("Settlement"),
            "pay_time": self.tr("Paid at (Beijing time)"),
            "outcome": self.tr("Signature / error"),
        })  # fmt: skip
        self.search_label.setText(self.tr("Fi&nd:"))
        self.search.setPlaceholderText(self.tr("The beginning or the end of any id"))
        self.search.setToolTip(
            self.tr("Matches the beginning or the end of an order, Leshua, transaction or "
                    "refund number (not its middle)")
        )  # fmt: skip
        self.search.setAccessibleName(self.tr("Search the history"))
        self._fill(self.status_box, self.tr("Any state"),
                   [(c, labels.trade_state(c, lang)) for c in labels.TRADE_STATES])  # fmt: skip
        self._fill(self.pay_way_box, self.tr("Any pay way"),
                   [(c, labels.pay_way(c, lang)) for c in labels.PAY_WAYS])  # fmt: skip
        self._fill(self.outcome_box, self.tr("Any outcome"), [
            ("verified", labels.verification("verified", lang)),
            ("mismatch", labels.verification("mismatch", lang)),
            ("unsigned", labels.verification("unsigned", lang)),
            ("error", self.tr("Errors")),
        ])  # fmt: skip
        self._fill(self.lookup_box, self.tr("Any lookup"), [
            ("order", self.tr("Order lookups")), ("refund", self.tr("Refund lookups")),
            ("close", self.tr("Close attempts")),
        ])  # fmt: skip
        self.lookup_box.setAccessibleName(self.tr("Lookup"))
        self._fill_profiles()
        for box, name in ((self.status_box, self.tr("Trade state")), (self.pay_way_box, self.tr("Pay way")),
                          (self.profile_box, self.tr("Profile")), (self.outcome_box, self.tr("Outcome"))):  # fmt: skip
            box.setAccessibleName(name)
        self.days_label.setText(self.tr("D&uring:"))
        self._fill(self.preset_box, self.tr("Any day"), [
            ("today", self.tr("Today")), ("yesterday", self.tr("Yesterday")),
            ("last7", self.tr("Last 7 days")), ("month", self.tr("This month")),
            ("custom", self.tr("Chosen days")),
        ])  # fmt: skip
        self.preset_box.setAccessibleName(self.tr("Days"))
        self._fill(self.basis_box, self.tr("by query time"),
                   [("paid", self.tr("by pay time"))])  # fmt: skip
        self.basis_box.setAccessibleName(self.tr("Days compare"))
        self.basis_box.setToolTip(
            self.tr("Compare the days with the time of the query, or with the pay time the "
                    "answer gave (Beijing time; rows without a pay time then do not match)")
        )  # fmt: skip
        self.untrusted_box.setText(self.tr("Include untrusted answers"))
        self.untrusted_box.setToolTip(
            self.tr("A trade state filter lists answers with a verified signature only. Tick to "
                    "list forged, unsigned or faulty answers claiming that state too (marked "
                    "untrusted; their amounts are never exported as numbers).")
        )  # fmt: skip
        self.latest_box.setText(self.tr("Latest answer per order"))
        self.latest_box.setToolTip(
            self.tr("Of the rows matching the filters, show only the newest for each order (the "
                    "same order, merchant, environment and lookup), so that a repeated query is "
                    "listed and exported once.")
        )  # fmt: skip
        for field, any_text, name in (
            (self.since, self.tr("from any day"), self.tr("From day")),
            (self.until, self.tr("to any day"), self.tr("To day")),
        ):
            field.edit.setPlaceholderText(any_text)
            field.edit.setAccessibleName(name)
            field.tip = self.tr("Type a day (2026-12-01 or 20261201), press Alt+Down for a "
                                "calendar, or leave it empty for any day")  # fmt: skip
            field._mark(field.is_valid())
            field.button.setToolTip(self.tr("Pick the day from a calendar"))
        self.show_button.setText(self.tr("Sho&w answer"))
        self.again_button.setText(self.tr("Query a&gain"))
        # no letter of its own: the one left in its words (C) is the Watch tab's to take
        self.watch_button.setText(self.tr("Watch until final"))
        self.show_action.setText(self.tr("Show answer"))
        self.again_action.setText(self.tr("Query again"))
        self.watch_action.setText(self.tr("Watch until final"))
        self.delete_action.setText(self.tr("Remove selected…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Write the rows matching the filter to Excel (.xlsx) or CSV")
        )
        self.delete_button.setText(self.tr("Remo&ve selected…"))
        self.clear_button.setText(self.tr("C&lear history…"))
        self.table.setAccessibleName(self.tr("Query history"))
        self._count_text()

    def _fill(self, box: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(any_text, None)
        for code, text in items:
            box.addItem(text, code)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def _fill_profiles(self) -> None:
        names = self.ctx.history.distinct("profile")
        self._fill(self.profile_box, self.tr("Any profile"),
                   [(n, n or self.tr("(no profile)")) for n in names])  # fmt: skip

    # -- filtering --------------------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        by = self.basis_box.currentData() or "queried"
        # a pay time is the gateway's Beijing time: its days are Beijing days
        zone = BEIJING if by == "paid" else None

        def moment(day: date | None, end: bool) -> datetime | None:
            if day is None:
                return None
            start = datetime(day.year, day.month, day.day)
            start = start.replace(tzinfo=zone) if zone is not None else start.astimezone()
            return start + timedelta(days=1) if end else start

        return HistoryFilter(
            text=self.search.text().strip(),
            status=self.status_box.currentData(),
            pay_way=self.pay_way_box.currentData(),
            profile=self.profile_box.currentData(),
            outcome=self.outcome_box.currentData(),
            lookup=self.lookup_box.currentData(),
            since=moment(self.since.day(), False),
            until=moment(self.until.day(), True),
            include_untrusted=self.untrusted_box.isChecked(),
            latest=self.latest_box.isChecked(),
            by=by,
        )

    def set_days(self, first: date | None, last: date | None) -> None:
        """Both day fields at once, then one filter (the preset follows what they say)."""
        self.since.set_day(first, emit=False)
        self.until.set_day(last, emit=False)
        self._days_typed()

    def _preset_chosen(self) -> None:
        preset = self.preset_box.currentData() or "any"
        if preset != "custom":
            first, last = preset_days(preset, date.today())
            self.since.set_day(first, emit=False)
            self.until.set_day(last, emit=False)
        self.apply_filter()

    def _days_typed(self) -> None:
        days = (self.since.day(), self.until.day())
        today = date.today()
        preset = next((p for p in PRESETS if preset_days(p, today) == days), "custom")
        self.preset_box.blockSignals(True)
        self.preset_box.setCurrentIndex(
            max(0, self.preset_box.findData(None if preset == "any" else preset))
        )
        self.preset_box.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())
        self._after_load()

    def refresh(self) -> None:
        """Reload after new records (keeps the filter)."""
        self._fill_profiles()
        self.model.reload()
        self._after_load()
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount() - 1):  # the last one stretches
                header.resizeSection(column, min(header.sectionSize(column), WIDEST))
            self._sized = True
        problem = self._problem_text()
        if problem:
            t = theme.tone("wait")
            self.problem.setStyleSheet(
                f"color: {t.fg}; background: {t.bg}; padding: 6px; border-radius: 6px;"
            )
            self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def _problem_text(self) -> str | None:
        """What went wrong with the history file, in the window's language."""
        report = self.ctx.history_report
        if self.ctx.history_write_error:
            return fill(
                self.tr("The history could not be written: %1"), self.ctx.history_write_error
            )
        if report is not None and report.set_aside is not None:
            why = {
                "newer": self.tr("it was written by a newer version of Leshua Desk"),
                "corrupt": self.tr("it is damaged"),
            }.get(report.tag or "", report.reason or "")
            return fill(
                self.tr(
                    "The history file was set aside as %1 (%2) and a new one started; nothing was deleted."
                ),
                report.set_aside.name,
                why,
            )
        return self.ctx.history_problem

    def _after_load(self) -> None:
        self._count_text()
        self._enable()
        empty = self.model.rowCount() == 0
        if empty:
            self.empty.setText(self._empty_text())
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def _empty_text(self) -> str:
        """Why the list is empty: nothing recorded yet, or nothing matching the filters."""
        if self.current_filter() == HistoryFilter() or self.ctx.history.count() == 0:
            return self.tr("No queries recorded yet: every lookup you run is listed here.")
        text = self.tr("No query matches the filters.")
        if self.search.text().strip():
            text += " " + self.tr(
                "The search matches the beginning or the end of an id (order, Leshua, "
                "transaction or refund number), not its middle."
            )
        return text

    def _count_text(self) -> None:
        rows = self.model.rowCount()
        if self.model.canFetchMore():
            self.count.setText(self.tr("%n+ queries (scroll for more)", "", rows))
        else:
            self.count.setText(self.tr("%n queries", "", rows))

    def _enable(self) -> None:
        selected = bool(self.selected_ids())
        single = len(self.selected_ids()) == 1
        watchable = self._selected_watchable()
        for button, action in ((self.show_button, self.show_action),
                               (self.again_button, self.again_action)):  # fmt: skip
            button.setEnabled(single)
            action.setEnabled(single)
        self.watch_button.setEnabled(watchable)
        self.watch_action.setEnabled(watchable)
        self.delete_button.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        has_rows = self.model.rowCount() > 0
        self.export_button.setEnabled(has_rows)
        self.clear_button.setEnabled(has_rows)
        why = "" if selected else self.tr("Select a row first")
        for button in (self.show_button, self.again_button, self.delete_button):
            button.setToolTip(why)
        if single and self._selected_is_close():
            self.again_button.setToolTip(
                self.tr("Asks the order's state again; the close is never sent again")
            )
        self.again_action.setToolTip(self.again_button.toolTip())
        if watchable:
            watch_why = self.tr(
                "Ask this order's state again in the background until it is final (paid, "
                "failed or closed), and say when it is"
            )
        elif single:
            watch_why = self.tr(
                "Only an order lookup whose answer is not final (paying, not found, unknown, "
                "or the gateway not reached) can be watched"
            )
        else:
            watch_why = why or self.tr("Select one row")
        self.watch_button.setToolTip(watch_why)
        self.watch_action.setToolTip(watch_why)

    # -- actions ----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [
            r.id
            for row in sorted(rows)
            if (r := self.model.record(row)) is not None and r.id is not None
        ]

    def _selected_watchable(self) -> bool:
        """One row selected, and it is an order lookup whose answer is not final."""
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return False
        record = self.model.record(next(iter(rows)))
        return record is not None and record.id is not None and record.watchable

    def _selected_is_close(self) -> bool:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        record = self.model.record(next(iter(rows))) if len(rows) == 1 else None
        return record is not None and record.lookup == "close"

    def _selected_full(self) -> HistoryRecord | None:
        ids = self.selected_ids()
        return self.ctx.history.get(ids[0]) if len(ids) == 1 else None

    def show_selected(self) -> None:
        record = self._selected_full()
        if record is not None:
            self.show_record.emit(record)

    def query_selected_again(self) -> None:
        record = self._selected_full()
        if record is not None:
            self.query_again.emit(record)

    def watch_selected(self) -> None:
        """The selected order lookup to the watch list (only when it is not final)."""
        if not self._selected_watchable():
            return
        record = self._selected_full()
        if record is not None and record.watchable:
            self.watch_requested.emit(record)

    def row_menu(self) -> QMenu:
        """The context menu of the selected rows: the row actions, enabled as their buttons."""
        self._enable()
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addAction(self.show_action)
        menu.addAction(self.again_action)
        menu.addAction(self.watch_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        """A right click on a row outside the selection selects that row first."""
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.clearSelection()
            self.table.selectRow(index.row())
        menu = self.row_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _confirm(self, title: str, text: str) -> bool:
        """A destructive question: No is the default (Enter or Esc keeps the rows)."""
        No, Yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        return QMessageBox.question(self, title, text, Yes | No, No) == Yes

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self._confirm(
            self.tr("Remove queries"),
            self.tr("Remove %n selected queries from the history? This cannot be undone.",
                    "", len(ids)),
        ):  # fmt: skip
            self.ctx.history_writer.call(lambda store: store.delete(ids))
            self._flush_then_refresh()

    def clear_all(self) -> None:
        """Clear what the filters show (with its count), or everything when nothing filters."""
        flt = self.current_filter()
        if flt == HistoryFilter():
            total = self.ctx.history.count()
            text = self.tr("Delete all %n queries in the history? This cannot be undone.",
                           "", total)  # fmt: skip
            if self._confirm(self.tr("Clear history"), text):
                self.ctx.history_writer.call(lambda store: store.clear())
                self._flush_then_refresh()
            return
        shown = self.ctx.history.count(flt)
        text = self.tr("Delete the %n queries the filters show? The queries they hide are "
                       "kept. This cannot be undone.", "", shown)  # fmt: skip
        if self._confirm(self.tr("Clear the filtered queries"), text):
            self.ctx.history_writer.call(lambda store: store.delete_matching(flt))
            self._flush_then_refresh()

    def _flush_then_refresh(self) -> None:
        if not self.ctx.history_writer.flush(timeout=10):
            self.ctx.history_problem = self.tr(
                "The history is not answering: the change may not be saved yet."
            )
        self.refresh()

    def export_filtered(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(Path.home() / f"leshua-history-{stamp}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )  # fmt: skip
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Export the current filter in the background; the count appears when done."""
        flt, lang, store = self.current_filter(), self.lang, self.ctx.history
        self.export_button.setEnabled(False)
        self.count.setText(self.tr("Exporting…"))

        def work(_ctx: TaskContext[None]) -> int:
            return export(target, store.iterate(flt), lang)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.count.setText(fill(self.tr("%n rows written to %1", "", count), str(target)))
            self.exported.emit(str(target))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.count.setText(fill(self.tr("Export failed: %1"), str(exc)))

        self.runner.run(work, on_success=done, on_failure=failed)

    exported = Signal(str)
