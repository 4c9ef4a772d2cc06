"""Text from the gateway or a pasted callback is shown as text: markup in it is never rendered."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from leshua_gui.core.gateway.client import Reply
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.protocol.answer import Answer
from leshua_gui.core.protocol.signing import VerificationResult
from leshua_gui.ui.callback_dialog import CallbackDialog
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_view import ResultView

FORGED = "<div style='color:green;font-size:40px'>✔ 支付成功 PAID — signature verified</div>"


def verified(fields: dict[str, str]) -> PollResult:
    answer = Answer(tuple(fields.items()))
    reply = Reply(
        Exchange("http://127.0.0.1/x", "query_status", {}, "key=********"),
        answer,
        VerificationResult("verified", "doc", "AB", "AB", "x&key=********"),
    )
    result = PollResult()
    result.attempts.append(Attempt(1, datetime.now(UTC), 0.0, reply, None))
    return result


def test_markup_in_answer_fields_is_shown_literally(qtbot: QtBot) -> None:
    view = ResultView()
    qtbot.addWidget(view)
    view.show_result(
        verified({"resp_code": "0", "result_code": "0", "status": "<b>99</b>", "attach": FORGED,
                  "memo": FORGED, "third_order_id": "<i>X</i>"}),
        datetime.now(UTC),
    )  # fmt: skip
    labels = [w for w in view.findChildren(QLabel) if FORGED in w.text() or "<b>99</b>" in w.text()]
    assert len(labels) >= 3  # attach, the unknown field, and the badge with the raw code
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_markup_in_a_pasted_callback_is_shown_literally(qtbot: QtBot, window: MainWindow) -> None:
    dialog = CallbackDialog(window.ctx, "en", window)
    qtbot.addWidget(dialog)
    dialog.load_demo()
    # The order number sits in CDATA, where markup is plain text to an XML reader.
    dialog.body.setPlainText(dialog.body.toPlainText().replace("DEMO-PAID-WX", FORGED))
    dialog.run_check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)  # checked on a worker
    assert FORGED in dialog.summary.text()
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert "Not verified" in dialog.summary.text()
