"""Window sizes that fit the screen: at 200 % on a 1920x1080 screen only 960x540 logical pixels
are available, less than the window's usual minimum, and far less than its first-run size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

#: room kept for the window's frame and title bar, which are outside its size
FRAME = QSize(16, 48)


def fitted(wanted: QSize, available: QSize) -> QSize:
    """`wanted`, made no larger than what `available` leaves once the frame is counted."""
    room = available - FRAME
    return QSize(
        max(1, min(wanted.width(), room.width())), max(1, min(wanted.height(), room.height()))
    )


def fit_minimum(window: QWidget, minimum: QSize) -> None:
    """The minimum size, unless the screen is smaller: then what the screen has room for."""
    window.setMinimumSize(fitted(minimum, _available(window)))


def first_size(window: QWidget, wanted: QSize) -> QSize:
    """The size to open at when nothing was remembered."""
    return fitted(wanted, _available(window))


def _available(window: QWidget) -> QSize:
    screen = window.screen()
    return screen.availableGeometry().size() if screen is not None else QSize(1 << 14, 1 << 14)
