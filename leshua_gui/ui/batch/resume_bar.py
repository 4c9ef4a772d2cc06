"""The bar that offers an interrupted batch job for resumption: "A batch job was interrupted:
N of M orders left. Resume / Later". Not modal: the window works on around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from leshua_gui.ui import theme
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.core.batch.job import Job


class ResumeBar(QFrame):
    resume = Signal(str)  # the job id
    later = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self._more = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._resume)
        self.later_button = QPushButton()
        self.later_button.clicked.connect(self._later)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.later_button)
        t = theme.tone("info")
        self.setStyleSheet(
            f"ResumeBar {{ background: {t.bg}; border: 1px solid {t.fg}; border-radius: 6px; }}"
            f" ResumeBar QLabel {{ color: {t.fg}; }}"
        )
        self.hide()

    def offer(self, job: Job, more: int = 0) -> None:
        """Offer `job` (the newest one left unfinished); `more` other jobs are waiting too."""
        self.job, self._more = job, more
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.resume_button.setText(self.tr("Res&ume"))
        self.later_button.setText(self.tr("Lat&er"))
        job = self.job
        if job is None:
            return
        left = job.unique - job.completed
        if job.state == "cancelled":
            text = self.tr("A batch job was stopped: %1 of %2 orders left (job %3, %4).")
        else:
            text = self.tr("A batch job was interrupted: %1 of %2 orders left (job %3, %4).")
        source = job.source_name or self.tr("a pasted list")
        said = fill(text, f"{left:,}", f"{job.unique:,}", job.id, source)
        if self._more:
            said += " " + fill(self.tr("Other unfinished jobs: %1."), self._more)
        self.text.setText(said)
        self.setAccessibleName(said)

    def _resume(self) -> None:
        if self.job is not None:
            job_id = self.job.id
            self.hide()
            self.resume.emit(job_id)

    def _later(self) -> None:
        self.hide()
        self.later.emit()
