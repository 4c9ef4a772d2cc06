"""The History tab after real demo queries: list, search, filter, show, query again, export."""

from __future__ import annotations

import csv
import time
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import PAGE, HistoryFilter
from leshua_gui.sandbox import DEMO_TRANSACTION_KEY
from leshua_gui.ui.history_model import COLUMNS
from leshua_gui.ui.history_panel import HistoryPanel
from leshua_gui.ui.main_window import MainWindow
from leshua_gui.ui.result_tabs import HISTORY_TAB
from tests.support.history_records import record

ORDERS = ("DEMO-PAID-WX", "FAULT-BAD-SIGN", "DEMO-NOT-FOUND", "000120261122")
COL = {key: n for n, (key, _sql) in enumerate(COLUMNS)}
Badges = dict[str, tuple[str, str]]


def query(qtbot: QtBot, window: MainWindow, order_id: str) -> tuple[str, str]:
    """One query with keep-polling off; returns the (state, verification) badge words shown."""
    window.query_bar.keep_polling.setChecked(False)
    window.query_bar.kind_box.setCurrentIndex(window.query_bar.kind_box.findData("third_order_id"))
    window.query_bar.id_field.setText(order_id)
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        window.run_query()
    view = window.tabs.result_view
    return view.state_badge.text.text(), view.verify_badge.text.text()


def run_queries(qtbot: QtBot, window: MainWindow) -> Badges:
    return {order_id: query(qtbot, window, order_id) for order_id in ORDERS}


def open_history(window: MainWindow) -> HistoryPanel:
    assert window.ctx.history_writer.flush()
    panel = window.tabs.history_panel
    window.tabs.setCurrentIndex(HISTORY_TAB)
    panel.refresh()
    return panel


def cells(panel: HistoryPanel, key: str) -> list[str]:
    model = panel.model
    return [model.data(model.index(r, COL[key])) for r in range(model.rowCount())]


def select(panel: HistoryPanel, order_id: str) -> int:
    row = cells(panel, "order_id").index(order_id)
    panel.table.clearSelection()
    panel.table.selectRow(row)
    return row


@pytest.fixture
def queried(qtbot: QtBot, window: MainWindow) -> tuple[HistoryPanel, Badges]:
    """The four demo queries run, and the History tab open on them."""
    badges = run_queries(qtbot, window)
    return open_history(window), badges


def test_rows_newest_first(
    qtbot: QtBot, window: MainWindow, queried: tuple[HistoryPanel, Badges]
) -> None:
    panel, _badges = queried
    assert window.tabs.widget(HISTORY_TAB) is panel
    assert window.tabs.tabText(HISTORY_TAB) == "Hist&ory"
    assert cells(panel, "order_id") == list(reversed(ORDERS))
    assert set(cells(panel, "profile")) == {"Demo merchant (sandbox)"}  # recorded as "Demo"
    times = cells(panel, "time")
    assert times == sorted(times, reverse=True)
    state = dict(zip(cells(panel, "order_id"), cells(panel, "state"), strict=True))
    assert state["DEMO-PAID-WX"] == "paid"
    assert state["000120261122"] == "paid"
    assert state["FAULT-BAD-SIGN"] == "paid (UNTRUSTED: signature mismatch)"
    outcome = dict(zip(cells(panel, "order_id"), cells(panel, "outcome"), strict=True))
    assert outcome["DEMO-PAID-WX"] == "signature verified"
    assert outcome["FAULT-BAD-SIGN"] == "signature mismatch"
    assert "-4006" in outcome["DEMO-NOT-FOUND"]
    amount = dict(zip(cells(panel, "order_id"), cells(panel, "amount"), strict=True))
    assert amount["DEMO-PAID-WX"] == "128.00"
    assert amount["000120261122"] == "1.00"
    assert panel.count.text() == "4 queries"

    # A later query shows up by itself, on top, once written.
    query(qtbot, window, "DEMO-PAID-WX")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=5000)
    assert cells(panel, "order_id")[0] == "DEMO-PAID-WX"


def test_search_filters_after_a_pause(qtbot: QtBot, queried: tuple[HistoryPanel, Badges]) -> None:
    panel, _badges = queried
    qtbot.keyClicks(panel.search, "0001")
    assert panel.model.rowCount() == 4  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    assert cells(panel, "order_id") == ["000120261122"]
    assert panel.count.text() == "1 query"

    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=2000)

    qtbot.keyClicks(panel.search, "demo-")  # any case
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
    assert cells(panel, "order_id") == ["DEMO-NOT-FOUND", "DEMO-PAID-WX"]

    panel.search.clear()
    qtbot.keyClicks(panel.search, "nothing-like-this")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=2000)
    assert not panel.export_button.isEnabled()


def test_status_filter_paid(queried: tuple[HistoryPanel, Badges]) -> None:
    panel, _badges = queried
    panel.status_box.setCurrentIndex(panel.status_box.findData("2"))
    assert panel.current_filter() == HistoryFilter(status="2")
    # The state filter matches trusted answers only; asked to include untrusted ones, a claim
    # that did not verify is listed too, but never reads as a plain "paid".
    assert cells(panel, "order_id") == ["000120261122", "DEMO-PAID-WX"]
    panel.untrusted_box.setChecked(True)
    shown = dict(zip(cells(panel, "order_id"), cells(panel, "state"), strict=True))
    assert shown == {
        "000120261122": "paid",
        "FAULT-BAD-SIGN": "paid (UNTRUSTED: signature mismatch)",
        "DEMO-PAID-WX": "paid",
    }
    for row in range(panel.model.rowCount()):
        record = panel.model.record(row)
        assert record is not None
        assert record.trusted == (shown[record.order_id] == "paid")

    # Paid and verified: only the answers that can be trusted.
    panel.outcome_box.setCurrentIndex(panel.outcome_box.findData("verified"))
    assert cells(panel, "order_id") == ["000120261122", "DEMO-PAID-WX"]
    assert set(cells(panel, "state")) == {"paid"}

    panel.status_box.setCurrentIndex(0)
    panel.outcome_box.setCurrentIndex(panel.outcome_box.findData("error"))
    assert cells(panel, "order_id") == ["DEMO-NOT-FOUND", "FAULT-BAD-SIGN"]


def test_show_a_stored_answer(
    qtbot: QtBot, window: MainWindow, queried: tuple[HistoryPanel, Badges]
) -> None:
    panel, badges = queried
    assert not panel.show_button.isEnabled()  # nothing selected yet
    view = window.tabs.result_view
    for order_id in ORDERS:
        window.tabs.setCurrentIndex(HISTORY_TAB)
        row = select(panel, order_id)
        queried_at = cells(panel, "time")[row]
        with qtbot.waitSignal(panel.show_record, timeout=1000):
            qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
        assert window.tabs.currentIndex() == 0
        # What was asked (profile, merchant id, order number), then when: the stored answer.
        assert f"From history: queried at {queried_at}" in view.context_line.text()
        assert "0000000018" in view.context_line.text()
        assert (view.state_badge.text.text(), view.verify_badge.text.text()) == badges[order_id]
        raw = window.tabs.raw_view.text.toPlainText()
        assert order_id in raw
        assert DEMO_TRANSACTION_KEY not in raw
    assert badges["FAULT-BAD-SIGN"][0].startswith("Untrusted")

    # A double-click shows the answer too.
    window.tabs.setCurrentIndex(HISTORY_TAB)
    row = select(panel, "FAULT-BAD-SIGN")
    rect = panel.table.visualRect(panel.model.index(row, COL["order_id"]))
    assert rect.isValid()
    with qtbot.waitSignal(panel.show_record, timeout=1000):
        # Click, then double-click, as a hand does: the view only reports a double-click on
        # the item it saw pressed first (QTest's mouseDClick alone does not get there).
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentIndex() == 0
    assert view.state_badge.text.text().startswith("Untrusted")
    assert view.verify_badge.text.text() == "Signature mismatch"
    assert "From history: queried at " in view.context_line.text()
    assert "do not trust" in view.notice.text().lower()


def test_query_again(
    qtbot: QtBot, window: MainWindow, queried: tuple[HistoryPanel, Badges]
) -> None:
    panel, _badges = queried
    select(panel, "FAULT-BAD-SIGN")
    window.query_bar.id_field.setText("SOMETHING-ELSE")
    with qtbot.waitSignal(window.query_finished, timeout=10000):
        qtbot.mouseClick(panel.again_button, Qt.MouseButton.LeftButton)
    assert window.query_bar.id_field.text() == "FAULT-BAD-SIGN"
    assert window.tabs.currentIndex() == 0
    view = window.tabs.result_view
    assert view.state_badge.text.text().startswith("Untrusted")
    context = view.context_line.text()
    assert "From history" not in context
    assert "Queried at " in context
    assert context.startswith("Demo merchant (sandbox) · 0000000018 · FAULT-BAD-SIGN")

    assert window.ctx.history_writer.flush()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=5000)
    assert cells(panel, "order_id") == ["FAULT-BAD-SIGN", *reversed(ORDERS)]


def test_export(qtbot: QtBot, tmp_path: Path, queried: tuple[HistoryPanel, Badges]) -> None:
    panel, _badges = queried
    xlsx, csv_file = tmp_path / "history.xlsx", tmp_path / "history.csv"
    for target in (xlsx, csv_file):
        with qtbot.waitSignal(panel.exported, timeout=10000) as blocker:
            panel.export_to(target)
        assert blocker.args == [str(target)]
        assert target.is_file()
        assert panel.count.text() == f"4 rows written to {target}"
        assert panel.export_button.isEnabled()

    book = load_workbook(xlsx, read_only=True)
    values = {str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
              for v in row if v is not None}  # fmt: skip
    book.close()
    assert set(ORDERS) <= values  # "000120261122" kept as text, leading zeros intact

    with csv_file.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    listed = {cell for row in rows[1:] for cell in row}
    assert set(ORDERS) <= listed
    assert len(rows) == 1 + len(ORDERS)

    # The export follows the filter.
    panel.search.setText("0001")
    panel.apply_filter()
    only = tmp_path / "only.csv"
    with qtbot.waitSignal(panel.exported, timeout=10000):
        panel.export_to(only)
    text = only.read_text(encoding="utf-8-sig")
    assert "000120261122" in text
    assert "DEMO-PAID-WX" not in text


def test_delete_selected(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow,
    queried: tuple[HistoryPanel, Badges],
) -> None:  # fmt: skip
    panel, _badges = queried
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not panel.delete_button.isEnabled()
    row = select(panel, "FAULT-BAD-SIGN")
    record = panel.model.record(row)
    assert record is not None
    assert record.id is not None
    assert panel.delete_button.isEnabled()

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Remove the selected query from the history? This cannot be undone."]
    assert panel.model.rowCount() == 4
    assert window.ctx.history.get(record.id) is not None

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert cells(panel, "order_id") == ["000120261122", "DEMO-NOT-FOUND", "DEMO-PAID-WX"]
    assert window.ctx.history.get(record.id) is None
    panel.search.setText("FAULT")
    panel.apply_filter()
    assert panel.model.rowCount() == 0  # gone from the id search too


def test_clear_history(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow,
    queried: tuple[HistoryPanel, Badges],
) -> None:  # fmt: skip
    panel, _badges = queried
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answer[0])
    assert panel.clear_button.isEnabled()

    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 4

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    assert window.ctx.history.count() == 0
    assert panel.count.text() == "0 queries"
    assert not panel.clear_button.isEnabled()
    assert not panel.export_button.isEnabled()


def test_the_key_is_never_stored(qtbot: QtBot, window: MainWindow) -> None:
    run_queries(qtbot, window)
    assert window.ctx.history_writer.flush()
    db = window.ctx.paths.history_db
    stored = b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())
    assert b"FAULT-BAD-SIGN" in stored  # the rows are really in these files
    assert b"<leshua>" in stored  # raw answers included
    key = DEMO_TRANSACTION_KEY.encode()
    assert key not in stored
    assert key.lower() not in stored
    assert key.upper() not in stored


def _record(n: int, now: datetime) -> HistoryRecord:
    return HistoryRecord(
        queried_at=now - timedelta(seconds=n),
        profile="Demo",
        merchant_id="0123456789",
        environment="test",
        id_kind="third_order_id",
        order_id=f"BULK-{n:05d}",
        outcome="verified",
        status="2",
        pay_way="WXZF",
        amounts={"amount": 100 + n},
        final=True,
    )


def test_5000_rows_open_fast_and_load_as_you_scroll(qtbot: QtBot, window: MainWindow) -> None:
    now = datetime.now(UTC)
    window.ctx.history.add_many([_record(n, now) for n in range(5000)])
    qtbot.waitUntil(lambda: window.tabs.count() == 3, timeout=2000)  # built after first paint

    started = time.perf_counter()
    panel = window.tabs.history_panel
    window.tabs.setCurrentIndex(HISTORY_TAB)
    qtbot.waitUntil(panel.table.isVisible, timeout=2000)
    qtbot.wait(1)  # the first paint
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"the History tab took {elapsed * 1000:.0f} ms to open"

    model = panel.model
    assert PAGE <= model.rowCount() <= 400
    assert model.canFetchMore(QModelIndex())
    assert cells(panel, "order_id")[0] == "BULK-00000"
    assert panel.count.text().endswith("+ queries (scroll for more)")

    bar = panel.table.verticalScrollBar()
    seen = [model.rowCount()]
    for _ in range(3):
        before, bottom = model.rowCount(), bar.maximum()
        bar.setValue(bottom)  # as if dragged to the end
        qtbot.waitUntil(lambda before=before: model.rowCount() > before, timeout=2000)
        # The view lays the new rows out a moment later; then the bar reaches further.
        qtbot.waitUntil(lambda bottom=bottom: bar.maximum() > bottom, timeout=2000)
        seen.append(model.rowCount())
    assert all(b - a == PAGE for a, b in pairwise(seen)), seen
    assert model.rowCount() < 5000
    assert model.canFetchMore(QModelIndex())
    last = model.rowCount() - 1
    assert cells(panel, "order_id")[last] == f"BULK-{last:05d}"


# -- destructive actions: No by default, the filtered rows only, plurals -------------------------


def _answer_with_enter(qtbot: QtBot, seen: list[tuple[str, object]]) -> None:
    """When the question opens, note its text and default button, then press Enter."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.standardButton(box.defaultButton())))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def _hand_rows(window: MainWindow) -> HistoryPanel:
    now = datetime.now(UTC)
    window.ctx.history.add_many(
        [record(n, queried_at=now, status="2" if n < 3 else "0") for n in range(5)]
    )
    return open_history(window)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_enter_on_a_deletion_question_keeps_the_rows(qtbot: QtBot, window: MainWindow) -> None:
    panel = _hand_rows(window)
    seen: list[tuple[str, object]] = []
    panel.table.selectRow(0)
    _answer_with_enter(qtbot, seen)
    panel.delete_selected()
    _answer_with_enter(qtbot, seen)
    panel.clear_all()
    assert [button for _text, button in seen] == [QMessageBox.StandardButton.No] * 2
    assert window.ctx.history.count() == 5


def test_clear_while_filtered_deletes_only_what_is_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    panel = _hand_rows(window)
    panel.status_box.setCurrentIndex(panel.status_box.findData("2"))
    assert panel.model.rowCount() == 3
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.clear_all()
    assert asked == [
        "Delete the 3 queries the filters show? The queries they hide are kept. This cannot "
        "be undone."
    ]
    assert window.ctx.history.count() == 2  # the two paying rows the filter hid are kept
    assert panel.model.rowCount() == 0
    panel.status_box.setCurrentIndex(0)
    assert panel.model.rowCount() == 2
    panel.clear_all()
    assert asked[-1] == "Delete all 2 queries in the history? This cannot be undone."
    assert window.ctx.history.count() == 0


class _English(QTranslator):
    """English plural forms, as the English translation file gives them."""

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,  # noqa: ARG002
        n: int = -1,
    ) -> str | None:
        if context != "HistoryPanel" or n != 1:
            return None
        return {
            "%n queries": "%n query",
            "Remove %n selected queries from the history? This cannot be undone.":
                "Remove the selected query from the history? This cannot be undone.",
        }.get(source)  # fmt: skip


def test_counts_ask_for_plural_forms(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    app = QApplication.instance()
    assert app is not None
    english = _English()
    app.installTranslator(english)
    try:
        window.ctx.history.add(record(0, queried_at=datetime.now(UTC)))
        panel = open_history(window)
        assert panel.count.text() == "1 query"
        asked: list[str] = []
        monkeypatch.setattr(
            QMessageBox, "question",
            lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No,
        )  # fmt: skip
        panel.table.selectRow(0)
        panel.delete_selected()
        assert asked == ["Remove the selected query from the history? This cannot be undone."]
    finally:
        app.removeTranslator(english)
