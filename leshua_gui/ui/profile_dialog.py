"""Manage profiles: add, edit, rename, delete and test; keys go to the keyring through the core."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, assert_never, get_args

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.app.services import Services, is_demo
from leshua_gui.core.errors import InputError, LeshuaError, ProfileFormReason
from leshua_gui.core.profiles.close_settings import CLOSE_AFTER_DEFAULT, CLOSE_AFTER_MAX
from leshua_gui.core.profiles.store import Profile, PublicProfile, name_key, read_export
from leshua_gui.ui import i18n, theme
from leshua_gui.ui.i18n import domain_lang
from leshua_gui.ui.icons import icon
from leshua_gui.ui.result_view import plain
from leshua_gui.ui.tasks import Task, TaskContext, TaskRunner
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.core.profiles.check import ProfileCheck

GATEWAYS = ("production", "test", "sandbox", "custom")


class KeyField(QLineEdit):
    """A password field with a reveal toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QAction(icon("eye"), "", self)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._toggle)
        self.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )  # fmt: skip

    def _toggle(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setIcon(icon("eye-off" if shown else "eye"))

    def retranslate(self, what: str) -> None:
        self.reveal.setToolTip(fill(self.tr("Show or hide the %1"), what))
        self.setAccessibleName(what)


class ProfileDialog(QDialog):
    profiles_changed = Signal()

    def __init__(self, ctx: Services, runner: TaskRunner, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.lang = ctx, runner, lang
        self._current: Profile | None = None
        self._test_task: Task[ProfileCheck] | None = None
        self.finished.connect(self._drop_test)  # a test still running answers no one
        self.setMinimumSize(760, 460)

        self.banner = plain()
        self.banner.setWordWrap(True)
        self.session_box = QCheckBox()
        self.session_box.toggled.connect(self._session_toggled)

        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._selected)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self._new)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export)
        self._pending: list[PublicProfile] = []  # imported profiles still waiting for keys
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.import_button)
        row2.addWidget(self.export_button)
        left.addLayout(row2)

        self.name = QLineEdit()
        self.merchant_id = QLineEdit()
        self.merchant_id.setMaxLength(10)
        self.merchant_id.setInputMask("")
        self.gateway = QComboBox()
        self.gateway_url = QLineEdit()
        self.gateway_url.setPlaceholderText("https://")
        self.gateway.currentIndexChanged.connect(self._gateway_changed)
        self.note = QLineEdit()
        self.transaction_key = KeyField()
        self.notify_key = KeyField()
        self.key_state = plain()
        self.key_state.setWordWrap(True)
        # closing orders: off unless the owner of this machine ticks it (never by an import)
        self.allow_close = QCheckBox()
        self.allow_close_note = plain()
        self.allow_close_note.setWordWrap(True)
        self.allow_close_note.setStyleSheet("color: palette(mid);")
        self.close_after = QSpinBox()
        self.close_after.setRange(0, CLOSE_AFTER_MAX)
        self.close_after.setValue(CLOSE_AFTER_DEFAULT)
        self.form = QFormLayout()
        self.labels = {
            k: QLabel()
            for k in ("name", "mid", "gateway", "url", "note", "tkey", "nkey", "close_after")
        }
        for key, field in (("name", self.name), ("mid", self.merchant_id),
                           ("gateway", self.gateway), ("url", self.gateway_url),
                           ("note", self.note), ("tkey", self.transaction_key),
                           ("nkey", self.notify_key)):  # fmt: skip
            self.labels[key].setBuddy(field)
            self.form.addRow(self.labels[key], field)
        self.form.addRow("", self.key_state)
        self.form.addRow("", self.allow_close)
        self.form.addRow("", self.allow_close_note)
        self.labels["close_after"].setBuddy(self.close_after)
        self.form.addRow(self.labels["close_after"], self.close_after)

        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self._test)
        self.verdict = plain()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = plain()
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addLayout(actions)
        right.addWidget(self.verdict)
        right.addWidget(self.message)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(self.session_box)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)

        self.setTabOrder(self.list, self.name)
        for a, b in ((self.name, self.merchant_id), (self.merchant_id, self.gateway),
                     (self.gateway, self.gateway_url), (self.gateway_url, self.note),
                     (self.note, self.transaction_key), (self.transaction_key, self.notify_key),
                     (self.notify_key, self.allow_close), (self.allow_close, self.close_after),
                     (self.close_after, self.save_button), (self.save_button, self.test_button)):  # fmt: skip
            self.setTabOrder(a, b)
        self.retranslate()
        self._refresh_banner()
        self._reload()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Manage profiles"))
        self.new_button.setText(self.tr("&New"))
        self.delete_button.setText(self.tr("&Delete"))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Add profiles from a file a colleague exported (you enter the keys)")
        )
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Write the profiles to a file for a colleague (never the keys)")
        )
        self.save_button.setText(self.tr("&Save"))
        self.test_button.setText(self.tr("&Test this profile"))
        self.session_box.setText(
            self.tr("Keep keys for this session only (asked again at the next start)")
        )
        texts = {
            "name": self.tr("N&ame:"), "mid": self.tr("&Merchant id:"),
            "gateway": self.tr("&Gateway:"), "url": self.tr("Gateway &URL:"),
            "note": self.tr("N&ote:"), "tkey": self.tr("Transaction &key:"),
            "nkey": self.tr("Noti&fy key:"),
            "close_after": self.tr("Tell me &when still unpaid after:"),
        }  # fmt: skip
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.merchant_id.setPlaceholderText(self.tr("10 digits, leading zeros count"))
        self.note.setPlaceholderText(self.tr("optional"))
        self.transaction_key.retranslate(self.tr("transaction key"))
        self.notify_key.retranslate(self.tr("notify key"))
        self.allow_close.setText(self.tr("Allow c&losing orders"))
        self.allow_close_note.setText(
            self.tr(
                "Closing changes the order at the gateway: a payment that arrives after it is "
                "refused."
            )
        )
        self.allow_close.setToolTip(self.allow_close_note.text())
        self.close_after.setSuffix(self.tr(" min"))
        self.close_after.setSpecialValueText(self.tr("never"))
        self.close_after.setToolTip(
            self.tr(
                "How long an order being watched may stay unpaid before you are told, so you can "
                "close it; 0 means never."
            )
        )
        self.close_after.setAccessibleName(self.tr("Tell me when still unpaid after (minutes)"))
        current = self.gateway.currentIndex()
        self.gateway.blockSignals(True)
        self.gateway.clear()
        names = {"production": self.tr("Production"), "test": self.tr("Test"),
                 "sandbox": self.tr("Sandbox (local demo)"), "custom": self.tr("Custom URL")}  # fmt: skip
        for key in GATEWAYS:
            self.gateway.addItem(names[key], key)
        self.gateway.setCurrentIndex(max(0, current))
        self.gateway.blockSignals(False)
        self.list.setAccessibleName(self.tr("Profiles"))

    def _refresh_banner(self) -> None:
        status = self.ctx.keyring_status
        if self.ctx.keyring_usable:
            from leshua_gui.core.text.keyring_words import backend_name

            shown = backend_name(status.name, i18n.domain_lang(i18n.current()))
            self.banner.setText(fill(self.tr("Keys are kept in the system keyring (%1)."), shown))
            self.banner.setToolTip(status.name)  # the backend itself, for support
            self.banner.setStyleSheet("color: palette(mid);")
            self.session_box.hide()
            return
        t = theme.tone("wait")
        self.banner.setStyleSheet(
            f"color: {t.fg}; background: {t.bg}; padding: 8px; border-radius: 6px;"
        )
        self.banner.setText(self.keyring_problem_text())
        self.session_box.show()
        self.session_box.blockSignals(True)
        self.session_box.setChecked(self.ctx.session_only)
        self.session_box.setEnabled(not self.ctx.session_only)
        self.session_box.blockSignals(False)

    def keyring_problem_text(self) -> str:
        """Why keys cannot go to the keyring, and what to do, in the UI language."""
        status = self.ctx.keyring_status
        problems = {
            "none": self.tr("no keyring was found"),
            "discards": self.tr("it discards every secret"),
            "plaintext": self.tr("it keeps secrets in a file other programs can read"),
            "broken": self.tr("it could not be loaded"),
        }
        if status.problem:
            why = self.tr("The keyring found here (%1) cannot keep keys safely: %2.")
            why = fill(why, status.name, problems.get(status.problem, status.reason or ""))
        else:
            error = getattr(self.ctx.keys, "error", None)
            why = error.message if error is not None else status.message()
        if status.safe_alternative:  # a safe backend is there, chained with an unsafe one
            advice = fill(
                self.tr(
                    "A safe keyring is installed too: pick it explicitly with the environment variable "
                    "PYTHON_KEYRING_BACKEND=%1 (or default-keyring=%1 in keyringrc.cfg), or uninstall "
                    "keyrings.alt; or keep the keys for this session only."
                ),
                status.safe_alternative,
            )
        elif sys.platform.startswith("linux"):
            advice = self.tr(
                "Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install "
                "gnome-keyring), then start Leshua Desk again; or keep the keys for this session only."
            )
        else:
            advice = self.tr(
                "Allow access to the system keyring, or keep the keys for this session only."
            )
        return f"{why} {advice}"

    def _session_toggled(self, on: bool) -> None:
        if on:
            self.ctx.use_session_keys()
            self._refresh_banner()
            self._selected(self.list.currentItem(), None)

    # -- list -------------------------------------------------------------------------------

    def _reload(self, select_id: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        try:
            profiles = [p for p in self.ctx.store.list() if not is_demo(p)]
        except LeshuaError as exc:
            profiles = []
            self._say(exc.message, "bad")
        # two lines each (name, then merchant id and environment), with room for both: the
        # default height is a few pixels short and the second line is elided away
        lines = self.list.fontMetrics().lineSpacing()
        for profile in profiles:
            item = QListWidgetItem(
                icon("profile"),
                f"{profile.name}\n{profile.merchant_id} · {self._environment(profile)}",
            )
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            item.setSizeHint(QSize(0, max(2 * lines + 12, 40)))
            self.list.addItem(item)
        self.list.blockSignals(False)
        target = 0
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == select_id:
                target = i
        if self.list.count():
            self.list.setCurrentRow(target)
        else:
            self._new()

    def _environment(self, profile: Profile) -> str:
        """The profile's environment as the Gateway box names it."""
        index = self.gateway.findData(profile.environment)
        return self.gateway.itemText(index) if index >= 0 else profile.environment

    def _selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.verdict.clear()
        if item is None:
            return
        profile_id = item.data(Qt.ItemDataRole.UserRole)
        profile = next((p for p in self.ctx.store.list() if p.id == profile_id), None)
        if profile is None:
            return
        self._current = profile
        self._mark([])
        self.name.setText(profile.name)
        self.merchant_id.setText(profile.merchant_id)
        if profile.gateway in GATEWAYS:
            self.gateway.setCurrentIndex(GATEWAYS.index(profile.gateway))
            self.gateway_url.clear()
        else:
            self.gateway.setCurrentIndex(GATEWAYS.index("custom"))
            self.gateway_url.setText(profile.gateway)
        self._gateway_changed()
        self.note.setText(profile.note)
        self.allow_close.setChecked(profile.allow_close)
        self.close_after.setValue(profile.close_after_minutes)
        self.transaction_key.clear()
        self.notify_key.clear()
        self._show_key_state(profile)
        self.delete_button.setEnabled(True)
        self.delete_button.setToolTip("")
        self.test_button.setEnabled(True)

    def _show_key_state(self, profile: Profile) -> None:
        parts = []
        try:
            for kind, field, what in (("transaction", self.transaction_key, self.tr("transaction key")),
                                      ("notify", self.notify_key, self.tr("notify key"))):  # fmt: skip
                hint = self.ctx.store.key_hint(profile, kind)  # type: ignore[arg-type]
                if hint:
                    field.setPlaceholderText(fill(self.tr("unchanged (%1)"), hint))
                    parts.append(fill(self.tr("%1 is set (%2)"), what, hint))
                else:
                    field.setPlaceholderText(self.tr("not set"))
                    parts.append(fill(self.tr("%1 is not set"), what))
            self.key_state.setText("; ".join(parts))
            self.key_state.setStyleSheet("color: palette(mid);")
        except LeshuaError as exc:
            self.key_state.setText(exc.message)
            self.key_state.setStyleSheet(f"color: {theme.tone('bad').fg};")

    def _new(self) -> None:
        self._current = None
        self._mark([])
        self.list.clearSelection()
        for field in (self.name, self.merchant_id, self.gateway_url, self.note,
                      self.transaction_key, self.notify_key):  # fmt: skip
            field.clear()
        self.transaction_key.setPlaceholderText(self.tr("required"))
        self.notify_key.setPlaceholderText(self.tr("optional: for checking callbacks"))
        self.gateway.setCurrentIndex(0)
        self._gateway_changed()
        self.allow_close.setChecked(False)
        self.close_after.setValue(CLOSE_AFTER_DEFAULT)
        self.key_state.clear()
        self.verdict.clear()
        self.delete_button.setEnabled(False)
        self.delete_button.setToolTip(self.tr("Nothing to delete: this profile is not saved yet."))
        self.test_button.setEnabled(True)  # a new profile can be tested before it is saved
        self.name.setFocus()

    def _gateway_changed(self) -> None:
        self.gateway_url.setEnabled(self.gateway.currentData() == "custom")

    # -- actions ----------------------------------------------------------------------------

    def _say(self, text: str, tone_name: str = "info") -> None:
        t = theme.tone(tone_name)
        self.message.setStyleSheet(f"color: {t.fg};")
        self.message.setText(text)

    def _gateway_value(self) -> str:
        key = self.gateway.currentData()
        return self.gateway_url.text().strip() if key == "custom" else str(key)

    def _form_problems(self) -> list[tuple[QWidget, str]]:
        """What is wrong with the form, field by field in the form's order (nothing is saved)."""
        from leshua_gui.core.profiles.store import check_gateway, check_name, check_note
        from leshua_gui.core.protocol.validation import check_merchant_id

        problems: list[tuple[QWidget, str]] = []

        def check(field: QWidget, test: Callable[[], object]) -> None:
            try:
                test()
            except InputError as exc:
                problems.append((field, self._input_text(exc)))

        check(self.name, lambda: check_name(self.name.text()))
        if not problems:
            taken = {name_key(p.name) for p in self.ctx.store.list()
                     if self._current is None or p.id != self._current.id}  # fmt: skip
            if name_key(self.name.text()) in taken:
                problems.append((self.name, self._form_text("profile_exists")))
        check(self.merchant_id, lambda: check_merchant_id(self.merchant_id.text()))
        if self.gateway.currentData() == "custom":
            check(self.gateway_url, lambda: check_gateway(self.gateway_url.text()))
        check(self.note, lambda: check_note(self.note.text()))
        if self._current is None and not self.transaction_key.text().strip():
            problems.append((self.transaction_key, self._form_text("key_missing")))
        return problems

    def _mark(self, faulty: list[QWidget]) -> None:
        """Outline the faulty fields (and only them)."""
        border = f"border: 1px solid {theme.tone('bad').fg};"
        for field in (self.name, self.merchant_id, self.gateway_url, self.note,
                      self.transaction_key, self.notify_key):  # fmt: skip
            field.setStyleSheet(border if field in faulty else "")

    def _save(self) -> None:
        problems = self._form_problems()
        self._mark([field for field, _ in problems])
        if problems:
            self._say("\n".join(f"• {text}" for _, text in problems), "bad")
            problems[0][0].setFocus()
            return
        transaction = self.transaction_key.text().strip()
        notify = self.notify_key.text().strip()
        try:
            if self._current is None:
                profile = self.ctx.store.add(
                    self.name.text(),
                    self.merchant_id.text(),
                    self._gateway_value(),
                    transaction_key=transaction,
                    notify_key=notify or None,
                    note=self.note.text(),
                    key_storage="session" if self.ctx.session_only else "keyring",
                    allow_close=self.allow_close.isChecked(),
                    close_after_minutes=self.close_after.value(),
                )
            else:
                profile = self.ctx.store.update(
                    self._current.name,
                    new_name=self.name.text(),
                    merchant_id=self.merchant_id.text(),
                    gateway=self._gateway_value(),
                    note=self.note.text(),
                    transaction_key=transaction or None,
                    notify_key=notify or None,
                    allow_close=self.allow_close.isChecked(),
                    close_after_minutes=self.close_after.value(),
                )
        except InputError as exc:
            self._say(self._input_text(exc), "bad")
            return
        except LeshuaError as exc:
            self._say(exc.message, "bad")
            return
        self._say(fill(self.tr("Saved “%1”."), profile.name), "good")
        self.transaction_key.clear()
        self.notify_key.clear()
        self.profiles_changed.emit()
        self._reload(profile.id)
        if self._pending and self._current is not None and self._current.id == profile.id:
            self._next_import()

    # -- handing a setup to a colleague -----------------------------------------------------

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export profiles"), str(Path.home() / "leshua-profiles.json"),
            self.tr("Profiles (*.json)"),
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            count = self.ctx.store.export(path)
        except (OSError, LeshuaError) as exc:
            self._say(str(getattr(exc, "message", exc)), "bad")
            return
        self._say(
            fill(self.tr("%1 profiles written to %2 (without keys)."), str(count), str(path)),
            "good",
        )

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import profiles"), str(Path.home()), self.tr("Profiles (*.json)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Each imported profile fills the form in turn; it is saved once its keys are typed."""
        try:
            specs = read_export(path)
        except InputError as exc:
            self._say(exc.message, "bad")
            return
        existing = {name_key(p.name) for p in self.ctx.store.list()}
        self._pending = [s for s in specs if name_key(s["name"]) not in existing]
        skipped = len(specs) - len(self._pending)
        if not self._pending:
            self._say(
                self.tr("Nothing to import: every profile in the file already exists."), "info"
            )
            return
        if skipped:
            self._say(
                fill(self.tr("%1 profiles already exist and were skipped."), str(skipped)),
                "info",
            )
        self._next_import()

    def _next_import(self) -> None:
        spec = self._pending.pop(0)
        self._new()
        self.name.setText(spec["name"])
        self.merchant_id.setText(spec["merchant_id"])
        gateway = spec["gateway"]
        if gateway in GATEWAYS:
            self.gateway.setCurrentIndex(GATEWAYS.index(gateway))
        else:
            self.gateway.setCurrentIndex(GATEWAYS.index("custom"))
            self.gateway_url.setText(gateway)
        self._gateway_changed()
        self.note.setText(spec["note"])
        self.close_after.setValue(spec["close_after_minutes"])  # closing stays off: _new
        self.transaction_key.setFocus()
        waiting = fill(self.tr("Importing “%1”: enter its keys, then Save."), spec["name"])
        if self._pending:
            waiting += " " + fill(self.tr("%1 more to come."), str(len(self._pending)))
        self._say(waiting, "info")

    def _input_text(self, exc: InputError) -> str:
        """The form's own words for a reason it knows; the core's message for any other."""
        if _is_form_reason(exc.reason):
            return self._form_text(exc.reason)
        return exc.message

    def _form_text(self, reason: ProfileFormReason) -> str:
        """A new ProfileFormReason needs its words here (mypy checks the match covers it)."""
        match reason:
            case "profile_name":
                return self.tr("Give the profile a name (one line, up to 80 characters).")
            case "profile_exists":
                return self.tr("A profile with this name already exists.")
            case "merchant_id":
                return self.tr("The merchant id is exactly 10 digits; leading zeros count.")
            case "gateway_url":
                return self.tr("The gateway URL must start with https:// (plain http only for this computer).")  # fmt: skip
            case "key_missing":
                return self.tr("Enter the transaction key.")
            case "profile_name_chars":
                return self.tr("A profile name cannot contain control, direction-changing or invisible characters.")  # fmt: skip
            case "profile_note":
                return self.tr("A note is at most 2000 characters, without control or direction-changing characters.")  # fmt: skip
            case _:
                assert_never(reason)

    def _delete(self) -> None:
        if self._current is None:
            return
        name = self._current.name
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(  # destructive: No is the default (Enter keeps it)
            self,
            self.tr("Delete profile"),
            fill(self.tr("Delete the profile “%1” and remove its keys from the keyring?"), name),
            yes | no,
            no,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.store.remove(name)
        except LeshuaError as exc:
            self._say(exc.message, "bad")
            return
        self._say(fill(self.tr("Deleted “%1”."), name), "good")
        self.profiles_changed.emit()
        self._reload()

    def _form_profile(self) -> Profile:
        """What the form says now, saved or not (for a test: nothing is written)."""
        from leshua_gui.core.profiles.store import check_gateway
        from leshua_gui.core.protocol.validation import check_merchant_id

        base = self._current
        name = self.name.text().strip() or (base.name if base else "")
        mid = check_merchant_id(self.merchant_id.text())
        gateway = check_gateway(self._gateway_value())
        if base is not None:
            from dataclasses import replace

            return replace(base, name=name, merchant_id=mid, gateway=gateway, note=self.note.text())
        return Profile(name, mid, gateway, self.note.text())

    def _form_key(self, profile: Profile) -> str:
        """The typed key, else the saved profile's (the key field says "unchanged")."""
        typed = self.transaction_key.text().strip()
        if typed:
            return typed
        if self._current is not None:
            return self.ctx.transaction_key(self._current)
        if profile.is_sandbox:
            return self.ctx.transaction_key(profile)  # the demo merchant's public key
        raise InputError("no transaction key was given", reason="key_missing")

    def _test(self) -> None:
        """Test what is in the form: unsaved merchant id, gateway and keys included."""
        try:
            profile = self._form_profile()
            key = self._form_key(profile)
            client = self.ctx.client_for(profile, key)
        except InputError as exc:
            self._show_verdict_text(self._input_text(exc), "bad")
            return
        except LeshuaError as exc:
            self._show_verdict_text(exc.message, "bad")
            return
        self.test_button.setEnabled(False)
        self._show_verdict_text(self.tr("Testing…"), "info")

        from leshua_gui.core.profiles.check import check_profile

        def work(_ctx: TaskContext[None]) -> ProfileCheck:
            with client:
                return check_profile(client)

        self._test_task = self.runner.run(
            work, on_success=self._tested, on_failure=self._test_failed, abandonable=True
        )

    def _drop_test(self) -> None:
        if self._test_task is not None:
            self._test_task.cancel()
            self._test_task = None

    def _tested(self, check: ProfileCheck) -> None:
        self.test_button.setEnabled(True)
        self._show_verdict_text(check.text(domain_lang(self.lang)), "good" if check.ok else "bad")

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, LeshuaError):
            self._show_verdict_text(exc.message, "bad")
            return
        import logging

        logging.getLogger(__name__).error("profile test failed", exc_info=exc)
        self._show_verdict_text(
            fill(
                self.tr("The test could not be completed (%1): the log has the details."),
                type(exc).__name__,
            ),
            "bad",
        )

    def _show_verdict_text(self, text: str, tone_name: str) -> None:
        t = theme.tone(tone_name)
        self.verdict.setStyleSheet(
            f"color: {t.fg}; background: {t.bg}; padding: 6px; border-radius: 6px;"
        )
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text)


def _is_form_reason(reason: str) -> TypeGuard[ProfileFormReason]:
    return reason in get_args(ProfileFormReason)
