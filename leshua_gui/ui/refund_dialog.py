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

from leshua_gui.core.errors import InputError
from leshua_gui.core.protocol.validation import check_refund_id, clean
from leshua_gui.ui import theme
from leshua_gui.ui.result_view import plain
from leshua_gui.ui.wording import fill


class RefundDialog(QDialog):
    def __init__(self, order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Look up a refund"))
        self.setMinimumWidth(440)
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
        #: why the number was refused (shown under it until it is edited)
        self.problem = plain()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.tone('bad').fg};")
        self.problem.hide()
        self.refund.textChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.refund.setFocus()

    def accept(self) -> None:
        """Only a number that can be sent closes the dialog; otherwise it says what is wrong."""
        why = self.refused_because(self.refund.text())
        if why is None:
            super().accept()
            return
        self.problem.setText(why)
        self.problem.show()
        self.adjustSize()  # room for the reason's lines: a wrapped label does not ask for it
        self.refund.setStyleSheet(f"QLineEdit {{ border: 1px solid {theme.tone('bad').fg}; }}")
        self.refund.setFocus()
        self.refund.selectAll()

    def _edited(self) -> None:
        self.problem.hide()
        self.refund.setStyleSheet("")

    def refused_because(self, text: str) -> str | None:
        """What is wrong with `text` as a refund number, in the window's words; None if fine."""
        value = clean(text)
        if not value:
            return self.tr(
                "Type the refund number (from the refund notice or the merchant's records)."
            )
        try:
            check_refund_id(value)
        except InputError as exc:
            if exc.reason != "refund_id":
                return exc.message
            rule = self.tr("A refund number is 1–64 printable ASCII characters without spaces")
            if any(c.isspace() for c in value):
                what = self.tr("this one has a space in it")
            elif not value.isascii():
                what = self.tr("this one has characters that are not ASCII (such as Chinese)")
            elif len(value) > 64:
                what = fill(self.tr("this one is %1 characters long, at most 64 fit"), len(value))
            else:
                what = self.tr("this one has a character that cannot be sent")
            return f"{rule}: {what}."
        return None

    def value(self) -> dict[str, str]:
        """{merchant_refund_id or leshua_refund_id: the number}, or {} when none was typed."""
        text = clean(self.refund.text())
        return {str(self.kind.currentData()): text} if text else {}
