"""Answers that verify but must still not be believed, or that must be worded for what they are."""

from __future__ import annotations

import pytest

from leshua_gui.core.errors import GatewayError, ProtocolError
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import poll, worth_asking_again
from leshua_gui.core.present import report
from leshua_gui.core.protocol.signing import md5_hex, sign_response, sign_source
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox.server import render
from tests.support.cli_runner import run_cli
from tests.support.fake_gateway import fake_gateway, signed

MID = "0000000018"
KEY = "A-TEST-TRANSACTION-KEY-0123456789"
ORDER = OrderRef.of(third_order_id="ORDER-1")


def refund_fields(form: dict[str, str], **changes: str | None) -> list[tuple[str, str]]:
    fields: dict[str, str] = {
        "resp_code": "0", "result_code": "0", "merchant_id": MID,
        "third_order_id": form.get("third_order_id", ""), "leshua_order_id": "0003495002500088",
        "merchant_refund_id": form.get("merchant_refund_id", "RF-X"),
        "leshua_refund_id": form.get("leshua_refund_id", "0008495002500088"),
        "status": "11", "refund_amount": "3000", "nonce_str": form.get("nonce_str", ""),
    }  # fmt: skip
    for name, value in changes.items():
        if value is None:
            fields.pop(name, None)
        else:
            fields[name] = value
    return list(fields.items())


def client(url: str) -> GatewayClient:
    return GatewayClient(url, MID, KEY, backoff=0.01)


# -- a refund answer must name the refund asked for --------------------------------------------


@pytest.mark.parametrize(
    ("asked", "changes"),
    [
        ({"merchant_refund_id": "RF-ASKED-1"}, {"merchant_refund_id": "SOMEONE-ELSES-REFUND"}),
        ({"merchant_refund_id": "RF-ASKED-1"}, {"merchant_refund_id": None}),
        (
            {"merchant_refund_id": "RF-ASKED-1"},
            {"merchant_refund_id": None, "leshua_refund_id": None},
        ),
        ({"leshua_refund_id": "0008495002500088"}, {"leshua_refund_id": "0008495002599999"}),
        ({"leshua_refund_id": "0008495002500088"}, {"leshua_refund_id": None}),
    ],
)
def test_a_signed_refund_answer_about_another_refund_is_not_trusted(
    asked: dict[str, str], changes: dict[str, str | None]
) -> None:
    with fake_gateway(lambda f: signed(refund_fields(f, **changes), KEY)) as url, client(url) as c:
        result = poll(lambda: c.query_refund(ORDER, **asked), deadline_s=0)
    assert result.reply is None
    error = result.error
    assert isinstance(error, ProtocolError)
    assert error.reason == "wrong_refund"
    assert error.verification is not None
    assert error.verification.trusted
    lines = report.summary_lines(result, "en")
    head = next(line for line in lines if ":" in line and "Untrusted answer" in line)
    assert lines.index(head) < next(i for i, line in enumerate(lines) if "Signature" in line)
    payload = report.to_json(result, "en")
    assert payload["trusted"] is False
    assert "UNTRUSTED" in payload["status_label"]
    assert "refund" in (report.advice(error, "en") or "")


def test_the_refund_asked_for_is_trusted() -> None:
    with fake_gateway(lambda f: signed(refund_fields(f), KEY)) as url, client(url) as c:
        reply = c.query_refund(ORDER, merchant_refund_id="RF-ASKED-1")
    assert reply.answer.get("merchant_refund_id") == "RF-ASKED-1"


def test_the_cli_refuses_a_refund_answer_naming_another_refund() -> None:
    answer = lambda f: signed(refund_fields(f, merchant_refund_id="SOMEONE-ELSES"), KEY)  # noqa: E731
    with fake_gateway(answer) as url:
        run = run_cli("refund", "--gateway", url, "--merchant-id", MID,
                      "--third-order-id", "ORDER-1", "--merchant-refund-id", "RF-ASKED-1",
                      "--json", "--lang", "en", "--no-history", key=KEY)  # fmt: skip
    assert run.code == 3, run.stderr
    payload = run.json()
    assert payload["trusted"] is False
    assert payload["error"]["reason"] == "wrong_refund"
    assert "UNTRUSTED" in payload["status_label"]


# -- an error_code the signature does not cover ------------------------------------------------


def signed_without_error_code(fields: list[tuple[str, str]]) -> bytes:
    """Signed as some integrations do: error_code left out of the signature."""
    kept = [(n, v) for n, v in fields if n not in ("error_code", "sign", "resp_code")]
    sign = md5_hex(sign_source(kept, include_empty=True) + f"&key={KEY}")
    return render([*fields, ("sign", sign)])


def failure(form: dict[str, str], code: str) -> list[tuple[str, str]]:
    return [
        ("resp_code", "0"), ("result_code", "1"), ("merchant_id", MID),
        ("third_order_id", form.get("third_order_id", "")), ("error_code", code),
        ("error_msg", "订单不存在"), ("nonce_str", form.get("nonce_str", "")),
    ]  # fmt: skip


def test_an_error_code_outside_the_signature_is_shown_and_judged_as_unconfirmed() -> None:
    body_of = lambda f: signed_without_error_code(failure(f, "-20006"))  # noqa: E731
    with fake_gateway(body_of) as url, client(url) as c:
        result = poll(lambda: c.query_status(ORDER), deadline_s=0)
    error = result.error
    assert isinstance(error, GatewayError)
    assert error.code == "-20006"
    assert error.verification is not None
    assert error.verification.rule == "without_error_code"
    assert error.verification.error_code_signed is False
    # Not the trusted advice ("check the transaction key"): it says the code is unconfirmed.
    hint = report.advice(error, "en") or ""
    assert "not covered by the" in hint
    assert "signature" in hint
    text = "\n".join(report.summary_lines(result, "en"))
    assert "not covered by the answer's signature" in text
    payload = report.to_json(result, "en")
    assert payload["error"]["code_signed"] is False
    assert payload["verification_rule"] == "without_error_code"
    # It does not decide, silently, that asking again is useless: an unconfirmed code means the
    # state is unknown, and the summary says it was asked again for that reason.
    assert worth_asking_again(error) is True
    for lang in ("zh_CN", "zh_TW", "en"):
        assert report.advice(error, lang)  # type: ignore[arg-type]


def test_the_same_code_under_the_signature_keeps_its_own_advice() -> None:
    body_of = lambda f: signed(failure(f, "-20006"), KEY)  # noqa: E731
    with fake_gateway(body_of) as url, client(url) as c:
        result = poll(lambda: c.query_status(ORDER), deadline_s=0)
    error = result.error
    assert isinstance(error, GatewayError)
    assert error.verification is not None
    assert error.verification.error_code_signed is True
    assert "transaction key" in (report.advice(error, "en") or "")
    assert worth_asking_again(error) is False
    assert report.to_json(result, "en")["error"]["code_signed"] is True


def test_a_polled_unconfirmed_code_says_it_was_asked_again() -> None:
    body_of = lambda f: signed_without_error_code(failure(f, "-4006"))  # noqa: E731
    with fake_gateway(body_of) as url, client(url) as c:
        result = poll(lambda: c.query_status(ORDER), deadline_s=1, schedule=lambda _n: 0.05)
    assert len(result.attempts) > 1
    text = "\n".join(report.summary_lines(result, "en"))
    assert "asked again" in text


# -- wording -----------------------------------------------------------------------------------


def test_a_missing_result_code_does_not_read_none() -> None:
    def body_of(form: dict[str, str]) -> bytes:
        fields = [
            ("resp_code", "0"), ("merchant_id", MID), ("third_order_id", "ORDER-1"),
            ("nonce_str", form.get("nonce_str", "")),
        ]  # fmt: skip
        return render([*fields, ("sign", sign_response(fields, KEY))])

    with fake_gateway(body_of) as url, client(url) as c:
        result = poll(lambda: c.query_status(ORDER), deadline_s=0)
    assert result.error is not None
    text = "\n".join(report.summary_lines(result, "en"))
    assert "None" not in text
    assert "result_code" in text


@pytest.mark.parametrize(
    "body",
    [
        '<?xml version="1.0" encoding="GBK"?>\n<leshua><resp_code>0</resp_code>'
        "<resp_msg>订单不存在</resp_msg></leshua>".encode("gbk"),
        "<leshua><resp_code>0</resp_code><resp_msg>订单不存在</resp_msg></leshua>".encode("gbk"),
        b'<?xml version="1.0" encoding="GB2312"?><leshua><resp_code>0</resp_code></leshua>',
    ],
)
def test_an_answer_in_gbk_says_so(body: bytes) -> None:
    with fake_gateway(lambda _f: body) as url, client(url) as c:
        result = poll(lambda: c.query_status(ORDER), deadline_s=0)
    error = result.error
    assert isinstance(error, ProtocolError)
    assert error.reason == "malformed"
    assert "UTF-8" in error.message
    assert "ValueError" not in error.message
    assert "GB" in error.message
    assert "UTF-8" in (report.advice(error, "en") or "")


def test_json_of_an_untrusted_answer_labels_its_state_untrusted() -> None:
    def forged(form: dict[str, str]) -> bytes:
        fields = refund_fields(form, status="2", merchant_refund_id=None, leshua_refund_id=None)
        return signed(fields, "not-the-merchants-key-000000000000")

    with fake_gateway(forged) as url, client(url) as c:
        result = poll(lambda: c.query_status(ORDER), deadline_s=0)
    payload = report.to_json(result, "en")
    assert payload["trusted"] is False
    assert payload["status"] == "2"
    assert payload["status_label"] != "paid"
    assert "UNTRUSTED" in payload["status_label"]
    zh = report.to_json(result, "zh_CN")
    assert "不可信" in zh["status_label"]
