"""The one background-task helper: run a blocking core call off the GUI thread.

`TaskRunner.run(fn, on_success=..., on_failure=..., on_progress=...)` calls `fn(ctx)` on a
worker thread; `ctx.cancel` is a threading.Event the core understands, `ctx.progress(x)` reports
to the GUI thread. Results of a cancelled task are dropped. `shutdown()` cancels and joins.

A task that only reads over the network (a query, a profile test) is run with
`abandonable=True`: on its own daemon thread, which `shutdown()` cancels but does not wait for, so
quitting never waits for an HTTP call to return. Whatever it returns later is dropped; its Qt
objects stay owned and freed by the GUI thread.
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
        self._threads: dict[Task, threading.Thread] = {}  # the abandonable tasks' threads

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        abandonable: bool = False,
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
            thread = self._threads.pop(task, None)
            if thread is not None:
                # It has emitted its last signal: let it end, so that the last reference to
                # its signals object is dropped here, on the GUI thread, never on the worker.
                thread.join(1.0)
            self._live.pop(task, None)

        from PySide6.QtCore import Qt

        queued = Qt.ConnectionType.QueuedConnection  # always delivered on the GUI thread
        signals.succeeded.connect(succeeded, queued)
        signals.failed.connect(failed, queued)
        signals.progress.connect(progressed, queued)
        signals.done.connect(done, queued)
        runnable = _Runnable(fn, ctx, signals)
        self._live[task] = (signals, runnable)
        if abandonable:
            thread = threading.Thread(target=runnable.run, name="leshua-task", daemon=True)
            self._threads[task] = thread
            thread.start()
        else:
            self._pool.start(runnable)
        return task

    @property
    def active(self) -> int:
        return len(self._live)

    def cancel_all(self) -> None:
        for task in list(self._live):
            task.cancel()

    def shutdown(self, timeout_ms: int = 20000) -> bool:
        """Cancel every task and wait for the pool's threads to end; abandonable tasks are
        cancelled and left to end on their own (their results are dropped)."""
        self.cancel_all()
        ok = self._pool.waitForDone(timeout_ms)
        for task in list(self._threads):
            # Kept alive for good: the thread may still emit on its signals object, which must
            # not be freed under it, nor on it.
            _ABANDONED.append((self._live.get(task), self._threads.pop(task)))
        self._live.clear()
        return bool(ok)


#: Abandoned tasks (signals, runnable, thread), held until the process ends.
_ABANDONED: list[object] = []
