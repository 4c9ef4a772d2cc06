"""Logging to a rotating file in the user's log folder, with keys masked everywhere."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from leshua_gui.core.infra.redact import RedactingFilter

LOG_FILE = "leshua-desk.log"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


class RotatingFile(logging.FileHandler):
    """A size-capped log with numbered backups (logging.handlers is slow to import)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            pass
        super().emit(record)

    def _rotate(self) -> None:
        self.close()
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()


def configure(log_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Set up the root logger once; safe when sys.stderr is None (windowed builds)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_leshua", False):
            root.removeHandler(handler)
            handler.close()
    redact = RedactingFilter()
    handlers: list[logging.Handler] = [RotatingFile(path, max_bytes=1_000_000, backups=5)]
    if console and sys.stderr is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(redact)
        handler._leshua = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return path
