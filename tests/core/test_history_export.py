"""History export read back as Excel would: typed .xlsx cells and a UTF-8 .csv with a BOM."""

from __future__ import annotations

import csv
import re
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history.export import COLUMNS, export, header, write_csv, write_xlsx
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryStore
from leshua_gui.core.present import report
from leshua_gui.core.text.labels import Lang
from leshua_gui.sandbox import DEMO_TRANSACTION_KEY
from tests.support.history_records import T0, ask, record, recorded

FORMULA = ("=", "+", "-", "@")
KEYS = [key for key, _ in COLUMNS]
MONEY = [key for key, kind in COLUMNS if kind == "money"]
TEXT = [key for key, kind in COLUMNS if kind == "text"]
LONG_ID = "4200002026112014032"  # 19 digits: Excel would make it 4.20000202611201E+18
HOSTILE = {
    "order_id": "=cmd|' /C calc'!A0",
    "profile": "+1",
    "third_order_id": "-2+3",
    "channel_order_id": "@SUM(1)",
    "pay_time": "=1+1",
    "os_user": "@evil",
}


def _queried(client: GatewayClient, order_id: str, at: datetime) -> HistoryRecord:
    return recorded(ask(client, order_id), order_id, at, profile="门店一号")


def _hand(at: datetime, **fields: Any) -> HistoryRecord:
    """A hand-made production row HAND with no amounts unless given."""
    return record(**{"queried_at": at, "environment": "production", "order_id": "HAND",
                     "amounts": {}, **fields})  # fmt: skip


@pytest.fixture
def records(history_store: HistoryStore, client: GatewayClient) -> list[HistoryRecord]:
    """Stored and read back (newest first), as an export would get them."""
    history_store.add_many(
        [
            _queried(client, "DEMO-PAID-WX", T0),
            _queried(client, "FAULT-BAD-SIGN", T0 + timedelta(minutes=1)),
            _queried(client, "000120261122", T0 + timedelta(minutes=2)),
            _hand(
                T0 + timedelta(minutes=3),
                order_id="000120261122",
                id_kind="leshua_order_id",
                leshua_order_id="0003495002500081",
                out_transaction_id=LONG_ID,
                channel_order_id="0000620261122080005",
                amounts={"amount": 12345, "discount_amount": 0, "buyer_pay_amount": 5},
            ),
            _hand(
                T0 + timedelta(minutes=4),
                amounts={"amount": 12800, "settlement_amount": 99_999_999_999},
                **HOSTILE,
            ),
            _hand(
                T0 + timedelta(minutes=5),
                order_id="-4006",
                outcome="verified",
                status=None,
                pay_way=None,
                error_kind="gateway",
                error_code="-4006",
                error_message="=cmd|' /C calc'!A0",
                amounts={},
            ),
        ]
    )
    stored = list(history_store.iterate())
    assert len(stored) == 6
    return stored


def by_order(records: list[HistoryRecord], order_id: str, kind: str = "third_order_id") -> int:
    """The index of a record in the list (and so its data row, 0-based)."""
    return next(i for i, r in enumerate(records) if r.order_id == order_id and r.id_kind == kind)


def _read_xlsx(path: Path) -> tuple[Any, list[list[Any]]]:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows()]
    # the data rows end at the blank row before the totals
    end = next((n for n, row in enumerate(rows) if all(c.value is None for c in row)), len(rows))
    return sheet, rows[:end]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh_CN", ("查询时间", "查询的订单号", "订单金额", "乐刷订单号", "交易状态")),
        ("en", ("Queried at", "Order number queried", "Order amount", "Leshua order number")),
        ("zh_TW", ("查詢時間", "查詢的訂單號", "訂單金額", "樂刷訂單號", "交易狀態")),
    ],
)
def test_xlsx_header_in_the_ui_language_bold_and_frozen(
    tmp_path: Path, records: list[HistoryRecord], lang: Lang, expected: tuple[str, ...]
) -> None:
    path = tmp_path / "history.xlsx"
    assert write_xlsx(path, records, lang) == len(records)
    sheet, rows = _read_xlsx(path)
    assert sheet.freeze_panes == "A2"
    head = [c.value for c in rows[0]]
    assert head == [header(key, lang) for key in KEYS]
    for text in expected:
        assert text in head
    assert all(c.font.b for c in rows[0])
    assert len(rows) == 1 + len(records)


def test_xlsx_ids_are_text_and_amounts_are_yuan_numbers(
    tmp_path: Path, records: list[HistoryRecord]
) -> None:
    path = tmp_path / "history.xlsx"
    write_xlsx(path, records, "zh_CN")
    _, rows = _read_xlsx(path)
    data = rows[1:]
    col = {key: KEYS.index(key) for key in KEYS}

    leshua = data[by_order(records, "000120261122", "leshua_order_id")]
    for key, value in (
        ("order_id", "000120261122"),
        ("leshua_order_id", "0003495002500081"),
        ("out_transaction_id", LONG_ID),
        ("channel_order_id", "0000620261122080005"),
        ("merchant_id", "0000000018"),
        ("status", "2"),
    ):
        cell = leshua[col[key]]
        assert cell.data_type == "s", key
        assert cell.value == value, key
    assert isinstance(leshua[col["out_transaction_id"]].value, str)
    assert Decimal(str(leshua[col["amount"]].value)) == Decimal("123.45")
    assert Decimal(str(leshua[col["discount_amount"]].value)) == Decimal("0.00")
    assert Decimal(str(leshua[col["buyer_pay_amount"]].value)) == Decimal("0.05")

    paid = data[by_order(records, "DEMO-PAID-WX")]
    expected = {"amount": "128.00", "discount_amount": "10.00", "buyer_pay_amount": "118.00",
                "settlement_amount": "118.00"}  # fmt: skip
    for key in MONEY:
        cell = paid[col[key]]
        assert cell.number_format == "0.00", key
        if key in expected:
            assert isinstance(cell.value, (int, float, Decimal)), key
            assert not isinstance(cell.value, bool)
            assert cell.data_type == "n"
            assert Decimal(str(cell.value)) == Decimal(expected[key]), key
        else:
            assert cell.value is None, key  # no coupon: empty, not 0
    assert paid[col["leshua_order_id"]].value == "0003495002500081"
    assert paid[col["out_transaction_id"]].value == "4200002026112014032712345678"
    assert paid[col["attempts"]].value == 1

    when = paid[col["queried_at"]].value
    assert isinstance(when, datetime)
    assert when == T0.astimezone().replace(tzinfo=None)

    zeros = data[by_order(records, "000120261122")]
    assert zeros[col["order_id"]].value == "000120261122"
    assert zeros[col["leshua_order_id"]].value == "0003495002500083"
    assert Decimal(str(zeros[col["amount"]].value)) == Decimal("1.00")


def test_xlsx_neutralises_formulas_in_text_only(
    tmp_path: Path, records: list[HistoryRecord]
) -> None:
    path = tmp_path / "history.xlsx"
    write_xlsx(path, records, "en")
    _, rows = _read_xlsx(path)
    data = rows[1:]
    col = {key: KEYS.index(key) for key in KEYS}

    hostile = data[by_order(records, HOSTILE["order_id"])]
    for key, value in HOSTILE.items():
        cell = hostile[col[key]]
        assert cell.value == value, key  # the id itself is kept exactly
        assert cell.data_type == "s", key
        assert cell.quotePrefix, key  # Excel's "text, not a formula" mark
    assert Decimal(str(hostile[col["amount"]].value)) == Decimal("128.00")
    assert Decimal(str(hostile[col["settlement_amount"]].value)) == Decimal("999999999.99")

    error_row = data[by_order(records, "-4006")]
    assert error_row[col["order_id"]].value == "-4006"
    assert error_row[col["order_id"]].quotePrefix
    assert "=cmd" in error_row[col["error_message"]].value
    assert error_row[col["error_message"]].quotePrefix

    for row in data:
        for key in TEXT:
            value = row[col[key]].value
            if isinstance(value, str) and value.startswith(FORMULA):
                assert row[col[key]].quotePrefix, (key, value)
            assert row[col[key]].data_type != "f", key
    for rec, row in zip(records, data, strict=True):
        for key in MONEY:
            value = row[col[key]].value
            if rec.trusted or value is None:
                assert value is None or isinstance(value, (int, float, Decimal)), (key, value)
            else:  # a claimed amount of an untrusted answer: text that says so, never a number
                assert row[col[key]].data_type == "s", (key, value)
                assert "UNTRUSTED" in value, (key, value)


def test_xlsx_untrusted_state_says_so(tmp_path: Path, records: list[HistoryRecord]) -> None:
    for lang in ("zh_CN", "en"):
        path = tmp_path / f"history-{lang}.xlsx"
        write_xlsx(path, records, lang)
        _, rows = _read_xlsx(path)
        col = KEYS.index("status_label")
        warning = report.untrusted("mismatch", lang)
        bad = rows[1 + by_order(records, "FAULT-BAD-SIGN")][col].value
        good = rows[1 + by_order(records, "DEMO-PAID-WX")][col].value
        assert warning in bad
        assert warning not in good
        assert good == ("支付成功" if lang == "zh_CN" else "paid")


def _read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_utf8_with_bom_ids_and_amounts_intact(
    tmp_path: Path, records: list[HistoryRecord]
) -> None:
    path = tmp_path / "history.csv"
    assert write_csv(path, records, "zh_CN") == len(records)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert not raw[3:].startswith(b"\xef\xbb\xbf")
    rows = _read_csv(path)
    assert rows[0] == [header(key, "zh_CN") for key in KEYS]
    assert "查询的订单号" in rows[0]
    assert "订单金额" in rows[0]
    assert len(rows) == 1 + len(records)
    col = {key: KEYS.index(key) for key in KEYS}
    data = rows[1:]

    leshua = data[by_order(records, "000120261122", "leshua_order_id")]
    assert leshua[col["order_id"]] == "000120261122"
    assert leshua[col["leshua_order_id"]] == "0003495002500081"
    assert leshua[col["out_transaction_id"]] == LONG_ID
    assert leshua[col["channel_order_id"]] == "0000620261122080005"
    assert leshua[col["merchant_id"]] == "0000000018"
    assert leshua[col["amount"]] == "123.45"
    assert leshua[col["discount_amount"]] == "0.00"
    assert leshua[col["buyer_pay_amount"]] == "0.05"
    assert leshua[col["coupon"]] == ""

    paid = data[by_order(records, "DEMO-PAID-WX")]
    assert paid[col["amount"]] == "128.00"
    assert paid[col["settlement_amount"]] == "118.00"
    assert paid[col["profile"]] == "门店一号"
    assert paid[col["queried_at"]] == T0.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert paid[col["status_label"]] == "支付成功"

    bad = data[by_order(records, "FAULT-BAD-SIGN")]
    assert report.untrusted("mismatch", "zh_CN") in bad[col["status_label"]]


def test_csv_neutralises_formulas_in_text_only(
    tmp_path: Path, records: list[HistoryRecord]
) -> None:
    path = tmp_path / "history.csv"
    write_csv(path, records, "en")
    rows = _read_csv(path)
    assert rows[0][KEYS.index("order_id")] == "Order number queried"
    col = {key: KEYS.index(key) for key in KEYS}
    data = rows[1:]

    hostile = data[by_order(records, HOSTILE["order_id"])]
    for key, value in HOSTILE.items():
        assert hostile[col[key]] == "'" + value, key
    assert hostile[col["amount"]] == "128.00"
    assert hostile[col["settlement_amount"]] == "999999999.99"
    assert data[by_order(records, "-4006")][col["order_id"]] == "'-4006"

    for row in data:
        for key in TEXT:
            assert not row[col[key]].startswith(FORMULA), (key, row[col[key]])
    for rec, row in zip(records, data, strict=True):
        for key in MONEY:
            value = row[col[key]]
            # an empty cell or a plain number: never "None", never a formula; an untrusted
            # answer's claimed amount is text that says so
            if rec.trusted:
                assert value == "" or re.fullmatch(r"[0-9]+\.[0-9]{2}", value), (key, value)
            else:
                assert value == "" or re.fullmatch(r"¥[0-9,]+\.[0-9]{2} \(UNTRUSTED: .*\)", value)


def test_export_picks_the_format_by_suffix(tmp_path: Path, records: list[HistoryRecord]) -> None:
    assert export(tmp_path / "a.XLSX", iter(records), "en") == len(records)
    assert zipfile.is_zipfile(tmp_path / "a.XLSX")
    assert export(tmp_path / "b.csv", iter(records), "en") == len(records)
    assert (tmp_path / "b.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    for name in ("c.xls", "d.txt", "noext"):
        with pytest.raises(ValueError, match=r"\.xlsx or \.csv"):
            export(tmp_path / name, iter(records), "en")
        assert not (tmp_path / name).exists()


def test_empty_export_has_only_the_header(tmp_path: Path) -> None:
    assert export(tmp_path / "e.xlsx", [], "zh_CN") == 0
    _, rows = _read_xlsx(tmp_path / "e.xlsx")
    assert [[c.value for c in r] for r in rows] == [[header(k, "zh_CN") for k in KEYS]]
    assert export(tmp_path / "e.csv", [], "zh_CN") == 0
    assert _read_csv(tmp_path / "e.csv") == [[header(k, "zh_CN") for k in KEYS]]


def test_no_key_in_the_exports(tmp_path: Path, records: list[HistoryRecord]) -> None:
    key = DEMO_TRANSACTION_KEY.encode()
    export(tmp_path / "k.xlsx", records, "en")
    export(tmp_path / "k.csv", records, "en")
    with zipfile.ZipFile(tmp_path / "k.xlsx") as z:
        for name in z.namelist():
            assert key not in z.read(name), name
    assert key not in (tmp_path / "k.csv").read_bytes()


# The headers, in words; every code column beside its words.
HEADERS_ZH_CN = [
    "查询时间",
    "操作系统用户",
    "商户配置",
    "乐刷商户号",
    "环境",
    "环境代码",
    "订单号类型",
    "订单号类型代码",
    "查询的订单号",
    "查询类型",
    "退款单号类型",
    "查询的退款单号",
    "签名核验",
    "签名核验代码",
    "应答可信",
    "交易状态",
    "交易状态代码",
    "轮询结束方式",
    "支付方式",
    "支付方式代码",
    "交易类型",
    "交易类型代码",
    "订单金额",
    "优惠金额",
    "红包",
    "实付金额",
    "结算金额",
    "订单总金额",
    "退款金额",
    "优惠退款金额",
    "结算退款金额",
    "支付时间（北京时间）",
    "商户订单号",
    "乐刷订单号",
    "微信/支付宝交易单号",
    "渠道订单号",
    "商户退款单号",
    "乐刷退款单号",
    "错误类型",
    "错误类型代码",
    "网关错误码",
    "错误",
    "错误详情（原文）",
    "查询次数",
    "耗时（毫秒）",
]
HEADERS_EN = [
    "Queried at",
    "OS user",
    "Profile",
    "Leshua merchant id",
    "Environment",
    "Environment code",
    "Id kind",
    "Id kind code",
    "Order number queried",
    "Lookup",
    "Refund number kind",
    "Refund number queried",
    "Signature check",
    "Signature check code",
    "Answer trusted",
    "Trade state",
    "Trade state code",
    "Polling stopped",
    "Pay way",
    "Pay way code",
    "Trade type",
    "Trade type code",
    "Order amount",
    "Discount",
    "Coupon",
    "Buyer paid",
    "Settlement amount",
    "Order total",
    "Refund amount",
    "Discount refunded",
    "Settlement refund amount",
    "Paid at (Beijing time)",
    "Merchant order number",
    "Leshua order number",
    "WeChat/Alipay transaction number",
    "Channel order number",
    "Merchant refund number",
    "Leshua refund number",
    "Error kind",
    "Error kind code",
    "Gateway error code",
    "Error",
    "Error details (as recorded)",
    "Attempts",
    "Elapsed (ms)",
]
SIMPLIFIED_ONLY = set(
    "订单关闭败验签银宝码号户务统错误设据时间结优实红详标识类态账网请连为这没还应与页证数询乐记录说环认钥给"
)


@pytest.mark.parametrize(("lang", "expected"), [("zh_CN", HEADERS_ZH_CN), ("en", HEADERS_EN)])
def test_zh_cn_and_en_headers_are_these(lang: Lang, expected: list[str]) -> None:
    assert [header(key, lang) for key in KEYS] == expected


def test_zh_tw_export_is_in_traditional_chinese(tmp_path: Path) -> None:
    """Every header, the sheet's name and the words of the cells: none falls back to zh_CN."""
    rows_in = [record(0), record(1, outcome="mismatch", lookup="refund", refund_id="R1")]
    path = tmp_path / "history.xlsx"
    write_xlsx(path, rows_in, "zh_TW")
    sheet, rows = _read_xlsx(path)
    head = [c.value for c in rows[0]]
    assert sheet.title == "查詢記錄"
    assert head[:3] == ["查詢時間", "作業系統使用者", "商戶設定檔"]
    assert not any(SIMPLIFIED_ONLY.intersection(h) for h in head)
    assert len(set(head)) == len(head)
    col = {key: KEYS.index(key) for key in KEYS}
    cells = [[c.value for c in row] for row in rows[1:]]
    by_id = {row[col["order_id"]]: row for row in cells}
    assert by_id["HAND-0000"][col["lookup"]] == "訂單"
    assert by_id["HAND-0001"][col["lookup"]] == "退款"
    assert by_id["HAND-0000"][col["trusted"]] == "是"
    assert by_id["HAND-0001"][col["trusted"]] == "否"
    assert "簽名不符" in by_id["HAND-0001"][col["status_label"]]
    csv_path = tmp_path / "history.csv"
    write_csv(csv_path, rows_in, "zh_TW")
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[0].split(",") == head
