"""The single serial writer: records are queued and written on one thread, so nobody waits (but
a batch that asks faster than the disk writes, once thousands of its records wait)."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryStore

log = logging.getLogger(__name__)

_STOP = object()
#: records written in one transaction at most
GROUP = 200
#: records waiting to be written at most: past this, `submit` waits for room (a batch asking
#: faster than the disk writes slows down rather than holding its records in memory)
MAX_WAITING = 2000
#: how long `submit` waits for room before queueing the record anyway (nothing is dropped)
ROOM_WAIT_S = 30.0


class HistoryWriter:
    """`submit()` returns at once (unless `max_waiting` records wait to be written);
    `on_written(record)` is called on the writer thread."""

    def __init__(
        self,
        store: HistoryStore,
        on_written: Callable[[HistoryRecord], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        max_waiting: int = MAX_WAITING,
    ) -> None:
        self.store = store
        self._room = threading.Semaphore(max_waiting)
        #: records queued without room (after ROOM_WAIT_S): their writes give back no room
        self._owed = 0
        self._owed_lock = threading.Lock()
        self._on_written = on_written
        self._on_error = on_error
        self._queue: queue.Queue[object] = queue.Queue()
        self._held: list[object] = []  # taken from the queue while grouping records, not yet run
        self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
        self._thread.start()

    def submit(self, record: HistoryRecord) -> None:
        """Queue the record; waits only while `max_waiting` records wait already."""
        if not self._room.acquire(timeout=ROOM_WAIT_S):
            log.warning("the history writer is slow: a record is queued past its limit")
            with self._owed_lock:
                self._owed += 1
        self._queue.put(record)

    def call(
        self,
        fn: Callable[[HistoryStore], object],
        done: Callable[[object], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run another write (delete, clear, prune) in turn with the inserts. Its failure goes to
        `failed` when given (a prune that can wait), else to `on_error`."""
        self._queue.put((fn, done, failed))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far is written."""
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self._queue.put(_STOP)
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            item = self._held.pop() if self._held else self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            if isinstance(item, tuple):
                fn, done, failed = item
                try:
                    outcome = fn(self.store)
                except Exception as exc:
                    log.warning("history write failed: %s", exc)
                    handler = failed or self._on_error
                    if handler is not None:
                        self._safely(handler, exc)
                    continue
                if done:
                    self._safely(done, outcome)
                continue
            assert isinstance(item, HistoryRecord)
            self._write_records(self._with_queued(item))

    def _with_queued(self, first: HistoryRecord) -> list[HistoryRecord]:
        """`first` and the records queued right behind it (up to GROUP): one transaction for
        all of them, so a batch's records do not wait on one commit each. Anything else queued
        (a flush, a delete, the stop) stays for the loop, in its turn."""
        records = [first]
        while len(records) < GROUP:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if not isinstance(item, HistoryRecord):
                self._held.append(item)
                break
            records.append(item)
        return records

    def _write_records(self, records: list[HistoryRecord]) -> None:
        try:
            if len(records) == 1:
                self.store.add(records[0])
            else:
                self.store.add_many(records)
        except Exception as exc:  # the query's own result is already on screen
            log.warning("%d queries were not recorded in the history: %s", len(records), exc)
            if self._on_error:
                self._safely(self._on_error, exc)
            return
        finally:
            with self._owed_lock:
                owed = min(self._owed, len(records))
                self._owed -= owed
            for _ in range(len(records) - owed):
                self._room.release()
        if self._on_written:
            for record in records:
                self._safely(self._on_written, record)

    @staticmethod
    def _safely(callback: Callable[[Any], object], value: object) -> None:
        """A failing callback (a window already closed) must not end the writer thread."""
        try:
            callback(value)
        except Exception:
            log.exception("history callback failed")
