"""Ask which refund of the order in the query bar to look up."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.core.protocol.validation import clean
from leshua_gui.ui.result_view import plain
from leshua_gui.ui.wording import fill


class RefundDialog(QDialog):
    def __init__(self, order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Look up a refund"))
        intro = plain(
            fill(
                self.tr("A refund of order %1. Refunds can take 1-3 working days to become final."),
                order_id,
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Merchant refund number"), "merchant_refund_id")
        self.kind.addItem(self.tr("Leshua refund number"), "leshua_refund_id")
        self.refund = QLineEdit()
        self.refund.setPlaceholderText(self.tr("Refund number"))
        self.refund.setAccessibleName(self.tr("Refund number"))
        kind_label, refund_label = QLabel(self.tr("&Kind:")), QLabel(self.tr("&Refund number:"))
        kind_label.setBuddy(self.kind)
        refund_label.setBuddy(self.refund)
        form = QFormLayout()
        form.addRow(kind_label, self.kind)
        form.addRow(refund_label, self.refund)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.refund.setFocus()

    def value(self) -> dict[str, str]:
        """{merchant_refund_id or leshua_refund_id: the number}, or {} when none was typed."""
        text = clean(self.refund.text())
        return {str(self.kind.currentData()): text} if text else {}
