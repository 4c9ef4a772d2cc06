"""Help > States and what to do, and Help > Keyboard shortcuts: read-only pages in the window's
language. The shortcuts are read off the window itself, so the list cannot drift from it."""

from __future__ import annotations

from html import escape as _esc

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.core.text import help_words
from leshua_gui.core.text.labels import Lang


def _mnemonic(text: str) -> tuple[str, str] | None:
    """(letter, text without the ampersand) of a Qt text with an accelerator, else None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            plain = (text[:i] + text[i + 1 :]).replace("&&", "&")
            return text[i + 1].upper(), plain.replace("…", "").strip()
        i += 1
    return None


def states_html(lang: Lang) -> str:
    """Every trade and refund state: what it means and the next step; then trust and refunds."""
    rows = "".join(
        f"<tr><td><b>{_esc(state)}</b> [{code}]</td><td>{_esc(means)}</td><td>{_esc(step)}</td></tr>"
        for code, state, means, step in help_words.trade_states(lang)
    )
    refunds = "".join(
        f"<tr><td><b>{_esc(state)}</b> [{code}]</td><td>{_esc(step)}</td></tr>"
        for code, state, step in help_words.refund_states(lang)
    )
    word = help_words.word
    return (
        f"<h3>{_esc(word('trade_states', lang))}</h3>"
        f"<table cellpadding='4'>{rows}</table>"
        f"<p>{_esc(word('unknown', lang))}</p><p>{_esc(word('untrusted', lang))}</p>"
        f"<h3>{_esc(word('refund_states', lang))}</h3>"
        f"<table cellpadding='4'>{refunds}</table>"
        f"<h3>{_esc(word('refund_numbers', lang))}</h3>"
        f"<p>{_esc(word('refund_numbers_text', lang))}</p>"
    )


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for the window as it is: its fixed keys, the menus' shortcuts and
    every accelerator of a visible control, menu title and tab."""
    rows = [
        (
            QCoreApplication.translate("HelpDialog", "Enter"),
            QCoreApplication.translate("HelpDialog", "Look up the order in the query bar"),
        ),
        (
            QCoreApplication.translate("HelpDialog", "Esc"),
            QCoreApplication.translate("HelpDialog", "Stop the running query"),
        ),
    ]
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            if not action.shortcut().isEmpty():
                plain = action.text().replace("&", "").replace("…", "")
                rows.append((action.shortcut().toString(), plain))
    seen: set[str] = set()
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    for text in texts:
        found = _mnemonic(text)
        if found is not None and found[0] not in seen:
            seen.add(found[0])
            rows.append((f"Alt+{found[0]}", found[1].rstrip(":：")))
    return rows


class HelpDialog(QDialog):
    """A read-only help page."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(html)  # built from escaped text only, never from an answer
        self.text.setAccessibleName(title)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()


def shortcuts_html(window: QMainWindow) -> str:
    rows = "".join(
        f"<tr><td><b>{_esc(keys)}</b></td><td>{_esc(what)}</td></tr>"
        for keys, what in shortcut_rows(window)
    )
    return f"<table cellpadding='4'>{rows}</table>"
