"""The profile selector: which merchant the query bar asks for, and the way to manage them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from leshua_gui.app.services import is_demo, recorded_by
from leshua_gui.core.profiles.store import Profile
from leshua_gui.ui.icons import icon

if TYPE_CHECKING:
    from leshua_gui.core.history.record import HistoryRecord


class ProfileBar(QWidget):
    changed = Signal()  # another profile is selected (or the list was reloaded)
    manage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the profiles in the selector by id: the query bar asks for the current profile on
        #: every keystroke, and reading profiles.json each time would put disk I/O in typing
        self._listed: dict[str, Profile] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.profile_label = QLabel()
        self.profile_box = QComboBox()
        self.profile_box.setMinimumWidth(260)
        self.profile_box.currentIndexChanged.connect(self.changed)
        self.profile_label.setBuddy(self.profile_box)
        self.manage_button = QPushButton(icon("profile"), "")
        self.manage_button.clicked.connect(self.manage_requested)
        row.addWidget(self.profile_label)
        row.addWidget(self.profile_box, 1)
        row.addWidget(self.manage_button)
        self.setTabOrder(self.profile_box, self.manage_button)

    def retranslate(self) -> None:
        self.profile_label.setText(self.tr("&Profile:"))
        self.manage_button.setText(self.tr("&Manage profiles…"))
        self.manage_button.setAccessibleName(self.tr("Manage profiles"))
        for i in range(self.profile_box.count()):  # the demo merchant's name is in words
            profile = self._listed.get(self.profile_box.itemData(i))
            if profile is not None:
                self.profile_box.setItemText(i, self._item_text(profile))

    def show_profiles(
        self, profiles: list[Profile], select_name: str | None = None, select_id: str | None = None
    ) -> None:
        """List `profiles`, keeping the selection (or selecting the one named) without
        announcing each step; `changed` is emitted once at the end."""
        current_id = select_id or (None if select_name else self.profile_box.currentData())
        current = select_name or self.current_name()
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        self._listed = {p.id: p for p in profiles}
        for profile in profiles:
            self.profile_box.addItem(self._item_text(profile), profile.id)
        index = next(
            (i for i, p in enumerate(profiles) if current_id and p.id == current_id),
            next((i for i, p in enumerate(profiles) if p.name == current), 0),
        )
        self.profile_box.setCurrentIndex(index)
        self.profile_box.blockSignals(False)
        self.changed.emit()

    def current(self) -> Profile | None:
        return self._listed.get(self.profile_box.currentData() or "")

    def current_name(self) -> str:
        profile = self.current()
        return profile.name if profile else ""

    def _item_text(self, profile: Profile) -> str:
        return f"{self.shown_name(profile)}  ·  {profile.merchant_id}"

    def shown_name(self, profile: Profile) -> str:
        """The profile as the window names it (the demo merchant in the UI language)."""
        return self.tr("Demo merchant (sandbox)") if is_demo(profile) else profile.name

    def select_recorder(self, record: HistoryRecord) -> bool:
        """Select the profile that recorded `record` (same profile and merchant); False when
        there is none any more."""
        for i in range(self.profile_box.count()):
            profile = self._listed.get(self.profile_box.itemData(i))
            if profile is not None and recorded_by(profile, record):
                self.profile_box.setCurrentIndex(i)
                return True
        return False

    def set_locked(self, locked: bool) -> None:
        """While a lookup runs the profile being asked for stays as it is."""
        self.profile_box.setEnabled(not locked)
        busy = self.tr("A query is running: wait for it or cancel it (Esc).")
        self.profile_box.setToolTip(busy if locked else "")
