"""Driving the batch window in GUI tests: open it from the main window, paste or drop a list,
run a job to its end, answer the question a close asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from leshua_gui.app.batch import RunEnd
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.ui.batch.batch_window import BatchWindow
from leshua_gui.ui.main_window import MainWindow


def open_batch(qtbot: QtBot, window: MainWindow) -> BatchWindow:
    """The batch window, from the main window, with its jobs file open."""
    batch = window.open_batch()
    qtbot.waitExposed(batch)
    qtbot.waitUntil(lambda: batch.jobs.opened is not None, timeout=10000)
    return batch


def store_of(batch: BatchWindow) -> JobStore:
    store = batch.jobs.opened
    assert store is not None
    return store


def paste(qtbot: QtBot, batch: BatchWindow, text: str) -> None:
    with qtbot.waitSignal(batch.input_panel.previewed, timeout=10000):
        batch.input_panel.set_text(text)


def ids(first: int, count: int) -> list[str]:
    return [f"DEMO-B-{n:05d}" for n in range(first, first + count)]


def start(qtbot: QtBot, batch: BatchWindow, *, qps: float = 0.0, concurrency: int = 4) -> None:
    """Press Start with these settings; returns once the job is in the jobs file."""
    panel = batch.run_panel
    panel.qps.setValue(qps)
    panel.concurrency.setValue(concurrency)
    assert panel.start_button.isEnabled()
    with qtbot.waitSignal(batch.controller.started, timeout=10000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)


def run(qtbot: QtBot, batch: BatchWindow, **settings: float) -> RunEnd:
    """Press Start and wait for the run to end."""
    with qtbot.waitSignal(batch.run_ended, timeout=90000) as ended:
        start(qtbot, batch, **settings)  # type: ignore[arg-type]
    end = ended.args[0]
    assert isinstance(end, RunEnd)
    return end


def answered(batch: BatchWindow) -> int:
    """Orders answered, as the progress bar shows it."""
    return batch.run_panel.bar.value()


def drop_file(target: QWidget, path: Path) -> QDropEvent:
    """Drag `path` over `target` and drop it, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(  # a QPoint: PySide6 6.11 takes no QPointF here
        QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return drop


def answer_next_question(button_text: str, seen: list[str]) -> None:
    """Click the button named `button_text` in the next message box that opens (its text goes
    into `seen`)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if isinstance(button, QAbstractButton) and button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(50, click)
