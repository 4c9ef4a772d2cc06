"""A batch job's totals as finance reads them: money by trade state and by pay way (verified
answers only, each order once), what was counted apart and never added to money, and the check
against the books. Shows a `Totals` computed elsewhere (off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leshua_gui.core.batch.totals import Money, Totals
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import batch_words, labels
from leshua_gui.ui import theme
from leshua_gui.ui.icons import pixmap
from leshua_gui.ui.wording import fill

#: The money columns of both tables: (batch_words.TOTALS key, Money attribute).
MONEY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("count", "count"),
    ("amount", "amount_fen"),
    ("buyer_paid", "buyer_paid_fen"),
    ("discount", "discount_fen"),
    ("settlement", "settlement_fen"),
)
#: What was counted apart (never added to money), as Totals attributes and their labels.
APART: tuple[str, ...] = ("untrusted", "errors", "not_found", "pending", "invalid", "duplicates")
#: The check against the books.
BOOKS: tuple[str, ...] = ("matched", "mismatches", "difference", "expected_not_found")

#: Room added to each column beyond its widest text (pixels).
PADDING = 14
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _order(codes: list[str], known: dict[str, object]) -> list[str]:
    """Codes in the order the labels table lists them, unknown ones after, "" (none) last."""
    position = {code: n for n, code in enumerate(known)}
    return sorted(codes, key=lambda c: (c == "", position.get(c, len(position)), c))


@cache
def _icon(name: str) -> QIcon:
    """Drawn once (an SVG engine would render on every paint)."""
    return QIcon(pixmap(name, 16))


def _signed_yuan(fen: int) -> str:
    return ("+" if fen > 0 else "") + format_yuan(fen, symbol="¥")


class MoneyTable(QTableWidget):
    """One group per row (a trade state or a pay way): count, then the amounts in yuan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 1 + len(MONEY_COLUMNS), parent)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(_RIGHT)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set_headers(self, first: str, lang: labels.Lang) -> None:
        # the discount's own label says coupons are in it: too long for a header, its tooltip
        words = {key: batch_words.totals_label(key, lang) for key, _ in MONEY_COLUMNS}
        short = {**words, "discount": labels.field_name("discount_amount", lang)}
        self.setHorizontalHeaderLabels(
            [first, *(labels.capital(short[k]) for k, _ in MONEY_COLUMNS)]
        )
        for column, (key, _) in enumerate(MONEY_COLUMNS, start=1):
            header = self.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(labels.capital(words[key]))
        item = self.horizontalHeaderItem(0)
        if item is not None:
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def show_groups(self, groups: list[tuple[str, str | None, Money]], fen: str) -> None:
        """(name, icon, money) per row; `fen` words an amount in fen (its tooltip, %1). The
        table is as tall as its rows."""
        self.setRowCount(len(groups))
        for row, (name, icon_name, money) in enumerate(groups):
            first = QTableWidgetItem(name)
            if icon_name:
                first.setIcon(_icon(icon_name))
            self.setItem(row, 0, first)
            for column, (_key, attribute) in enumerate(MONEY_COLUMNS, start=1):
                value = getattr(money, attribute)
                item = QTableWidgetItem(str(value) if attribute == "count" else format_yuan(value))
                item.setTextAlignment(_RIGHT)
                if attribute != "count":
                    item.setToolTip(fill(fen, value))
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(self.columnCount()):  # room between the figures
            header.resizeSection(column, header.sectionSize(column) + PADDING)
        self.fit_height()

    def fit_height(self) -> None:
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        if self.horizontalScrollBar().maximum() > 0:  # too narrow: the scroll bar takes room
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()


class TotalsView(QWidget):
    """The totals of one job; `show_totals(None)` while none are known yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: labels.Lang = "en"
        self.totals: Totals | None = None
        self._shown_lang: labels.Lang | None = None
        bold = QFont(self.font())
        bold.setBold(True)

        self.state_title = QLabel()
        self.state_title.setFont(bold)
        self.pay_way_title = QLabel()
        self.pay_way_title.setFont(bold)
        self.by_state = MoneyTable()
        self.by_pay_way = MoneyTable()
        self.not_final = QLabel()
        self.none_yet = QLabel()
        self.none_yet.setWordWrap(True)

        self.apart_box = QGroupBox()
        self.apart_form = self._form(self.apart_box)
        self.apart: dict[str, QLabel] = {}
        for key in APART:
            value = QLabel()
            value.setAlignment(_RIGHT)
            self.apart[key] = value
            self.apart_form.addRow(QLabel(), value)

        self.books_box = QGroupBox()
        self.books_form = self._form(self.books_box)
        self.books: dict[str, QLabel] = {}
        for key in ("expected", "books_total", *BOOKS):
            value = QLabel()
            value.setAlignment(_RIGHT)
            self.books[key] = value
            self.books_form.addRow(QLabel(), value)
        self.no_books = QLabel()
        self.no_books.setWordWrap(True)
        self.books_form.addRow(self.no_books)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {theme.tone('muted').fg};")
        for label in (self.not_final, self.none_yet, self.no_books):
            label.setTextFormat(Qt.TextFormat.PlainText)

        # Money on the left, the counts on the right: the totals fit under the rows.
        money = QVBoxLayout()
        money.setSpacing(4)
        for widget in (self.state_title, self.by_state, self.pay_way_title, self.by_pay_way,
                       self.not_final, self.none_yet):  # fmt: skip
            money.addWidget(widget)
        money.addStretch(1)
        counts = QVBoxLayout()
        counts.addWidget(self.apart_box)
        counts.addWidget(self.books_box)
        counts.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(money, 3)
        columns.addSpacing(12)
        columns.addLayout(counts, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setContentsMargins(10, 6, 10, 6)
        form.setVerticalSpacing(3)
        form.setHorizontalSpacing(24)
        return form

    # -- texts ------------------------------------------------------------------------------

    def _word(self, key: str) -> str:
        """A label of the totals as the window writes it (a capital first letter)."""
        return labels.capital(batch_words.totals_label(key, self.lang))

    def retranslate(self) -> None:
        self.state_title.setText(self._word("by_state"))
        self.pay_way_title.setText(self._word("by_pay_way"))
        self.by_state.set_headers(self.tr("Trade state"), self.lang)
        self.by_pay_way.set_headers(self.tr("Pay way"), self.lang)
        self.by_state.setAccessibleName(self._word("by_state"))
        self.by_pay_way.setAccessibleName(self._word("by_pay_way"))
        self.apart_box.setTitle(self.tr("Counted apart, never added to money"))
        self.books_box.setTitle(self.tr("Checked against the books"))
        self.note.setText(self._word("money_note"))
        self.no_books.setText(
            self.tr("The list gives no expected amounts: nothing was checked against the books.")
        )
        self._label(self.apart_form, [self._word(key) for key in APART])
        expected = self.tr("Rows with an expected amount")
        books = self.tr("Expected amounts in total")
        self._label(self.books_form, [expected, books, *(self._word(key) for key in BOOKS)])
        self._shown_lang = None  # word every figure again
        self.show_totals(self.totals)

    @staticmethod
    def _label(form: QFormLayout, names: list[str]) -> None:
        for row, name in enumerate(names):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setText(name)

    # -- values -----------------------------------------------------------------------------

    def show_totals(self, found: Totals | None) -> None:
        if found is not None and found == self.totals and self._shown_lang == self.lang:
            return  # a running job's pass found nothing new: nothing to lay out again
        self._shown_lang = self.lang
        self.totals = found
        lang = self.lang
        none = batch_words.totals_label("none", lang)
        if found is None:
            found = Totals()
        states: list[tuple[str, str | None, Money]] = [
            (labels.trade_state(code, lang) if code else none,
             theme.STATE_ICONS.get(code, "state-unknown") if code else None, found.by_state[code])
            for code in _order(list(found.by_state), dict(labels.TRADE_STATES))
        ]  # fmt: skip
        pay_ways: list[tuple[str, str | None, Money]] = [
            (labels.pay_way(code, lang) if code else none, theme.PAY_WAY_ICONS.get(code),
             found.by_pay_way[code])
            for code in _order(list(found.by_pay_way), dict(labels.PAY_WAYS))
        ]  # fmt: skip
        fen = self.tr("%1 fen")
        self.by_state.show_groups(states, fen)
        self.by_pay_way.show_groups(pay_ways, fen)
        has_money = bool(states)
        for widget in (self.by_state, self.by_pay_way, self.state_title, self.pay_way_title):
            widget.setVisible(has_money)
        self.none_yet.setVisible(not has_money)
        self.none_yet.setText(
            self.tr("No verified answer yet: money is shown here as verified answers come in.")
            if self.totals is not None
            else self.tr("Counting…")
        )
        self.not_final.setText(batch_words.pair(self._word("not_final"), found.not_final, lang))
        self.not_final.setVisible(found.not_final > 0)
        self._tint(self.not_final, "wait" if found.not_final else None)

        for key, label in self.apart.items():
            n = getattr(found, key)
            label.setText(str(n))
            bad = n and key in ("untrusted", "errors", "not_found", "invalid")
            self._tint(label, "bad" if bad else None)

        checked = found.expected > 0
        values: dict[str, Callable[[], str]] = {
            "expected": lambda: str(found.expected),
            "books_total": lambda: format_yuan(found.books_fen, symbol="¥"),
            "matched": lambda: str(found.matched),
            "mismatches": lambda: str(len(found.mismatches)),
            "difference": lambda: _signed_yuan(found.difference_fen),
            "expected_not_found": lambda: str(found.expected_not_found),
        }
        for row, (key, label) in enumerate(self.books.items()):
            label.setText(values[key]())
            bad = (key == "mismatches" and found.mismatches) or (
                key == "difference" and found.difference_fen
            ) or (key == "expected_not_found" and found.expected_not_found)  # fmt: skip
            self._tint(label, "bad" if bad else ("good" if key == "matched" else None))
            self.books_form.setRowVisible(row, checked)
        self.books["difference"].setToolTip(fill(fen, found.difference_fen))
        self.books["books_total"].setToolTip(fill(fen, found.books_fen))
        self.no_books.setVisible(not checked and self.totals is not None)

    @staticmethod
    def _tint(label: QLabel, tone: str | None) -> None:
        """A figure in its tone, bold (a style sheet is set only when the tone changes: each
        one restyles the label)."""
        if label.property("tone") == (tone or ""):
            return
        label.setProperty("tone", tone or "")
        if tone is None:
            label.setStyleSheet("")
            return
        label.setStyleSheet(f"color: {QColor(theme.tone(tone).fg).name()}; font-weight: bold;")
