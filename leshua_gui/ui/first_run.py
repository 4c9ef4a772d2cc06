"""What the window shows before any profile exists: what the app does, and the two ways in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leshua_gui.ui.icons import icon


class FirstRunPanel(QWidget):
    create_profile = Signal()
    open_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        layout.addWidget(self.welcome)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_profile_button = QPushButton(icon("profile"), "")
        self.create_profile_button.clicked.connect(self.create_profile)
        self.open_demo_button = QPushButton(icon("demo"), "")
        self.open_demo_button.clicked.connect(self.open_demo)
        buttons.addWidget(self.create_profile_button)
        buttons.addWidget(self.open_demo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def retranslate(self) -> None:
        self.welcome.setText(
            "<div align='center'><h2>" + self.tr("Welcome to Leshua Desk") + "</h2><p>"
            + self.tr("Look up Leshua payment orders and check that the gateway's answer is "
                      "genuine. Create a profile with your merchant id and keys, or open the demo "
                      "to see every order state on a local sandbox gateway.") + "</p></div>"
        )  # fmt: skip
        self.create_profile_button.setText(self.tr("&Create a profile…"))
        self.open_demo_button.setText(self.tr("Open the &demo"))
