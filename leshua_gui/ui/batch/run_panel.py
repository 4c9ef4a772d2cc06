"""How a job asks (queries in flight, rate limit, keep querying until final) and how it goes:
the progress bar with done / total, the rate, the time left and the counts so far by verdict and
by trade state, refreshed from the controller's timer; Start, Pause, Resume and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.core.batch.job import DEFAULT_CONCURRENCY, DEFAULT_QPS, JobSettings
from leshua_gui.ui.icons import icon
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.core.text.labels import Lang
    from leshua_gui.ui.batch.controller import JobProgress

#: idle: nothing to send; ready: a list to send; running, paused, stopping (Cancel pressed,
#: the queries in flight finishing); stopped: cancelled with orders left (resumable); done
Mode = Literal["idle", "ready", "running", "paused", "stopping", "stopped", "done"]
#: as `leshua-query batch` accepts them
CONCURRENCY_RANGE = (1, 32)
QPS_RANGE = (0.0, 1000.0)


class RunPanel(QWidget):
    start_requested = Signal()
    pause_requested = Signal()
    resume_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, poll_deadline_s: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = "en"
        self.mode: Mode = "idle"
        self._deadline_s = poll_deadline_s
        self._progress: JobProgress | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        options = QHBoxLayout()
        options.setSpacing(8)
        self.concurrency = QSpinBox()
        self.concurrency.setRange(*CONCURRENCY_RANGE)
        self.concurrency.setValue(DEFAULT_CONCURRENCY)
        self.qps = QDoubleSpinBox()
        self.qps.setRange(*QPS_RANGE)
        self.qps.setDecimals(1)
        self.qps.setValue(DEFAULT_QPS)
        self.keep_polling = QCheckBox()
        self.keep_polling.setChecked(False)  # a batch asks each order once by default
        self.concurrency_label, self.qps_label = QLabel(), QLabel()
        self.concurrency_label.setBuddy(self.concurrency)
        self.qps_label.setBuddy(self.qps)
        for widget in (self.concurrency_label, self.concurrency, self.qps_label, self.qps):
            options.addWidget(widget)
        options.addSpacing(12)
        options.addWidget(self.keep_polling)
        options.addStretch(1)
        self.start_button = QPushButton(icon("search"), "")
        self.start_button.clicked.connect(self.start_requested)
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(self.pause_requested)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self.resume_requested)
        self.cancel_button = QPushButton(icon("stop"), "")
        self.cancel_button.clicked.connect(self.cancel_requested)
        for button in (self.start_button, self.pause_button, self.resume_button,
                       self.cancel_button):  # fmt: skip
            options.addWidget(button)
        layout.addLayout(options)

        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(True)
        #: the bar and the counts, about a job: hidden before one starts
        self.progress_box = QWidget()
        box = QVBoxLayout(self.progress_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.bar)
        layout.addWidget(self.progress_box)
        self.pace = QLabel()
        self.pace.setTextFormat(Qt.TextFormat.PlainText)
        counts = QGridLayout()
        counts.setContentsMargins(0, 0, 0, 0)
        counts.setHorizontalSpacing(12)
        self.verdicts = QLabel()
        self.states = QLabel()
        for label in (self.verdicts, self.states):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        counts.addWidget(self.pace, 0, 0, 1, 2)
        counts.addWidget(self.verdicts, 1, 0)
        counts.addWidget(self.states, 1, 1)
        counts.setColumnStretch(0, 1)
        counts.setColumnStretch(1, 1)
        box.addLayout(counts)
        self.retranslate()
        self.set_mode("idle", again=True)

    def retranslate(self) -> None:
        self.concurrency_label.setText(self.tr("Queries in &flight:"))
        self.concurrency.setToolTip(self.tr("How many orders are asked at the same time"))
        self.qps_label.setText(self.tr("Rate &limit:"))
        self.qps.setSuffix(self.tr(" a second"))
        self.qps.setSpecialValueText(self.tr("no limit"))
        self.qps.setToolTip(
            self.tr("At most this many queries a second for the whole job (0: no limit)")
        )
        self.keep_polling.setText(
            fill(self.tr("Keep querying un&til final (up to %1 s an order)"), self._deadline_s)
        )
        self.keep_polling.setToolTip(
            self.tr("Ask a paying order again until it is paid, failed or closed")
        )
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setToolTip(self.tr("Ask the gateway about every order of the list"))
        self.pause_button.setText(self.tr("P&ause"))
        self.pause_button.setToolTip(
            self.tr("Send no new query; the ones on their way finish and are kept")
        )
        self.resume_button.setText(self.tr("&Resume"))
        self.resume_button.setToolTip(self.tr("Go on asking the orders without an answer"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop the job: what was answered is kept, and it can be resumed later")
        )
        self.set_mode(self.mode, again=True)
        self.show_progress(self._progress)

    # -- the job's settings -----------------------------------------------------------------

    def settings(self) -> JobSettings:
        deadline = float(self._deadline_s) if self.keep_polling.isChecked() else 0.0
        return JobSettings(self.concurrency.value(), self.qps.value(), deadline)

    def set_settings(self, settings: JobSettings) -> None:
        """A resumed job's settings, shown as it runs with them."""
        self.concurrency.setValue(settings.concurrency)
        self.qps.setValue(settings.qps)
        self.keep_polling.setChecked(settings.deadline_s > 0)

    # -- how it goes ------------------------------------------------------------------------

    def set_mode(self, mode: Mode, *, again: bool = False) -> None:
        if mode == self.mode and not again:
            return  # the controller's ticks say the same mode four times a second
        self.mode = mode
        asking = mode in ("running", "paused", "stopping")
        for widget in (self.concurrency, self.qps, self.keep_polling):
            widget.setEnabled(mode in ("idle", "ready"))
        self.start_button.setVisible(mode in ("idle", "ready"))  # done: "Check another list"
        self.start_button.setEnabled(mode == "ready")
        self.start_button.setDefault(mode == "ready")
        self.pause_button.setVisible(mode in ("running", "stopping"))
        self.pause_button.setEnabled(mode == "running")
        self.resume_button.setVisible(mode in ("paused", "stopped"))
        self.resume_button.setEnabled(mode in ("paused", "stopped"))
        self.cancel_button.setVisible(asking)
        self.cancel_button.setEnabled(mode in ("running", "paused"))
        self.progress_box.setVisible(mode not in ("idle", "ready"))
        if mode in ("idle", "ready"):
            self._progress = None
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.bar.setFormat("")
            for label in (self.pace, self.verdicts, self.states):
                label.clear()
        elif self._progress is not None:
            self.show_progress(self._progress)

    def show_progress(self, progress: JobProgress | None) -> None:
        self._progress = progress
        if progress is None:
            return
        from leshua_gui.core.text import batch_words, labels

        lang = self.lang
        self.bar.setRange(0, max(1, progress.total))
        self.bar.setValue(min(progress.done, progress.total))
        self.bar.setFormat(
            fill(self.tr("%1 / %2 orders answered"), f"{progress.done:,}", f"{progress.total:,}")
        )
        left = progress.total - progress.done
        if self.mode == "done" or (left == 0 and self.mode != "stopping"):
            pace = self.tr("Done: every order of the list has an answer.")
        elif self.mode == "stopped":
            pace = fill(self.tr("Stopped. Left to ask: %1. Resume to ask them."), f"{left:,}")
        elif progress.stopping or self.mode == "stopping":
            pace = self.tr("Stopping: the queries on their way finish and are kept…")
        elif progress.paused or self.mode == "paused":
            pace = fill(self.tr("Paused: no new query is sent. Left to ask: %1."), f"{left:,}")
        elif progress.eta_s is None:
            pace = self.tr("Asking…")
        else:
            pace = fill(
                self.tr("%1 orders a second · about %2 left"),
                f"{progress.rate:.1f}",
                batch_words.duration(progress.eta_s),
            )
        if progress.busy:
            pace += "  ·  " + fill(
                self.tr(
                    "busy answers from the gateway: %1 (those orders were asked again, more slowly)"
                ),
                progress.busy,
            )
        self.pace.setText(pace)
        separator = batch_words.totals_label("separator", lang)
        verdicts = [
            batch_words.pair(batch_words.row_verdict_text(v, lang), f"{n:,}", lang)
            for v in ("trusted", "untrusted", "error", "not_found")
            if (n := progress.by_verdict.get(v, 0))
        ]
        self.verdicts.setText(separator.join(verdicts))
        states = [
            batch_words.pair(labels.capital(labels.trade_state(code, lang)), f"{n:,}", lang)
            for code, n in sorted(progress.by_state.items(), key=lambda item: -item[1])
            if code
        ]
        self.states.setText(
            fill(self.tr("Verified states: %1"), separator.join(states)) if states else ""
        )
