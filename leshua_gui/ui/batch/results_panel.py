"""The results of a batch job: every input row in a table with filters, the totals and the check
against the books below it, and the exports. Reads and writes run off the GUI thread."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from leshua_gui.core.batch.job import Job, JobRow
from leshua_gui.core.batch.jobstore import ROW_VERDICTS, JobStore, JobStoreUnavailable, RowFilter
from leshua_gui.core.batch.totals import Totals, totals
from leshua_gui.core.text import batch_words, labels
from leshua_gui.ui import i18n, theme
from leshua_gui.ui.batch import results_cells as cells
from leshua_gui.ui.batch.results_cells import COLUMNS, Words
from leshua_gui.ui.batch.results_model import BatchRowsModel
from leshua_gui.ui.batch.totals_view import TotalsView
from leshua_gui.ui.icons import icon
from leshua_gui.ui.tasks import Task, TaskContext, TaskRunner
from leshua_gui.ui.wording import fill

log = logging.getLogger(__name__)

#: The totals are counted again at most this often while a job runs (seconds), and never more
#: than a third of the time: a pass over a large job is long, and its Python work competes with
#: the GUI thread for the interpreter.
TOTALS_EVERY = 1.0
TOTALS_SHARE = 1 / 3
#: A pass over the rows lets the GUI thread in this often (rows), for this long (seconds).
YIELD_EVERY = 20
YIELD_S = 0.001
#: The widest a column opens (its cell elides the rest; its tooltip holds it all).
WIDEST = 320


@dataclass(frozen=True)
class _Counted:
    """What one pass over a job found: its totals and the values its filters offer."""

    job_id: str
    job: Job | None
    totals: Totals
    states: list[str]
    pay_ways: list[str]


def _until(rows: Iterable[JobRow], cancel: threading.Event) -> Iterator[JobRow]:
    """The rows, until the pass is cancelled (another job shown). The interpreter is handed
    over now and then: the GUI thread, asking for it on every cell it draws, would otherwise
    wait a switch interval each time."""
    for n, row in enumerate(rows):
        if cancel.is_set():
            return
        if n % YIELD_EVERY == 0:
            time.sleep(YIELD_S)  # a real pause: sleep(0) lets this thread take it straight back
        yield row


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # ids and errors are shown, never rendered
    return label


class ResultsPanel(QWidget):
    """The rows, totals and exports of one job; `show_job` picks it, `refresh` reads again."""

    #: the JobRow double-clicked (or Enter pressed on): the window shows its whole answer
    row_opened = Signal(object)
    #: a file was written (its path)
    exported = Signal(str)

    def __init__(self, store: JobStore, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.lang: labels.Lang = i18n.domain_lang(i18n.current())
        self.job_id: str | None = None
        self.job: Job | None = None
        self.totals: Totals | None = None
        self.model = BatchRowsModel(store, runner, self)
        self._totals_task: Task[_Counted | None] | None = None
        self._totals_again = False
        self._totals_started = float("-inf")
        #: how long the last pass took (seconds)
        self._totals_took = 0.0
        #: while a job runs, its process counts the totals (`show_run_totals`), not this panel:
        #: a pass here would take the window's interpreter for a while
        self.totals_from_run = False
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.timeout.connect(self._want_totals)
        self._export_task: Task[int] | None = None
        self._last_folder: Path | None = None
        #: the last message box shown (an export that failed), for the tests to read
        self.message: QMessageBox | None = None
        #: the trade states and pay ways the job's verified answers gave (for the filters)
        self._values: tuple[list[str], list[str]] | None = None
        #: the status line shows the hint (no message of its own)
        self._hint_shown = False
        self._split_by_user = False

        self.attention_box = QCheckBox()
        self.state_box = QComboBox()
        self.pay_way_box = QComboBox()
        self.verdict_box = QComboBox()
        self.attention_box.toggled.connect(lambda _on: self.apply_filter())
        for box in (self.state_box, self.pay_way_box, self.verdict_box):
            box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.count_label = _plain()
        filters = QHBoxLayout()
        filters.addWidget(self.attention_box)
        for box in (self.state_box, self.pay_way_box, self.verdict_box):
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._opened)
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selected)
        self.empty = _plain()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {theme.tone('muted').fg}; padding: 24px;")
        self.empty.hide()
        rows = QWidget()
        rows_box = QVBoxLayout(rows)
        rows_box.setContentsMargins(0, 0, 0, 0)
        rows_box.addWidget(self.table, 1)
        rows_box.addWidget(self.empty, 1)

        self.totals_view = TotalsView()
        self.totals_scroll = QScrollArea()
        self.totals_scroll.setWidgetResizable(True)
        self.totals_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.totals_scroll.setWidget(self.totals_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(rows)
        self.splitter.addWidget(self.totals_scroll)
        self.splitter.setStretchFactor(0, 1)  # the rows take what the totals do not need
        self.splitter.setStretchFactor(1, 0)
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_split_by_user", True))

        self.status = _plain()
        self.status.setWordWrap(True)
        self.xlsx_button = QPushButton()
        self.xlsx_button.clicked.connect(lambda: self.ask_and_export("xlsx"))
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(lambda: self.ask_and_export("csv"))
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.xlsx_button)
        actions.addWidget(self.csv_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)
        chain: list[QWidget] = [self.attention_box, self.state_box, self.pay_way_box,
                                self.verdict_box, self.table, self.xlsx_button, self.csv_button]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.model.counted.connect(lambda _n: self._count_text())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._read_failed)
        self.retranslate()
        self._enable()

    # -- texts ------------------------------------------------------------------------------

    def words(self) -> Words:
        """The cells' own words in the UI language."""
        return Words(
            claims=self.tr("not verified (claims %1)"),
            repeats=self.tr("repeats row %1 (asked once)"),
            no_amount=self.tr("no amount in the answer"),
            fen=self.tr("%1 fen"),
            detail=self.tr("Details: %1"),
            code=self.tr("Gateway code: %1"),
            third_order_id=self.tr("merchant", "order number kind, short"),
            leshua_order_id=self.tr("Leshua", "order number kind, short"),
        )

    def retranslate(self) -> None:
        lang = self.lang
        self.model.set_words(lang, self.words())
        self.model.set_headers(
            {
                "row": self.tr("Row"), "id": self.tr("Order number"), "kind": self.tr("Kind"),
                "state": self.tr("Trade state"), "verification": self.tr("Verification"),
                "pay_way": self.tr("Pay way"), "amount": self.tr("Amount"),
                "settlement": self.tr("Settlement"), "expected": self.tr("Expected"),
                "difference": self.tr("Difference"),
                "pay_time": self.tr("Paid at (Beijing time)"),
                "remarks": self.tr("Error / remarks"),
            },
            {
                "row": self.tr("The row of the list (as a spreadsheet numbers it)"),
                "verification": self.tr("Whether the gateway's answer was verified: only a "
                                        "verified answer's state and amounts are shown"),
                "expected": self.tr("The amount the list gives (the books)"),
                "difference": self.tr("The gateway's amount minus the expected one"),
                "remarks": self.tr("What went wrong, or why the row needs attention"),
            },
        )  # fmt: skip
        self._fill(self.state_box, self.tr("Any trade state"), self._state_items())
        self._fill(self.pay_way_box, self.tr("Any pay way"), self._pay_way_items())
        self._fill(self.verdict_box, self.tr("Any verification"),
                   [(v, batch_words.row_verdict_text(v, lang)) for v in ROW_VERDICTS])  # fmt: skip
        self.state_box.setAccessibleName(self.tr("Trade state"))
        self.pay_way_box.setAccessibleName(self.tr("Pay way"))
        self.verdict_box.setAccessibleName(self.tr("Verification"))
        self.attention_box.setToolTip(
            self.tr("Only the rows to look at: not sent, repeated, not verified, errors, not "
                    "found, not final, or an amount that differs from the books")
        )  # fmt: skip
        self._attention_text()
        self.table.setAccessibleName(self.tr("Rows of the batch job"))
        self.xlsx_button.setText(self.tr("Export .xlsx…"))
        self.xlsx_button.setToolTip(
            self.tr("An Excel workbook: a Summary sheet with the totals and the check against "
                    "the books, and a Rows sheet with the rows the filters show")
        )  # fmt: skip
        self.csv_button.setText(self.tr("Export .csv…"))
        self.csv_button.setToolTip(self.tr("The rows the filters show, as CSV (UTF-8)"))
        self.totals_view.lang = lang
        self.totals_view.retranslate()
        self._count_text()
        self._empty_text()
        if not self.status.text() or self._hint_shown:
            self._hint()
        self.size_columns()

    def _hint(self) -> None:
        self.status.setText(self.tr("Double-click a row, or press Enter, to see its whole answer."))
        self._hint_shown = True

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self._hint_shown = False

    def _state_items(self) -> list[tuple[str, str]]:
        codes = self._values[0] if self._values else []
        return [(c, labels.trade_state(c, self.lang)) for c in codes]

    def _pay_way_items(self) -> list[tuple[str, str]]:
        codes = self._values[1] if self._values else []
        return [(c, labels.pay_way(c, self.lang)) for c in codes]

    @staticmethod
    def _fill(box: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
        """The choices, keeping the one chosen if it is still offered."""
        offered = [(box.itemData(i), box.itemText(i)) for i in range(box.count())]
        if offered == [(None, any_text), *items]:
            return  # unchanged: a running job's refresh
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(any_text, None)
        for code, text in items:
            box.addItem(text, code)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def _attention_text(self) -> None:
        if self.totals is not None and self.totals.attention:
            text = fill(self.tr("Nee&ds attention (%1)"), f"{self.totals.attention:,}")
        else:
            text = self.tr("Nee&ds attention")
        self.attention_box.setText(text)

    def _count_text(self) -> None:
        shown = self.model.rowCount()
        total = self.job.total_rows if self.job is not None else None
        if self.job_id is None:
            self.count_label.setText("")
        elif self.model.filter.empty or total is None:
            self.count_label.setText(fill(self.tr("Rows: %1"), f"{shown:,}"))
        else:
            self.count_label.setText(
                fill(self.tr("Rows shown: %1 of %2"), f"{shown:,}", f"{total:,}")
            )
        self.count_label.setMinimumWidth(self.count_label.sizeHint().width())  # never cut
        self._empty_text()

    def _empty_text(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            if self.job_id is None:
                text = self.tr("No batch job is shown.")
            elif not self.model.filter.empty:
                text = self.tr("No row matches the filters.")
            else:
                text = self.tr("This list has no rows.")
            self.empty.setText(text)
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def size_columns(self) -> None:
        """Widths that fit the header and a typical value of each column, in this language."""
        metrics = self.table.fontMetrics()
        bold = self.table.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        words, lang = self.words(), self.lang
        samples: dict[str, list[str]] = {
            "row": ["100000"],
            "id": ["ORD-20261201-00012345"],
            "kind": [words.third_order_id, words.leshua_order_id],
            "state": [labels.trade_state(c, lang) for c in labels.TRADE_STATES]
            + [fill(words.claims, labels.trade_state("2", lang))],  # a longer claim elides
            "verification": [batch_words.row_verdict_text(v, lang) for v in ROW_VERDICTS],
            "pay_way": [labels.pay_way(c, lang) for c in labels.PAY_WAYS],
            "amount": ["100,000.00"],
            "settlement": ["100,000.00"],
            "expected": ["100,000.00"],
            "difference": ["+10,000.00"],
            "pay_time": ["2026-12-01 23:59:59"],
        }
        header = self.table.horizontalHeader()
        icons = {"state", "verification", "pay_way"}
        for column, key in enumerate(COLUMNS[:-1]):  # the last one stretches
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            text_width = max(
                (bold_metrics if key == "state" else metrics).horizontalAdvance(s)
                for s in samples[key]
            )
            width = max(text_width + (28 if key in icons else 0), metrics.horizontalAdvance(title))
            header.resizeSection(column, min(width + 20, WIDEST))

    def fit_totals(self) -> None:
        """The totals as tall as they need, up to half the room (until the user moves the
        splitter)."""
        room = sum(self.splitter.sizes())
        if self._split_by_user or room <= 0:
            return
        need = self.totals_view.sizeHint().height() + 2 * self.totals_scroll.frameWidth() + 4
        self.splitter.blockSignals(True)
        self.splitter.setSizes([max(room - need, room // 2), min(need, room // 2)])
        self.splitter.blockSignals(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_totals()

    # -- the job ----------------------------------------------------------------------------

    def show_job(self, job_id: str | None) -> None:
        """Show a job's rows (every row, no filter) and count its totals."""
        if self._totals_task is not None:
            self._totals_task.cancel()
            self._totals_task = None
        self._totals_timer.stop()
        self._totals_again = False
        self._totals_started = float("-inf")
        self._totals_took = 0.0
        self.job_id, self.job, self.totals, self._values = job_id, None, None, None
        for box in (self.state_box, self.pay_way_box, self.verdict_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.attention_box.blockSignals(True)
        self.attention_box.setChecked(False)
        self.attention_box.blockSignals(False)
        self._fill(self.state_box, self.state_box.itemText(0), [])
        self._fill(self.pay_way_box, self.pay_way_box.itemText(0), [])
        self.totals_view.show_totals(None)
        self._attention_text()
        self.model.set_job(job_id, RowFilter())
        self._count_text()
        self._hint()
        self._enable()
        self._want_totals()

    def refresh(self) -> None:
        """Read again what a running job has added: the rows on screen now, the totals at most
        every TOTALS_EVERY seconds (the window calls this on a timer)."""
        if self.job_id is None:
            return
        self.model.refresh()
        self._want_totals()

    def current_filter(self) -> RowFilter:
        return RowFilter(
            needs_attention=self.attention_box.isChecked(),
            status=self.state_box.currentData(),
            pay_way=self.pay_way_box.currentData(),
            verdict=self.verdict_box.currentData(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _loaded(self) -> None:
        self._count_text()
        self._enable()

    def _read_failed(self, exc: BaseException) -> None:
        self._say(fill(self.tr("The rows could not be read: %1"), self._reason(exc)))

    def _reason(self, exc: BaseException) -> str:
        """What went wrong, in words a finance or support person understands."""
        if isinstance(exc, JobStoreUnavailable):
            return batch_words.jobs_file_text(exc.reason, self.lang)
        if isinstance(exc, OSError) and exc.strerror:
            return exc.strerror
        return str(exc)

    # -- totals -----------------------------------------------------------------------------

    @property
    def counting(self) -> bool:
        """Totals are being counted, or are due (tests wait for this to end)."""
        return self._totals_task is not None or self._totals_timer.isActive()

    def show_run_totals(self, totals: Totals, states: list[str], pay_ways: list[str]) -> None:
        """The totals the running job's process counted."""
        if self.job_id is None or self._totals_task is not None:
            return
        self._totals_started = time.monotonic()
        self._counted(_Counted(self.job_id, self.job, totals, states, pay_ways))

    def _want_totals(self) -> None:
        if self.job_id is None or self.totals_from_run:
            return
        if self._totals_task is not None:
            self._totals_again = True
            return
        every = max(TOTALS_EVERY, self._totals_took / TOTALS_SHARE)
        wait = every - (time.monotonic() - self._totals_started)
        if wait > 0:
            if not self._totals_timer.isActive():
                self._totals_timer.start(int(wait * 1000) + 1)
            return
        self._start_totals()

    def _start_totals(self) -> None:
        store, job_id = self.store, self.job_id
        if job_id is None:
            return

        def work(ctx: TaskContext[None]) -> _Counted | None:
            found = totals(_until(store.iter_rows(job_id), ctx.cancel))
            if ctx.cancel.is_set():
                return None
            return _Counted(job_id, store.job(job_id), found, store.values(job_id, "status"),
                            store.values(job_id, "pay_way"))  # fmt: skip

        self._totals_started = time.monotonic()
        self._totals_again = False
        self._totals_task = self.runner.run(
            work, on_success=self._counted, on_failure=self._totals_failed
        )

    def _counted(self, counted: _Counted | None) -> None:
        if not isValid(self):
            return
        self._totals_task = None
        self._totals_took = time.monotonic() - self._totals_started
        if counted is None or counted.job_id != self.job_id:
            return
        self.job, self.totals = counted.job, counted.totals
        self._values = (counted.states, counted.pay_ways)
        self._fill(self.state_box, self.state_box.itemText(0), self._state_items())
        self._fill(self.pay_way_box, self.pay_way_box.itemText(0), self._pay_way_items())
        self.totals_view.show_totals(counted.totals)
        self.fit_totals()
        self._attention_text()
        self._count_text()
        if self._totals_again:
            self._want_totals()

    def _totals_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._totals_task = None
        log.warning("the batch job's totals could not be counted: %s", exc)
        self._say(fill(self.tr("The totals could not be counted: %1"), self._reason(exc)))

    # -- rows: open, copy -------------------------------------------------------------------

    def _opened(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.row_opened.emit(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._opened(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        copy_rows = menu.addAction(icon("copy"), self.tr("Copy rows"))
        copy_rows.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy_rows.triggered.connect(lambda: self.copy_selected())
        copy_ids = menu.addAction(icon("copy"), self.tr("Copy order numbers"))
        copy_ids.triggered.connect(lambda: self.copy_selected(ids_only=True))
        menu.addSeparator()
        show = menu.addAction(icon("search"), self.tr("Show the whole answer"))
        show.triggered.connect(lambda: self._opened(self.table.indexAt(pos)))
        has = bool(self.table.selectionModel().selectedRows())
        copy_rows.setEnabled(has)
        copy_ids.setEnabled(has)
        show.setEnabled(self.table.indexAt(pos).isValid())
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def copy_selected(self, ids_only: bool = False) -> None:
        """The selected rows as tab-separated text (or their order numbers, one a line), as a
        spreadsheet pastes them; rows not read yet are read off the GUI thread."""
        positions = self.selected_rows()
        if not positions or self.job_id is None:
            return
        lang, words = self.lang, self.words()

        def as_text(rows: list[JobRow]) -> str:
            if ids_only:
                return "\n".join(r.id if r.valid else r.raw for r in rows)
            return "\n".join(cells.tsv_line(r, lang, words) for r in rows)

        cached = self.model.cached_rows(positions)
        if cached is not None:
            self._copied(as_text(cached), len(cached))
            return
        store, job_id, flt, size = self.store, self.job_id, self.model.filter, self.model.page_size

        def work(_ctx: TaskContext[None]) -> tuple[str, int]:
            pages: dict[int, list[JobRow]] = {}
            for page in sorted({p // size for p in positions}):
                pages[page] = store.rows(job_id, offset=page * size, limit=size, flt=flt)
            rows = [
                pages[p // size][p % size] for p in positions if p % size < len(pages[p // size])
            ]
            return as_text(rows), len(rows)

        self._say(self.tr("Copying…"))
        self.runner.run(
            work,
            on_success=lambda done: self._copied(*done) if isValid(self) else None,
            on_failure=lambda exc: self._read_failed(exc) if isValid(self) else None,
        )

    def _copied(self, text: str, count: int) -> None:
        QGuiApplication.clipboard().setText(text)
        self._say(fill(self.tr("Rows copied: %1"), f"{count:,}"))

    # -- export -----------------------------------------------------------------------------

    def _enable(self) -> None:
        can = self.job_id is not None and self._export_task is None
        self.xlsx_button.setEnabled(can)
        self.csv_button.setEnabled(can)

    def default_name(self, kind: str) -> str:
        """The job's id, marked when the filters hide rows: ``B20261201-K7QX.xlsx``."""
        stem = self.job_id or "batch"
        if not self.model.filter.empty:
            stem += "-" + self.tr("filtered")
        return f"{stem}.{kind}"

    def ask_and_export(self, kind: str) -> None:
        if self.job_id is None:
            return
        folder = self._last_folder or Path.home()
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV, UTF-8 (*.csv)"),
        }
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the batch job"), str(folder / self.default_name(kind)),
            filters[kind],
        )  # fmt: skip
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(f"{target.name}.{kind}")
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Write the rows the filters show (.xlsx: and the whole job's totals) in the
        background; the count and the file appear in the status line when done."""
        job_id = self.job_id
        if job_id is None or self._export_task is not None:
            return
        store, flt, lang = self.store, self.model.filter, self.lang
        as_csv = target.suffix.lower() == ".csv"

        def work(_ctx: TaskContext[None]) -> int:
            from leshua_gui.core.batch import export

            if as_csv:
                return export.export_csv(target, store.iter_rows(job_id, flt), lang)
            job = store.job(job_id)
            if job is None:
                raise KeyError(job_id)
            summary = export.summary_of(totals(store.iter_rows(job_id)), lang)
            return export.export_xlsx(target, job, store.iter_rows(job_id, flt), summary, lang)

        self._last_folder = target.parent
        self._say(fill(self.tr("Exporting to %1…"), str(target)))
        self._export_task = self.runner.run(
            work,
            on_success=lambda n: self._exported(target, n),
            on_failure=lambda exc: self._export_failed(target, exc),
        )
        self._enable()

    def _exported(self, target: Path, count: int) -> None:
        if not isValid(self):
            return
        self._export_task = None
        self._enable()
        self._say(fill(self.tr("Rows written: %1, to %2"), f"{count:,}", str(target)))
        self.exported.emit(str(target))

    def _export_failed(self, target: Path, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._export_task = None
        self._enable()
        log.warning("batch export to %s failed: %s", target, exc)
        self._say(self.tr("Export failed: nothing was written."))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            fill(
                self.tr(
                    "%1 could not be written: %2.\n\nChoose another folder or file name and "
                    "export again."
                ),
                str(target),
                self._reason(exc).rstrip("."),
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()  # not modal to the app: the window keeps painting
