"""The evidence sheet: a PDF of the result shown with what was asked, what came back, the
verification and the raw answer (the key masked), its text escaped, never rendered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from leshua_gui.sandbox import DEMO_TRANSACTION_KEY
from leshua_gui.ui.evidence_sheet import build_document, write_pdf
from leshua_gui.ui.main_window import MainWindow
from tests.gui.test_query_results import query


def test_the_sheet_of_a_paid_order(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    query(qtbot, window, "DEMO-PAID-WX")
    view = window.tabs.result_view
    assert view.save_evidence.isVisible()
    assert view.save_evidence.text() == "Save e&vidence sheet (PDF)…"
    path = tmp_path / "sheet.pdf"
    doc = write_pdf(view, str(path))
    text = doc.toPlainText()
    for expected in (
        "Evidence sheet", "What was asked", "Verification and state", "What came back",
        "Raw exchange", "Merchant order number", "DEMO-PAID-WX", "0000000018",
        "signature verified", "Order amount", "¥128.00", "Where the money went",
        "<third_order_id><![CDATA[DEMO-PAID-WX]]>", "key=********",
    ):  # fmt: skip
        assert expected in text, expected
    assert DEMO_TRANSACTION_KEY not in text
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000


def test_gateway_html_is_text_in_the_sheet(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "FAULT-HTML")
    doc = build_document(window.tabs.result_view)
    text = doc.toPlainText()
    assert "<html" in text.lower()  # the gateway's page is shown as its source, not rendered


def test_the_untrusted_sheet_leads_with_the_distrust(qtbot: QtBot, window: MainWindow) -> None:
    query(qtbot, window, "FAULT-BAD-SIGN")
    text = build_document(window.tabs.result_view).toPlainText()
    state = text.index("Verification and state")
    assert text.index("Untrusted answer", state) < text.index("paid [2]", state)
    assert DEMO_TRANSACTION_KEY not in text


def test_the_button_saves_where_the_user_says(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    query(qtbot, window, "DEMO-PAID-ALIPAY")
    target = tmp_path / "order"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.tabs.result_view.save_evidence.click()
    saved = tmp_path / "order.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
