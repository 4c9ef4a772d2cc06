"""The results panel of a batch job on a real job store file: the totals it shows are the job's
(untrusted money left out), the filters, copying rows, opening a row, the exports read back as an
accountant opens them, and a running job refreshed without a Qt warning."""

from __future__ import annotations

import csv
import importlib.util
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leshua_gui.core.batch.job import Job, JobRow, JobSettings
from leshua_gui.core.batch.jobstore import JobStore, RowFilter
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.batch.totals import Totals, totals
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.ui.batch.results_panel import ResultsPanel
from leshua_gui.ui.batch.totals_view import MoneyTable
from leshua_gui.ui.tasks import TaskRunner
from tests.gui.test_batch_results_model import (
    COL,
    answer,
    expected_fen,
    forged_answer,
    make_job,
    needs_a_look,
    paid_answer,
    trusted,
)

# The panel is shown as a window of its own here; the offscreen platform says it cannot size one.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
HAS_EXPORT = importlib.util.find_spec("leshua_gui.core.batch.export") is not None
needs_export = pytest.mark.skipif(not HAS_EXPORT, reason="core/batch/export.py is not there yet")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[JobStore]:
    with JobStore(tmp_path / "jobs.sqlite3") as s:
        yield s


@pytest.fixture
def panel(qtbot: QtBot, store: JobStore, runner: TaskRunner) -> ResultsPanel:
    shown = ResultsPanel(store, runner)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def settle(qtbot: QtBot, panel: ResultsPanel) -> None:
    """Wait until the rows asked for are read and the totals counted."""
    qtbot.waitUntil(lambda: not panel.model.busy and not panel.counting, timeout=10000)


def show(qtbot: QtBot, panel: ResultsPanel, job: Job) -> None:
    panel.show_job(job.id)
    qtbot.waitUntil(lambda: panel.totals is not None, timeout=10000)
    settle(qtbot, panel)


def table_cells(table: MoneyTable) -> dict[str, list[str]]:
    """A money table as read on screen: the group's name, then its figures."""
    found = {}
    for r in range(table.rowCount()):
        texts = [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        found[texts[0]] = texts[1:]
    return found


def figures(found: Totals, key: str) -> list[str]:
    money = getattr(found, "by_state" if key == "state" else "by_pay_way")
    return {
        code: [str(m.count), *(format_yuan(v) for v in (m.amount_fen, m.buyer_paid_fen,
                                                         m.discount_fen, m.settlement_fen))]
        for code, m in money.items()
    }  # type: ignore[return-value]  # fmt: skip


def column(panel: ResultsPanel, key: str) -> list[str]:
    model = panel.model
    return [model.data(model.index(r, COL[key])) for r in range(model.rowCount())]


class WatchedStore(JobStore):
    """A real job store that notes each read made on the GUI thread (a read there waits for the
    store's lock, held by a write or another read for up to ~100 ms on a large job)."""

    def __init__(self, path: Path) -> None:
        self.gui_reads = 0
        super().__init__(path)

    def _read(self, work):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            self.gui_reads += 1
        return super()._read(work)


# --- totals ---------------------------------------------------------------------------------


def test_the_totals_shown_are_the_jobs(qtbot: QtBot, panel: ResultsPanel, store: JobStore) -> None:
    job = make_job(store, 200)
    show(qtbot, panel, job)
    found = totals(store.iter_rows(job.id))
    view = panel.totals_view
    states = table_cells(view.by_state)
    words = {"0": "paying", "2": "paid"}
    assert states == {words[code]: values for code, values in figures(found, "state").items()}
    pay_ways = table_cells(view.by_pay_way)
    names = {"WXZF": "WeChat Pay", "ZFBZF": "Alipay", "UPSMZF": "UnionPay QR"}
    assert pay_ways == {names[code]: v for code, v in figures(found, "pay_way").items()}
    # Worked out here from the list, not from totals(): verified paid orders only.
    paid_fen = sum(expected_fen(n) + (100 if n % 50 == 7 else 0)
                   for n in range(200) if trusted(n) and n % 20 != 5)  # fmt: skip
    assert states["paid"][1] == format_yuan(paid_fen)
    gone = sum(1 for n in range(200) if n % 15 == 4 and n % 10 != 3)
    apart = {key: label.text() for key, label in view.apart.items()}
    assert apart == {"untrusted": "20", "errors": "0", "not_found": str(gone), "pending": "0",
                     "invalid": "1", "duplicates": "1"}  # fmt: skip
    books = {key: label.text() for key, label in view.books.items()}
    assert books["matched"] == str(found.matched)
    assert books["mismatches"] == "4"  # orders 7, 57, 107, 157: a yuan more than the books
    assert books["difference"] == "+¥4.00"
    assert books["expected_not_found"] == str(gone)
    assert view.not_final.text() == "Not final yet: 10"
    assert panel.attention_box.text() == f"Nee&ds attention ({needs_a_look(range(200)) + 2})"


def test_an_unverified_paid_answer_adds_no_money(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore
) -> None:
    preview = preview_text("商户订单号\t金额\nPAID-1\t12.34\nFORGED-1\t888.00\n", kind="auto")
    job = store.create(preview, profile="Shop", merchant_id="0000000018", environment="sandbox",
                       source_name="", settings=JobSettings())  # fmt: skip
    store.put_many(job.id, [paid_answer("PAID-1", 1234), forged_answer("FORGED-1", 88800)])
    show(qtbot, panel, job)
    view = panel.totals_view
    assert table_cells(view.by_state) == {"paid": ["1", "12.34", "12.34", "0.00", "12.22"]}
    assert table_cells(view.by_pay_way) == {"WeChat Pay": ["1", "12.34", "12.34", "0.00", "12.22"]}
    assert view.apart["untrusted"].text() == "1"
    assert "888" not in " ".join(" ".join(v) for v in table_cells(view.by_state).values())
    # The forged row: a claim after the distrust, no money, its books' figure kept.
    assert column(panel, "state")[1] == "not verified (claims paid)"
    assert column(panel, "amount")[1] == ""
    assert column(panel, "settlement")[1] == ""
    assert column(panel, "expected")[1] == "888.00"
    # Filtering by the state lists verified answers only: the forged "paid" is not paid.
    panel.state_box.setCurrentIndex(panel.state_box.findData("2"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert column(panel, "id") == ["PAID-1"]


def test_totals_of_a_running_job_follow_its_answers(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore, qtlog: object
) -> None:
    job = make_job(store, 300, answered=0)
    show(qtbot, panel, job)
    assert panel.totals_view.by_state.rowCount() == 0
    assert panel.totals_view.none_yet.isVisible()
    assert panel.totals_view.apart["pending"].text() == "300"
    for first in range(0, 300, 50):
        answer(store, job, range(first, first + 50))
        panel.refresh()
        qtbot.wait(20)
    settle(qtbot, panel)
    panel.refresh()  # a refresh within a second of the last count waits, then counts
    assert panel.counting
    settle(qtbot, panel)
    assert panel.totals_view.apart["pending"].text() == "0"
    found = totals(store.iter_rows(job.id))
    assert table_cells(panel.totals_view.by_state)["paid"] == figures(found, "state")["2"]
    assert column(panel, "state")[0] == "paid"
    warnings = [r for r in qtlog.records if r.type.name != "QtDebugMsg"]  # type: ignore[attr-defined]
    assert not [r.message for r in warnings if "propagateSizeHints" not in r.message]


def test_the_panel_never_reads_the_store_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    with WatchedStore(tmp_path / "watched.sqlite3") as store:
        job = make_job(store, 1000, answered=500)
        store.gui_reads = 0
        panel = ResultsPanel(store, runner)
        qtbot.addWidget(panel)
        panel.model.max_pages = 2
        panel.resize(1000, 700)
        panel.show()
        show(qtbot, panel, job)
        panel.table.scrollToBottom()
        qtbot.waitUntil(lambda: panel.model.row_at(1001) is not None)
        panel.attention_box.setChecked(True)
        qtbot.waitUntil(lambda: not panel.model.filter.empty and not panel.model.busy)
        answer(store, job, range(500, 1000))  # a write: the GUI thread's own doing here
        panel.refresh()
        settle(qtbot, panel)
        panel.table.selectAll()
        panel.copy_selected()
        qtbot.waitUntil(lambda: panel.status.text().startswith("Rows copied"), timeout=10000)
        assert store.gui_reads == 0
        assert panel.model.rowCount() == needs_a_look(range(1000)) + 2


# --- filters --------------------------------------------------------------------------------


def test_needs_attention_lists_the_rows_to_look_at(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore
) -> None:
    job = make_job(store, 200)
    show(qtbot, panel, job)
    assert panel.count_label.text() == "Rows: 202"
    panel.attention_box.setChecked(True)
    expected = store.count(job.id, RowFilter(needs_attention=True))
    assert expected == needs_a_look(range(200)) + 2
    qtbot.waitUntil(lambda: panel.model.rowCount() == expected)
    settle(qtbot, panel)
    assert panel.count_label.text() == f"Rows shown: {expected} of 202"
    assert all(column(panel, "remarks"))  # each says why
    panel.attention_box.setChecked(False)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 202)


def test_the_filters_offer_what_the_job_found(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore
) -> None:
    job = make_job(store, 60)
    show(qtbot, panel, job)
    states = [panel.state_box.itemText(i) for i in range(panel.state_box.count())]
    assert states == ["Any trade state", "paying", "paid"]
    pay_ways = [panel.pay_way_box.itemText(i) for i in range(panel.pay_way_box.count())]
    assert pay_ways == ["Any pay way", "UnionPay QR", "WeChat Pay", "Alipay"]
    panel.pay_way_box.setCurrentIndex(panel.pay_way_box.findData("ZFBZF"))
    qtbot.waitUntil(lambda: set(column(panel, "pay_way")) == {"Alipay"})
    panel.verdict_box.setCurrentIndex(panel.verdict_box.findData("untrusted"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)  # no Alipay answer is forged
    assert panel.empty.isVisible()
    assert not panel.table.isVisible()
    assert panel.empty.text() == "No row matches the filters."
    # Another job starts with every row shown.
    show(qtbot, panel, make_job(store, 10))
    assert panel.model.filter == RowFilter()
    assert panel.verdict_box.currentIndex() == 0
    assert panel.pay_way_box.currentIndex() == 0
    assert panel.model.rowCount() == 12


# --- rows: open and copy --------------------------------------------------------------------


def test_double_click_and_enter_open_the_row(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore
) -> None:
    job = make_job(store, 20)
    show(qtbot, panel, job)
    opened: list[JobRow] = []
    panel.row_opened.connect(opened.append)
    table = panel.table
    rect = table.visualRect(panel.model.index(3, COL["id"]))
    # Click, then double-click, as a hand does (the view reports a double-click only on the
    # row it saw pressed first).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a click only selects
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [r.id for r in opened] == ["ORD-000002"]  # once, however the style activates
    table.setCurrentIndex(panel.model.index(4, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [r.id for r in opened] == ["ORD-000002", "ORD-000003"]
    assert opened[1].outcome is not None
    assert opened[1].outcome.verdict == "untrusted"


def test_ctrl_c_copies_the_selected_rows(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore
) -> None:
    job = make_job(store, 20)
    show(qtbot, panel, job)
    table = panel.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert [line.split("\t")[:2] for line in lines] == [["2", "ORD-000000"], ["3", "ORD-000001"]]
    assert lines[0].split("\t")[COL["state"]] == "paid"
    assert panel.status.text() == "Rows copied: 2"


def test_a_large_selection_is_copied_off_the_gui_thread(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore
) -> None:
    job = make_job(store, 1000)
    panel.model.max_pages = 2  # most of the selection is not held: it is read to copy it
    show(qtbot, panel, job)
    panel.table.setFocus()
    panel.table.selectAll()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.status.text() == "Rows copied: 1,002", timeout=10000)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == 1002
    assert lines[900].split("\t")[1] == "ORD-000899"
    assert lines[-1].split("\t")[COL["remarks"]] == "repeats row 2 (asked once)"


# --- export ---------------------------------------------------------------------------------


def export(qtbot: QtBot, panel: ResultsPanel, target: Path) -> None:
    with qtbot.waitSignal(panel.exported, timeout=15000) as written:
        panel.export_to(target)
    assert written.args == [str(target)]


@needs_export
def test_export_xlsx_and_csv_read_back(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore, tmp_path: Path
) -> None:
    job = make_job(store, 200)
    show(qtbot, panel, job)
    assert panel.default_name("xlsx") == f"{job.id}.xlsx"
    target = tmp_path / panel.default_name("xlsx")
    export(qtbot, panel, target)
    assert panel.status.text() == f"Rows written: 202, to {target}"
    book = load_workbook(target)
    summary, rows = book.worksheets
    values = [[c.value for c in r] for r in rows.iter_rows()]
    assert len(values) == 1 + 202
    header = values[0]
    by_id = {line[header.index("Order number")]: line for line in values[1:]}
    forged = by_id["ORD-000003"]
    assert forged[header.index("Order amount")] is None  # a claim is never money
    assert by_id["ORD-000007"][header.index("Order amount")] == pytest.approx(11.07)
    paid_fen = sum(expected_fen(n) + (100 if n % 50 == 7 else 0)
                   for n in range(200) if trusted(n) and n % 20 != 5)  # fmt: skip
    summary_cells = [[c.value for c in r] for r in summary.iter_rows()]
    assert any(line[0] == "paid" and paid_fen / 100 in line for line in summary_cells)

    panel.attention_box.setChecked(True)
    qtbot.waitUntil(lambda: not panel.model.filter.empty and not panel.model.busy)
    assert panel.default_name("csv") == f"{job.id}-filtered.csv"
    target = tmp_path / panel.default_name("csv")
    export(qtbot, panel, target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert len(lines) == 1 + needs_a_look(range(200)) + 2
    assert {line[1] for line in lines[1:]} >= {"bad id", "ORD-000003"}
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


@needs_export
def test_an_export_that_cannot_be_written_says_so(
    qtbot: QtBot, panel: ResultsPanel, store: JobStore, tmp_path: Path
) -> None:
    job = make_job(store, 20)
    show(qtbot, panel, job)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "out.xlsx"
    panel.export_to(target)
    qtbot.waitUntil(lambda: panel.message is not None and panel.message.isVisible(), timeout=10000)
    message = panel.message
    assert message is not None
    assert str(target) in message.text()
    assert panel.status.text() == "Export failed: nothing was written."
    assert panel.xlsx_button.isEnabled()
    assert not target.exists()
    message.close()
    QApplication.processEvents()
