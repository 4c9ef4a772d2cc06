"""The window for checking a list of orders: the list and its preview, then the job as it runs
(progress, Pause, Resume, Cancel), then its results (the results panel: table, filters, totals,
export). It asks as the main window's current profile, and says so.

A row opened in the results shows that order's full answer from the history (the record of that
order with the job's id), as the History tab shows one. Closing the window while a job runs
asks whether to pause it (it stays resumable, and is offered at the next start) or keep it
running. Everything is read and written off the GUI thread; the window keeps its own task
runner and jobs file, both stopped and closed with it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.app.services import is_demo, recorded_name
from leshua_gui.ui import i18n
from leshua_gui.ui.batch.controller import BatchController, JobProgress
from leshua_gui.ui.batch.input_panel import InputPanel, dropped_file
from leshua_gui.ui.batch.jobs_file import JobsFile, jobs_path
from leshua_gui.ui.batch.resume_bar import ResumeBar
from leshua_gui.ui.batch.run_panel import RunPanel
from leshua_gui.ui.icons import icon
from leshua_gui.ui.screen_fit import first_size, fit_minimum
from leshua_gui.ui.tasks import TaskRunner
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.batch import RunEnd
    from leshua_gui.app.batch_process import RunTotals
    from leshua_gui.app.services import Services
    from leshua_gui.core.batch.job import Job, JobRow
    from leshua_gui.core.batch.jobstore import JobStore
    from leshua_gui.core.batch.outcome import Outcome
    from leshua_gui.core.batch.preview import Preview
    from leshua_gui.core.history.record import HistoryRecord
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.text.labels import Lang
    from leshua_gui.ui.batch.results_panel import ResultsPanel
    from leshua_gui.ui.tasks import TaskContext

log = logging.getLogger(__name__)

#: the results table is read again (and repainted) every this many controller ticks while a job
#: runs: every two seconds, so the window paints its rows calmly however fast they come
RESULTS_EVERY_TICKS = 8


def sample_list() -> Path:
    """The demo's sample list: 200 batch demo orders with the books' amounts, a few wrong."""
    from leshua_gui.resource_files import resource

    return resource("samples", "batch-demo.xlsx")


def profile_for(job: Job, profiles: list[Profile]) -> Profile | None:
    """The profile a job was asked for: its recorded name and its merchant."""
    return next(
        (
            p
            for p in profiles
            if recorded_name(p) == job.profile and p.merchant_id == job.merchant_id
        ),
        None,
    )


def unfinished(store: JobStore) -> list[Job]:
    """Jobs with orders still to ask, newest first: interrupted, paused or cancelled."""
    return [job for job in store.jobs() if not job.finished and job.state != "done"]


class BatchWindow(QMainWindow):
    #: the window was closed (its workers stopped and its jobs file closed)
    closed = Signal()
    #: a run ended: RunEnd (tests wait on it)
    run_ended = Signal(object)
    #: the results panel is built and shows the job (tests wait on it)
    job_shown = Signal(str)

    def __init__(
        self,
        services: Services,
        profile: Profile | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = profile
        self.lang = lang
        self.runner = TaskRunner(self)
        self.jobs = JobsFile(jobs_path(services.paths.data))
        self.controller = BatchController(services, self.runner, self.jobs, self)
        self.controller.lang = i18n.domain_lang(lang)
        #: the job shown (being run, or last run)
        self.job: Job | None = None
        self.results: ResultsPanel | None = None
        self._preview: Preview | None = None
        self._source_name = ""
        self._ticks = 0
        self._shut_down = False
        self._results_wanted: str | None = None
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        fit_minimum(self, QSize(720, 560))

        self.who = QLabel()
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.sample_button = QPushButton(icon("demo"), "")
        self.sample_button.clicked.connect(self.open_sample)
        self.sample_note = QLabel()
        self.sample_note.setWordWrap(True)
        self.sample_note.setStyleSheet("color: palette(mid);")
        self.resume_bar = ResumeBar()
        self.resume_bar.resume.connect(self.resume_job)
        self.input_panel = InputPanel(self.runner)
        self.input_panel.ready.connect(self._list_ready)
        self.input_panel.not_ready.connect(self._list_not_ready)
        self.job_page = QWidget()
        job_row = QHBoxLayout(self.job_page)
        job_row.setContentsMargins(0, 0, 0, 0)
        self.job_line = QLabel()
        self.job_line.setTextFormat(Qt.TextFormat.PlainText)
        self.job_line.setWordWrap(True)
        self.another_button = QPushButton()
        self.another_button.clicked.connect(self.check_another)
        job_row.addWidget(self.job_line, 1)
        job_row.addWidget(self.another_button)
        self.job_page.hide()
        self.run_panel = RunPanel(services.settings.poll_deadline_s)
        self.run_panel.start_requested.connect(self.start)
        self.run_panel.pause_requested.connect(self.pause)
        self.run_panel.resume_requested.connect(self.resume)
        self.run_panel.cancel_requested.connect(self.cancel)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        top.addWidget(self.sample_button)
        layout.addLayout(top)
        layout.addWidget(self.sample_note)
        layout.addWidget(self.resume_bar)
        layout.addWidget(self.input_panel, 1)
        layout.addWidget(self.job_page)
        layout.addWidget(self.run_panel)  # the results panel goes below, once there is a job
        self._layout = layout
        self.setCentralWidget(central)

        self.controller.started.connect(self._started)
        self.controller.progressed.connect(self._progressed)
        self.controller.paused_changed.connect(self._paused_changed)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)
        self.controller.totals_seen.connect(self._run_totals)
        self.retranslate(lang)
        self.resize(first_size(self, QSize(1040, 820)))
        self._open_jobs_file()

    # -- language and who asks ----------------------------------------------------------------

    def retranslate(self, lang: str | None = None) -> None:
        if lang is not None:
            self.lang = lang
        domain = i18n.domain_lang(self.lang)
        self.controller.lang = domain
        self.input_panel.lang = domain
        self.run_panel.lang = domain
        self.setWindowTitle(fill(self.tr("Check a list of orders — %1"), self.tr("Leshua Desk")))
        self.sample_button.setText(self.tr("Open the sa&mple list"))
        self.sample_button.setToolTip(
            self.tr(
                "200 demo orders with the amounts the books hold, a few of them wrong on purpose"
            )
        )
        from leshua_gui.core.text import demo_words, labels

        self.sample_note.setText(labels.capital(demo_words.batch_sample(domain)))
        self.another_button.setText(self.tr("Check a&nother list"))
        self.input_panel.retranslate()
        self.run_panel.retranslate()
        self.resume_bar.retranslate()
        if self.results is not None:
            self.results.lang = domain
            self.results.retranslate()
        self._show_who()
        self._show_job_line()

    def set_profile(self, profile: Profile | None) -> None:
        """The main window's current profile (kept while a job runs: it asks as it began)."""
        if self.controller.running:
            return
        self.profile = profile
        self._show_who()
        self._update_start()

    def _profile_name(self, profile: Profile) -> str:
        return self.tr("Demo merchant (sandbox)") if is_demo(profile) else profile.name

    def _show_who(self) -> None:
        profile = self.profile
        if profile is None:
            self.who.setText(
                self.tr(
                    "No profile to check with: create one first (File > Manage profiles… in the main window)."
                )
            )
        else:
            self.who.setText(
                fill(
                    self.tr("Checking as %1 (merchant %2)"),
                    self._profile_name(profile),
                    profile.merchant_id,
                )
            )
        demo = profile is not None and is_demo(profile)
        self.sample_button.setVisible(demo)
        self.sample_note.setVisible(demo and not self.input_panel.isHidden())

    # -- the list -----------------------------------------------------------------------------

    def load_text(self, text: str) -> None:
        """A pasted list (from the query bar): read and previewed."""
        self.check_another()
        self.input_panel.set_text(text)

    def load_path(self, path: Path) -> None:
        self.check_another()
        self.input_panel.open_path(path)

    def open_sample(self) -> None:
        self.load_path(sample_list())

    def _list_ready(self, preview: Preview, source_name: str) -> None:
        self._preview, self._source_name = preview, source_name
        self._update_start()

    def _list_not_ready(self) -> None:
        self._preview = None
        self._update_start()

    def _update_start(self) -> None:
        if self.run_panel.mode in ("idle", "ready"):
            ready = self._preview is not None and self.profile is not None
            self.run_panel.set_mode("ready" if ready else "idle")

    def check_another(self) -> None:
        """Back to the list (a job that ran stays in the file, resumable if unfinished)."""
        if self.controller.running:
            return
        self.job_page.hide()
        self.input_panel.show()
        self.statusBar().clearMessage()  # about the job before
        self.input_panel.set_locked(False)
        self.run_panel.set_mode("idle")
        self._update_start()
        if self.results is not None:
            self.results.hide()
        self._show_who()

    # -- the job ------------------------------------------------------------------------------

    def start(self) -> None:
        preview, profile = self._preview, self.profile
        if preview is None or profile is None or self.controller.running:
            return
        self.resume_bar.hide()
        self.input_panel.set_locked(True)
        self.run_panel.set_mode("running")
        self.statusBar().clearMessage()
        self.controller.start(preview, self._source_name, profile, self.run_panel.settings())

    def resume_job(self, job_id: str) -> None:
        """Go on with a job of the jobs file (the resume offer, the main window's bar)."""
        if self.controller.running:
            self.statusBar().showMessage(
                self.tr("A job is running: wait for it, or cancel it first.")
            )
            return

        def read(_ctx: TaskContext[None]) -> Job | None:
            return self.jobs.get().job(job_id)

        self.runner.run(read, on_success=self._resume_read, on_failure=self._store_failed)

    def _resume_read(self, job: Job | None) -> None:
        if job is None:
            self.statusBar().showMessage(
                self.tr("That batch job is not in the jobs file any more.")
            )
            return
        from leshua_gui.core.errors import LeshuaError

        try:
            profiles = self.services.profiles()
        except LeshuaError as exc:
            self.statusBar().showMessage(exc.message)
            return
        profile = profile_for(job, profiles)
        if profile is None:
            text = self.tr("No profile “%1” for merchant %2 any more: job %3 cannot be resumed.")
            self.statusBar().showMessage(fill(text, job.profile, job.merchant_id, job.id))
            return
        self.profile = profile
        self._show_who()
        self.resume_bar.hide()
        self.job = job
        self._show_job_page()
        self.run_panel.set_settings(job.settings)
        self.run_panel.set_mode("running")
        self.controller.resume(job.id, profile)

    def pause(self) -> None:
        self.controller.pause()

    def resume(self) -> None:
        if self.controller.paused:
            self.controller.resume_running()
        elif self.job is not None and not self.controller.running and self.profile is not None:
            self.run_panel.set_mode("running")
            self.controller.resume(self.job.id, self.profile)

    def cancel(self) -> None:
        if self.controller.running:
            self.run_panel.set_mode("stopping")
            self.controller.cancel()

    def _started(self, job: Job) -> None:
        self.job = job
        self._ticks = 0
        self._show_job_page()
        self.show_job(job.id)
        if self.results is not None:
            self.results.totals_from_run = True  # counted by the job's process meanwhile

    def _run_totals(self, counted: RunTotals) -> None:
        if self.results is not None and self.job is not None and self.results.job_id == self.job.id:
            self.results.show_run_totals(counted.totals, counted.states, counted.pay_ways)

    def _totals_here(self) -> None:
        """The run is over: the results panel counts its totals itself again."""
        if self.results is not None:
            self.results.totals_from_run = False

    def _show_job_page(self) -> None:
        self.input_panel.hide()
        self.job_page.show()
        self._show_job_line()
        self._show_who()

    def _show_job_line(self) -> None:
        job = self.job
        if job is None:
            self.job_line.clear()
            return
        source = job.source_name or self.tr("a pasted list")
        self.job_line.setText(
            fill(self.tr("Job %1 · %2 · rows: %3, orders to ask: %4"), job.id, source,
                 f"{job.total_rows:,}", f"{job.unique:,}")
        )  # fmt: skip

    def _progressed(self, progress: JobProgress) -> None:
        mode = self.run_panel.mode
        if progress.stopping:
            mode = "stopping"
        elif self.controller.running:
            mode = "paused" if progress.paused else "running"
        self.run_panel.set_mode(mode)
        self.run_panel.show_progress(progress)
        self._ticks += 1
        if self.results is not None and self._ticks % RESULTS_EVERY_TICKS == 0:
            self.results.refresh()

    def _paused_changed(self, paused: bool) -> None:
        self.run_panel.set_mode("paused" if paused else "running")

    def _finished(self, end: RunEnd) -> None:
        self.run_panel.set_mode("done" if end.finished else "stopped")
        self._totals_here()
        if self.results is not None:
            self.results.refresh()
        if end.finished:
            self.statusBar().showMessage(self.tr("Every order of the list has an answer."))
        else:
            self.statusBar().showMessage(
                fill(
                    self.tr("Stopped. Left to ask: %1; the job can be resumed."),
                    f"{end.left:,}",
                )
            )
        self.run_ended.emit(end)

    def _failed(self, message: str) -> None:
        self._totals_here()
        job = self.controller.job  # this run's job, if it was made (or found) before the failure
        if job is not None:
            self.job = job
            self.run_panel.set_mode("stopped")  # what was answered is kept: resumable
        else:  # nothing was made nor sent: back to the list, as it was
            self.job = None
            self.run_panel.set_mode("idle")
            self.check_another()
        self.statusBar().showMessage(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The job could not go on"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failure_box = box

    # -- the jobs file and the results ------------------------------------------------------

    def _open_jobs_file(self) -> None:
        """Open the jobs file on a worker, then offer the newest unfinished job."""

        def work(_ctx: TaskContext[None]) -> list[Job]:
            return unfinished(self.jobs.get())

        self.runner.run(work, on_success=self._jobs_read, on_failure=self._store_failed)

    def _jobs_read(self, jobs: list[Job]) -> None:
        store = self.jobs.opened
        if store is not None and store.report.set_aside is not None:
            from leshua_gui.core.text import batch_words

            self.statusBar().showMessage(
                batch_words.jobs_file_text(
                    "set_aside", i18n.domain_lang(self.lang), name=store.report.set_aside.name
                )
            )
        self._ensure_results()
        if self._results_wanted is not None:
            self.show_job(self._results_wanted)
        if jobs and not self.controller.running and self.job is None:
            self.resume_bar.offer(jobs[0], len(jobs) - 1)

    def _store_failed(self, exc: BaseException) -> None:
        from leshua_gui.core.batch.jobstore import JobStoreUnavailable

        if isinstance(exc, JobStoreUnavailable):
            from leshua_gui.core.text import batch_words

            message = batch_words.jobs_file_text(exc.reason, i18n.domain_lang(self.lang))
        else:
            log.error("the batch jobs file could not be read", exc_info=exc)
            message = fill(self.tr("The batch jobs file could not be read: %1"), type(exc).__name__)
        self.statusBar().showMessage(message)

    def show_job(self, job_id: str) -> None:
        """The results of a job (the panel is built once the jobs file is open)."""
        store = self.jobs.opened
        if store is None:
            self._results_wanted = job_id
            return
        self._results_wanted = None
        results = self._ensure_results()
        if results is None:
            return
        results.show()
        results.show_job(job_id)
        self.job_shown.emit(job_id)

    def _ensure_results(self) -> ResultsPanel | None:
        """The results panel, built (hidden) as soon as the jobs file is open: not when a job
        starts, so building it never holds up the first answers."""
        store = self.jobs.opened
        if self.results is None and store is not None and not self._shut_down:
            from leshua_gui.ui.batch.results_panel import ResultsPanel

            self.results = ResultsPanel(store, self.runner)
            self.results.lang = i18n.domain_lang(self.lang)
            self.results.retranslate()
            self.results.row_opened.connect(self.open_row)
            self.results.totals_from_run = self.controller.running
            self.results.hide()
            self._layout.addWidget(self.results, 1)
        return self.results

    # -- one order in full --------------------------------------------------------------------

    def open_row(self, row: JobRow) -> None:
        """The order's full answer from the history, or what the job kept when it is not there."""
        job = self.job
        if job is None:
            return
        lang = i18n.domain_lang(self.lang)
        if row.problem is not None:
            self.statusBar().showMessage(
                fill(self.tr("Row %1 was not sent: %2"), row.row, _problem(row, lang))
            )
            return
        outcome = row.outcome
        if outcome is None:
            self.statusBar().showMessage(fill(self.tr("Row %1 has not been asked yet."), row.row))
            return
        services, job_id = self.services, job.id

        def find(_ctx: TaskContext[None]) -> HistoryRecord | None:
            from leshua_gui.core.history.store import HistoryFilter

            services.history_writer.flush(5.0)  # a row just answered may still be on its way
            wanted = HistoryFilter(text=row.id, job=job_id)
            for record in services.history.page(wanted, limit=50, full=True):
                if record.order_id == row.id and record.id_kind == row.kind:
                    return record
            return None

        self.runner.run(
            find,
            on_success=lambda record: self._show_record(record, row, outcome),
            on_failure=lambda exc: self._record_missing(row, outcome, exc),
        )

    def _show_record(self, record: HistoryRecord | None, row: JobRow, outcome: Outcome) -> None:
        if record is None:
            self._record_missing(row, outcome, None)
            return
        from leshua_gui.ui.batch.order_result import OrderResultDialog

        assert self.job is not None
        dialog = OrderResultDialog(record, self.job.id, i18n.domain_lang(self.lang), self)
        dialog.show()
        self.order_dialog = dialog

    def _record_missing(self, row: JobRow, outcome: Outcome, exc: BaseException | None) -> None:
        if exc is not None:
            log.warning("the history could not be read: %s", exc)
        text = self.tr(
            "The full answer of order %1 is not in the history: it was deleted or pruned, or "
            "the job ran without recording. What the job kept: %2"
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            fill(self.tr("Order %1"), row.id),
            fill(text, row.id, outcome_summary(row, outcome, i18n.domain_lang(self.lang))),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.missing_box = box

    # -- drops and closing --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.controller.running and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData())
        if path is not None and not self.controller.running:
            event.acceptProposedAction()
            self.load_path(path)

    def ask_to_close(self) -> bool:
        """Whether the window may close now: a running job is paused (resumable) if the person
        says so, or the window stays open and the job keeps running."""
        if not self.controller.running or self.controller.stopping:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A job is running"),
            self.tr(
                "The job is still asking the gateway. Pause it and close the window? It can be "
                "resumed later: it is offered at the next start."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        pause = box.addButton(self.tr("&Pause and close"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is pause

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down and not self.ask_to_close():
            event.ignore()
            return
        self.hide()  # the window goes at once; the queries in flight end below
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the job (left paused, resumable), join every worker, close the jobs file."""
        if self._shut_down:
            return
        self._shut_down = True
        self.controller.shutdown()
        self.runner.shutdown()
        self.jobs.close()
        self.closed.emit()


def _problem(row: JobRow, lang: Lang) -> str:
    from leshua_gui.core.text import batch_words

    return batch_words.problem_text(row.problem or "", lang)


def outcome_summary(row: JobRow, outcome: Outcome, lang: Lang) -> str:
    """What the job kept of an order: its verdict, a verified state and amount, and why the row
    needs a look, in `lang`."""
    from leshua_gui.core.protocol.money import format_yuan
    from leshua_gui.core.text import batch_words, labels

    domain = lang
    parts = [batch_words.row_verdict_text(outcome.verdict, domain)]
    if outcome.trusted and outcome.status is not None:
        parts.append(labels.trade_state(outcome.status, domain))
    if outcome.trusted and outcome.amount_fen is not None:
        parts.append(format_yuan(outcome.amount_fen, symbol="¥"))
    if outcome.error_code:
        parts.append(f"{outcome.error_code} {labels.error_code(outcome.error_code, domain)}")
    parts += [batch_words.attention_text(a, domain) for a in row.attention if a != "untrusted"]
    return batch_words.totals_label("separator", domain).join(parts)
