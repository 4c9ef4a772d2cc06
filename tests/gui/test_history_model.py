"""The history table model on a real SQLite store: Qt's model contract, paging, SQL sort/filter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import PAGE, HistoryFilter, HistoryStore
from leshua_gui.ui.history_model import COLUMNS, HistoryModel

START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
STATUSES = ("0", "2", "6")
COL = {key: n for n, (key, _sql) in enumerate(COLUMNS)}


def make(n: int, **overrides: object) -> HistoryRecord:
    """Row n: one minute after row n-1, a distinct amount, a status cycling paying/paid/closed."""
    record = HistoryRecord(
        queried_at=START + timedelta(minutes=n),
        profile="Shop" if n % 2 else "Demo",
        merchant_id="0123456789",
        environment="production",
        id_kind="third_order_id",
        order_id=f"ORD-{n:04d}",
        outcome="verified",
        status=STATUSES[n % 3],
        pay_way="WXZF",
        amounts={"amount": 100 + (n * 37) % 450 * 3, "settlement_amount": 100},
        leshua_order_id=f"9{n:015d}",
        final=True,
        os_user="tester",
    )
    for name, value in overrides.items():
        setattr(record, name, value)
    return record


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


@pytest.fixture
def model(qtbot: QtBot, store: HistoryStore) -> HistoryModel:
    return HistoryModel(store)


def load_all(model: HistoryModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def column(model: HistoryModel, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    return [model.data(model.index(r, COL[key]), role) for r in range(model.rowCount())]


def test_empty_store(qtmodeltester: ModelTester, model: HistoryModel) -> None:
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == len(COLUMNS)
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing to fetch: no rows appear, no error
    assert model.rowCount() == 0
    assert model.record(0) is None


def test_a_few_rows(qtmodeltester: ModelTester, store: HistoryStore, model: HistoryModel) -> None:
    store.add_many([make(n) for n in range(5)])
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert not model.canFetchMore(QModelIndex())
    assert column(model, "order_id") == [f"ORD-{n:04d}" for n in (4, 3, 2, 1, 0)]
    assert column(model, "profile") == ["Demo", "Shop", "Demo", "Shop", "Demo"]
    ids = column(model, "order_id", Qt.ItemDataRole.UserRole)
    assert ids == [model.record(r).id for r in range(5)]  # type: ignore[union-attr]
    # Changes after the check are watched by the tester too.
    store.add(make(5))
    model.reload()
    assert model.rowCount() == 6
    assert model.data(model.index(0, COL["order_id"])) == "ORD-0005"


def test_450_rows_pass_the_model_tester(
    qtmodeltester: ModelTester, store: HistoryStore, model: HistoryModel
) -> None:
    store.add_many([make(n) for n in range(450)])
    model.reload()
    qtmodeltester.check(model)  # Qt's tester fetches more itself: every page goes through it
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    # Resets stay within one page here: Qt's tester calls fetchMore from its own modelReset
    # handler and then reports the insert as "during a reset" (QSqlQueryModel fails alike).
    model.set_filter(HistoryFilter(status="2"))
    assert model.rowCount() == 150
    model.sort(COL["amount"], Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 150


def test_pages_of_450_rows(qtbot: QtBot, store: HistoryStore) -> None:
    store.add_many([make(n) for n in range(450)])
    model = HistoryModel(store)  # not watched by the tester, which would fetch every page
    model.reload()
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())

    seen = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.rowsInserted, timeout=1000):
            model.fetchMore(QModelIndex())
        seen.append(model.rowCount())
    assert seen == [200, 400, 450]
    assert not model.canFetchMore(QModelIndex())

    newest_first = [f"ORD-{n:04d}" for n in reversed(range(450))]
    assert column(model, "order_id") == newest_first
    times = [model.record(r).queried_at for r in range(450)]  # type: ignore[union-attr]
    assert times == sorted(times, reverse=True)


@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_amount_in_sql(store: HistoryStore, model: HistoryModel, descending: bool) -> None:
    records = [make(n) for n in range(450)]
    store.add_many(records)
    model.reload()
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(COL["amount"], order)
    assert model.rowCount() == PAGE  # a sort starts over at the first page, sorted in SQL
    load_all(model)
    assert model.rowCount() == 450

    shown = [model.record(r).amounts["amount"] for r in range(450)]  # type: ignore[union-attr]
    expected = sorted((r.amounts["amount"] for r in records), reverse=descending)
    assert shown == expected
    assert len(set(shown)) == 450  # no duplicate or skipped row across the offset pages

    model.sort(COL["time"], Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL["order_id"])) == "ORD-0449"


def test_filters(store: HistoryStore, model: HistoryModel) -> None:
    store.add_many([make(n) for n in range(450)])
    model.reload()

    model.set_filter(HistoryFilter(status="2"))
    load_all(model)
    assert model.rowCount() == 150
    assert {model.record(r).status for r in range(150)} == {"2"}  # type: ignore[union-attr]
    assert set(column(model, "state")) == {"paid"}

    model.set_filter(HistoryFilter(text="ORD-01"))
    load_all(model)
    assert model.rowCount() == 100
    assert column(model, "order_id") == [f"ORD-{n:04d}" for n in reversed(range(100, 200))]

    model.set_filter(HistoryFilter(text="ord-012", status="6"))  # ids match in any case
    assert sorted(column(model, "order_id")) == ["ORD-0122", "ORD-0125", "ORD-0128"]

    # Any id of the row is searchable, not only the one queried.
    model.set_filter(HistoryFilter(text="9000000000000042"))
    assert column(model, "order_id") == ["ORD-0042"]

    model.set_filter(HistoryFilter(text="NO-SUCH-ORDER"))
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())

    model.set_filter(HistoryFilter())
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())


UNTRUSTED = {
    "signature mismatch": {"outcome": "mismatch", "error_kind": "signature"},
    "no signature": {"outcome": "unsigned", "error_kind": "signature"},
    # A genuine signature on an answer about another order (the client's ProtocolError
    # "wrong_order"): recorded with outcome "verified" and error kind "protocol".
    "another order": {
        "outcome": "verified",
        "error_kind": "protocol",
        "error_message": "the answer is about another order",
    },
}


@pytest.mark.parametrize("case", list(UNTRUSTED))
def test_untrusted_state_is_never_plain_paid(
    qtmodeltester: ModelTester, store: HistoryStore, model: HistoryModel, case: str
) -> None:
    store.add_many([make(1), make(2, final=False, status="2", **UNTRUSTED[case])])
    model.reload()
    qtmodeltester.check(model)
    assert column(model, "order_id") == ["ORD-0002", "ORD-0001"]
    untrusted = model.record(0)
    assert untrusted is not None
    assert not untrusted.trusted
    assert untrusted.status == "2"
    assert untrusted.to_result().reply is None  # the window never takes it as a verified reply

    trusted_text = model.data(model.index(1, COL["state"]))
    assert trusted_text == "paid"
    text = model.data(model.index(0, COL["state"]))
    assert isinstance(text, str)
    assert text != "paid"
    assert "untrusted" in text.lower(), text
    # Icon and colour differ from the verified row as well.
    assert model.data(model.index(0, COL["state"]), Qt.ItemDataRole.ForegroundRole) != model.data(
        model.index(1, COL["state"]), Qt.ItemDataRole.ForegroundRole
    )


def test_untrusted_wording_follows_how_it_failed(store: HistoryStore, model: HistoryModel) -> None:
    store.add_many([
        make(1, status="2", **UNTRUSTED["signature mismatch"]),
        make(2, status="2", **UNTRUSTED["no signature"]),
    ])  # fmt: skip
    model.reload()
    assert model.data(model.index(0, COL["state"])) == "paid (UNTRUSTED: no signature)"
    assert model.data(model.index(1, COL["state"])) == "paid (UNTRUSTED: signature mismatch)"
    assert model.data(model.index(0, COL["outcome"])) == "unsigned"
    assert model.data(model.index(1, COL["outcome"])) == "signature mismatch"


def test_amounts_in_yuan_with_fen_in_the_tooltip(store: HistoryStore, model: HistoryModel) -> None:
    store.add_many([
        make(1, status="2", amounts={"amount": 1234567, "settlement_amount": 5}),
        make(2, amounts={}, status=None, outcome=None, error_kind="transport"),
    ])  # fmt: skip
    model.reload()
    no_answer, paid = 0, 1
    amount = model.index(paid, COL["amount"])
    assert model.data(amount) == "12,345.67"
    assert model.data(amount, Qt.ItemDataRole.ToolTipRole) == "1234567 fen"
    settlement = model.index(paid, COL["settlement"])
    assert model.data(settlement) == "0.05"
    assert model.data(settlement, Qt.ItemDataRole.ToolTipRole) == "5 fen"
    align = Qt.ItemDataRole.TextAlignmentRole
    assert model.data(amount, align) & int(Qt.AlignmentFlag.AlignRight)
    # No answer: no amount, the state unknown (not an empty cell), and the outcome says what
    # went wrong.
    assert model.data(model.index(no_answer, COL["amount"])) == ""
    assert model.data(model.index(no_answer, COL["amount"]), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(no_answer, COL["state"])) == "state unknown"
    assert model.data(model.index(no_answer, COL["outcome"])) == "Gateway not reached"


def test_headers(qtbot: QtBot, model: HistoryModel) -> None:
    horizontal = Qt.Orientation.Horizontal
    words = {key: key.upper() for key, _sql in COLUMNS}
    with qtbot.waitSignal(model.headerDataChanged, timeout=1000) as blocker:
        model.set_headers(words)
    assert blocker.args == [horizontal, 0, len(COLUMNS) - 1]
    shown = [model.headerData(c, horizontal) for c in range(len(COLUMNS))]
    assert shown == [key.upper() for key, _sql in COLUMNS]
    assert model.headerData(len(COLUMNS), horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
