"""The sandbox's batch demo orders DEMO-B-00001 to DEMO-B-99999: what each number is, amounts
that add up, and the sample lists in resources/samples/ that name them."""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
from collections import Counter
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from types import ModuleType

import pytest

from leshua_gui.core.batch.preview import preview_file
from leshua_gui.core.text import demo_words
from leshua_gui.core.text.labels import LANGS
from leshua_gui.sandbox import DEMO_ORDERS, batch_orders
from leshua_gui.sandbox.batch_orders import (
    BATCH_NOT_FOUND_EXAMPLE,
    BATCH_PAYING_EXAMPLE,
    BATCH_SLOW_EXAMPLE,
    BATCH_UNTRUSTED_EXAMPLE,
    find,
    kind,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
ALL = range(1, 100_000)

# The table of batch_orders' docstring, written out again here: (number, status or None for not
# found, fault, what a user sees).
TABLE = [
    (1, "2", None, "paid"),
    (12_345, "2", None, "paid"),
    (7, "0", None, "stays paying"),
    (98_746, "0", None, "stays paying"),
    (21, "2", None, "paying for two queries, then paid"),
    (50_083, "2", None, "paying for two queries, then paid"),
    (13, "8", None, "failed"),
    (40_058, "8", None, "failed"),
    (92, "8", None, "failed"),
    (35, "6", None, "closed"),
    (64, "6", None, "closed"),
    (99_977, "6", None, "closed"),
    (29, "11", None, "refunded"),
    (150, "11", None, "refunded"),
    (71, "11", None, "refunded"),
    (88, "10", None, "refunding"),
    (7_017, "12", None, "refund failed"),
    (333, "2", "tampered", "untrusted"),
    (42_666, "2", "tampered", "untrusted"),
    (404, None, None, "not found"),
    (99_808, None, None, "not found"),
    (999, "2", "slow", "slow"),
    (98_999, "2", "slow", "slow"),
]


def third(number: int) -> str:
    return f"DEMO-B-{number:05d}"


@pytest.mark.parametrize(("number", "status", "fault", "what"), TABLE)
def test_each_number_is_what_the_table_says(
    number: int, status: str | None, fault: str | None, what: str
) -> None:
    order = find(third(number))
    if status is None:
        assert order is None, what
        return
    assert order is not None, what
    assert order.fields["status"] == status, what
    assert order.fault == fault, what
    assert order.third_order_id == third(number)
    assert order.paying_for == (2 if "then paid" in what else None)
    assert order.leshua_order_id == f"0003495003{number:06d}"


def test_the_named_examples_are_of_their_kind() -> None:
    assert kind(batch_orders.number_of(BATCH_UNTRUSTED_EXAMPLE) or 0) == "untrusted"
    assert kind(batch_orders.number_of(BATCH_NOT_FOUND_EXAMPLE) or 0) == "not_found"
    assert kind(batch_orders.number_of(BATCH_SLOW_EXAMPLE) or 0) == "slow"
    assert kind(batch_orders.number_of(BATCH_PAYING_EXAMPLE) or 0) == "paying"
    for what, order_id in batch_orders.EXAMPLES.items():
        number = batch_orders.number_of(order_id)
        assert number is not None
        assert kind(number) == what
        # the first of its kind: the demo names the smallest number
        assert all(kind(n) != what for n in range(1, number)), what


def test_the_same_number_gives_the_same_order_every_time() -> None:
    for number in (1, 29, 333, 4_242, 99_999):
        assert find(third(number)) == find(third(number))
    # Pinned: the sample lists in resources/samples/ were written from these.
    first = find("DEMO-B-00001")
    assert first is not None
    assert first.fields["amount"] == "6953"
    assert first.fields["pay_way"] == "UPSMZF"
    assert first.fields["settlement_amount"] == "6927"  # 69.53 less a 0.26 fee


def test_a_leshua_order_number_finds_the_same_order() -> None:
    for number in (1, 21, 29, 333, 999, 99_999):
        by_leshua = find(leshua_order_id=f"0003495003{number:06d}")
        assert by_leshua is not None
        assert by_leshua == find(third(number))
    # The Leshua number counts when both are given, as at the gateway.
    both = find("DEMO-B-00001", "0003495003000002")
    assert both is not None
    assert both.third_order_id == "DEMO-B-00002"


@pytest.mark.parametrize(
    "order_id",
    ["DEMO-B-00000", "DEMO-B-100000", "DEMO-B-1", "DEMO-B-0001", "demo-b-00001", "DEMO-B-00001 ",
     "DEMO-B-0000١", "DEMO-B-+0001", "DEMO-B-", "DEMO-PAID-WX", ""],
)  # fmt: skip
def test_numbers_outside_the_range_are_not_found(order_id: str) -> None:
    assert find(order_id) is None


@pytest.mark.parametrize(
    "leshua_order_id",
    ["0003495003000000", "0003495003100000", "000349500300001", "00034950030000011",
     "0003495002500081", "0003495003000404"],
)  # fmt: skip
def test_leshua_numbers_outside_the_range_are_not_found(leshua_order_id: str) -> None:
    assert find(leshua_order_id=leshua_order_id) is None


def test_the_states_come_in_the_documented_shares() -> None:
    kinds = Counter(kind(n) for n in ALL)
    total = len(ALL)
    assert 0.83 < kinds["paid"] / total < 0.87  # "about 85 in 100"
    for what, per_hundred in (("paying", 2), ("turns_paid", 2), ("failed", 3), ("closed", 3),
                              ("refunded", 3), ("refunding", 1), ("refund_failed", 1)):  # fmt: skip
        assert abs(kinds[what] / total - per_hundred / 100) < 0.002, what
    for what, per_thousand in (("untrusted", 2), ("not_found", 2), ("slow", 1)):
        assert abs(kinds[what] / total - per_thousand / 1000) < 0.0002, what


def test_pay_ways_and_amounts_vary_as_documented() -> None:
    sample = [n for n in ALL if n % 7 == 0]
    ways = Counter(batch_orders.pay_way_of(n) for n in sample)
    assert set(ways) == {"WXZF", "ZFBZF", "UPSMZF"}
    assert abs(ways["WXZF"] / len(sample) - 0.55) < 0.03
    assert abs(ways["ZFBZF"] / len(sample) - 0.35) < 0.03
    assert abs(ways["UPSMZF"] / len(sample) - 0.10) < 0.02
    amounts = [batch_orders.amount_fen(n) for n in sample]
    assert min(amounts) >= 100
    assert max(amounts) <= 200_000
    assert 0.4 < sum(a < 10_000 for a in amounts) / len(amounts) < 0.6  # most under 100 yuan
    assert sum(a >= 100_000 for a in amounts) > 100  # and some over 1,000
    assert len(set(amounts)) > len(amounts) / 2


def fee(base: int) -> int:
    """0.38% of the base, rounded half up to the fen (computed here with Decimal)."""
    return int((Decimal(base) * Decimal("0.0038")).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def paid_at(text: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y%m%d%H%M%S"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise AssertionError(f"not a pay time: {text!r}")


def test_amounts_add_up_on_every_paid_order() -> None:
    """Order amount − discount − coupon = what the buyer paid; the settlement is what the
    merchant receives less the fee; a paid order has a pay time in November 2026."""
    checked = Counter[str]()
    for number in (n for n in ALL if n % 13 == 0):
        order = find(third(number))
        if order is None:
            continue
        f = {k: v for k, v in order.fields.items()}
        amount = int(f["amount"])
        assert 100 <= amount <= 200_000
        if f["status"] in ("0", "6", "8"):
            assert "pay_time" not in f
            assert "settlement_amount" not in f
            checked["unpaid"] += 1
            continue
        discount, coupon = int(f.get("discount_amount", 0)), int(f.get("coupon", 0))
        settlement = int(f["settlement_amount"])
        if f["pay_way"] == "WXZF":
            assert coupon == 0
            assert int(f["buyer_pay_amount"]) == amount - discount
            assert settlement == amount - discount - fee(amount - discount)
        elif f["pay_way"] == "ZFBZF":
            assert discount == 0
            assert int(f["buyer_pay_amount"]) == amount - coupon
            assert settlement == amount - fee(amount)  # the platform funds the red packet
        else:
            assert "buyer_pay_amount" not in f
            assert settlement == amount - fee(amount)
        assert 0 < settlement <= amount
        assert discount < amount
        assert coupon < amount
        assert paid_at(f["pay_time"]).strftime("%Y-%m") == "2026-11"
        checked[f["pay_way"]] += 1
        checked["discount" if discount else "coupon" if coupon else "whole"] += 1
    assert checked["unpaid"] > 50
    assert min(checked["WXZF"], checked["ZFBZF"], checked["UPSMZF"]) > 100
    assert checked["discount"] > 50
    assert checked["coupon"] > 50


def test_refunded_orders_have_their_refund() -> None:
    for number, status in ((29, "11"), (88, "10"), (17, "12")):
        order = find(third(number))
        assert order is not None
        refund = order.refunds[f"DEMO-B-{number:05d}-R1"]
        assert refund["status"] == status
        assert refund["leshua_refund_id"] == f"0008495003{number:06d}"
        assert refund["refund_amount"] == order.fields["amount"]
        assert bool(refund["refund_time"]) == (status == "11")
    assert find(third(1)) is not None
    assert find(third(1)).refunds == {}  # type: ignore[union-attr]


def test_ids_never_clash_with_the_other_demo_orders() -> None:
    others = {o.leshua_order_id for o in DEMO_ORDERS} | {o.third_order_id for o in DEMO_ORDERS}
    assert not any(o.startswith(("DEMO-B-", "0003495003")) for o in others)


def test_every_kind_is_described_in_every_language() -> None:
    kinds = set(batch_orders.STATUS) | {"not_found"}
    assert set(demo_words.BATCH_ORDERS) == kinds
    for lang in LANGS:
        texts = [demo_words.batch_order(k, lang) for k in sorted(kinds)]
        assert all(texts)
        assert len(set(texts)) == len(texts), lang
        assert "DEMO-B-00001" in demo_words.batch_range(lang)
        assert "200" in demo_words.batch_sample(lang)
    assert re.search(r"[\u4e00-\u9fff]", demo_words.batch_order("slow", "zh_CN"))
    assert demo_words.batch_order("slow", "zh_CN") != demo_words.batch_order("slow", "zh_TW")
    assert batch_orders.describe(BATCH_SLOW_EXAMPLE, "en") == demo_words.batch_order("slow", "en")
    order = find(BATCH_UNTRUSTED_EXAMPLE)
    assert order is not None
    assert "signature" in order.description


# ---------------------------------------------------------------------------------------------
# The sample lists
# ---------------------------------------------------------------------------------------------


@functools.cache
def make_samples() -> ModuleType:
    """resources/make_samples.py, loaded from its file (resources/ is no package here)."""
    spec = importlib.util.spec_from_file_location(
        "make_samples", ROOT / "resources" / "make_samples.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module  # where its dataclasses look themselves up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["make_samples"]
    return module


def test_the_committed_samples_are_what_the_script_writes() -> None:
    """Run again after a change to the orders, the script writes the same bytes: the committed
    lists still say what they were made to say."""
    script = make_samples()
    rows = script.sample().rows
    assert (SAMPLES / "batch-demo.csv").read_bytes() == script.csv_bytes(rows)
    assert (SAMPLES / "batch-demo.xlsx").read_bytes() == script.xlsx_bytes(rows)


@pytest.mark.parametrize("name", ["batch-demo.csv", "batch-demo.xlsx"])
def test_a_sample_list_reads_as_a_finance_clerk_wrote_it(name: str) -> None:
    preview = preview_file(SAMPLES / name)

    assert preview.rows_read == 200
    assert preview.id_header == "商户订单号"
    assert preview.amount_header == "金额"
    assert [(r.raw, r.problem) for r in preview.invalid] == [("DEMO-B 04321", "id_space")]
    assert len(preview.duplicates) == 2
    assert all(len(rows) == 2 for rows in preview.duplicates.values())
    assert len(preview.unique) == 197
    assert all(r.kind == "third_order_id" and r.expected_fen for r in preview.valid)
    ids = {r.id for r in preview.valid}
    for example in (BATCH_NOT_FOUND_EXAMPLE, BATCH_UNTRUSTED_EXAMPLE, BATCH_SLOW_EXAMPLE,
                    BATCH_PAYING_EXAMPLE):  # fmt: skip
        assert example in ids
    kinds = Counter(kind(batch_orders.number_of(i) or 0) for i in ids)
    assert kinds["not_found"] == 1
    assert kinds["untrusted"] == 1
    assert kinds["paid"] > 140
    assert {"failed", "closed", "refunded"} <= set(kinds)
    wrong = {
        r.id
        for r in preview.valid
        if (n := batch_orders.number_of(r.id)) and kind(n) != "not_found"
        and r.expected_fen != batch_orders.amount_fen(n)
    }  # fmt: skip
    assert len(wrong) == 8
    assert all(kind(batch_orders.number_of(i) or 0) == "paid" for i in wrong)
    assert wrong == set(make_samples().sample().wrong)


def test_the_csv_is_written_as_excel_saves_it() -> None:
    raw = (SAMPLES / "batch-demo.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "商户订单号,金额"
    amounts = [line.split(",", 1)[1] for line in lines[1:] if line]
    assert any(a.startswith("¥") for a in amounts)
    assert any(re.fullmatch(r'"\d{1,3}(,\d{3})+\.\d\d"', a) for a in amounts)
    assert any(re.fullmatch(r"\d+\.\d\d", a) for a in amounts)
