"""Settings: language, polling deadline, timeouts, CA bundle, history, watch length. Backed by the core's typed settings,
whose declared ranges and choices (core/settings.py) are the spin boxes' limits."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.core.settings import (
    CONNECT_TIMEOUT_S,
    HISTORY_RETENTION_DAYS,
    LANGUAGES,
    POLL_DEADLINE_S,
    READ_TIMEOUT_S,
    WATCH_HOURS,
    Settings,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language = QComboBox()
        self.keep_polling = QCheckBox()
        self.deadline = QSpinBox()
        self.deadline.setRange(POLL_DEADLINE_S.low, POLL_DEADLINE_S.high)
        self.connect_timeout = QDoubleSpinBox()
        self.connect_timeout.setRange(CONNECT_TIMEOUT_S.low, CONNECT_TIMEOUT_S.high)
        self.read_timeout = QDoubleSpinBox()
        self.read_timeout.setRange(READ_TIMEOUT_S.low, READ_TIMEOUT_S.high)
        self.ca_bundle = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.browse)
        self.retention = QSpinBox()
        self.retention.setRange(HISTORY_RETENTION_DAYS.low, HISTORY_RETENTION_DAYS.high)
        #: how long a watched order is asked again before the watch gives up
        self.watch_hours = QSpinBox()
        self.watch_hours.setRange(WATCH_HOURS.low, WATCH_HOURS.high)

        self.form = QFormLayout()
        fields = (self.language, self.keep_polling, self.deadline, self.connect_timeout,
                  self.read_timeout, self.ca_bundle, self.retention, self.watch_hours)  # fmt: skip
        self.labels = [QLabel() for _ in fields]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, ca_row if field is self.ca_bundle else field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load(settings)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language.clear()
        names = {
            "system": self.tr("Follow the system"),
            "zh_CN": "简体中文",
            "zh_TW": "繁體中文",
            "en": "English",
        }
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.keep_polling.setText(self.tr("Keep querying until a final state"))
        self.deadline.setSuffix(self.tr(" s"))
        self.connect_timeout.setSuffix(self.tr(" s"))
        self.read_timeout.setSuffix(self.tr(" s"))
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setSpecialValueText(self.tr("keep everything"))
        self.watch_hours.setSuffix(self.tr(" h"))
        self.watch_hours.setToolTip(
            self.tr(
                "A watched order is asked again in the background until its state is final, "
                "for at most this long"
            )
        )
        self.ca_bundle.setPlaceholderText(self.tr("system certificates"))
        self.browse.setText(self.tr("B&rowse…"))
        rows = [
            self.tr("&Language:"),
            self.tr("Polling:"),
            self.tr("Polling &deadline:"),
            self.tr("&Connect timeout:"),
            self.tr("&Answer timeout:"),
            self.tr("CA &bundle (corporate proxy):"),
            self.tr("Keep &history for:"),
            self.tr("&Watch orders for up to:"),
        ]
        for label, text in zip(self.labels, rows, strict=True):
            label.setText(text)

    def _load(self, settings: Settings) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.keep_polling.setChecked(settings.keep_polling)
        self.deadline.setValue(settings.poll_deadline_s)
        self.connect_timeout.setValue(settings.connect_timeout_s)
        self.read_timeout.setValue(settings.read_timeout_s)
        self.ca_bundle.setText(settings.ca_bundle)
        self.retention.setValue(settings.history_retention_days)
        self.watch_hours.setValue(settings.watch_hours)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle"), "", self.tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if path:
            self.ca_bundle.setText(path)

    def value(self) -> Settings:
        return replace(
            self._settings,
            language=str(self.language.currentData()),
            keep_polling=self.keep_polling.isChecked(),
            poll_deadline_s=self.deadline.value(),
            connect_timeout_s=self.connect_timeout.value(),
            read_timeout_s=self.read_timeout.value(),
            ca_bundle=self.ca_bundle.text().strip(),
            history_retention_days=self.retention.value(),
            watch_hours=self.watch_hours.value(),
        ).checked()
