"""Small widget helpers shared by the window and its dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


@contextmanager
def used_once(dialog: D) -> Iterator[D]:
    """A dialog for one use: read what it holds inside the block; it is freed once the block
    ends (deleteLater, so reading it right after exec() is safe), however the block ends."""
    try:
        yield dialog
    finally:
        dialog.deleteLater()
