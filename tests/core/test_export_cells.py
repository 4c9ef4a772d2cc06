"""The cells of an export as an accountant reads them in Excel: date-time cells, words in the UI
language with the code beside them, errors split into kind, code, meaning and text, refund
amounts, and a totals row of trusted money with each order counted once."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history.export import COLUMNS, header, write_csv, write_xlsx
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryStore
from leshua_gui.core.text.labels import Lang
from tests.support.history_records import T0, ask, record, recorded

KEYS = [key for key, _ in COLUMNS]
COL = {key: n for n, key in enumerate(KEYS)}


@pytest.fixture
def rows_in(history_store: HistoryStore, client: GatewayClient) -> list[HistoryRecord]:
    """Real sandbox answers and hand-made rows, stored in SQLite and read back newest first."""
    at = T0
    history_store.add_many([
        recorded(ask(client, "DEMO-PAID-WX"), "DEMO-PAID-WX", at),
        # the same order asked again: the totals count it once
        recorded(ask(client, "DEMO-PAID-WX"), "DEMO-PAID-WX", at + timedelta(minutes=1)),
        recorded(ask(client, "FAULT-BAD-SIGN"), "FAULT-BAD-SIGN", at + timedelta(minutes=2)),
        recorded(ask(client, "FAULT-502"), "FAULT-502", at + timedelta(minutes=3)),
        record(4, order_id="HAND-DASH", pay_time="2026-11-20 14:03:27", pay_way="ZFBZF",
               trade_type="JSAPI", amounts={"amount": 5000, "settlement_amount": 5000}),
        record(5, order_id="HAND-CANCEL", status="0", final=False, stopped="cancelled",
               amounts={}),
        record(6, order_id="HAND-REFUND", lookup="refund", refund_id_kind="merchant_refund_id",
               refund_id="R-1", status="11", amounts={"refund_amount": 1200,
                                                      "settlement_refund_amount": 1100}),
    ])  # fmt: skip
    return list(history_store.iterate())


def _xlsx(path: Path) -> tuple[dict[str, list[Any]], list[Any], list[str]]:
    """(data rows by order id, the totals row, the header)."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows()]
    blank = next(n for n, r in enumerate(rows) if all(c.value is None for c in r))
    data = {r[COL["order_id"]].value: r for r in rows[1:blank]}
    return data, rows[blank + 1], [c.value for c in rows[0]]


def test_times_are_date_time_cells_in_one_format(
    tmp_path: Path, rows_in: list[HistoryRecord]
) -> None:
    path = tmp_path / "h.xlsx"
    write_xlsx(path, rows_in, "en")
    data, _totals, _head = _xlsx(path)
    wx = data["DEMO-PAID-WX"][COL["pay_time"]]  # the sandbox writes 20261121093015-style
    dash = data["HAND-DASH"][COL["pay_time"]]  # this one came as 2026-11-20 14:03:27
    for cell in (wx, dash, data["HAND-DASH"][COL["queried_at"]]):
        assert isinstance(cell.value, datetime), cell.value
        assert cell.is_date
        assert cell.number_format == "yyyy-mm-dd hh:mm:ss"
    assert dash.value == datetime(2026, 11, 20, 14, 3, 27)
    stored = next(r for r in rows_in if r.order_id == "DEMO-PAID-WX").pay_time
    assert stored is not None
    assert wx.value == datetime.strptime(stored.replace("-", "").replace(" ", "").replace(
        ":", ""), "%Y%m%d%H%M%S")  # fmt: skip
    assert data["HAND-CANCEL"][COL["pay_time"]].value is None


@pytest.mark.parametrize(
    ("lang", "paid", "alipay", "env", "verified"),
    [
        ("zh_CN", "支付成功", "支付宝", "本机演示网关", "签名已验证"),
        ("zh_TW", "支付成功", "支付寶", "本機示範閘道", None),
        ("en", "paid", "Alipay", "local demo gateway", None),
    ],
)
def test_codes_in_words_with_the_code_beside(
    tmp_path: Path, rows_in: list[HistoryRecord], lang: Lang, paid: str, alipay: str,
    env: str, verified: str | None,
) -> None:  # fmt: skip
    path = tmp_path / f"h-{lang}.xlsx"
    write_xlsx(path, rows_in, lang)
    data, _totals, head = _xlsx(path)
    wx = data["DEMO-PAID-WX"]
    assert wx[COL["status_label"]].value == paid
    assert wx[COL["status"]].value == "2"
    assert wx[COL["pay_way_code"]].value == "WXZF"
    assert wx[COL["pay_way"]].value not in ("WXZF", "")
    assert wx[COL["trade_type_code"]].value == "JSAPI"
    assert wx[COL["trade_type"]].value not in ("JSAPI", "")
    assert wx[COL["environment"]].value == env
    assert wx[COL["environment_code"]].value == "sandbox"
    assert wx[COL["outcome_code"]].value == "verified"
    assert wx[COL["outcome"]].value not in ("verified", "")
    if verified:
        assert verified in wx[COL["outcome"]].value
    assert wx[COL["id_kind_code"]].value == "third_order_id"
    assert wx[COL["id_kind"]].value != "third_order_id"
    assert data["HAND-DASH"][COL["pay_way"]].value == alipay
    assert head == [header(k, lang) for k in KEYS]
    if lang != "en":  # no raw code stands in a words column
        for row in data.values():
            for key in ("environment", "outcome", "pay_way", "trade_type", "status_label"):
                value = row[COL[key]].value or ""
                assert not value.isascii() or value == "", (key, value)


def test_errors_are_kind_code_meaning_and_text(
    tmp_path: Path, rows_in: list[HistoryRecord]
) -> None:
    path = tmp_path / "h.xlsx"
    write_xlsx(path, rows_in, "zh_CN")
    data, _totals, _head = _xlsx(path)
    bad = data["FAULT-502"]
    assert bad[COL["error_kind_code"]].value == "transport"
    assert bad[COL["error_kind"]].value == "无法连接网关"
    meaning = bad[COL["error"]].value
    assert meaning
    assert not meaning.isascii()
    assert "transport" not in meaning
    assert bad[COL["error_message"]].value  # the text recorded, in its own column
    assert bad[COL["status_label"]].value == "状态未知"  # never an empty state
    forged = data["FAULT-BAD-SIGN"]
    assert forged[COL["error_kind"]].value == "签名有问题"
    assert not forged[COL["error"]].value.isascii()
    assert data["DEMO-PAID-WX"][COL["error"]].value in ("", None)


def test_cancelled_and_refund_rows(tmp_path: Path, rows_in: list[HistoryRecord]) -> None:
    path = tmp_path / "h.xlsx"
    write_xlsx(path, rows_in, "en")
    data, _totals, _head = _xlsx(path)
    assert data["HAND-CANCEL"][COL["stopped"]].value == "cancelled before a final state"
    refund = data["HAND-REFUND"]
    assert refund[COL["refund_amount"]].value == Decimal("12.00")
    assert refund[COL["refund_amount"]].data_type == "n"
    assert refund[COL["settlement_refund_amount"]].value == Decimal("11.00")


def test_totals_row_counts_trusted_latest_answers_once(
    tmp_path: Path, rows_in: list[HistoryRecord]
) -> None:
    path = tmp_path / "h.xlsx"
    write_xlsx(path, rows_in, "en")
    data, totals, _head = _xlsx(path)
    forged = data["FAULT-BAD-SIGN"][COL["amount"]]
    assert forged.data_type == "s"  # an untrusted amount stays marked text
    assert "UNTRUSTED" in forged.value
    label = totals[0].value
    assert "trusted answers only" in label
    assert "counted once" in label
    # DEMO-PAID-WX (twice, counted once) + HAND-DASH; the forged ¥888 is not money
    wx = Decimal(str(data["DEMO-PAID-WX"][COL["amount"]].value))
    assert totals[COL["amount"]].data_type == "n"
    assert Decimal(str(totals[COL["amount"]].value)) == wx + Decimal("50.00")
    assert label.startswith("Total of 4 ")  # DEMO-PAID-WX, HAND-DASH, HAND-CANCEL, HAND-REFUND
    assert Decimal(str(totals[COL["refund_amount"]].value)) == Decimal("12.00")


def test_zh_totals_label(tmp_path: Path, rows_in: list[HistoryRecord]) -> None:
    path = tmp_path / "h.xlsx"
    write_xlsx(path, rows_in, "zh_CN")
    _data, totals, _head = _xlsx(path)
    assert totals[0].value.startswith("合计")
    assert "仅计可信应答" in totals[0].value


def test_csv_has_the_words_and_one_time_format(
    tmp_path: Path, rows_in: list[HistoryRecord]
) -> None:
    path = tmp_path / "h.csv"
    write_csv(path, rows_in, "zh_CN")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    by_id = {r[COL["order_id"]]: r for r in table[1:]}
    assert len(table) == 1 + len(rows_in)  # no totals row in a CSV
    assert by_id["HAND-DASH"][COL["pay_time"]] == "2026-11-20 14:03:27"
    wx_time = by_id["DEMO-PAID-WX"][COL["pay_time"]]
    assert datetime.strptime(wx_time, "%Y-%m-%d %H:%M:%S")
    assert by_id["DEMO-PAID-WX"][COL["environment"]] == "本机演示网关"
    assert by_id["DEMO-PAID-WX"][COL["pay_way_code"]] == "WXZF"
    assert by_id["FAULT-502"][COL["error_kind"]] == "无法连接网关"
