"""The results table of a batch job on a real job store file: Qt's model contract (qtmodeltester),
what the cells say (an unverified answer never reads as paid, nor shows money), filters in SQL,
pages read on demand and few kept, and a job still running refreshed in place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from leshua_gui.core.batch.job import Job, JobRow, JobSettings
from leshua_gui.core.batch.jobstore import JobStore, RowFilter
from leshua_gui.core.batch.outcome import Outcome, outcome_of
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.errors import GatewayError, SignatureError
from leshua_gui.core.gateway.client import Reply
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.protocol.answer import CHINA_TZ, Answer
from leshua_gui.core.protocol.signing import VerificationResult
from leshua_gui.ui.batch.results_cells import COLUMNS
from leshua_gui.ui.batch.results_model import BatchRowsModel
from leshua_gui.ui.tasks import TaskRunner

COL = {key: n for n, key in enumerate(COLUMNS)}
AT = datetime(2026, 3, 1, 9, 30, 15, tzinfo=UTC)
VERIFIED = VerificationResult("verified", "doc", "AB" * 16, "AB" * 16, "status=2&key=********")
MISMATCH = VerificationResult("mismatch", "doc", "AB" * 16, "CD" * 16, "status=2&key=********")
MONEY = ("amount", "settlement", "difference")


def _exchange() -> Exchange:
    return Exchange("http://127.0.0.1:1/cgi-bin/lepos_pay_gateway.cgi", "query_status",
                    {"service": "query_status"}, "service=query_status&key=********")  # fmt: skip


def _answer(status: str, **fields: str) -> Answer:
    return Answer((("resp_code", "0"), ("result_code", "0"), ("status", status), *fields.items()))


def _polled(reply: Reply | None = None, error: Exception | None = None) -> PollResult:
    final = reply is not None and reply.answer.is_final
    attempt = Attempt(1, AT, 0.2, reply, error)  # type: ignore[arg-type]
    return PollResult(attempts=[attempt], final=final, settled=final)


def paid_answer(order_id: str, fen: int, pay_way: str = "WXZF") -> Outcome:
    """A verified "paid" answer from the gateway, through the one outcome rule."""
    fields = {"pay_way": pay_way, "pay_time": "20260301173015", "amount": str(fen),
              "buyer_pay_amount": str(fen), "settlement_amount": str(fen - fen // 100)}  # fmt: skip
    reply = Reply(_exchange(), _answer("2", **fields), VERIFIED)
    return outcome_of(_polled(reply), "third_order_id", order_id, queried_at=AT)


def forged_answer(order_id: str, fen: int = 88800) -> Outcome:
    """An answer claiming "paid" whose signature does not match."""
    error = SignatureError("the answer's signature does not match", reason="mismatch",
                           answer=_answer("2", amount=str(fen), pay_way="WXZF"),
                           verification=MISMATCH)  # fmt: skip
    return outcome_of(_polled(error=error), "third_order_id", order_id, queried_at=AT)


def gone_answer(order_id: str) -> Outcome:
    error = GatewayError("gateway reported a failure: -4006 order not found", reason="result",
                         code="-4006")  # fmt: skip
    return outcome_of(_polled(error=error), "third_order_id", order_id, queried_at=AT)


def outcome(n: int) -> Outcome:
    """Order n of a generated list: mostly paid (WeChat, Alipay, UnionPay in turn), every 10th
    forged, every 15th not found, every 20th still paying; the 7th of each 50 has an amount
    other than the books'."""
    order_id = f"ORD-{n:06d}"
    fen = expected_fen(n) + (100 if n % 50 == 7 else 0)
    if n % 10 == 3:
        return Outcome("third_order_id", order_id, "untrusted", final=False,
                       claimed_status="2", error_kind="signature",
                       error="the answer's signature does not match")  # fmt: skip
    if n % 15 == 4:
        return Outcome("third_order_id", order_id, "not_found", final=False, error_kind="gateway",
                       error_code="-4006", error="order not found")  # fmt: skip
    paying = n % 20 == 5
    return Outcome("third_order_id", order_id, "trusted", final=not paying,
                   status="0" if paying else "2", pay_way=("WXZF", "ZFBZF", "UPSMZF")[n % 3],
                   amounts_fen={"amount": fen, "buyer_pay_amount": fen,
                                "settlement_amount": fen - fen // 100},
                   pay_time=datetime(2026, 3, 1, 17, 30, 15, tzinfo=CHINA_TZ))  # fmt: skip


def expected_fen(n: int) -> int:
    return 1000 + n


def list_text(n: int) -> str:
    """A list of n orders with their expected amounts, a row that cannot be sent (row 4 of the
    sheet) and a repeat of the first order at the end."""
    lines = ["商户订单号\t金额"]
    for i in range(n):
        lines.append(f"ORD-{i:06d}\t{expected_fen(i) / 100:.2f}")
        if i == 1:
            lines.append("bad id\t1.00")
    lines.append(f"ORD-{0:06d}\t{expected_fen(0) / 100:.2f}")
    return "\n".join(lines)


def make_job(store: JobStore, n: int, *, answered: int | None = None) -> Job:
    """A job of n generated orders (n + 2 rows), the first `answered` of them answered."""
    preview = preview_text(list_text(n), kind="auto") if n else preview_text("")
    job = store.create(preview, profile="Shop", merchant_id="0000000018", environment="sandbox",
                       source_name="books.csv", settings=JobSettings())  # fmt: skip
    answer(store, job, range(n if answered is None else answered))
    return job


def answer(store: JobStore, job: Job, orders: range) -> None:
    store.put_many(job.id, [outcome(i) for i in orders])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[JobStore]:
    with JobStore(tmp_path / "jobs.sqlite3") as s:
        yield s


def cell(model: BatchRowsModel, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.data(model.index(row, COL[key]), role)


def by_id(model: BatchRowsModel) -> dict[str, int]:
    """Where each order's first row is shown."""
    found: dict[str, int] = {}
    for r in range(model.rowCount()):
        found.setdefault(cell(model, r, "id"), r)
    return found


def settle(qtbot: QtBot, model: BatchRowsModel) -> None:
    """Wait for the reads under way (a model on a task runner)."""
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)


# --- Qt's model contract --------------------------------------------------------------------


def test_no_job_and_an_empty_job(qtmodeltester: ModelTester, store: JobStore) -> None:
    model = BatchRowsModel(store)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (0, len(COLUMNS))
    model.set_job(make_job(store, 0).id)
    assert model.rowCount() == 0
    assert model.row_at(0) is None
    qtmodeltester.check(model)


def test_a_small_job_says_what_each_row_found(qtmodeltester: ModelTester, store: JobStore) -> None:
    preview = preview_text(
        "商户订单号\t金额\nPAID-1\t12.34\nFORGED-1\t888.00\nGONE-1\t3.00\nbad id\t1\n"
        "PAID-1\t12.34\nLATER-1\t",
        kind="auto",
    )
    job = store.create(preview, profile="Shop", merchant_id="0000000018", environment="sandbox",
                       source_name="", settings=JobSettings())  # fmt: skip
    store.put_many(job.id, [paid_answer("PAID-1", 1234), forged_answer("FORGED-1"),
                            gone_answer("GONE-1")])  # fmt: skip
    model = BatchRowsModel(store)
    model.set_job(job.id)
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert [cell(model, r, "row") for r in range(6)] == ["2", "3", "4", "5", "6", "7"]
    paid, forged, gone, bad, repeat, later = range(6)

    assert cell(model, paid, "state") == "paid"
    assert cell(model, paid, "verification") == "verified"
    assert cell(model, paid, "pay_way") == "WeChat Pay"
    assert (cell(model, paid, "amount"), cell(model, paid, "expected")) == ("12.34", "12.34")
    assert cell(model, paid, "difference") == "0.00"
    assert cell(model, paid, "pay_time") == "2026-03-01 17:30:15"  # the gateway's China time
    assert cell(model, paid, "amount", Qt.ItemDataRole.ToolTipRole) == "1234 fen"
    assert isinstance(cell(model, paid, "state", Qt.ItemDataRole.UserRole), JobRow)

    # A forged "paid": the distrust first, the claim after it; no money, no pay way.
    state = cell(model, forged, "state")
    assert state.startswith("not verified")
    assert "paid" in state
    assert not state.startswith("paid")
    assert cell(model, forged, "verification") == "not verified"
    for key in (*MONEY, "pay_way", "pay_time"):
        assert cell(model, forged, key) == "", key
    assert cell(model, forged, "expected") == "888.00"  # the books' own figure stays
    assert "signature did not verify" in cell(model, forged, "remarks")

    assert cell(model, gone, "state") == "not found"
    assert cell(model, gone, "amount") == ""
    assert "no such order" in cell(model, gone, "remarks")
    assert cell(model, bad, "state") == "not sent"
    assert cell(model, bad, "id") == "bad id"
    assert "space" in cell(model, bad, "remarks")
    assert cell(model, repeat, "remarks") == "repeats row 2 (asked once)"
    assert cell(model, repeat, "amount") == "12.34"  # the order's answer, shared
    assert cell(model, later, "state") == "not asked yet"


def test_the_domain_words_follow_the_language(store: JobStore, qtbot: QtBot) -> None:
    job = make_job(store, 30)
    model = BatchRowsModel(store)
    model.set_job(job.id)
    changed: list[object] = []
    model.dataChanged.connect(lambda *a: changed.append(a))
    model.set_words("zh_CN", model.words)
    assert changed
    assert cell(model, 0, "state") == "支付成功"
    assert cell(model, 0, "pay_way") == "微信支付"
    assert cell(model, 0, "kind", Qt.ItemDataRole.ToolTipRole) == "商户订单号：ORD-000000"
    assert cell(model, 4, "verification") == "验证失败"  # ORD-000003, forged
    assert "支付成功" in cell(model, 4, "state")
    assert cell(model, 2, "state") == "未发送"  # the row not sent
    assert cell(model, 2, "remarks") == "订单号中间有空格"


def test_a_thousand_rows_pass_the_model_tester(qtmodeltester: ModelTester, store: JobStore) -> None:
    job = make_job(store, 1000)
    model = BatchRowsModel(store, page_size=200, max_pages=3)
    model.set_job(job.id)
    qtmodeltester.check(model)  # reads every row, page by page
    assert model.rowCount() == 1002
    assert model.pages_kept <= 3  # never the whole job at once
    # Row 900 of the table is the 899th order (the row not sent comes third).
    assert cell(model, 900, "id") == "ORD-000899"
    assert cell(model, 900, "row") == "902"
    assert cell(model, 900, "expected") == "18.99"
    assert (cell(model, 900, "state"), cell(model, 900, "pay_way")) == ("paid", "UnionPay QR")
    assert cell(model, 904, "id") == "ORD-000903"
    assert cell(model, 904, "state") == "not verified (claims paid)"
    assert cell(model, 904, "amount") == ""
    assert cell(model, 1001, "remarks") == "repeats row 2 (asked once)"


def test_pages_are_read_off_the_gui_thread(
    qtbot: QtBot, qtmodeltester: ModelTester, store: JobStore, runner: TaskRunner
) -> None:
    job = make_job(store, 1000)
    model = BatchRowsModel(store, runner, page_size=200, max_pages=3)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_job(job.id)
    assert model.rowCount() == 1002
    assert cell(model, 0, "id") == "ORD-000000"  # the first page came with the count
    assert cell(model, 900, "id") is None  # not read yet: asked for, shown empty meanwhile
    assert cell(model, 900, "row") == "…"
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    first, last = changed.args[0].row(), changed.args[1].row()
    assert (first, last) == (800, 999)
    assert cell(model, 900, "id") == "ORD-000899"
    qtmodeltester.check(model)
    # The tester asked for every page at once: only the last asked for were read; a row asked
    # for again is read then.
    qtbot.waitUntil(lambda: cell(model, 1001, "remarks") == "repeats row 2 (asked once)")
    settle(qtbot, model)
    assert model.pages_kept <= 3


# --- filters --------------------------------------------------------------------------------


def trusted(n: int) -> bool:
    return n % 10 != 3 and n % 15 != 4


def needs_a_look(orders: range) -> int:
    """Rows needing a look among the generated orders asked (as outcome() makes them), the row
    not sent and the repeat of the first order not counted."""
    return sum(1 for n in orders if not trusted(n) or n % 20 == 5 or n % 50 == 7)


def test_filters_list_the_rows_they_name(qtmodeltester: ModelTester, store: JobStore) -> None:
    job = make_job(store, 300)
    model = BatchRowsModel(store)
    model.set_job(job.id)
    qtmodeltester.check(model)
    counts: list[int] = []
    model.counted.connect(counts.append)

    model.set_filter(RowFilter(needs_attention=True))
    assert model.rowCount() == needs_a_look(range(300)) + 2  # and the row not sent, the repeat
    assert counts[-1] == model.rowCount()
    assert all(cell(model, r, "remarks") for r in range(model.rowCount()))

    model.set_filter(RowFilter(status="2"))
    paid = sum(1 for n in range(300) if trusted(n) and n % 20 != 5) + 1  # the repeat of ORD-0
    assert model.rowCount() == paid
    assert {cell(model, r, "state") for r in range(paid)} == {"paid"}

    model.set_filter(RowFilter(pay_way="ZFBZF"))
    assert model.rowCount() == sum(1 for n in range(300) if trusted(n) and n % 3 == 1)
    assert {cell(model, r, "pay_way") for r in range(model.rowCount())} == {"Alipay"}

    model.set_filter(RowFilter(verdict="untrusted"))
    assert model.rowCount() == 30
    states = [cell(model, r, "state") for r in range(30)]
    assert all(s == "not verified (claims paid)" for s in states)
    assert all(cell(model, r, "amount") == "" for r in range(30))

    model.set_filter(RowFilter())
    assert model.rowCount() == 302
    assert counts[-1] == 302


# --- a job still running --------------------------------------------------------------------


def test_a_refresh_keeps_the_view_where_it_was(
    qtbot: QtBot, store: JobStore, runner: TaskRunner
) -> None:
    job = make_job(store, 1000, answered=0)
    model = BatchRowsModel(store, runner)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_job(job.id)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.scrollTo(model.index(500, 0), QTableView.ScrollHint.PositionAtTop)
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    selection.select(model.index(500, 0), flags | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.waitUntil(lambda: cell(model, 500, "state") == "not asked yet")
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0

    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    answer(store, job, range(600))
    model.refresh()
    # Row 500 is order 499: no such order at the gateway.
    qtbot.waitUntil(lambda: cell(model, 500, "state") == "not found", timeout=5000)
    settle(qtbot, model)
    assert model.rowCount() == 1002
    assert view.verticalScrollBar().value() == scrolled
    assert [i.row() for i in selection.selectedRows()] == [500]
    assert not resets

    # The rows needing a look grow while the job runs: they come at the end, no reset.
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(RowFilter(needs_attention=True))
    assert model.rowCount() == needs_a_look(range(600)) + 2
    resets.clear()
    answer(store, job, range(600, 1000))
    with qtbot.waitSignal(model.rowsInserted, timeout=5000):
        model.refresh()
    settle(qtbot, model)
    assert model.rowCount() == needs_a_look(range(1000)) + 2
    assert not resets
    # What each row shows is what the store lists now, however the rows moved.
    shown = []
    for r in range(model.rowCount()):
        qtbot.waitUntil(lambda r=r: cell(model, r, "id") is not None, timeout=5000)
        shown.append(cell(model, r, "id"))
    listed = store.rows(job.id, flt=RowFilter(needs_attention=True))
    assert shown == [row.id if row.valid else row.raw for row in listed]


def test_a_refresh_in_place_reads_the_new_outcomes(store: JobStore) -> None:
    job = make_job(store, 500, answered=100)
    model = BatchRowsModel(store, page_size=100, max_pages=2)
    model.set_filter(RowFilter(verdict="pending"))
    model.set_job(job.id)
    assert model.rowCount() == 400
    assert cell(model, 0, "id") == "ORD-000100"
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    answer(store, job, range(100, 450))
    model.refresh()
    assert model.rowCount() == 50
    assert removed == [(50, 399)]
    assert [cell(model, r, "id") for r in (0, 49)] == ["ORD-000450", "ORD-000499"]
    assert all(cell(model, r, "state") == "not asked yet" for r in range(50))
