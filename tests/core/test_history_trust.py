"""Forged or unsigned "paid" answers are never counted as money: filters, exports, latest view."""

from __future__ import annotations

import csv
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history.export import COLUMNS, header, write_csv, write_xlsx
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryFilter, HistoryStore
from tests.support.history_records import T0, ask, recorded

KEYS = [key for key, _ in COLUMNS]

# Real answers of the sandbox, one minute apart: the paid WeChat order three times (a user
# checking again), a forged "paid" (bad signature, ¥888.00) and an unsigned "paid" (¥888.00).
QUERIED = ("DEMO-PAID-WX", "FAULT-BAD-SIGN", "DEMO-PAID-WX", "FAULT-NO-SIGN", "DEMO-PAID-WX",
           "DEMO-PAID-ALIPAY")  # fmt: skip


@pytest.fixture
def store(history_store: HistoryStore, client: GatewayClient) -> HistoryStore:
    """The history of the QUERIED answers."""
    history_store.add_many(
        [recorded(ask(client, o), o, T0 + timedelta(minutes=i)) for i, o in enumerate(QUERIED)]
    )
    return history_store


def _orders(records: list[HistoryRecord]) -> list[str]:
    return [r.order_id for r in records]


def test_the_paid_filter_lists_trusted_answers_only(store: HistoryStore) -> None:
    paid = store.page(HistoryFilter(status="2"))
    assert _orders(paid) == ["DEMO-PAID-ALIPAY", "DEMO-PAID-WX", "DEMO-PAID-WX", "DEMO-PAID-WX"]
    assert all(r.trusted for r in paid)
    assert store.count(HistoryFilter(status="2")) == 4


def test_untrusted_answers_only_when_asked_for(store: HistoryStore) -> None:
    flt = HistoryFilter(status="2", include_untrusted=True)
    rows = store.page(flt)
    assert _orders(rows) == list(reversed(QUERIED))
    assert store.count(flt) == 6
    assert [r.order_id for r in rows if not r.trusted] == ["FAULT-NO-SIGN", "FAULT-BAD-SIGN"]


def test_without_a_state_filter_every_row_is_listed(store: HistoryStore) -> None:
    assert store.count(HistoryFilter()) == 6  # the history itself hides nothing


def test_latest_answer_per_order_lists_each_order_once(store: HistoryStore) -> None:
    latest = store.page(HistoryFilter(latest=True))
    assert _orders(latest) == ["DEMO-PAID-ALIPAY", "DEMO-PAID-WX", "FAULT-NO-SIGN",
                               "FAULT-BAD-SIGN"]  # fmt: skip
    wx = latest[1]
    assert wx.queried_at == T0 + timedelta(minutes=4)  # the newest of its three answers
    assert store.count(HistoryFilter(latest=True)) == 4
    paid = HistoryFilter(status="2", latest=True)
    assert _orders(store.page(paid)) == ["DEMO-PAID-ALIPAY", "DEMO-PAID-WX"]
    assert store.count(paid) == 2
    assert len(list(store.iterate(paid, batch=1))) == 2  # paged by key, still once each
    by_amount = store.page(paid, order="amount", descending=True)
    assert _orders(by_amount) == ["DEMO-PAID-WX", "DEMO-PAID-ALIPAY"]


def test_latest_keeps_other_merchants_and_id_kinds_apart(store: HistoryStore) -> None:
    base = store.page(HistoryFilter(text="DEMO-PAID-ALIPAY"), full=True)[0]
    for change in ({"merchant_id": "0000000099"}, {"environment": "production"},
                   {"id_kind": "leshua_order_id"}):  # fmt: skip
        copy = HistoryRecord(**{**base.__dict__, "id": None, **change})
        store.add(copy)
    assert store.count(HistoryFilter(text="DEMO-PAID-ALIPAY", latest=True)) == 4


def _money_columns() -> list[str]:
    return [key for key, kind in COLUMNS if kind == "money"]


def test_xlsx_counts_trusted_money_only(tmp_path: Path, store: HistoryStore) -> None:
    path = tmp_path / "h.xlsx"
    records = list(store.iterate(HistoryFilter(include_untrusted=True)))
    write_xlsx(path, records, "en")
    rows = list(openpyxl.load_workbook(path).worksheets[0].iter_rows())
    col = KEYS.index("amount")
    data = rows[1 : 1 + len(records)]  # the totals row follows a blank row
    numbers = [c[col].value for c in data if c[col].data_type == "n" and c[col].value]
    # Three WeChat answers of ¥128.00 and one Alipay answer: no ¥888.00 forged or unsigned
    assert sum(Decimal(str(v)) for v in numbers) == Decimal("128.00") * 3 + Decimal("50.00")
    forged = rows[1 + next(i for i, r in enumerate(records) if r.order_id == "FAULT-BAD-SIGN")]
    cell = forged[col]
    assert cell.data_type == "s"
    assert cell.value.startswith("¥888.00 (")
    assert "UNTRUSTED" in cell.value
    settlement = forged[KEYS.index("settlement_amount")]
    assert settlement.data_type == "s"
    assert "UNTRUSTED" in settlement.value


@pytest.mark.parametrize(("lang", "mark"), [("en", "UNTRUSTED"), ("zh_CN", "不可信")])
def test_csv_keeps_untrusted_amounts_as_marked_text(
    tmp_path: Path, store: HistoryStore, lang: Any, mark: str
) -> None:
    path = tmp_path / "h.csv"
    records = list(store.iterate(HistoryFilter(include_untrusted=True)))
    write_csv(path, records, lang)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == [header(k, lang) for k in KEYS]
    col = KEYS.index("amount")
    by_order = {}
    for record, row in zip(records, table[1:], strict=True):
        by_order.setdefault(record.order_id, set()).add(row[col])
    assert by_order["DEMO-PAID-WX"] == {"128.00"}
    for forged in ("FAULT-BAD-SIGN", "FAULT-NO-SIGN"):
        (text,) = by_order[forged]
        assert text.startswith("¥888.00 (")
        assert mark in text
        with pytest.raises(ValueError, match="could not convert"):
            float(text)
