"""The window's batch jobs file (`jobs.sqlite3` in the data folder), opened on first use by
whichever thread asks first (a worker: opening checks the file), and closed with the window."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leshua_gui.core.batch.jobstore import JobStore

JOBS_FILE_NAME = "jobs.sqlite3"


def jobs_path(data_dir: Path) -> Path:
    """Where the app keeps its batch jobs (the command line uses the same file)."""
    return data_dir / JOBS_FILE_NAME


class JobsFile:
    """One JobStore, opened once (JobStoreUnavailable from `get()` when it cannot be now: a
    later `get()` tries again)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._store: JobStore | None = None
        self._closed = False

    def get(self) -> JobStore:
        with self._lock:
            if self._closed:
                raise RuntimeError("the batch jobs file was closed with its window")
            if self._store is None:
                from leshua_gui.core.batch.jobstore import JobStore

                self._store = JobStore(self.path)
            return self._store

    @property
    def opened(self) -> JobStore | None:
        """The store, if it is open already (never opens it)."""
        return self._store

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._store is not None:
                self._store.close()
                self._store = None
