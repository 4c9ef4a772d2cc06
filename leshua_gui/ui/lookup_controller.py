"""Runs one lookup at a time on a worker (`app.lookup.run_lookup`) and says how it goes.

Signals, all on the GUI thread: `began(request, asked_at)` as it starts, `progressed(Progress)`
after each attempt (the snapshot the lookup made of its result so far), then exactly one of
`finished(Lookup)`, `cancelled(PollResult | None)` (what had come in, if anything) or
`not_asked(LeshuaError)` (nothing was sent: no key, no sandbox...). The controller keeps the
last snapshot it was handed only to say what a cancel leaves; the lookup's value and its one
history row come from `run_lookup`."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from leshua_gui.app.services import Services
from leshua_gui.core.errors import LeshuaError
from leshua_gui.ui.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from leshua_gui.app.lookup import Lookup, LookupRequest, Progress
    from leshua_gui.core.gateway.polling import PollResult

log = logging.getLogger(__name__)


def failed_result(error: LeshuaError) -> PollResult:
    """A lookup that could not be asked, as a result with its one failed attempt."""
    from leshua_gui.core.gateway.polling import Attempt, PollResult

    return PollResult(attempts=[Attempt(1, datetime.now(UTC), 0.0, None, error)])


class LookupController(QObject):
    began = Signal(object, object)  # LookupRequest, asked at (datetime)
    progressed = Signal(object)  # Progress
    finished = Signal(object)  # Lookup
    cancelled = Signal(object)  # PollResult | None
    not_asked = Signal(object)  # LeshuaError

    def __init__(self, services: Services, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._task: Task[Lookup] | None = None
        self._latest: Progress | None = None
        #: the running (or last) lookup: what was asked, and when
        self.request: LookupRequest | None = None
        self.asked_at = datetime.now(UTC)

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def refund(self) -> bool:
        return self.request is not None and self.request.kind == "refund"

    def start(self, request: LookupRequest) -> None:
        if self._task is not None:
            return
        self.request = request
        self.asked_at = datetime.now(UTC)
        self._latest = None
        services = self._services

        def work(ctx: TaskContext[Progress]) -> Lookup:
            # the key, the client, the asking and the history row: all here, on the worker
            from leshua_gui.app.lookup import run_lookup  # on the worker, first time

            return run_lookup(services, request, ctx.cancel, on_progress=ctx.progress)

        self.began.emit(request, self.asked_at)
        self._task = self._runner.run(
            work,
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=self._progressed,
            abandonable=True,  # read-only: quitting does not wait for the gateway
        )

    def cancel(self) -> None:
        """Stop asking: run_lookup records what came in so far (once), on the worker."""
        if self._task is None:
            return
        self._task.cancel()
        self._task = None
        latest = self._latest.so_far if self._latest is not None else None
        self.cancelled.emit(replace(latest, cancelled=True) if latest is not None else None)

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _progressed(self, progress: Progress) -> None:
        self._latest = progress
        self.progressed.emit(progress)

    def _finished(self, lookup: Lookup) -> None:
        self._task = None
        self.finished.emit(lookup)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if not isinstance(exc, LeshuaError):
            log.error("query failed unexpectedly", exc_info=exc)
            exc = LeshuaError(f"{type(exc).__name__}: {exc}")
        self.not_asked.emit(exc)
