"""Answers a real gateway should never send, and what the client makes of them."""

from __future__ import annotations

import time

import pytest

from leshua_gui.core.errors import GatewayTimeout, ProtocolError
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import poll
from leshua_gui.core.present import report
from leshua_gui.core.profiles.check import check_profile
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox.server import render
from tests.support.fake_gateway import fake_gateway, signed

MID = "0000000018"
KEY = "A-TEST-TRANSACTION-KEY-0123456789"


def paid(form: dict[str, str], **changes: str | None) -> list[tuple[str, str]]:
    fields = {
        "resp_code": "0", "result_code": "0", "merchant_id": MID,
        "third_order_id": form.get("third_order_id", ""), "leshua_order_id": "0003495002500081",
        "status": "2", "amount": "100", "pay_way": "WXZF", "nonce_str": form.get("nonce_str", ""),
    }  # fmt: skip
    for name, value in changes.items():
        if value is None:
            fields.pop(name, None)
        else:
            fields[name] = value
    return list(fields.items())


def query(url: str, order: str = "ORDER-1", **kw: float) -> GatewayClient:
    return GatewayClient(url, MID, KEY, backoff=0.01, **kw)  # type: ignore[arg-type]


def test_a_signed_answer_that_does_not_name_the_order_is_not_trusted() -> None:
    with fake_gateway(lambda f: signed(paid(f, third_order_id=None), KEY)) as url, query(url) as c:
        result = poll(lambda: c.query_status(OrderRef.of(third_order_id="ORDER-1")), deadline_s=0)
    assert result.reply is None
    error = result.error
    assert isinstance(error, ProtocolError)
    assert error.reason == "wrong_order"
    assert error.verification is not None
    assert error.verification.status == "verified"
    # Said plainly everywhere: a "paid" that came with it is marked untrusted.
    head = next(line for line in report.summary_lines(result, "en") if "claims" in line)
    assert "paid" in head
    assert head.startswith("Untrusted answer:")  # the distrust before the claim
    assert report.to_json(result, "en")["trusted"] is False
    assert "another order" in (report.advice(error, "en") or "").lower() or "name the order" in (
        report.advice(error, "en") or ""
    )


def test_an_answer_about_another_order_is_not_trusted() -> None:
    with (
        fake_gateway(lambda f: signed(paid(f, third_order_id="ORDER-2"), KEY)) as url,
        query(url) as c,
        pytest.raises(ProtocolError) as info,
    ):
        c.query_status(OrderRef.of(third_order_id="ORDER-1"))
    assert info.value.reason == "wrong_order"


def test_a_field_named_like_the_root_is_refused() -> None:
    def answer(form: dict[str, str]) -> bytes:
        fields = paid(form)
        body = signed(fields, KEY)
        return body.replace(b"</leshua>", b"<leshua><![CDATA[injected]]></leshua>\n</leshua>")

    with fake_gateway(answer) as url, query(url) as c, pytest.raises(ProtocolError) as info:
        c.query_status(OrderRef.of(third_order_id="ORDER-1"))
    assert info.value.reason == "malformed"


def test_an_answer_trickling_in_is_a_timeout_not_a_hang() -> None:
    body_of = lambda f: signed(paid(f), KEY)  # noqa: E731
    with (
        fake_gateway(body_of, trickle_s=0.05) as url,
        query(url, connect_timeout=0.5, read_timeout=0.5) as c,
    ):
        started = time.monotonic()
        with pytest.raises(GatewayTimeout):
            c.query_status(OrderRef.of(third_order_id="ORDER-1"))
    # Each byte came within the read timeout; the whole answer was bounded by connect + read.
    assert time.monotonic() - started < 3


def test_profile_check_with_an_unsigned_not_found_says_the_key_is_not_proven() -> None:
    body = render([("resp_code", "-4006"), ("resp_msg", "订单不存在")])
    with fake_gateway(lambda _f: body) as url, query(url) as c:
        check = check_profile(c)
    assert check.verdict == "unproven"
    assert "not proven" in check.text("en")
