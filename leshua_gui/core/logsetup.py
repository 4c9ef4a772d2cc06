"""Logging to a rotating file in the user's log folder, with keys masked everywhere."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from leshua_gui.core.redact import RedactingFilter

LOG_FILE = "leshua-desk.log"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


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
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    ]
    if console and sys.stderr is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(redact)
        handler._leshua = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return path
