"""A refund lookup is stored as a refund lookup, with the refund number asked for."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import PollResult, poll
from leshua_gui.core.history.export import COLUMNS, header, write_csv, write_xlsx
from leshua_gui.core.history.store import HistoryFilter, HistoryStore
from leshua_gui.core.protocol.validation import OrderRef
from tests.support.history_records import T0, ask, recorded

KEYS = [key for key, _ in COLUMNS]


def _refund(client: GatewayClient, order_id: str, **refund: str) -> PollResult:
    ref = OrderRef.of(third_order_id=order_id)
    return poll(lambda: client.query_refund(ref, **refund), deadline_s=0)


@pytest.fixture
def store(history_store: HistoryStore, client: GatewayClient) -> HistoryStore:
    """An order lookup and three refund lookups of the sandbox, one minute apart."""
    store = history_store
    order = ask(client, "DEMO-REFUNDING")
    store.add_many(
        [
            recorded(order, "DEMO-REFUNDING", T0),
            # the kind and refund number from what was sent, as the command line records it
            recorded(
                _refund(client, "DEMO-REFUNDING", merchant_refund_id="DEMO-REFUND-1"),
                "DEMO-REFUNDING",
                T0 + timedelta(minutes=1),
            ),
            # named by the caller, as the window records it
            recorded(
                _refund(client, "DEMO-REFUNDED", leshua_refund_id="0008495002500089"),
                "DEMO-REFUNDED",
                T0 + timedelta(minutes=2),
                lookup="refund",
                refund_id_kind="leshua_refund_id",
                refund_id="0008495002500089",
            ),
            recorded(  # a refund that does not exist: still a refund lookup, with its number
                _refund(client, "DEMO-PAID-WX", merchant_refund_id="NO-SUCH-REFUND"),
                "DEMO-PAID-WX",
                T0 + timedelta(minutes=3),
            ),
        ]
    )
    return store


def test_refund_lookups_keep_their_kind_and_refund_number(store: HistoryStore) -> None:
    rows = list(reversed(store.page(full=True)))
    assert [r.lookup for r in rows] == ["order", "refund", "refund", "refund"]
    order, by_merchant, by_leshua, missing = rows
    assert order.refund_id is None
    assert order.refund_id_kind is None
    assert (by_merchant.refund_id_kind, by_merchant.refund_id) == (
        "merchant_refund_id", "DEMO-REFUND-1",
    )  # fmt: skip
    assert by_merchant.status == "10"
    assert by_merchant.trusted
    assert by_merchant.amounts["refund_amount"] == 3000
    assert by_merchant.leshua_refund_id == "0008495002500088"
    assert (by_leshua.refund_id_kind, by_leshua.refund_id) == (
        "leshua_refund_id", "0008495002500089",
    )  # fmt: skip
    assert by_leshua.merchant_refund_id == "DEMO-REFUND-2"
    assert (missing.lookup, missing.refund_id, missing.error_code) == (
        "refund", "NO-SUCH-REFUND", "-4006",
    )  # fmt: skip
    data = by_merchant.to_json()
    assert data["lookup"] == "refund"
    assert data["refund_id_kind"] == "merchant_refund_id"
    assert data["refund_id"] == "DEMO-REFUND-1"
    assert data["amounts_fen"]["refund_amount"] == 3000
    assert order.to_json()["lookup"] == "order"
    assert order.to_json()["refund_id"] is None


def test_search_finds_a_refund_by_its_numbers(store: HistoryStore) -> None:
    def found(text: str) -> list[tuple[str, str | None]]:
        return [(r.lookup, r.refund_id) for r in store.page(HistoryFilter(text=text))]

    assert found("DEMO-REFUND-1") == [("refund", "DEMO-REFUND-1")]
    assert found("0008495002500088") == [("refund", "DEMO-REFUND-1")]  # the answer's number
    assert found("NO-SUCH") == [("refund", "NO-SUCH-REFUND")]
    assert found("2500089") == [("refund", "0008495002500089")]  # by its end
    assert found("DEMO-REFUNDING") == [("refund", "DEMO-REFUND-1"), ("order", None)]
    # a refund answer is not the latest answer of the order lookup: both stay listed
    assert store.count(HistoryFilter(text="DEMO-REFUNDING", latest=True)) == 2


def test_exports_say_which_lookup_and_refund(tmp_path: Path, store: HistoryStore) -> None:
    records = list(store.iterate())
    for lang, refund_word, order_word in (("en", "refund", "order"), ("zh_CN", "退款", "订单")):
        path = tmp_path / f"h-{lang}.csv"
        write_csv(path, records, lang)  # type: ignore[arg-type]
        with open(path, encoding="utf-8-sig", newline="") as fh:
            table = list(csv.DictReader(fh))
        lookup, number = header("lookup", lang), header("refund_id", lang)  # type: ignore[arg-type]
        assert lookup != "lookup"
        assert number != "refund_id"
        by_time = list(reversed(table))
        assert [row[lookup] for row in by_time] == [order_word] + [refund_word] * 3
        assert [row[number] for row in by_time] == ["", "DEMO-REFUND-1", "0008495002500089",
                                                   "NO-SUCH-REFUND"]  # fmt: skip
        refund_amount = header("refund_amount", lang)  # type: ignore[arg-type]
        assert by_time[1][refund_amount] == "30.00"
    path = tmp_path / "h.xlsx"
    write_xlsx(path, records, "en")
    rows = list(openpyxl.load_workbook(path).worksheets[0].iter_rows())
    cell = rows[2][KEYS.index("refund_id")]  # newest first: the Leshua refund number
    assert cell.data_type == "s"
    assert cell.value == "0008495002500089"
