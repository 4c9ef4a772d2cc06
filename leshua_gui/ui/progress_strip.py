"""The progress strip: how long the running lookup has taken and each attempt's outcome.

A quick lookup (most are) never shows it: it appears only when a lookup is still running after
`REVEAL_AFTER_MS`. Once shown it keeps its place and its height, so the result below it does not
jump from one lookup to the next; later lookups only change what it says."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from leshua_gui.ui import i18n
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from leshua_gui.core.gateway.polling import Attempt
    from leshua_gui.core.text.labels import Lang

REVEAL_AFTER_MS = 500
TIMELINE_HEIGHT = 96


class ProgressStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QLabel()
        self._layout.addWidget(self.progress)
        self._timeline: QListWidget | None = None  # built with the first lookup
        self.hide()
        self._started = 0.0
        self._attempts: list[Attempt] = []
        self._refund = False
        self._lang: Lang = "en"
        #: what the progress line says once the lookup ended: done (with its time), cancelled,
        #: nothing (not asked), or None while it runs; kept so a language switch can say it again
        self._ended: tuple[str, int, float] | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._update)
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(REVEAL_AFTER_MS)
        self._reveal.timeout.connect(self.show)

    @property
    def timeline(self) -> QListWidget:
        """One line per attempt (made when first needed: the window opens without it)."""
        if self._timeline is None:
            from PySide6.QtWidgets import QListWidget

            self._timeline = QListWidget()
            self._timeline.setFixedHeight(TIMELINE_HEIGHT)
            self._timeline.setAccessibleName(self.tr("Query attempts"))
            self._layout.addWidget(self._timeline)
        return self._timeline

    def retranslate(self) -> None:
        """Everything on the strip in the language just installed, the lines already there too."""
        self._lang = i18n.domain_lang(i18n.current())
        if self._timeline is not None:
            self._timeline.setAccessibleName(self.tr("Query attempts"))
            self._timeline.clear()
            for attempt in self._attempts:
                self._timeline.addItem(self._line(attempt))
        self._say()

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self._started

    def start(self) -> None:
        """A lookup begins: counted from now, shown if it is still running in half a second."""
        self._started = time.monotonic()
        self._attempts = []
        self._ended = None
        self.timeline.clear()
        self._update()
        self._tick.start()
        if self.isHidden():
            self._reveal.start()

    def add_attempt(self, attempt: Attempt, lang: Lang, *, refund: bool) -> None:
        """An attempt came back: its time, how long into the lookup, and what it said."""
        self._lang, self._refund = lang, refund
        self._attempts.append(attempt)
        self.timeline.addItem(self._line(attempt))
        self.timeline.scrollToBottom()
        self._update()

    def _line(self, attempt: Attempt) -> str:
        """ "#2  14:03:27  (+2.0 s)  paying": the state in words, or the problem in words."""
        from leshua_gui.core.present.report import attempt_line  # loaded with the result views
        from leshua_gui.core.text.words import error_kind

        error = attempt.error
        if attempt.status is not None:
            what = attempt_line(attempt.status, error, self._lang, refund=self._refund)
        elif error is not None:
            http = error.exchange.http_status if error.exchange is not None else None
            code = error.code or (f"HTTP {http}" if http and http != 200 else "")
            what = error_kind(error.kind, error.reason, self._lang) + (f" [{code}]" if code else "")
        else:
            what = ""
        when = attempt.at.astimezone().strftime("%H:%M:%S")
        return f"#{attempt.number}  {when}  (+{attempt.elapsed_s:.1f} s)  {what}"

    def finish(self, attempts: int) -> None:
        self._stop()
        self._ended = ("done", attempts, self.elapsed_s)
        self._say()

    def cancelled(self) -> None:
        self._stop()
        self._ended = ("cancelled", 0, 0.0)
        self._say()

    def not_asked(self) -> None:
        """Nothing was sent (no key, no sandbox...): the result says why, the strip nothing."""
        self._stop()
        self._ended = ("nothing", 0, 0.0)
        self._say()

    def stop(self) -> None:
        self._stop()

    def _stop(self) -> None:
        self._tick.stop()
        self._reveal.stop()

    def _say(self) -> None:
        if self._ended is None:
            self._update()
            return
        what, attempts, elapsed = self._ended
        if what == "done":
            self.progress.setText(
                self.tr("Done: %n attempt(s)", "", attempts) + f" · {elapsed:.1f} s"
            )
        elif what == "cancelled":
            self.progress.setText(self.tr("Cancelled."))
        else:
            self.progress.clear()

    def _update(self) -> None:
        attempt = len(self._attempts) + 1
        self.progress.setText(
            fill(self.tr("Querying… attempt %1, %2 s"), attempt, f"{self.elapsed_s:.1f}")
        )
