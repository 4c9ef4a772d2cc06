"""The History tab: search and filter past queries, show a stored answer, query again, export."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.app.services import Services
from leshua_gui.core.history.export import export
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryFilter
from leshua_gui.core.text import labels
from leshua_gui.ui import theme
from leshua_gui.ui.history_model import HistoryModel
from leshua_gui.ui.icons import icon
from leshua_gui.ui.result_view import plain
from leshua_gui.ui.tasks import TaskContext, TaskRunner
from leshua_gui.ui.wording import fill

ANY_DAY = QDate(2000, 1, 1)


class HistoryPanel(QWidget):
    show_record = Signal(object)  # HistoryRecord, full (raw answer included)
    query_again = Signal(object)  # HistoryRecord

    def __init__(self, ctx: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.lang: labels.Lang = "en"
        self.model = HistoryModel(ctx.history, self)
        self._sized = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox()
        self.pay_way_box = QComboBox()
        self.profile_box = QComboBox()
        self.outcome_box = QComboBox()
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(ANY_DAY)
            edit.setDate(ANY_DAY)
            edit.setDisplayFormat("yyyy-MM-dd")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        for box in (self.status_box, self.pay_way_box, self.profile_box, self.outcome_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.since.dateChanged.connect(self.apply_filter)
        self.until.dateChanged.connect(self.apply_filter)
        # A state filter lists trusted answers only: a forged or unsigned "paid" is not paid.
        self.untrusted_box = QCheckBox()
        # Of the matching rows, only the newest per order: a repeat query counts once.
        self.latest_box = QCheckBox()
        for check in (self.untrusted_box, self.latest_box):
            check.toggled.connect(lambda _on: self.apply_filter())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.status_box, self.pay_way_box, self.profile_box, self.outcome_box,
                       self.since, self.until):  # fmt: skip
            filters.addWidget(widget, 1)
        options = QHBoxLayout()
        options.addWidget(self.untrusted_box)
        options.addWidget(self.latest_box)
        options.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: newest first, in SQL
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.show_selected())
        self.table.activated.connect(lambda _i: self.show_selected())  # Enter

        self.count = plain()
        self.problem = plain()
        self.problem.setWordWrap(True)
        self.show_button = QPushButton(icon("search"), "")
        self.show_button.clicked.connect(self.show_selected)
        self.again_button = QPushButton(icon("history"), "")
        self.again_button.clicked.connect(self.query_selected_again)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_filtered)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_all)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.show_button, self.again_button, self.export_button,
                       self.delete_button, self.clear_button):  # fmt: skip
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.problem)
        layout.addLayout(filters)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self.refresh()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.lang
        self.model.lang = lang
        self.model.set_headers({
            "time": self.tr("Queried at"), "profile": self.tr("Profile"),
            "order_id": self.tr("Order number"), "lookup": self.tr("Lookup"),
            "state": self.tr("Trade state"),
            "pay_way": self.tr("Pay way"), "amount": self.tr("Amount"),
            "settlement": self.tr("Settlement"), "outcome": self.tr("Signature / error"),
        })  # fmt: skip
        self.search.setPlaceholderText(self.tr("Search by order number or its beginning"))
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
        self._fill_profiles()
        for box, name in ((self.status_box, self.tr("Trade state")), (self.pay_way_box, self.tr("Pay way")),
                          (self.profile_box, self.tr("Profile")), (self.outcome_box, self.tr("Outcome"))):  # fmt: skip
            box.setAccessibleName(name)
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
        self.since.setSpecialValueText(self.tr("from any day"))
        self.until.setSpecialValueText(self.tr("to any day"))
        self.since.setAccessibleName(self.tr("From day"))
        self.until.setAccessibleName(self.tr("To day"))
        self.show_button.setText(self.tr("&Show answer"))
        self.again_button.setText(self.tr("Query a&gain"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Write the rows matching the filter to Excel (.xlsx) or CSV")
        )
        self.delete_button.setText(self.tr("De&lete selected"))
        self.clear_button.setText(self.tr("Clear &history…"))
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
        def day(edit: QDateEdit, end: bool) -> datetime | None:
            if edit.date() == ANY_DAY:
                return None
            q = edit.date()
            moment = datetime(q.year(), q.month(), q.day()).astimezone()
            return moment + timedelta(days=1) if end else moment

        return HistoryFilter(
            text=self.search.text().strip(),
            status=self.status_box.currentData(),
            pay_way=self.pay_way_box.currentData(),
            profile=self.profile_box.currentData(),
            outcome=self.outcome_box.currentData(),
            since=day(self.since, False),
            until=day(self.until, True),
            include_untrusted=self.untrusted_box.isChecked(),
            latest=self.latest_box.isChecked(),
        )

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

    def _count_text(self) -> None:
        rows = self.model.rowCount()
        more = self.model.canFetchMore()
        text = self.tr("%1+ queries (scroll for more)") if more else self.tr("%1 queries")
        self.count.setText(fill(text, str(rows)))

    def _enable(self) -> None:
        selected = bool(self.selected_ids())
        single = len(self.selected_ids()) == 1
        self.show_button.setEnabled(single)
        self.again_button.setEnabled(single)
        self.delete_button.setEnabled(selected)
        has_rows = self.model.rowCount() > 0
        self.export_button.setEnabled(has_rows)
        self.clear_button.setEnabled(has_rows or self.current_filter() != HistoryFilter())

    # -- actions ----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [
            r.id
            for row in sorted(rows)
            if (r := self.model.record(row)) is not None and r.id is not None
        ]

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

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete queries"),
            fill(self.tr("Delete %1 selected queries from the history?"), len(ids)),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.history_writer.call(lambda store: store.delete(ids))
            self._flush_then_refresh()

    def clear_all(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Clear history"),
            self.tr("Delete every query in the history? This cannot be undone."),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.history_writer.call(lambda store: store.clear())
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
            self.count.setText(fill(self.tr("%1 rows written to %2"), str(count), str(target)))
            self.exported.emit(str(target))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.count.setText(fill(self.tr("Export failed: %1"), str(exc)))

        self.runner.run(work, on_success=done, on_failure=failed)

    exported = Signal(str)
