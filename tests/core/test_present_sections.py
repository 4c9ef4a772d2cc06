"""The presenter: one result's sections and rows, in the one order the window, the Copy summary
and the command line show them."""

from __future__ import annotations

from datetime import UTC, datetime

from leshua_gui.core.errors import SignatureError
from leshua_gui.core.gateway.client import Reply
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.present.plain_text import as_text
from leshua_gui.core.present.rows import Row, Section
from leshua_gui.core.present.sections import present
from leshua_gui.core.protocol.answer import Answer
from leshua_gui.core.protocol.signing import VerificationResult

AT = datetime(2024, 3, 5, 6, 7, 9, tzinfo=UTC)
ENDPOINT = "https://t-paygate.lepass.cn/cgi-bin/lepos_pay_gateway.cgi"

PAID = (
    ("resp_code", "0"), ("result_code", "0"), ("merchant_id", "0000000018"),
    ("third_order_id", "NL1"), ("status", "2"), ("leshua_order_id", "0003495002500081"),
    ("amount", "12800"), ("discount_amount", "1000"), ("coupon", "500"),
    ("buyer_pay_amount", "11300"), ("settlement_amount", "11800"), ("pay_way", "WXZF"),
    ("pay_time", "20240305140709"), ("trade_type", "NATIVE"), ("settle_batch_no", "B7"),
)  # fmt: skip

REFUND = (
    ("resp_code", "0"), ("result_code", "0"), ("merchant_id", "0000000018"),
    ("third_order_id", "NL1"), ("leshua_order_id", "0003495002500081"), ("status", "11"),
    ("merchant_refund_id", "RF-1"), ("leshua_refund_id", "0008495002500089"),
    ("total_amount", "12800"), ("refund_amount", "3000"), ("refund_time", "2024-03-06 10:00:00"),
)  # fmt: skip


def exchange(service: str = "query_status") -> Exchange:
    return Exchange(ENDPOINT, service, {}, "x&key=********", http_status=200, elapsed_ms=42.0)


def verification(status: str) -> VerificationResult:
    return VerificationResult(status, "doc", "A" * 32, "A" * 32, "x&key=********")  # type: ignore[arg-type]


def trusted(fields: tuple[tuple[str, str], ...], service: str = "query_status") -> PollResult:
    reply = Reply(exchange(service), Answer(fields), verification("verified"))
    return PollResult([Attempt(1, AT, 0.1, reply, None)], final=True)


def forged(fields: tuple[tuple[str, str], ...]) -> PollResult:
    error = SignatureError(
        "signature mismatch", reason="mismatch", exchange=exchange(), answer=Answer(fields),
        verification=verification("mismatch"),
    )  # fmt: skip
    return PollResult([Attempt(1, AT, 0.1, None, error)])


def section(sections: list[Section], name: str) -> Section:
    return next(s for s in sections if s.name == name)


def shown(rows: tuple[Row, ...]) -> list[tuple[str, str]]:
    return [(row.title, row.shown) for row in rows]


def test_a_paid_answer_with_discount_and_coupon() -> None:
    sections = present(trusted(PAID), "en", refund=False, queried_at=AT)
    assert [s.name for s in sections] == [
        "state", "payment", "amounts", "times", "ids", "other", "query",
    ]  # fmt: skip
    assert shown(sections[0].rows) == [
        ("Trade state", "paid [2]  (final)"),
        ("Signature", "signature verified (by the protocol's rule [doc])"),
    ]
    payment = section(sections, "payment")
    assert shown(payment.rows) == [
        ("Payment method", "WeChat Pay [WXZF]"),
        ("Trade type", "QR code payment (payer scans) [NATIVE]"),
    ]
    assert payment.rows[0].copy == "WXZF"  # a copy gives the code
    amounts = section(sections, "amounts")
    assert amounts.title == "Amounts (yuan)"
    assert shown(amounts.rows) == [
        ("Order amount", "¥128.00"),
        ("− Discount", "¥10.00"),
        ("− Coupon", "¥5.00"),
        ("= Buyer paid", "¥113.00"),
        ("Check", "128.00 − 10.00 − 5.00 = 113.00: matches what the buyer paid"),
        ("+ Funded by the platform", "¥5.00"),
        ("= Settlement amount", "¥118.00"),
        ("Where the money went", "The buyer paid ¥113.00; ¥5.00 is funded by the platform "
         "(coupon) and still reaches the merchant; the ¥10.00 off is funded by the merchant "
         "(discount), so the merchant receives that much less; the merchant settles ¥118.00"),
    ]  # fmt: skip
    assert [r.kind for r in amounts.rows] == ["money"] * 4 + ["check", "money", "money", "check"]
    assert (amounts.rows[0].copy, amounts.rows[0].sent, amounts.rows[0].field) == (
        "128.00", "12800", "amount",
    )  # fmt: skip
    assert shown(section(sections, "times").rows) == [("Pay time", "2024-03-05 14:07:09")]
    assert shown(section(sections, "ids").rows) == [
        ("Merchant order number", "NL1"),
        ("Leshua order number", "0003495002500081"),
    ]
    assert shown(section(sections, "other").rows) == [("settle_batch_no", "B7")]
    query = section(sections, "query")
    assert [r.title for r in query.rows] == ["Queried at", "Attempts", "Gateway"]
    assert query.rows[2].shown == f"{ENDPOINT} (HTTP 200, 42 ms)"
    assert query.rows[2].copy == ENDPOINT


def test_amounts_that_do_not_add_up_are_said() -> None:
    fields = tuple((n, "11000" if n == "buyer_pay_amount" else v) for n, v in PAID)
    amounts = section(present(trusted(fields), "en", refund=False, queried_at=None), "amounts")
    check = next(r for r in amounts.rows if r.kind == "check")
    assert check.shown == "Note: 128.00 − 10.00 − 5.00 = 113.00, not what the buyer paid (110.00)"
    zh = section(present(trusted(fields), "zh_CN", refund=False, queried_at=None), "amounts")
    assert "与实付金额110.00不符" in next(r for r in zh.rows if r.kind == "check").shown


def test_an_amount_that_is_not_one_is_shown_as_sent_with_a_question_mark() -> None:
    fields = tuple((n, "12.5" if n == "amount" else v) for n, v in PAID)
    amounts = section(present(trusted(fields), "en", refund=False, queried_at=None), "amounts")
    assert amounts.rows[0].title == "Order amount"
    assert amounts.rows[0].shown.startswith("12.5 (?)")
    assert all(r.kind != "check" for r in amounts.rows)  # no sum checked against a non-amount


def test_a_refund_answer() -> None:
    result = trusted(REFUND, "unified_query_refund")
    sections = present(result, "en", refund=True, queried_at=None)
    assert [s.name for s in sections] == ["state", "refund", "ids", "query"]
    assert sections[0].rows[0].title == "Refund state"
    assert sections[0].rows[0].shown == "refund succeeded [11]  (final)"
    refund = section(sections, "refund")
    assert refund.title == "Refund"
    assert shown(refund.rows) == [
        ("Merchant refund number", "RF-1"),
        ("Leshua refund number", "0008495002500089"),
        ("Order total", "¥128.00"),
        ("Refund amount", "¥30.00"),
        ("Refund time", "2024-03-06 10:00:00"),
    ]
    zh = present(result, "zh_TW", refund=True, queried_at=None)
    assert zh[0].rows[0].shown.startswith("退款成功 [11]")
    assert section(zh, "refund").title == "退款"


def test_an_untrusted_answer_says_so_first_and_never_reads_final() -> None:
    sections = present(forged(PAID), "en", refund=False, queried_at=None)
    head = sections[0]
    assert head.name == "state"
    assert head.rows[0].kind == "state"
    assert head.rows[0].title == "Untrusted answer"
    assert head.rows[0].shown == "signature mismatch; trade state it claims: paid [2]"
    assert shown(head.rows[1:3]) == [
        ("Signature", "signature mismatch"),
        ("Error", "Signature problem"),
    ]
    assert head.rows[3].kind == "note"
    assert "do not trust" in head.rows[3].shown
    text = "\n".join(as_text(sections))
    assert "(final)" not in text
    assert text.splitlines()[0] == (
        "Untrusted answer: signature mismatch; trade state it claims: paid [2]"
    )


def test_plain_text_is_the_sections_in_order() -> None:
    sections = present(trusted(PAID), "zh_CN", refund=False, queried_at=None)
    lines = as_text(sections, "zh_CN")
    assert lines[:4] == [
        "交易状态：支付成功 [2]（终态）",
        "签名：签名已验证（按协议规定的规则 [doc]）",
        "支付信息",
        "  支付方式：微信支付 [WXZF]",
    ]
    expected: list[str] = []
    for s in sections:
        if s.title:
            expected.append(s.title)
        expected += [f"{'  ' if s.title else ''}{r.title}：{r.shown}" for r in s.rows]
    assert lines == expected
