"""The progress strip: how long the running lookup has taken and each attempt's outcome.

A quick lookup (most are) never shows it: it appears only when a lookup is still running after
`REVEAL_AFTER_MS`. Once shown it keeps its place and its height, so the result below it does not
jump from one lookup to the next; later lookups only change what it says."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.core.gateway.polling import Attempt
    from leshua_gui.core.text.labels import Lang

REVEAL_AFTER_MS = 500
TIMELINE_HEIGHT = 96


class ProgressStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QLabel()
        self.timeline = QListWidget()
        self.timeline.setFixedHeight(TIMELINE_HEIGHT)
        layout.addWidget(self.progress)
        layout.addWidget(self.timeline)
        self.hide()
        self._started = 0.0
        self._attempts = 0
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._update)
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(REVEAL_AFTER_MS)
        self._reveal.timeout.connect(self.show)

    def retranslate(self) -> None:
        self.timeline.setAccessibleName(self.tr("Query attempts"))

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self._started

    def start(self) -> None:
        """A lookup begins: counted from now, shown if it is still running in half a second."""
        self._started = time.monotonic()
        self._attempts = 0
        self.timeline.clear()
        self._update()
        self._tick.start()
        if self.isHidden():
            self._reveal.start()

    def add_attempt(self, attempt: Attempt, lang: Lang, *, refund: bool) -> None:
        """An attempt came back: its time, how long into the lookup, and what it said."""
        if attempt.status is not None:
            from leshua_gui.core.present.report import state_line  # loaded with the result views

            what = state_line(attempt.status, attempt.error, lang, refund=refund)
        elif attempt.error is not None:
            what = f"{attempt.error.kind}{f' {attempt.error.code}' if attempt.error.code else ''}"
        else:
            what = ""
        when = attempt.at.astimezone().strftime("%H:%M:%S")
        self._attempts = attempt.number
        self.timeline.addItem(f"#{attempt.number}  {when}  (+{attempt.elapsed_s:.1f} s)  {what}")
        self.timeline.scrollToBottom()
        self._update()

    def finish(self, attempts: int) -> None:
        self._stop()
        self.progress.setText(
            self.tr("Done: %n attempt(s)", "", attempts) + f" · {self.elapsed_s:.1f} s"
        )

    def cancelled(self) -> None:
        self._stop()
        self.progress.setText(self.tr("Cancelled."))

    def not_asked(self) -> None:
        """Nothing was sent (no key, no sandbox...): the result says why, the strip nothing."""
        self._stop()
        self.progress.clear()

    def stop(self) -> None:
        self._stop()

    def _stop(self) -> None:
        self._tick.stop()
        self._reveal.stop()

    def _update(self) -> None:
        attempt = max(1, self._attempts + 1)
        self.progress.setText(
            fill(self.tr("Querying… attempt %1, %2 s"), attempt, f"{self.elapsed_s:.1f}")
        )
