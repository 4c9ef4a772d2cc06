"""SVG icons from resources/, tinted to a colour and rendered at every size Qt asks for."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from leshua_gui.resource_files import resource


@cache
def _svg(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


class SvgIconEngine(QIconEngine):
    """Renders the SVG at the exact device size requested: crisp on high-DPI screens."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data
        self._renderer = QSvgRenderer(QByteArray(data))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: ARG002 (Qt's signature)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        self._renderer.render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        if pixmap.isNull():  # a widget squeezed to nothing asks for an empty icon
            return pixmap
        pixmap.fill(QColor(0, 0, 0, 0))  # not Qt.GlobalColor: keeps Qt out of start-up
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._data)


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The icon `name`; line icons take `color` (default: the text colour of the palette)."""
    text = _svg(name)
    if "currentColor" in text:
        if color is None:
            from PySide6.QtWidgets import QApplication

            color = QApplication.palette().windowText().color()
        # A "#rrggbb" string is used as is: QColor(str) resolves overloads over Qt's enums,
        # which costs ~10 ms the first time and would land in start-up.
        name = color if isinstance(color, str) else color.name()
        text = text.replace("currentColor", name)
    return QIcon(SvgIconEngine(text.encode("utf-8")))


def pixmap(name: str, size: int, color: QColor | str | None = None, scale: float = 2.0) -> QPixmap:
    return icon(name, color).pixmap(QSize(size, size), scale)
