"""One order of a batch job, in full: its history record shown as the History tab shows one
(the result with its badges, Copy summary and evidence sheet, and the raw exchange), marked
with its query time. A window of its own beside the batch window, not modal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.core.history.record import HistoryRecord
    from leshua_gui.core.text.labels import Lang


def record_subject(record: HistoryRecord, demo_name: str) -> str:
    """What the record is about, as the result tabs title it: profile · merchant · order."""
    from leshua_gui.app.services import recorded_by_demo

    name = demo_name if recorded_by_demo(record) else record.profile
    return " · ".join(x for x in (name, record.merchant_id, record.order_id) if x)


class OrderResultDialog(QDialog):
    def __init__(
        self, record: HistoryRecord, job_id: str, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from leshua_gui.ui.raw_view import RawView
        from leshua_gui.ui.result_view import ResultView

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record = record
        self.setWindowTitle(fill(self.tr("Order %1 (batch job %2)"), record.order_id, job_id))
        self.result_view = ResultView()
        self.result_view.lang = lang
        self.raw_view = RawView()
        self.copied = QLabel()
        self.copied.setStyleSheet("color: palette(mid);")
        self.result_view.copied.connect(
            lambda _text: self.copied.setText(self.tr("Copied to the clipboard."))
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.result_view)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 12, 12, 0)
        column.setSpacing(0)
        column.addWidget(self.result_view.header)
        column.addWidget(scroll, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(page, self.tr("&Result"))
        self.tabs.addTab(self.raw_view, self.tr("R&aw"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        subject = record_subject(record, self.tr("Demo merchant (sandbox)"))
        result = record.to_result()
        refund = record.lookup == "refund"
        self.result_view.show_result(
            result, record.queried_at, from_history=True, subject=subject, refund=refund
        )
        self.raw_view.show_result(result)
        self.resize(760, 680)
