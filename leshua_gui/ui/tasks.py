"""The one background-task helper: run a blocking core call off the GUI thread.

`TaskRunner.run(work, on_success=..., on_failure=..., on_progress=...)` calls `work(ctx)` on a
worker thread and hands back a `Task[T]`. It is typed end to end: `work` takes a
`TaskContext[P]` and returns `T`; `on_success` receives that `T` and `on_progress` each `P`
passed to `ctx.progress`, both on the GUI thread. `ctx.cancel` is a threading.Event the core
understands. Results and progress of a cancelled task are dropped. `shutdown()` cancels and joins.

A task that only reads over the network (a query, a profile test) is run with
`abandonable=True`: on its own daemon thread, which `shutdown()` cancels but does not wait for, so
quitting never waits for an HTTP call to return. Whatever it returns later is dropped; its Qt
objects stay owned and freed by the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")
P = TypeVar("P")


class TaskContext(Generic[P]):
    """What a task's work function is given: the cancel event and a typed progress report."""

    def __init__(self, signals: _Signals) -> None:
        self.cancel = threading.Event()
        self._signals = signals

    def progress(self, value: P) -> None:
        if not self.cancel.is_set():
            self._signals.progress.emit(value)


class _Signals(QObject):
    # Qt carries the values as Python objects; TaskRunner.run gives them back their types.
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    done = Signal()


class _Runnable(QRunnable, Generic[T, P]):
    def __init__(
        self, fn: Callable[[TaskContext[P]], T], ctx: TaskContext[P], signals: _Signals
    ) -> None:
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


class Task(Generic[T]):
    """A handle on one running task whose work returns a `T`."""

    def __init__(self, cancel: threading.Event) -> None:
        self._cancel = cancel
        self.finished = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return not self.finished


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._live: dict[Task[Any], tuple[_Signals, QRunnable]] = {}
        self._threads: dict[Task[Any], threading.Thread] = {}  # the abandonable tasks' threads

    def run(
        self,
        fn: Callable[[TaskContext[P]], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[P], None] | None = None,
        abandonable: bool = False,
    ) -> Task[T]:
        signals = _Signals()  # lives in the GUI thread: its signals arrive there, queued
        ctx: TaskContext[P] = TaskContext(signals)
        task: Task[T] = Task(ctx.cancel)

        def succeeded(result: object) -> None:
            if not task.cancelled and on_success:
                on_success(cast(T, result))  # what fn returned, back from Qt's queue

        def failed(exc: BaseException) -> None:
            if task.cancelled:
                return
            if on_failure:
                on_failure(exc)
            else:
                log.error("background task failed", exc_info=exc)

        def progressed(value: object) -> None:
            if not task.cancelled and on_progress:
                on_progress(cast(P, value))  # what fn passed to ctx.progress

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
