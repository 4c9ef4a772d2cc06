"""The CLI's JSON contract and the plain-text summary, for the outcomes support must tell apart."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from leshua_gui.core.errors import GatewayError, GatewayTimeout, LeshuaError, SignatureError
from leshua_gui.core.gateway.client import Reply
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.present.report import summary_lines, to_json
from leshua_gui.core.protocol.answer import Answer
from leshua_gui.core.protocol.signing import VerificationResult
from leshua_gui.core.text.labels import Lang

ENDPOINT = "https://t-paygate.lepass.cn/cgi-bin/lepos_pay_gateway.cgi"
SIGNED = "merchant_id=0000000018&nonce_str=abc123&service=query_status&third_order_id=NL1"

PAID_FIELDS = (
    ("resp_code", "0"),
    ("result_code", "0"),
    ("merchant_id", "0000000018"),
    ("sub_merchant_id", "1234567"),
    ("third_order_id", "NL1"),
    ("nonce_str", "abc123"),
    ("sign", "A" * 32),
    ("status", "2"),
    ("leshua_order_id", "0003495002500081"),
    ("amount", "12800"),
    ("buyer_pay_amount", "12700"),
    ("discount_amount", "100"),
    ("pay_way", "WXZF"),
    ("pay_time", "20240305140709"),
    ("trade_type", "NATIVE"),
    ("attach", ""),
    ("new_field", "kept"),
)


def exchange() -> Exchange:
    return Exchange(
        ENDPOINT,
        "query_status",
        {"merchant_id": "0000000018", "third_order_id": "NL1", "sign": "B" * 32},
        SIGNED + "&key=********",
        started_at=datetime(2024, 3, 5, 6, 7, 9, tzinfo=UTC),
        http_status=200,
        elapsed_ms=123.456,
        body=b"<leshua>...</leshua>",
        tries=1,
    )


def verification(status: str) -> VerificationResult:
    rule = "doc" if status == "verified" else None
    return VerificationResult(status, rule, "A" * 32, "C" * 32, SIGNED + "&key=********")  # type: ignore[arg-type]


def result_of(reply: Reply | None = None, error: LeshuaError | None = None) -> PollResult:
    at = datetime(2024, 3, 5, 6, 7, 9, tzinfo=UTC)
    attempt = Attempt(1, at, 0.2, reply, error)
    final = reply is not None and reply.answer.is_final
    return PollResult([attempt], final=final)


def paid() -> PollResult:
    return result_of(reply=Reply(exchange(), Answer(PAID_FIELDS), verification("verified")))


def mismatch() -> PollResult:
    error = SignatureError(
        "signature mismatch",
        reason="mismatch",
        exchange=exchange(),
        answer=Answer(PAID_FIELDS),
        verification=verification("mismatch"),
    )
    return result_of(error=error)


def not_found() -> PollResult:
    answer = Answer(
        (
            ("resp_code", "0"),
            ("result_code", "1"),
            ("error_code", "-4006"),
            ("error_msg", "订单不存在"),
            ("third_order_id", "NL1"),
            ("sign", "D" * 32),
        )
    )
    error = GatewayError(
        "order not found",
        reason="result",
        code="-4006",
        gateway_message="订单不存在",
        exchange=exchange(),
        answer=answer,
        verification=verification("verified"),
    )
    return result_of(error=error)


def timed_out() -> PollResult:
    return result_of(error=GatewayTimeout("read timed out after 15 s", reason="timeout"))


# --- to_json ---------------------------------------------------------------------------------


def test_json_of_a_verified_paid_answer() -> None:
    data = to_json(paid(), "en")
    assert data["verification"] == "verified"
    assert data["verification_rule"] == "doc"
    assert data["trusted"] is True
    assert data["final"] is True
    assert data["status"] == "2"
    assert data["status_label"] == "paid"
    assert data["pay_way"] == "WXZF"
    assert data["pay_way_label"] == "WeChat Pay"
    assert data["trade_type"] == "NATIVE"
    assert data["amounts_fen"] == {
        "amount": 12800,
        "buyer_pay_amount": 12700,
        "discount_amount": 100,
    }
    assert all(type(v) is int for v in data["amounts_fen"].values())
    assert data["fields"] == dict(PAID_FIELDS)
    assert data["fields"]["merchant_id"] == "0000000018"
    assert data["fields"]["new_field"] == "kept"
    assert data["error"] is None
    assert data["attempts"] == 1
    assert data["cancelled"] is False
    assert data["deadline_reached"] is False
    assert data["exchange"]["endpoint"] == ENDPOINT
    assert data["exchange"]["http_status"] == 200
    assert data["exchange"]["signed_string_masked"].endswith("&key=********")


def test_json_of_a_signature_mismatch_keeps_the_raw_status_but_is_untrusted() -> None:
    data = to_json(mismatch(), "en")
    assert data["verification"] == "mismatch"
    assert data["trusted"] is False
    assert data["final"] is False
    assert data["status"] == "2"
    assert data["error"]["kind"] == "signature"
    assert data["error"]["reason"] == "mismatch"
    assert data["error"]["advice"]


def test_json_of_order_not_found() -> None:
    data = to_json(not_found(), "en")
    assert data["trusted"] is False
    assert data["final"] is False
    assert data["status"] is None
    assert data["error"]["kind"] == "gateway"
    assert data["error"]["code"] == "-4006"
    assert data["error"]["message"] == "订单不存在"
    assert data["error"]["advice"]
    assert "query again" in data["error"]["advice"]
    assert to_json(not_found(), "zh_CN")["error"]["advice"].startswith("订单不存在")


def test_json_of_a_timeout_without_an_answer() -> None:
    data = to_json(timed_out(), "en")
    assert data["verification"] is None
    assert data["verification_rule"] is None
    assert data["trusted"] is False
    assert data["final"] is False
    assert data["status"] is None
    assert data["status_label"] is None
    assert data["pay_way"] is None
    assert data["amounts_fen"] == {}
    assert data["fields"] == {}
    assert data["exchange"] is None
    assert data["error"]["kind"] == "timeout"
    assert data["error"]["reason"] == "timeout"
    assert data["error"]["code"] is None
    assert data["error"]["message"] == "read timed out after 15 s"
    assert data["error"]["advice"]


def test_json_of_no_attempt_at_all() -> None:
    data = to_json(PollResult(cancelled=True), "en")
    assert data["attempts"] == 0
    assert data["cancelled"] is True
    assert data["status"] is None
    assert data["error"] is None


@pytest.mark.parametrize("make", [paid, mismatch, not_found, timed_out])
@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_json_is_serialisable_and_never_holds_a_key(make: object, lang: str) -> None:
    text = json.dumps(to_json(make(), lang), ensure_ascii=False)  # type: ignore[operator, arg-type]
    assert json.loads(text)["attempts"] == 1
    assert "&key=" not in text.replace("&key=********", "")


# --- summary_lines ---------------------------------------------------------------------------


def headline(result: PollResult, lang: Lang) -> list[str]:
    """The summary from the state on: what was asked comes first (the asked section)."""
    from leshua_gui.core.present.sections import present

    asked = present(result, lang, refund=False, queried_at=None)[0]
    lines = summary_lines(result, lang)
    n = len(asked.rows) if asked.name == "asked" else 0
    return lines[n:]


def test_summary_of_a_paid_answer_en() -> None:
    lines = headline(paid(), "en")
    assert "paid [2]" in lines[0]
    assert "(final)" in lines[0]
    text = "\n".join(lines)
    assert "signature verified" in text
    assert "¥128.00" in text
    assert "2024-03-05 14:07:09" in text
    assert "0003495002500081" in text
    assert "new_field: kept" in text
    assert "UNTRUSTED" not in text


def test_summary_of_a_paid_answer_zh_cn() -> None:
    lines = headline(paid(), "zh_CN")
    assert "支付成功 [2]" in lines[0]
    assert "（终态）" in lines[0]
    assert "不可信" not in "\n".join(lines)


def test_summary_of_a_mismatch_en_says_untrusted_and_never_final() -> None:
    lines = headline(mismatch(), "en")
    text = "\n".join(lines)
    assert "paid [2]" in lines[0]
    assert lines[0].startswith("Untrusted answer: ")
    assert "(final)" not in text
    assert "signature mismatch" in text
    assert "Error: Signature problem" in text


def test_summary_of_a_mismatch_zh_cn_says_untrusted_and_never_final() -> None:
    lines = headline(mismatch(), "zh_CN")
    text = "\n".join(lines)
    assert "支付成功 [2]" in lines[0]
    assert lines[0].startswith("不可信的应答：")
    assert "(终态)" not in text
    assert "签名不符" in text


def test_summary_of_order_not_found_shows_code_and_gateway_text() -> None:
    text = "\n".join(summary_lines(not_found(), "en"))
    assert "-4006" in text
    assert "订单不存在" in text
    assert "query again" in text
    assert "(final)" not in text


def test_summary_of_a_timeout() -> None:
    for lang in ("en", "zh_CN"):
        lines = summary_lines(timed_out(), lang)  # type: ignore[arg-type]
        text = "\n".join(lines)
        assert ("No answer in time" if lang == "en" else "网关未及时应答") in text
        assert "timed out" not in text  # the core's own English message is for the log
        assert "(final)" not in text
        assert "(终态)" not in text
        assert len(lines) >= 2  # the error and the advice


def test_summary_of_a_deadline_says_unknown_not_unpaid() -> None:
    reply = Reply(
        exchange(), Answer((("resp_code", "0"), ("status", "0"))), verification("verified")
    )
    result = result_of(reply=reply)
    result.deadline_reached = True
    en = "\n".join(summary_lines(result, "en"))
    zh = "\n".join(summary_lines(result, "zh_CN"))
    assert "paying [0]" in en
    assert "not final yet" in en
    assert "unknown, not unpaid" in en
    assert "支付中 [0]" in zh
    assert "并非未支付" in zh


def test_the_summary_is_the_presenters_rows_in_its_order() -> None:
    from leshua_gui.core.present.plain_text import as_text
    from leshua_gui.core.present.sections import present

    for make in (paid, mismatch, not_found, timed_out):
        result = make()
        assert summary_lines(result, "en") == as_text(
            present(result, "en", refund=False, queried_at=None)
        )
    lines = summary_lines(paid(), "en")
    assert lines.index("Amounts (yuan)") < lines.index("  Order amount: ¥128.00")
    assert "  Check: 128.00 − 1.00 = 127.00: matches what the buyer paid" in lines
