"""A close attempt is stored as its own kind of history row: who, when, which order, what the
gateway said; it is never the order's payment answer, never money, and never watched."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history.export import header, write_csv, write_xlsx
from leshua_gui.core.history.record import LOOKUPS, HistoryRecord, os_user
from leshua_gui.core.history.store import HistoryFilter, HistoryStore
from leshua_gui.core.text.export_words import lookup_word
from tests.support.close_exchange import close_once
from tests.support.history_records import T0, ask, record, recorded


def test_a_close_is_told_by_its_exchange_or_by_the_caller(client: GatewayClient) -> None:
    assert "close" in LOOKUPS
    closed = close_once(client, "DEMO-PENDING")
    assert closed.exchange is not None
    assert closed.exchange.service == "close_order"
    inferred = recorded(closed, "DEMO-PENDING", T0)
    named = recorded(closed, "DEMO-PENDING", T0, lookup="close")
    for row in (inferred, named):
        assert row.lookup == "close"
        assert (row.status, row.outcome, row.trusted, row.final) == ("6", "verified", True, True)
        assert (row.id_kind, row.order_id) == ("third_order_id", "DEMO-PENDING")
        assert row.queried_at == T0
        assert row.os_user == os_user()
        assert row.refund_id is None
        assert not row.watchable
    # a query of the same order is still an order lookup
    assert recorded(ask(client, "DEMO-PENDING"), "DEMO-PENDING", T0).lookup == "order"


def test_a_refused_close_keeps_the_gateways_code_and_words(client: GatewayClient) -> None:
    refused = close_once(client, "DEMO-PAID-WX")
    error = refused.error
    assert error is not None
    assert error.kind == "gateway"
    row = recorded(refused, "DEMO-PAID-WX", T0)  # the error's exchange says it was a close
    assert row.lookup == "close"
    assert row.error_kind == "gateway"
    assert row.error_code == error.code
    assert row.error_code
    assert row.error_message == (error.gateway_message or error.message)
    assert row.error_message
    assert row.status is None  # a refusal says nothing of the order's state
    assert not row.final
    assert not row.trusted
    assert not row.watchable  # never watched: watching asks the order, not the close


def test_close_rows_round_trip_and_filter(
    history_store: HistoryStore, client: GatewayClient
) -> None:
    store = history_store
    store.add_many([
        recorded(ask(client, "DEMO-PENDING"), "DEMO-PENDING", T0),
        recorded(close_once(client, "DEMO-PENDING"), "DEMO-PENDING", T0 + timedelta(minutes=1),
                 lookup="close"),
        recorded(close_once(client, "DEMO-PAID-WX"), "DEMO-PAID-WX", T0 + timedelta(minutes=2),
                 lookup="close"),
        recorded(ask(client, "DEMO-PENDING"), "DEMO-PENDING", T0 + timedelta(minutes=3)),
    ])  # fmt: skip
    closes = store.page(HistoryFilter(lookup="close"), full=True)
    assert [(r.order_id, r.status, r.error_kind) for r in closes] == [
        ("DEMO-PAID-WX", None, "gateway"), ("DEMO-PENDING", "6", None),
    ]  # fmt: skip
    assert store.count(HistoryFilter(lookup="order")) == 2
    assert [r.status for r in store.page(HistoryFilter(lookup="order"))] == ["6", "0"]
    back = store.get(closes[1].id or 0)
    assert back is not None
    assert (back.lookup, back.os_user, back.queried_at) == (
        "close", os_user(), T0 + timedelta(minutes=1),
    )  # fmt: skip
    assert back.exchange is not None
    assert back.exchange["service"] == "close_order"
    assert back.exchange["form"]["third_order_id"] == "DEMO-PENDING"
    assert back.raw_answer
    assert b"<status>" in back.raw_answer
    shown = back.to_result()
    assert shown.exchange is not None
    assert shown.exchange.service == "close_order"
    assert shown.reply is not None
    assert shown.reply.answer.status == "6"
    data = back.to_json()
    assert data["lookup"] == "close"
    assert (data["status"], data["verification"], data["trusted"]) == ("6", "verified", True)
    assert (data["order_id"], data["id_kind"], data["os_user"]) == (
        "DEMO-PENDING", "third_order_id", os_user(),
    )  # fmt: skip
    assert data["time"] == (T0 + timedelta(minutes=1)).isoformat()
    refused = closes[0].to_json()
    assert refused["lookup"] == "close"
    assert refused["error"]["kind"] == "gateway"
    assert refused["error"]["code"]
    assert refused["error"]["message"]


def test_a_close_record_never_answers_whether_the_order_was_paid(
    history_store: HistoryStore,
) -> None:
    """The newest row of an order being a close attempt (here claiming closed, 6) neither hides
    the order's own answer nor is counted among the paid ones."""
    store = history_store
    paid = record(0, order_id="SHOP-1", status="2", final=True)
    closed = record(
        5, order_id="SHOP-1", status="6", final=True, lookup="close", amounts={"amount": 100}
    )
    paying = record(1, order_id="SHOP-2", status="0")
    close_2 = record(6, order_id="SHOP-2", status="6", final=True, lookup="close")
    store.add_many([paid, closed, paying, close_2])
    latest_paid = store.page(HistoryFilter(status="2", latest=True))
    assert [(r.order_id, r.lookup) for r in latest_paid] == [("SHOP-1", "order")]
    assert store.count(HistoryFilter(status="2")) == 1
    # the latest answer of each order's payment is still its own query's
    latest = store.page(HistoryFilter(lookup="order", latest=True))
    assert sorted((r.order_id, r.status) for r in latest) == [("SHOP-1", "2"), ("SHOP-2", "0")]
    # without a kind, latest per order lists the close attempts beside them, not instead
    both = store.page(HistoryFilter(text="SHOP-1", latest=True))
    assert sorted((r.lookup, r.status) for r in both) == [("close", "6"), ("order", "2")]
    assert store.count(HistoryFilter(status="6", lookup="order")) == 0


def test_the_totals_row_counts_no_close_attempt(tmp_path: Path) -> None:
    rows = [
        record(0, order_id="SHOP-1", status="2", final=True, amounts={"amount": 12800}),
        record(1, order_id="SHOP-1", status="6", final=True, lookup="close",
               amounts={"amount": 12800}),
    ]  # fmt: skip
    path = tmp_path / "h.xlsx"
    assert write_xlsx(path, reversed(rows), "en") == 2
    sheet = list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))
    heads = list(sheet[0])
    totals = sheet[-1]
    assert totals[0] == "Total of 1 (trusted answers only; each order or refund counted once, " \
        "by its latest answer)"  # fmt: skip
    assert totals[heads.index(header("amount", "en"))] == 128


@pytest.mark.parametrize(
    ("lang", "word"),
    [("zh_CN", "关闭订单请求"), ("zh_TW", "關閉訂單請求"), ("en", "close attempt")],
)
def test_the_close_kind_in_words_and_in_exports(tmp_path: Path, lang: str, word: str) -> None:
    assert lookup_word("close", lang) == word  # type: ignore[arg-type]
    assert lookup_word("order", lang) != word  # type: ignore[arg-type]
    rows = [record(0, order_id="SHOP-1", status="6", final=True, lookup="close"),
            record(1, order_id="SHOP-1", status="0")]  # fmt: skip
    path = tmp_path / f"h-{lang}.csv"
    write_csv(path, rows, lang)  # type: ignore[arg-type]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    column = header("lookup", lang)  # type: ignore[arg-type]
    assert [row[column] for row in table] == [word, lookup_word("order", lang)]  # type: ignore[arg-type]
    book = tmp_path / f"h-{lang}.xlsx"
    write_xlsx(book, rows, lang)  # type: ignore[arg-type]
    sheet = list(openpyxl.load_workbook(book).worksheets[0].iter_rows(values_only=True))
    assert sheet[1][list(sheet[0]).index(column)] == word


@pytest.mark.parametrize(
    ("fields", "watchable"),
    [
        ({"status": "0"}, True),  # paying
        ({"status": None, "outcome": "verified", "error_kind": "gateway",
          "error_code": "-4006"}, True),  # not found (yet)
        ({"status": "99"}, True),  # an unknown state
        ({"status": None, "outcome": None, "error_kind": "transport"}, True),
        ({"status": "2", "outcome": "mismatch", "error_kind": "signature"}, True),  # untrusted
        ({"status": "2", "final": True}, False),  # paid
        ({"status": "6", "final": True}, False),  # closed
        ({"status": "8"}, False),  # failed, trusted, even where the row says not final
        ({"status": "0", "lookup": "refund", "refund_id": "R-1"}, False),
        ({"status": "0", "lookup": "close"}, False),
        ({"status": None, "outcome": None, "error_kind": "input"}, False),  # nothing was sent
    ],
)  # fmt: skip
def test_what_can_be_watched(fields: dict[str, object], watchable: bool) -> None:
    row: HistoryRecord = record(0, **fields)
    assert row.watchable is watchable
