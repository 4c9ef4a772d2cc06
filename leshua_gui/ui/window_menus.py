"""The main window's menus (File, Tools, Help) and the About box's text."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from leshua_gui import __version__
from leshua_gui.ui.icons import icon

if TYPE_CHECKING:
    from leshua_gui.app.services import Services

Slot = Callable[[], object]


class WindowMenus(QObject):
    """Builds the menu bar of `window`; each entry calls the slot it was given."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        profiles: Slot,
        settings: Slot,
        quit: Slot,
        refund: Slot,
        batch: Slot,
        services: Services,
        lang: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._lang = lang  # the window's language, as it is when a dialog opens

        # QAction objects and string shortcuts: the overloads of addAction(icon, text) and
        # setShortcut(StandardKey) make PySide build every Qt enum, ~10 ms of start-up.
        def action(menu: QMenu, icon_name: str | None, slot: Slot) -> QAction:
            act = QAction(window)
            if icon_name:
                act.setIcon(icon(icon_name))
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.profiles_action = action(self.file_menu, "profile", profiles)
        self.settings_action = action(self.file_menu, "settings", settings)
        self.file_menu.addSeparator()
        self.quit_action = action(self.file_menu, None, quit)  # shortcut: add_late_shortcuts
        self.tools_menu = bar.addMenu("")
        self._batch = batch
        #: "Check a list of orders…" (Ctrl+L), first in Tools: added after the first paint
        self.batch_action: QAction | None = None
        self.refund_action = action(self.tools_menu, "state-refunded", refund)
        self.callback_action = action(self.tools_menu, "verified", self.open_callback_check)
        self.help_menu = bar.addMenu("")
        self.states_action = action(self.help_menu, None, self.show_states)
        self.shortcuts_action = action(self.help_menu, None, self.show_shortcuts)
        self.help_menu.addSeparator()
        self.logs_action = action(self.help_menu, None, self.open_log_folder)
        self.about_action = action(self.help_menu, "app", self.show_about)

    def add_late_shortcuts(self) -> None:
        """Shortcuts that can wait for the first paint."""
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        if self.batch_action is None:
            act = QAction(icon("search"), self.tr("Check a &list of orders…"), self._window)
            act.setShortcut(QKeySequence("Ctrl+L"))
            act.triggered.connect(lambda: self._batch())  # not triggered's `checked`
            self.tools_menu.insertAction(self.refund_action, act)
            self.batch_action = act

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.profiles_action.setText(self.tr("Manage &profiles…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        if self.batch_action is not None:
            self.batch_action.setText(self.tr("Check a &list of orders…"))
        self.refund_action.setText(self.tr("Look up a &refund…"))
        self.callback_action.setText(self.tr("Check a &callback…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.states_action.setText(self.tr("&States and what to do"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.logs_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About Leshua Desk"))

    def open_callback_check(self) -> None:
        from leshua_gui.ui.callback_dialog import CallbackDialog
        from leshua_gui.ui.widgets import used_once

        dialog = CallbackDialog(self._services, self._lang(), self._window)
        with used_once(dialog):
            dialog.exec()

    def show_states(self) -> None:
        from leshua_gui.ui import i18n
        from leshua_gui.ui.help_dialog import HelpDialog, states_html
        from leshua_gui.ui.widgets import used_once

        html = states_html(i18n.domain_lang(self._lang()))
        with used_once(HelpDialog(self.tr("States and what to do"), html, self._window)) as d:
            d.exec()

    def show_shortcuts(self) -> None:
        from leshua_gui.ui.help_dialog import HelpDialog, shortcuts_html
        from leshua_gui.ui.widgets import used_once

        html = shortcuts_html(self._window)
        with used_once(HelpDialog(self.tr("Keyboard shortcuts"), html, self._window)) as d:
            d.exec()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._services.paths.logs)))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self._window, self.tr("About Leshua Desk"), self.about_text())

    def about_text(self) -> str:
        """The About box: the version, what it runs on, and where its data and logs are."""
        import platform  # for the About box only: not at start-up

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        name = self.tr("Leshua Desk")
        return (
            f"<h3>{name} {__version__}</h3>"
            + "<p>" + self.tr("Look up Leshua payment orders and verify the gateway's answers.") + "</p>"
            + "<table>"
            + "<tr><td>" + self.tr("Qt") + f"</td><td>{qVersion()} (PySide6 {pyside_version})</td></tr>"
            + "<tr><td>" + self.tr("Python") + f"</td><td>{platform.python_version()} ({sys.platform})</td></tr>"
            + "<tr><td>" + self.tr("Keyring") + f"</td><td>{self._services.keyring_status.name}</td></tr>"
            + "<tr><td>" + self.tr("Data") + f"</td><td>{self._services.paths.data}</td></tr>"
            + "<tr><td>" + self.tr("Logs") + f"</td><td>{self._services.paths.logs}</td></tr>"
            + "</table>"
        )  # fmt: skip
