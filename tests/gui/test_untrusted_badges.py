"""An untrusted answer leads with the distrust: "Untrusted answer" big, the claimed state small
after it; an unsigned success answer is as alarming as a mismatch; its pay-way icon is grey; its
values never copy as facts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from leshua_gui.ui import theme
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_view import ResultView
from tests.gui.test_query_results import query


def colourful(label: QLabel) -> bool:
    """Whether the label's picture has any clearly coloured (not grey) pixel."""
    image = label.pixmap().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (
                c.alpha() > 128
                and max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 40
            ):
                return True
    return False


def pay_way_icon(view: ResultView) -> QLabel:
    icon = view.details.findChild(QLabel, "pay_way_icon")
    assert icon is not None
    return icon


@pytest.mark.parametrize("order_id", ["FAULT-BAD-SIGN", "FAULT-NO-SIGN"])
def test_the_distrust_is_the_big_word_and_the_claim_follows_small(
    qtbot: QtBot, window: MainWindow, order_id: str
) -> None:
    query(qtbot, window, order_id)
    badge = window.tabs.result_view.state_badge
    assert badge.text.text() == "Untrusted answer"
    assert badge.detail.isVisible()
    assert badge.detail.text() == "claims: paid"
    assert badge.detail.font().pointSizeF() < badge.text.font().pointSizeF()
    layout = badge.layout()
    assert layout.indexOf(badge.text) < layout.indexOf(badge.detail)  # distrust first
    assert badge.tone_name == "bad"


def test_the_claimed_state_in_chinese(qtbot: QtBot, window_zh: MainWindow) -> None:
    query(qtbot, window_zh, "FAULT-BAD-SIGN")
    badge = window_zh.tabs.result_view.state_badge
    assert badge.text.text() == "不可信的应答"
    assert badge.detail.text() == "应答声称：支付成功"


def test_an_unsigned_success_answer_is_as_alarming_as_a_mismatch(
    qtbot: QtBot, window: MainWindow
) -> None:
    query(qtbot, window, "FAULT-BAD-SIGN")
    mismatch = window.tabs.result_view.verify_badge
    mismatch_tone, mismatch_style = mismatch.tone_name, mismatch.styleSheet()
    query(qtbot, window, "FAULT-NO-SIGN")
    unsigned = window.tabs.result_view.verify_badge
    assert unsigned.text.text() == "Unsigned"
    assert (unsigned.tone_name, unsigned.styleSheet()) == (mismatch_tone, mismatch_style)
    assert unsigned.tone_name == "bad"
    assert theme.tone("bad").fg in unsigned.text.styleSheet()


def test_an_unsigned_failure_answer_stays_quiet(qtbot: QtBot, window: MainWindow) -> None:
    """resp_code failures are never signed: nothing alarming about that."""
    query(qtbot, window, "FAULT-RESP-CODE")
    assert window.tabs.result_view.verify_badge.tone_name == "muted"


def test_the_pay_way_icon_of_an_untrusted_answer_is_grey(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "DEMO-PAID-WX")
    assert colourful(pay_way_icon(window.tabs.result_view))
    query(qtbot, window, "FAULT-BAD-SIGN")
    assert not colourful(pay_way_icon(window.tabs.result_view))


def test_copying_an_untrusted_value_carries_the_distrust(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "FAULT-BAD-SIGN")
    view = window.tabs.result_view
    buttons = [b for b in view.details.findChildren(QToolButton) if b.toolTip()]
    amount = next(b for b in buttons if b.toolTip().startswith("Copy Order amount"))
    assert amount.toolTip() == "Copy Order amount, marked as untrusted"
    amount.click()
    assert QGuiApplication.clipboard().text() == "888.00 (UNTRUSTED: signature mismatch)"
    query(qtbot, window, "DEMO-PAID-WX")
    buttons = window.tabs.result_view.details.findChildren(QToolButton)
    amount = next(b for b in buttons if b.toolTip() == "Copy Order amount")
    amount.click()
    assert QGuiApplication.clipboard().text() == "128.00"
