"""The rows of a batch job as a table: read from the job store page by page, as the view asks.

Only a few pages are kept (the ones last shown), so a 100,000-row job costs what a screenful
does. Filtering happens in SQL (`JobStore.rows` / `count`). With a task runner every read runs
off the GUI thread, one read at a time, the pages last asked for first: a filtered count or a
deep filtered page of a large job takes up to ~100 ms, and the store's lock would hold the GUI
thread behind a write or another read. Without one (tests, small tools) reads happen in place.

While a job runs the window calls `refresh()` on a timer: the count and the pages on screen are
read again and the rows they changed repaint; the view keeps its scroll position and selection
(rows appear or go at the end when a filter's count changes). A new job or filter keeps the
rows shown until the new ones are read, then resets the view once."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon
from shiboken6 import isValid

from leshua_gui.core.batch.job import JobRow
from leshua_gui.core.batch.jobstore import JobStore, RowFilter
from leshua_gui.core.text import labels
from leshua_gui.ui import theme
from leshua_gui.ui.batch import results_cells as cells
from leshua_gui.ui.batch.results_cells import COLUMNS, NUMBERS, Words
from leshua_gui.ui.icons import pixmap
from leshua_gui.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

#: Rows read at once, and how many such pages are kept.
PAGE = 200
MAX_PAGES = 24
#: Pages waiting to be read: only the last asked for (the others scrolled away).
MAX_WANTED = 4
#: Pages on screen read again by a refresh (the last shown).
REFRESHED_PAGES = 3
#: The icons' size in a cell (logical pixels).
ICON_SIZE = 16

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
#: The roles the cells answer (as ints: Qt asks a table for several roles per cell and paint).
_SERVED = frozenset(
    int(r) for r in (_DISPLAY, _TOOLTIP, _FOREGROUND, _DECORATION, Qt.ItemDataRole.FontRole, _USER)
)
_ALIGN = tuple(
    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if key in NUMBERS
    else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for key in COLUMNS
)
_STATE = COLUMNS.index("state")


@dataclass(frozen=True)
class _Drawn:
    """What a row's cells show, worded once: their texts, colours and icons."""

    row: JobRow
    texts: tuple[str, ...]
    colors: tuple[QColor | None, ...]
    icons: tuple[QIcon | None, ...]
    bold: bool


@dataclass(frozen=True)
class _Read:
    """One read: for which job and filter (`generation`), after which refresh (`epoch`)."""

    generation: int
    epoch: int
    count: int | None
    pages: dict[int, list[JobRow]]


class BatchRowsModel(QAbstractTableModel):
    """Every input row of a job, in list order, filtered by a RowFilter."""

    #: the rows the filter lists, once known and whenever that number changes
    counted = Signal(int)
    #: a job or a filter was read and the view reset onto it
    loaded = Signal()
    #: a read failed (the JobStoreUnavailable or other exception); the rows shown stay
    failed = Signal(object)

    def __init__(
        self,
        store: JobStore,
        runner: TaskRunner | None = None,
        parent: Any = None,
        *,
        page_size: int = PAGE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.page_size, self.max_pages = page_size, max(2, max_pages)
        self.lang: labels.Lang = "en"
        self.words = Words()
        self.job_id: str | None = None
        self.filter = RowFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[JobRow]] = OrderedDict()
        self._stale: set[int] = set()
        #: a new job or filter: reads for an older one are dropped
        self._generation = 0
        #: a refresh: pages read before it stay stale
        self._epoch = 0
        self._resetting = False
        self._wanted: list[int] = []
        self._count_wanted = False
        self._reading = False
        #: the pages the read under way is reading
        self._inflight: set[int] = set()
        self._headers: dict[str, str] = {}
        self._header_tips: dict[str, str] = {}
        self._icons: dict[str, QIcon] = {}
        #: the cells of rows drawn lately, by position (dropped when their row is read again)
        self._drawn: dict[int, _Drawn] = {}
        self._colors: dict[str, QColor] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what is shown ----------------------------------------------------------------------

    def set_job(self, job_id: str | None, flt: RowFilter | None = None) -> None:
        """Show another job (None: none), with `flt` if given (else the filter stays)."""
        self.job_id = job_id
        if flt is not None:
            self.filter = flt
        self._start_over()

    def set_filter(self, flt: RowFilter) -> None:
        if flt == self.filter and self.job_id is not None and not self._resetting:
            return
        self.filter = flt
        self._start_over()

    def refresh(self) -> None:
        """Read the count and the pages on screen again (a job still running)."""
        if self.job_id is None:
            return
        if self._resetting:  # still reading the job or filter (or that read failed: again)
            self._pump()
            return
        self._epoch += 1
        self._stale = set(self._pages)
        self._count_wanted = True
        for page in list(self._pages)[-REFRESHED_PAGES:]:
            self._want(page)
        self._pump()

    def set_headers(self, headers: dict[str, str], tips: dict[str, str] | None = None) -> None:
        self._headers = headers
        self._header_tips = tips or {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_words(self, lang: labels.Lang, words: Words) -> None:
        """The UI language changed: every cell is worded again."""
        self.lang, self.words = lang, words
        self._drawn.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    @property
    def busy(self) -> bool:
        """A read is under way or waiting (tests wait for this to end)."""
        return self._reading or self._resetting or self._count_wanted or bool(self._wanted)

    @property
    def pages_kept(self) -> int:
        """How many pages of rows are held (at most `max_pages`)."""
        return len(self._pages)

    def row_at(self, row: int) -> JobRow | None:
        """The job row shown at `row`, if it has been read."""
        if not 0 <= row < self._count:
            return None
        page = self._pages.get(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if page is not None and offset < len(page) else None

    def cached_rows(self, rows: list[int]) -> list[JobRow] | None:
        """The job rows at `rows` if every one has been read, else None."""
        found = [self.row_at(r) for r in rows]
        return None if any(r is None for r in found) else [r for r in found if r is not None]

    # -- reading ----------------------------------------------------------------------------

    def _start_over(self) -> None:
        self._generation += 1
        self._wanted.clear()
        self._count_wanted = False
        if self.job_id is None:
            self._resetting = False
            self.beginResetModel()
            self._count = 0
            self._pages.clear()
            self._stale.clear()
            self.endResetModel()
            self.counted.emit(0)
            self.loaded.emit()
            return
        self._resetting = True
        self._pump()

    def _want(self, page: int) -> None:
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        del self._wanted[:-MAX_WANTED]

    def _pump(self) -> None:
        """Start the next read, if none is under way: a new job or filter's count and first
        page; else the count after a refresh and the pages last asked for."""
        if self._reading or self.job_id is None:
            return
        if self._resetting:
            count, pages = True, [0]
        elif self._count_wanted or self._wanted:
            count, pages = self._count_wanted, self._wanted[-MAX_WANTED:][::-1]
        else:
            return
        self._count_wanted = False
        self._wanted.clear()
        self._inflight = set(pages)
        store, job_id, flt, size = self.store, self.job_id, self.filter, self.page_size
        generation, epoch = self._generation, self._epoch

        def read(_ctx: TaskContext[None] | None = None) -> _Read:
            n = store.count(job_id, flt) if count else None
            got = {p: store.rows(job_id, offset=p * size, limit=size, flt=flt) for p in pages}
            return _Read(generation, epoch, n, got)

        self._reading = True
        if self.runner is None:
            try:
                result = read()
            except Exception as exc:  # handed on, as a worker's failure is
                self._failed(exc)
                return
            self._received(result)
            return
        self.runner.run(read, on_success=self._received, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._reading = False
        self._inflight.clear()
        log.warning("the batch job's rows could not be read: %s", exc)
        self.failed.emit(exc)

    def _received(self, got: _Read) -> None:
        if not isValid(self):  # the panel went away while the read ran
            return
        self._reading = False
        self._inflight.clear()
        if got.generation != self._generation:
            self._pump()
            return
        if self._resetting:
            self._resetting = False
            self.beginResetModel()
            self._count = got.count or 0
            self._pages = OrderedDict(got.pages)
            self._stale.clear()
            self.endResetModel()
            self.counted.emit(self._count)
            self.loaded.emit()
        else:
            if got.count is not None and got.count != self._count:
                self._resize(got.count)
            for page, rows in got.pages.items():
                self._keep(page, rows, fresh=got.epoch == self._epoch)
        self._pump()

    def _resize(self, count: int) -> None:
        """A running job's filter lists more rows, or fewer: they come or go at the end."""
        old = self._count
        if count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self._count = count
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count = count
            for page in [p for p in self._pages if p * self.page_size >= count]:
                del self._pages[page]
            self.endRemoveRows()
        self.counted.emit(count)

    def _keep(self, page: int, rows: list[JobRow], *, fresh: bool) -> None:
        first = page * self.page_size
        if first >= self._count and page:
            return
        self._pages[page] = rows
        self._pages.move_to_end(page)
        if fresh:
            self._stale.discard(page)
        while len(self._pages) > self.max_pages:
            oldest = next(iter(self._pages))
            del self._pages[oldest]
            self._stale.discard(oldest)
        last = min(first + self.page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _row(self, row: int) -> JobRow | None:
        """The job row for a cell being drawn; a page not read yet (or changed since) is asked
        for, and a changed one is shown as it was until then."""
        page_no, offset = divmod(row, self.page_size)
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
        if page is not None and page_no not in self._stale:
            return page[offset] if offset < len(page) else None
        if self._resetting:
            return None
        if self.runner is None and not self._reading:  # read in place: no signal from data()
            page = self._read_in_place(page_no) or page
        elif page_no not in self._wanted and page_no not in self._inflight:
            self._want(page_no)
            self._later()
        if page is None:
            return None
        return page[offset] if offset < len(page) else None

    def _read_in_place(self, page_no: int) -> list[JobRow] | None:
        try:
            rows = self.store.rows(
                self.job_id or "", offset=page_no * self.page_size, limit=self.page_size,
                flt=self.filter,
            )  # fmt: skip
        except Exception as exc:  # the rows shown stay; a refresh tries again
            log.warning("the batch job's rows could not be read: %s", exc)
            return None
        self._pages[page_no] = rows
        self._stale.discard(page_no)
        while len(self._pages) > self.max_pages:
            oldest, _ = self._pages.popitem(last=False)
            self._stale.discard(oldest)
        return rows

    def _later(self) -> None:
        """Start the read after the paint that asked for it (never a signal from data())."""
        if self.runner is not None and not self._reading:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self._pump)

    # -- the model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(key, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(key)
        if role == _ALIGNMENT:
            return _ALIGN[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _ALIGNMENT:
            return _ALIGN[index.column()] if index.isValid() else None
        if role not in _SERVED or not index.isValid():
            return None
        position, column = index.row(), index.column()
        if not 0 <= position < self._count:
            return None
        row = self._row(position)
        if row is None:
            return "…" if role == _DISPLAY and column == 0 else None
        if role == _USER:
            return row
        if role == _TOOLTIP:
            return cells.tooltip(row, COLUMNS[column], self.lang, self.words)
        return self._drawn_value(self._drawn_row(position, row), column, role)

    def _drawn_row(self, position: int, row: JobRow) -> _Drawn:
        drawn = self._drawn.get(position)
        if drawn is None or drawn.row is not row:  # worded once per row read, not per role
            drawn = self._draw(row)
            if len(self._drawn) >= self.max_pages * self.page_size:
                self._drawn.clear()
            self._drawn[position] = drawn
        return drawn

    def _drawn_value(self, drawn: _Drawn, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return drawn.texts[column]
        if role == _FOREGROUND:
            return drawn.colors[column]
        if role == _DECORATION:
            return drawn.icons[column]
        return self._bold if column == _STATE and drawn.bold else None  # FontRole

    def _draw(self, row: JobRow) -> _Drawn:
        lang, words = self.lang, self.words
        tones = [cells.tone(row, key) for key in COLUMNS]
        icons = [cells.icon_name(row, key) for key in COLUMNS]
        return _Drawn(
            row,
            tuple(cells.text(row, key, lang, words) for key in COLUMNS),
            tuple(None if t is None else self._color(t) for t in tones),
            tuple(None if n is None else self._icon(n) for n in icons),
            cells.verified(row) is not None,
        )

    def _color(self, tone: str) -> QColor:
        if tone not in self._colors:
            self._colors[tone] = QColor(theme.tone(tone).fg)
        return self._colors[tone]

    def _icon(self, name: str) -> QIcon:
        """The icon drawn once, at twice its size (sharp on high-DPI screens): a cell's SVG
        rendered on every paint would cost more than the rest of the row."""
        if name not in self._icons:
            self._icons[name] = QIcon(pixmap(name, ICON_SIZE))
        return self._icons[name]
