"""The one background-task helper: run a blocking core call off the GUI thread.

`TaskRunner.run(fn, on_success=..., on_failure=..., on_progress=...)` calls `fn(ctx)` on a
worker thread; `ctx.cancel` is a threading.Event the core understands, `ctx.progress(x)` reports
to the GUI thread. Results of a cancelled task are dropped. `shutdown()` cancels and joins.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskContext:
    def __init__(self, signals: _Signals) -> None:
        self.cancel = threading.Event()
        self._signals = signals

    def progress(self, value: object) -> None:
        if not self.cancel.is_set():
            self._signals.progress.emit(value)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    done = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext, signals: _Signals):
        super().__init__()
        self.setAutoDelete(False)
        self._fn, self._ctx, self._signals = fn, ctx, signals

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # handed to the GUI thread; nothing is swallowed
            if not isinstance(exc, Exception):
                log.error("background task ended by %r", exc)
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.done.emit()


class Task:
    """A handle on one running task."""

    def __init__(self, ctx: TaskContext) -> None:
        self._ctx = ctx
        self.finished = False

    def cancel(self) -> None:
        self._ctx.cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._ctx.cancel.is_set()

    @property
    def running(self) -> bool:
        return not self.finished


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._live: dict[Task, tuple[_Signals, _Runnable]] = {}

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Task:
        signals = _Signals()  # lives in the GUI thread: its signals arrive there, queued
        ctx = TaskContext(signals)
        task = Task(ctx)

        def succeeded(result: object) -> None:
            if not task.cancelled and on_success:
                on_success(result)

        def failed(exc: BaseException) -> None:
            if task.cancelled:
                return
            if on_failure:
                on_failure(exc)
            else:
                log.error("background task failed", exc_info=exc)

        def progressed(value: object) -> None:
            if not task.cancelled and on_progress:
                on_progress(value)

        def done() -> None:
            task.finished = True
            self._live.pop(task, None)

        from PySide6.QtCore import Qt

        queued = Qt.ConnectionType.QueuedConnection  # always delivered on the GUI thread
        signals.succeeded.connect(succeeded, queued)
        signals.failed.connect(failed, queued)
        signals.progress.connect(progressed, queued)
        signals.done.connect(done, queued)
        runnable = _Runnable(fn, ctx, signals)
        self._live[task] = (signals, runnable)
        self._pool.start(runnable)
        return task

    @property
    def active(self) -> int:
        return len(self._live)

    def cancel_all(self) -> None:
        for task in list(self._live):
            task.cancel()

    def shutdown(self, timeout_ms: int = 20000) -> bool:
        """Cancel every task and wait for the worker threads to end."""
        self.cancel_all()
        ok = self._pool.waitForDone(timeout_ms)
        self._live.clear()
        return bool(ok)
