"""What the user is told of watched orders: the watcher's events brought to the GUI thread
(`WatchBridge`), and each notice said (`Notices`): in the system tray's message where there is a
tray, and always as a line the window shows (its status bar)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import labels
from leshua_gui.ui.icons import icon
from leshua_gui.ui.watch_model import duration_text, profile_words
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.app.watch import WatchEvent
    from leshua_gui.core.watch.schedule import NoticeKind
    from leshua_gui.core.watch.store import WatchEntry

#: How long a tray message stays (the system may shorten it).
MESSAGE_MS = 15_000


def _watched_s(entry: WatchEntry) -> float:
    """How long the order had been watched when the notice was made."""
    end = entry.ended_at or entry.last_at
    until = end.timestamp() if end is not None else time.time()
    return until - entry.added_at.timestamp()


def notice_text(
    entry: WatchEntry, lang: labels.Lang, notice: NoticeKind | None = None
) -> str | None:
    """The notice of a watched order in the UI language (sentences through Qt's translators,
    states in `lang`): `notice`, or the entry's last one; None when there is none."""
    kind = notice or entry.notice
    order = entry.order_id
    if kind == "final":
        state = labels.trade_state(entry.last_status or "", lang)
        if entry.amount is not None:
            return fill(
                QCoreApplication.translate("Notices", "Order %1 is now %2 (%3)"),
                order,
                state,
                format_yuan(entry.amount, symbol="¥"),
            )
        return fill(QCoreApplication.translate("Notices", "Order %1 is now %2"), order, state)
    if kind == "stale":
        return fill(
            QCoreApplication.translate("Notices", "Order %1 is still unpaid after %2 of watching"),
            order,
            duration_text(_watched_s(entry)),
        )
    if kind == "expired":
        watched = duration_text(_watched_s(entry))
        if entry.last_status:  # the last verified state (a later unverified check keeps it)
            return fill(
                QCoreApplication.translate("Notices", "Stopped watching %1 after %2: still %3"),
                order,
                watched,
                labels.trade_state(entry.last_status, lang),
            )
        return fill(
            QCoreApplication.translate(
                "Notices", "Stopped watching %1 after %2 without a verified answer"
            ),
            order,
            watched,
        )
    if kind == "no_profile":
        return fill(
            QCoreApplication.translate("Notices", "Stopped watching %1: its profile “%2” is gone"),
            order,
            profile_words(entry),
        )
    return None


class WatchBridge(QObject):
    """Pass `emit_event` as the Watcher's `on_event`: called on a check thread, it hands the
    event to the GUI thread, where `watch_event` is emitted. After `close()` events are dropped."""

    #: not named `event`: that is QObject.event, the virtual every Qt event goes through
    watch_event = Signal(object)  # WatchEvent, on the GUI thread
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open = True
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def emit_event(self, event: WatchEvent) -> None:
        if not self._open:
            return
        try:
            self._arrived.emit(event)
        except RuntimeError:  # the window is gone (its Qt object deleted) while a check ended
            self._open = False

    def _deliver(self, event: object) -> None:
        if self._open:
            self.watch_event.emit(event)

    def close(self) -> None:
        self._open = False


class Notices(QObject):
    """Says each notice of a watch event: `notice_text(text, entry id)` always (the window shows
    it), and the tray's message where the system has a tray. The tray icon is shown only while
    orders are watched or a notice is unseen (`set_counts`). Clicking the message or the icon
    emits `show_requested` with the last notice's entry id (0: none yet)."""

    notice_text = Signal(str, int)
    show_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: the language of the states named (the window sets it with its own)
        self.lang: labels.Lang = "en"
        self.last_entry_id = 0
        self.tray: QSystemTrayIcon | None = None
        self._watching = 0
        self._unseen = 0
        self._told = 0  # notices since the tray was last clicked

    @staticmethod
    def tray_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def on_event(self, event: WatchEvent) -> None:
        """On the GUI thread (connect `WatchBridge.watch_event` here)."""
        if event.notice is None:
            return
        text = notice_text(event.entry, self.lang, event.notice)
        if not text:
            return
        self.last_entry_id = event.entry.id
        self._told += 1
        if event.entry.unseen:
            self._unseen = max(self._unseen, 1)
        self._follow()
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(self.tr("Leshua Desk"), text, icon("app"), MESSAGE_MS)
        self.notice_text.emit(text, event.entry.id)

    def set_counts(self, watching: int, unseen: int) -> None:
        """How many orders are watched and notices unseen (connect WatchPanel.counts_changed)."""
        self._watching, self._unseen = watching, unseen
        self._follow()

    @property
    def tray_shown(self) -> bool:
        return self.tray is not None and self.tray.isVisible()

    def _follow(self) -> None:
        wanted = (self._watching > 0 or self._unseen > 0) and self.tray_available()
        if wanted and self.tray is None:
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(self._activated)
        if self.tray is None:
            return
        self.tray.setToolTip(self._tooltip())
        self.tray.setVisible(wanted)

    def _tooltip(self) -> str:
        if self._unseen:
            return fill(
                self.tr("Leshua Desk · orders watched: %1 · new notices: %2"),
                self._watching,
                self._unseen,
            )
        return fill(self.tr("Leshua Desk · orders watched: %1"), self._watching)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._clicked()

    def _clicked(self) -> None:
        """One notice since the last click: its order; several: the Watch tab (0), since the
        system may show any of their messages."""
        told, self._told = self._told, 0
        self.show_requested.emit(self.last_entry_id if told <= 1 else 0)

    def retranslate(self, lang: labels.Lang) -> None:
        self.lang = lang
        if self.tray is not None:
            self.tray.setToolTip(self._tooltip())

    def close(self) -> None:
        """Before the window closes: the tray icon goes."""
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
