"""What the History tab shows while the history cannot be opened (busy, read-only, disk full)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeGuard, assert_never, get_args

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from leshua_gui.core.errors import HistoryReason

if TYPE_CHECKING:
    from leshua_gui.core.history.store import HistoryUnavailable


def history_reason_text(reason: HistoryReason) -> str:
    """Why the history cannot be used, in the window's language: a new reason needs its words
    here (mypy checks the match covers HistoryReason)."""
    match reason:
        case "busy":
            return QCoreApplication.translate(
                "HistoryUnavailableView", "another program is using it (it is locked)"
            )
        case "full":
            return QCoreApplication.translate("HistoryUnavailableView", "the disk is full")
        case "readonly":
            return QCoreApplication.translate(
                "HistoryUnavailableView", "its folder or file cannot be written"
            )
        case "cannot_open" | "missing":  # missing: no file, and none is to be created
            return QCoreApplication.translate("HistoryUnavailableView", "the file cannot be opened")
        case "damaged":
            return QCoreApplication.translate("HistoryUnavailableView", "it is damaged")
        case "io":
            return QCoreApplication.translate(
                "HistoryUnavailableView", "the disk reported an error"
            )
        case _:
            assert_never(reason)


def reason_text(reason: str) -> str:
    """`history_reason_text` for a reason key as it arrives (HistoryUnavailable.reason, or the
    writer's failure callback); one this window does not know is said as a disk error."""
    return history_reason_text(reason if _is_history_reason(reason) else "io")


def _is_history_reason(reason: str) -> TypeGuard[HistoryReason]:
    return reason in get_args(HistoryReason)


class HistoryUnavailableView(QWidget):
    """The reason in the window's language, the file's own words below, and Try again."""

    def __init__(self, retry: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # SQLite's words are text, not markup
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(retry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._problem: HistoryUnavailable | None = None
        self.hide_problem()

    def show_problem(self, problem: HistoryUnavailable) -> None:
        self._problem = problem
        self.retranslate()

    def hide_problem(self) -> None:
        self._problem = None
        self.message.setText("")
        self.retry_button.setVisible(False)

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try a&gain"))
        if self._problem is None:
            return
        words = reason_text(self._problem.reason)
        self.message.setText(
            self.tr(
                "The query history cannot be opened now: {reason}. Nothing was set aside or "
                "lost; queries still work but are not recorded until it opens.\n\n{details}"
            )
            .replace("{reason}", words)  # ours first: the file's words may hold anything
            .replace("{details}", self._problem.message)
        )
        self.retry_button.setVisible(True)
