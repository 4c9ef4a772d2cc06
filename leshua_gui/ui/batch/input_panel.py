"""Where a list comes in: a paste area (a column copied from Excel, WPS or a chat), "Open file…"
(.txt, .csv, .xlsx) or a file dropped onto it; which column holds the order numbers and which
the expected amounts (found by their headers, or picked), and what kind of numbers they are;
then the preview, before anything is sent. Lists are read on a worker.

`ready(Preview, source_name)` each time a list with something to ask has been read (the source
name is the file's name, "" for a pasted list); `not_ready()` when there is none (yet)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.ui import theme
from leshua_gui.ui.batch.list_reading import Choice, ReadList, is_list_file
from leshua_gui.ui.batch.preview_view import PreviewView
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from leshua_gui.core.batch.preview import KindChoice, Preview
    from leshua_gui.core.batch.reader import Table
    from leshua_gui.core.text.labels import Lang
    from leshua_gui.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

#: a pasted list is read this long after the last change (typing stays smooth)
PASTE_DELAY_MS = 300
PASTE_PAGE, FILE_PAGE = 0, 1
#: the paste area's height at most (the preview below needs the room)
PASTE_HEIGHT = 160


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file a drag carries, if it does."""
    urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
    return Path(urls[0].toLocalFile()) if len(urls) == 1 else None


class InputPanel(QWidget):
    ready = Signal(object, str)  # Preview, source name
    not_ready = Signal()
    #: a list was read (or could not be): the preview shown is up to date (tests wait on it)
    previewed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.lang: Lang = "en"
        self._path: Path | None = None
        self._table: Table | None = None
        self._read: ReadList | None = None
        self._error: str | None = None
        self._generation = 0
        self._locked = False
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = QLabel()
        layout.addWidget(self.title)

        self.pages = QStackedWidget()
        self.paste = QPlainTextEdit()
        self.paste.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.paste.setTabChangesFocus(True)  # a tab typed here moves on; a pasted tab stays
        self.paste.textChanged.connect(self._pasted)
        # a file dropped on the paste area is opened, not pasted in as its address
        self.paste.viewport().installEventFilter(self)
        self.pages.addWidget(self.paste)
        self.file_page = file_page = QWidget()
        file_row = QHBoxLayout(file_page)
        file_row.setContentsMargins(8, 8, 8, 8)
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.paste_instead = QPushButton()
        self.paste_instead.clicked.connect(self.clear_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.paste_instead)
        self.pages.addWidget(file_page)
        self.pages.setMaximumHeight(PASTE_HEIGHT)
        layout.addWidget(self.pages)

        buttons = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.id_column = QComboBox()
        self.amount_column = QComboBox()
        self.kind_box = QComboBox()
        for box in (self.id_column, self.amount_column, self.kind_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.activated.connect(self._choice_changed)
        self.id_label, self.amount_label, self.kind_label = QLabel(), QLabel(), QLabel()
        self.id_label.setBuddy(self.id_column)
        self.amount_label.setBuddy(self.amount_column)
        self.kind_label.setBuddy(self.kind_box)
        pickers = QHBoxLayout()
        pickers.setSpacing(16)
        for label, box in (
            (self.id_label, self.id_column),
            (self.amount_label, self.amount_column),
            (self.kind_label, self.kind_box),
        ):
            pickers.addWidget(label)
            pickers.addWidget(box)
        pickers.addStretch(1)
        layout.addLayout(pickers)

        self.preview_view = PreviewView()
        layout.addWidget(self.preview_view, 1)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(PASTE_DELAY_MS)
        self._delay.timeout.connect(self._read_paste)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("&Paste a column of order numbers, open a file or drop one here:")
        )
        self.title.setBuddy(self.paste)
        self.paste.setPlaceholderText(
            self.tr(
                "One order number a line, as copied from Excel, WPS or a chat. A second column "
                "of expected amounts (12.34, ¥1,234.50) is read too."
            )
        )
        self.paste.setAccessibleName(self.tr("List of order numbers"))
        self.open_button.setText(self.tr("&Open file…"))
        self.open_button.setToolTip(self.tr("A .txt (one order number a line), .csv or .xlsx list"))
        self.paste_instead.setText(self.tr("Paste a list &instead"))
        self.id_label.setText(self.tr("Order &numbers:"))
        self.amount_label.setText(self.tr("E&xpected amounts:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.preview_view.lang = self.lang
        self.preview_view.retranslate()
        self._fill_pickers()
        self._show_status()

    # -- where the list comes from ----------------------------------------------------------

    @property
    def preview(self) -> Preview | None:
        """The list as last read (None: nothing read, or it could not be read)."""
        return self._read.preview if self._read is not None and self._error is None else None

    @property
    def source_name(self) -> str:
        return self._path.name if self._path is not None else ""

    def set_text(self, text: str) -> None:
        """A pasted list (the query bar's paste, a test), read at once."""
        self.clear_file()
        self.paste.setPlainText(text)
        self._delay.stop()
        self._read_paste()

    def open_file(self) -> None:
        caption = self.tr("Open a list of orders")
        filters = self.tr("Lists of orders (*.txt *.csv *.xlsx);;All files (*)")
        name, _ = QFileDialog.getOpenFileName(self, caption, "", filters)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        """Read a file as the list (on a worker); a file that is not a list is refused."""
        if self._locked:
            return
        if not is_list_file(path):
            self._path = None
            self._fail(
                fill(
                    self.tr(
                        "“%1” is not a list this window reads: use a .txt, .csv or .xlsx file."
                    ),
                    path.name,
                )
            )
            return
        self._path = path
        self.file_label.setText(fill(self.tr("List: %1  (%2)"), path.name, str(path.parent)))
        self.pages.setCurrentIndex(FILE_PAGE)
        self.pages.setMaximumHeight(self.file_page.sizeHint().height())
        self._read_source(None, path)

    def clear_file(self) -> None:
        """Back to the paste area."""
        if self._path is None:
            return
        self._path = None
        self.pages.setCurrentIndex(PASTE_PAGE)
        self.pages.setMaximumHeight(PASTE_HEIGHT)
        self._read_paste()

    def set_locked(self, locked: bool) -> None:
        """While a job runs, the list stays as it was sent."""
        self._locked = locked
        for widget in (self.paste, self.open_button, self.paste_instead, self.id_column,
                       self.amount_column, self.kind_box):  # fmt: skip
            widget.setEnabled(not locked)
        self.setAcceptDrops(not locked)

    # -- reading (on a worker) --------------------------------------------------------------

    def _pasted(self) -> None:
        if self._path is None:
            self._generation += 1  # whatever is being read now is out of date
            self.not_ready.emit()
            self._delay.start()

    def _read_paste(self) -> None:
        text = self.paste.toPlainText()
        if not text.strip():
            self._generation += 1
            self._table, self._read, self._error = None, None, None
            self._shown()
            return
        self._read_source(text, None)

    def _read_source(self, text: str | None, path: Path | None) -> None:
        """Read the cells once, then the preview, with the columns found by their headers."""
        from leshua_gui.ui.batch import list_reading

        self._generation += 1
        generation = self._generation
        self._table = None
        self.not_ready.emit()
        self._say(self.tr("Reading the list…"), "muted")

        def work(_ctx: TaskContext[None]) -> ReadList:
            table = list_reading.read_source(text, path)
            return list_reading.preview_of(table, Choice())

        self._runner.run(
            work,
            on_success=lambda read: self._got(generation, read),
            on_failure=lambda exc: self._unreadable(generation, exc),
        )

    def _choice_changed(self) -> None:
        table = self._table
        if table is None or self._locked:
            return
        from leshua_gui.ui.batch import list_reading

        choice = Choice(
            id_column=self.id_column.currentData(),
            amount_column=self.amount_column.currentData(),
            kind=self.kind_box.currentData(),
        )
        self._generation += 1
        generation = self._generation
        self.not_ready.emit()

        def work(_ctx: TaskContext[None]) -> ReadList:
            return list_reading.preview_of(table, choice)

        self._runner.run(
            work,
            on_success=lambda read: self._got(generation, read),
            on_failure=lambda exc: self._unreadable(generation, exc),
        )

    def _got(self, generation: int, read: ReadList) -> None:
        if generation != self._generation:
            return  # the list changed since
        self._table, self._read, self._error = read.table, read, None
        self._shown()

    def _unreadable(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from leshua_gui.core.errors import InputError
        from leshua_gui.ui.batch.list_reading import unreadable_text

        if not isinstance(exc, InputError):  # a defect, not the list: logged, and said
            log.error("the list could not be read", exc_info=exc)
            self._fail(fill(self.tr("This list cannot be read: %1"), type(exc).__name__))
            return
        if exc.reason == "file":
            why = self.tr(
                "the file cannot be opened (it may have been moved, or it may not be readable)"
            )
        else:
            why = unreadable_text(exc, self.lang)
        self._fail(fill(self.tr("This list cannot be read: %1"), why))

    def _fail(self, message: str) -> None:
        self._table, self._read, self._error = None, None, message
        self._shown()

    def _shown(self) -> None:
        self._fill_pickers()
        self.preview_view.show_preview(self.preview)
        self._show_status()
        preview = self.preview
        if preview is not None and preview.unique:
            self.ready.emit(preview, self.source_name)
        else:
            self.not_ready.emit()
        self.previewed.emit()

    # -- what it says -----------------------------------------------------------------------

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.tone(tone).fg};")

    def _show_status(self) -> None:
        if self._error is not None:
            self._say(self._error, "bad")
        elif self._read is None:
            self._say(self.tr("Nothing is sent before you press Start."), "muted")
        else:
            preview = self._read.preview
            if preview.unique:
                self._say(
                    fill(self.tr("Orders to ask: %1. Nothing is sent before you press Start."),
                         f"{len(preview.unique):,}"),
                    "muted",
                )  # fmt: skip
            else:
                self._say(self.tr("No order number in this list can be asked."), "bad")

    def _column_text(self, number: int) -> str:
        headers = self._read.headers if self._read is not None else ()
        header = headers[number - 1] if 0 < number <= len(headers) else ""
        if header:
            return fill(self.tr("Column %1: %2"), number, header)
        return fill(self.tr("Column %1"), number)

    def _fill_pickers(self) -> None:
        read = self._read
        choice = read.choice if read is not None else Choice()
        preview = read.preview if read is not None else None
        columns = len(read.headers) if read is not None else 0

        id_items: list[tuple[str, int | None]] = [
            (
                fill(self.tr("Auto: %1"), self._column_text(preview.id_column))
                if preview is not None
                else self.tr("Auto (by the header)"),
                None,
            )
        ]
        id_items += [(self._column_text(n), n) for n in range(1, columns + 1)]
        if preview is None or preview.amount_column is None:
            auto_amount = self.tr("Auto: none found")
        else:
            auto_amount = fill(self.tr("Auto: %1"), self._column_text(preview.amount_column))
        amount_items: list[tuple[str, int | None]] = [
            (auto_amount, None),
            (self.tr("None: no expected amounts"), 0),
        ]
        amount_items += [(self._column_text(n), n) for n in range(1, columns + 1)]
        kind_items: list[tuple[str, KindChoice | None]] = [
            (self.tr("Auto (by the header, else by each number)"), None),
            (self.tr("Merchant order numbers"), "third_order_id"),
            (self.tr("Leshua order numbers"), "leshua_order_id"),
        ]
        _fill(self.id_column, id_items, choice.id_column)
        _fill(self.amount_column, amount_items, choice.amount_column)
        _fill(self.kind_box, kind_items, choice.kind)
        for box in (self.id_column, self.amount_column, self.kind_box):
            box.setEnabled(read is not None and not self._locked)

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._locked and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData())
        if path is not None and not self._locked:
            event.acceptProposedAction()
            self.open_path(path)
        else:
            super().dropEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A file dragged over the paste area is taken by the panel (text is pasted as usual)."""
        kind = event.type()
        if (
            kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
            and isinstance(event, QDragMoveEvent)
            and dropped_file(event.mimeData()) is not None
            and not self._locked
        ):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_file(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                if not self._locked:
                    self.open_path(path)
                return True
        return super().eventFilter(watched, event)


def _fill(box: QComboBox, items: Sequence[tuple[str, object]], current: object) -> None:
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
    box.blockSignals(False)
