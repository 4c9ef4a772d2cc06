"""The banner that says the window is on the demo's sandbox gateway, never a real merchant."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from leshua_gui.ui import theme
from leshua_gui.ui.wording import fill


class DemoBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_for(self, sandbox_url: str | None) -> None:
        """Shown (with the sandbox's address) while the demo merchant is selected."""
        if sandbox_url is None:
            self.hide()
            return
        t = theme.tone("wait")
        self.setStyleSheet(
            f"color: {t.fg}; background: {t.bg}; border: 1px solid {t.fg}; border-radius: 6px;"
            " padding: 6px 10px; font-weight: 600;"
        )
        self.setText(
            fill(self.tr("DEMO — a local sandbox gateway at %1 with made-up orders. "
                         "Nothing here touches a real merchant."), sandbox_url)
        )  # fmt: skip
        self.setAccessibleName(self.tr("Demo mode"))
        self.show()
