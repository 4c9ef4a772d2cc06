"""The gateway client against the sandbox over real HTTP on loopback: states, faults, secrets."""

from __future__ import annotations

import hashlib
import re
import socket
import threading
import time
from datetime import datetime, timedelta

import pytest

from leshua_gui.core.errors import (
    GatewayError,
    GatewayTimeout,
    InputError,
    LeshuaError,
    ProtocolError,
    SignatureError,
    TransportError,
)
from leshua_gui.core.gateway.client import GatewayClient, Reply
from leshua_gui.core.gateway.polling import Attempt, poll
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox import DEMO_ORDERS, FAULT_ORDERS, NOT_FOUND_EXAMPLE, Sandbox

FAST = 0.05  # seconds between polling attempts in these tests
NONCE = re.compile(r"[A-Za-z0-9]{32}")
CHINA = timedelta(hours=8)

# What each demo order must look like after one query, written out by hand from orders.py:
# (status, pay_way, amounts in integer fen).
EXPECTED: dict[str, tuple[str, str, dict[str, int]]] = {
    "DEMO-PAID-WX": (
        "2",
        "WXZF",
        {
            "amount": 12800,
            "discount_amount": 1000,
            "buyer_pay_amount": 11800,
            "settlement_amount": 11800,
        },
    ),
    "DEMO-PAID-ALIPAY": (
        "2",
        "ZFBZF",
        {"amount": 5000, "coupon": 500, "buyer_pay_amount": 4500, "settlement_amount": 5000},
    ),
    "000120261122": ("2", "UPSMZF", {"amount": 100, "settlement_amount": 100}),
    "DEMO-PAYING": ("0", "WXZF", {"amount": 2500}),  # first query: still paying
    "DEMO-PENDING": ("0", "WXZF", {"amount": 990}),
    "DEMO-WATCH-PAID": ("0", "WXZF", {"amount": 3600}),  # paid a minute after its first query
    "DEMO-BARCODE-PAYING": ("0", "WXZF", {"amount": 1200}),
    "DEMO-CLOSED": ("6", "ZFBZF", {"amount": 3000}),
    "DEMO-FAILED": ("8", "WXZF", {"amount": 4200}),
    "DEMO-REFUNDING": (
        "10",
        "ZFBZF",
        {"amount": 8800, "settlement_amount": 8800, "buyer_pay_amount": 8800},
    ),
    "DEMO-REFUNDED": ("11", "WXZF", {"amount": 6600, "settlement_amount": 6600}),
    "DEMO-REFUND-FAILED": ("12", "WXZF", {"amount": 1999, "settlement_amount": 1999}),
    "DEMO-UNKNOWN-STATE": ("99", "DCEPZF", {"amount": 1500}),
}

DEMO_IDS = [o.third_order_id for o in DEMO_ORDERS]
BY_ID = {o.third_order_id: o for o in DEMO_ORDERS}


def by_third(third_order_id: str) -> OrderRef:
    return OrderRef.of(third_order_id=third_order_id)


def expected_request_sign(form: dict[str, str], key: str) -> str:
    """The request signature computed here, independently of the signing module."""
    source = "&".join(f"{n}={form[n]}" for n in sorted(form) if n != "sign")
    return hashlib.md5(f"{source}&key={key}".encode()).hexdigest().upper()


def free_closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_every_demo_order_has_a_hand_written_expectation() -> None:
    assert sorted(EXPECTED) == sorted(DEMO_IDS)


# ---------------------------------------------------------------------------------------------
# Demo orders
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("third_order_id", DEMO_IDS)
def test_demo_order_by_third_order_id(client: GatewayClient, third_order_id: str) -> None:
    status, pay_way, amounts = EXPECTED[third_order_id]
    order = BY_ID[third_order_id]

    reply = client.query_status(by_third(third_order_id))

    assert isinstance(reply, Reply)
    assert reply.verification.status == "verified"
    assert reply.verification.rule == "doc"
    answer = reply.answer
    assert answer.status == status
    assert answer.pay_way == pay_way
    assert answer.amounts_fen == amounts
    assert all(type(v) is int for v in answer.amounts_fen.values())
    assert answer.get("third_order_id") == third_order_id
    assert answer.get("leshua_order_id") == order.leshua_order_id
    assert answer.get("merchant_id") == "0000000018"
    assert all(isinstance(v, str) for _, v in answer.fields)
    if order.paying_for is None:
        # Every field of the order comes back exactly as the gateway sent it (strings).
        for name, value in order.fields.items():
            assert answer.get(name) == value, name
    assert reply.exchange.http_status == 200
    assert reply.exchange.tries == 1


@pytest.mark.parametrize("third_order_id", DEMO_IDS)
def test_demo_order_by_leshua_order_id(client: GatewayClient, third_order_id: str) -> None:
    order = BY_ID[third_order_id]
    reply = client.query_status(OrderRef.of(leshua_order_id=order.leshua_order_id))

    assert reply.verification.status == "verified"
    assert reply.answer.get("leshua_order_id") == order.leshua_order_id
    assert reply.answer.get("third_order_id") == third_order_id
    assert reply.answer.status == EXPECTED[third_order_id][0]
    form = reply.exchange.form
    assert form["leshua_order_id"] == order.leshua_order_id
    assert "third_order_id" not in form


def test_leading_zero_ids_are_kept_as_strings(client: GatewayClient) -> None:
    reply = client.query_status(by_third("000120261122"))
    answer = reply.answer
    assert answer.get("third_order_id") == "000120261122"
    assert answer.get("leshua_order_id") == "0003495002500083"
    assert answer.get("sub_merchant_id") == "0000777290058120001"
    assert answer.get("channel_order_id") == "0000620261122080005"
    assert answer.get("bank_type") == "2"
    assert reply.exchange.form["third_order_id"] == "000120261122"
    assert reply.exchange.form["merchant_id"] == "0000000018"


def test_empty_fields_are_kept_as_empty_strings(client: GatewayClient) -> None:
    answer = client.query_status(by_third("000120261122")).answer
    for name in ("openid", "sub_openid", "out_transaction_id", "attach"):
        assert name in answer, name
        assert answer.get(name) == "", name
    assert answer.as_dict()["openid"] == ""


def test_unknown_state_and_unknown_fields_are_kept(client: GatewayClient) -> None:
    answer = client.query_status(by_third("DEMO-UNKNOWN-STATE")).answer
    assert answer.status == "99"
    assert not answer.is_final
    assert answer.pay_way == "DCEPZF"
    assert answer.trade_type == "FACEPAY"
    assert ("settle_batch_no", "B20261124-0007") in answer.unknown_fields
    assert ("fee_amount", "6") in answer.unknown_fields
    assert answer.as_dict()["settle_batch_no"] == "B20261124-0007"


def test_plain_text_xml_with_declaration_reads_like_cdata(client: GatewayClient) -> None:
    reply = client.query_status(by_third("DEMO-PAID-ALIPAY"))
    body = reply.exchange.body
    assert body.startswith(b"<?xml")
    assert b"CDATA" not in body
    assert reply.verification.status == "verified"
    answer = reply.answer
    assert answer.get("out_transaction_id") == "TA2026112122001424330500012345"
    assert answer.get("openid") == "2088102122524333"
    assert answer.get("active_flag") == "ZFBLH"
    assert answer.get("attach") == ""
    assert answer.amounts_fen["coupon"] == 500


def test_cdata_body_is_what_the_sandbox_sends(client: GatewayClient) -> None:
    body = client.query_status(by_third("DEMO-PAID-WX")).exchange.body
    assert b"<![CDATA[" in body
    assert not body.startswith(b"<?xml")


@pytest.mark.parametrize(
    ("third_order_id", "pay_time", "channel_datetime"),
    [
        # "yyyy-MM-dd HH:mm:ss" pay_time, "yyyyMMddHHmmss" channel_datetime
        ("DEMO-PAID-WX", datetime(2026, 11, 20, 14, 3, 27), datetime(2026, 11, 20, 14, 3, 21)),
        # and the other way round
        ("DEMO-PAID-ALIPAY", datetime(2026, 11, 21, 9, 30, 15), datetime(2026, 11, 21, 9, 30, 2)),
    ],
)
def test_times_in_both_formats_are_china_time(
    client: GatewayClient, third_order_id: str, pay_time: datetime, channel_datetime: datetime
) -> None:
    answer = client.query_status(by_third(third_order_id)).answer
    got = answer.pay_time
    assert got is not None
    assert got.utcoffset() == CHINA
    assert got.replace(tzinfo=None) == pay_time
    got_channel = answer.channel_datetime
    assert got_channel is not None
    assert got_channel.utcoffset() == CHINA
    assert got_channel.replace(tzinfo=None) == channel_datetime
    # The same instant, whatever zone it is looked at from.
    assert got.isoformat() == pay_time.isoformat() + "+08:00"


# ---------------------------------------------------------------------------------------------
# Polling
# ---------------------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_paying_order_becomes_paid_on_the_third_query(client: GatewayClient) -> None:
    order = by_third("DEMO-PAYING")
    seen: list[Attempt] = []

    result = poll(
        lambda: client.query_status(order),
        deadline_s=10,
        on_attempt=seen.append,
        schedule=lambda _n: FAST,
    )

    assert result.final is True
    assert result.cancelled is False
    assert result.deadline_reached is False
    assert [a.number for a in seen] == [1, 2, 3]
    assert [a.status for a in seen] == ["0", "0", "2"]
    assert [a.outcome for a in seen] == ["verified"] * 3
    assert seen == result.attempts
    assert result.reply is not None
    assert result.reply.answer.amounts_fen["amount"] == 2500
    assert result.reply.answer.get("out_transaction_id") == "4200002026112510154412340000"
    assert result.error is None


@pytest.mark.timeout(30)
def test_pending_order_ends_at_the_deadline_unknown_not_failed(
    client: GatewayClient, sandbox: Sandbox
) -> None:
    started = time.monotonic()
    result = poll(
        lambda: client.query_status(by_third("DEMO-PENDING")),
        deadline_s=0.4,
        schedule=lambda _n: FAST,
    )
    elapsed = time.monotonic() - started

    assert result.final is False
    assert result.deadline_reached is True
    assert result.cancelled is False
    assert result.error is None
    assert len(result.attempts) >= 2
    assert all(a.outcome == "verified" and a.status == "0" for a in result.attempts)
    assert all(a.error is None for a in result.attempts)
    assert result.answer is not None
    assert result.answer.status == "0"
    assert sandbox.state.requests_seen == len(result.attempts)
    assert elapsed < 2.0


@pytest.mark.timeout(30)
def test_cancel_from_another_thread_stops_at_once(client: GatewayClient) -> None:
    cancel = threading.Event()
    first_done = threading.Event()
    interval = 5.0

    def on_attempt(attempt: Attempt) -> None:
        first_done.set()

    timer = threading.Thread(target=lambda: (first_done.wait(5), time.sleep(0.1), cancel.set()))
    timer.start()
    started = time.monotonic()
    try:
        result = poll(
            lambda: client.query_status(by_third("DEMO-PENDING")),
            deadline_s=60,
            cancel=cancel,
            on_attempt=on_attempt,
            schedule=lambda _n: interval,
        )
    finally:
        timer.join(5)
    elapsed = time.monotonic() - started

    assert result.cancelled is True
    assert result.final is False
    assert result.deadline_reached is False
    assert len(result.attempts) == 1
    assert elapsed < 1.5, f"poll took {elapsed:.2f} s to notice the cancel (interval {interval} s)"


@pytest.mark.timeout(30)
def test_cancel_from_on_attempt_stops_before_waiting(client: GatewayClient) -> None:
    cancel = threading.Event()
    started = time.monotonic()
    result = poll(
        lambda: client.query_status(by_third("DEMO-PENDING")),
        deadline_s=60,
        cancel=cancel,
        on_attempt=lambda _a: cancel.set(),
        schedule=lambda _n: 5.0,
    )
    elapsed = time.monotonic() - started

    assert result.cancelled is True
    assert len(result.attempts) == 1
    assert elapsed < 1.0


# ---------------------------------------------------------------------------------------------
# Fault orders
# ---------------------------------------------------------------------------------------------


def test_every_fault_order_has_a_test() -> None:
    covered = {
        "FAULT-SLOW",
        "FAULT-502",
        "FAULT-HTML",
        "FAULT-TRUNCATED",
        "FAULT-BAD-SIGN",
        "FAULT-NO-SIGN",
        "FAULT-RESP-CODE",
        "FAULT-HOSTILE",
        "FAULT-HUGE",
        "FAULT-CLOSE-FORGED",  # tests/integration/test_sandbox_close.py
    }
    assert set(FAULT_ORDERS) == covered


@pytest.mark.timeout(30)
def test_slow_answer_times_out_with_the_exchange(sandbox: Sandbox) -> None:
    assert sandbox.state.slow_seconds == 1.5
    with GatewayClient(
        sandbox.url, sandbox.merchant_id, sandbox.transaction_key, read_timeout=0.3, backoff=0.01
    ) as c:
        started = time.monotonic()
        with pytest.raises(GatewayTimeout) as info:
            c.query_status(by_third("FAULT-SLOW"))
        elapsed = time.monotonic() - started
    err = info.value
    assert isinstance(err, TransportError)
    assert err.kind == "timeout"
    assert err.reason == "timeout"
    assert err.exchange is not None
    assert err.exchange.service == "query_status"
    assert err.exchange.form["third_order_id"] == "FAULT-SLOW"
    assert err.exchange.http_status is None
    assert err.exchange.elapsed_ms is not None
    assert err.exchange.elapsed_ms >= 250
    assert err.answer is None  # nothing was read: the state is unknown
    assert err.exchange.tries == 1  # a timed-out read is not blindly repeated
    assert elapsed < 1.4


@pytest.mark.timeout(30)
def test_slow_answer_arrives_with_a_long_timeout(sandbox: Sandbox) -> None:
    with GatewayClient(
        sandbox.url, sandbox.merchant_id, sandbox.transaction_key, read_timeout=5.0
    ) as c:
        reply = c.query_status(by_third("FAULT-SLOW"))
    assert reply.verification.status == "verified"
    assert reply.answer.status == "2"
    assert reply.exchange.elapsed_ms is not None
    assert reply.exchange.elapsed_ms >= 1400


def test_502_is_a_transport_error_after_retries(client: GatewayClient, sandbox: Sandbox) -> None:
    with pytest.raises(TransportError) as info:
        client.query_status(by_third("FAULT-502"))
    err = info.value
    assert type(err) is TransportError
    assert err.kind == "transport"
    assert err.reason == "http_status"
    assert err.code == "502"
    assert err.exchange is not None
    assert err.exchange.tries == client.retries + 1 == 3
    assert sandbox.state.requests_seen == 3
    assert err.exchange.http_status == 502
    assert b"502 Bad Gateway" in err.exchange.body
    assert "nginx" in err.exchange.body_text
    assert err.exchange.content_type == "text/html"


def test_html_login_page_is_not_leshua(client: GatewayClient) -> None:
    with pytest.raises(ProtocolError) as info:
        client.query_status(by_third("FAULT-HTML"))
    assert info.value.reason == "not_leshua"
    assert info.value.exchange is not None
    assert info.value.exchange.http_status == 200
    assert "上网认证" in info.value.exchange.body_text


def test_truncated_xml_is_malformed(client: GatewayClient) -> None:
    with pytest.raises(ProtocolError) as info:
        client.query_status(by_third("FAULT-TRUNCATED"))
    assert info.value.reason == "malformed"
    assert info.value.exchange is not None
    assert info.value.exchange.body.startswith(b"<leshua>")


def test_bad_signature_is_never_a_reply(client: GatewayClient) -> None:
    outcome: object = None
    with pytest.raises(SignatureError) as info:
        outcome = client.query_status(by_third("FAULT-BAD-SIGN"))
    assert outcome is None
    err = info.value
    assert err.kind == "signature"
    assert err.reason == "mismatch"
    assert err.answer is not None
    assert err.answer.status == "2"  # what it claims, shown only as untrusted
    assert err.verification is not None
    assert err.verification.status == "mismatch"
    assert not err.verification.trusted
    assert err.verification.received != err.verification.expected


def test_bad_signature_stops_polling_untrusted(client: GatewayClient) -> None:
    result = poll(
        lambda: client.query_status(by_third("FAULT-BAD-SIGN")),
        deadline_s=5,
        schedule=lambda _n: FAST,
    )
    assert result.final is False
    assert result.reply is None
    assert len(result.attempts) == 1
    assert isinstance(result.error, SignatureError)


def test_missing_signature_on_success(client: GatewayClient) -> None:
    with pytest.raises(SignatureError) as info:
        client.query_status(by_third("FAULT-NO-SIGN"))
    assert info.value.reason == "missing"
    assert info.value.verification is not None
    assert info.value.verification.status == "unsigned"
    assert info.value.answer is not None
    assert info.value.answer.status == "2"


def test_resp_code_failure_is_unsigned_gateway_error(client: GatewayClient) -> None:
    with pytest.raises(GatewayError) as info:
        client.query_status(by_third("FAULT-RESP-CODE"))
    err = info.value
    assert err.reason == "resp"
    assert err.code == "-20010"
    assert err.gateway_message == "系统错误"
    assert err.verification is not None
    assert err.verification.status == "unsigned"


def test_entity_bomb_is_refused_as_hostile(client: GatewayClient) -> None:
    with pytest.raises(ProtocolError) as info:
        client.query_status(by_third("FAULT-HOSTILE"))
    assert info.value.reason == "hostile"
    assert info.value.exchange is not None


@pytest.mark.timeout(30)
def test_huge_answer_is_too_large(client: GatewayClient) -> None:
    started = time.monotonic()
    with pytest.raises(ProtocolError) as info:
        client.query_status(by_third("FAULT-HUGE"))
    assert info.value.reason == "too_large"
    assert info.value.exchange is not None
    assert len(info.value.exchange.body) <= 64 * 1024
    assert time.monotonic() - started < 5


def test_not_found_is_a_verified_gateway_error(client: GatewayClient) -> None:
    with pytest.raises(GatewayError) as info:
        client.query_status(by_third(NOT_FOUND_EXAMPLE))
    err = info.value
    assert err.reason == "result"
    assert err.code == "-4006"
    assert err.gateway_message == "订单不存在"
    assert err.verification is not None
    assert err.verification.status == "verified"


def test_client_survives_a_fault_and_answers_the_next_query(client: GatewayClient) -> None:
    with pytest.raises(ProtocolError):
        client.query_status(by_third("FAULT-HUGE"))
    assert client.query_status(by_third("DEMO-PAID-WX")).answer.status == "2"


# ---------------------------------------------------------------------------------------------
# Credentials and connection
# ---------------------------------------------------------------------------------------------


def test_wrong_transaction_key_is_signature_check_failed(sandbox: Sandbox) -> None:
    with (
        GatewayClient(sandbox.url, sandbox.merchant_id, "NOT-THE-SANDBOX-KEY-0000") as c,
        pytest.raises(GatewayError) as info,
    ):
        c.query_status(by_third("DEMO-PAID-WX"))
    assert info.value.code == "-20006"
    assert info.value.reason == "resp"


def test_unknown_merchant_id(sandbox: Sandbox) -> None:
    with (
        GatewayClient(sandbox.url, "1234567890", sandbox.transaction_key) as c,
        pytest.raises(GatewayError) as info,
    ):
        c.query_status(by_third("DEMO-PAID-WX"))
    assert info.value.code == "-20002"


@pytest.mark.timeout(30)
def test_connection_refused_after_retries() -> None:
    port = free_closed_port()
    url = f"http://127.0.0.1:{port}/cgi-bin/lepos_pay_gateway.cgi"
    with (
        GatewayClient(url, "0000000018", "SOME-KEY-1234", retries=2, backoff=0.01) as c,
        pytest.raises(TransportError) as info,
    ):
        c.query_status(by_third("DEMO-PAID-WX"))
    err = info.value
    assert type(err) is TransportError
    assert err.reason == "connect"
    assert err.exchange is not None
    assert err.exchange.tries == 3
    assert err.exchange.http_status is None


def test_exchange_never_contains_the_key(client: GatewayClient, sandbox: Sandbox) -> None:
    key = sandbox.transaction_key
    replies = [client.query_status(by_third("DEMO-PAID-WX"))]
    exchanges = [replies[0].exchange]
    with pytest.raises(LeshuaError) as info:
        client.query_status(by_third("FAULT-BAD-SIGN"))
    assert info.value.exchange is not None
    exchanges.append(info.value.exchange)

    for exchange in exchanges:
        assert key not in repr(exchange.form)
        assert all(key not in v for v in exchange.form.values())
        assert key not in exchange.signed_string_masked
        assert exchange.signed_string_masked.endswith("&key=********")
        assert key not in repr(exchange.to_json())
    assert key not in repr(client)
    assert info.value.verification is not None
    assert key not in (info.value.verification.signed_string_masked or "")


def test_form_is_signed_with_a_fresh_nonce(client: GatewayClient, sandbox: Sandbox) -> None:
    forms = [client.query_status(by_third("DEMO-PAID-WX")).exchange.form for _ in range(3)]
    nonces = [f["nonce_str"] for f in forms]
    for form in forms:
        assert set(form) == {"service", "merchant_id", "third_order_id", "nonce_str", "sign"}
        assert form["service"] == "query_status"
        assert NONCE.fullmatch(form["nonce_str"])
        assert form["sign"] == expected_request_sign(form, sandbox.transaction_key)
    assert len(set(nonces)) == 3
    assert len({f["sign"] for f in forms}) == 3


def test_masked_sign_string_is_what_was_signed(client: GatewayClient) -> None:
    exchange = client.query_status(by_third("DEMO-PAID-WX")).exchange
    form = exchange.form
    assert exchange.signed_string_masked == (
        f"merchant_id=0000000018&nonce_str={form['nonce_str']}"
        "&service=query_status&third_order_id=DEMO-PAID-WX&key=********"
    )


# ---------------------------------------------------------------------------------------------
# Refunds and closing
# ---------------------------------------------------------------------------------------------


def test_query_refund_in_progress(client: GatewayClient) -> None:
    reply = client.query_refund(by_third("DEMO-REFUNDING"), merchant_refund_id="DEMO-REFUND-1")
    assert reply.verification.status == "verified"
    assert reply.exchange.service == "unified_query_refund"
    assert reply.exchange.form["merchant_refund_id"] == "DEMO-REFUND-1"
    answer = reply.answer
    assert answer.status == "10"
    assert answer.get("refund_amount") == "3000"
    assert int(answer.get("refund_amount") or "") == 3000
    assert answer.get("leshua_refund_id") == "0008495002500088"
    assert answer.get("refund_time") == ""


def test_query_refund_by_leshua_ids(client: GatewayClient) -> None:
    reply = client.query_refund(
        OrderRef.of(leshua_order_id="0003495002500088"), leshua_refund_id="0008495002500088"
    )
    assert reply.answer.status == "10"
    assert reply.answer.get("refund_amount") == "3000"
    assert reply.answer.get("merchant_refund_id") == "DEMO-REFUND-1"


def test_query_refund_without_refund_id_sends_nothing(
    client: GatewayClient, sandbox: Sandbox
) -> None:
    client.query_status(by_third("DEMO-REFUNDING"))
    before = sandbox.state.requests_seen
    with pytest.raises(InputError) as info:
        client.query_refund(by_third("DEMO-REFUNDING"))
    assert info.value.reason == "one_refund_id"
    with pytest.raises(InputError):
        client.query_refund(by_third("DEMO-REFUNDING"), merchant_refund_id="")
    assert sandbox.state.requests_seen == before == 1


def test_close_pending_order_then_query_shows_closed(client: GatewayClient) -> None:
    order = by_third("DEMO-PENDING")
    assert client.query_status(order).answer.status == "0"

    closed = client.close_order(order)
    assert closed.exchange.service == "close_order"
    assert closed.verification.status == "verified"
    assert closed.answer.status == "6"

    after = client.query_status(order)
    assert after.answer.status == "6"
    assert after.answer.is_final
    assert after.answer.amounts_fen == {"amount": 990}


def test_closing_a_paid_order_fails(client: GatewayClient, sandbox: Sandbox) -> None:
    order = by_third("DEMO-PAID-WX")
    with pytest.raises(GatewayError) as info:
        client.close_order(order)
    assert info.value.reason == "result"
    assert info.value.code == "-20001"
    assert info.value.exchange is not None
    assert info.value.exchange.tries == 1
    assert client.query_status(order).answer.status == "2"


# ---------------------------------------------------------------------------------------------
# Input checks: nothing is sent
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mid", ["18", "00000000180", "000000001A", "", "0000 00018", "０００００００００１８"]
)
def test_bad_merchant_id_is_refused(sandbox: Sandbox, mid: str) -> None:
    with pytest.raises(InputError) as info:
        GatewayClient(sandbox.url, mid, sandbox.transaction_key)
    assert info.value.reason == "merchant_id"
    assert sandbox.state.requests_seen == 0


def test_missing_key_is_refused(sandbox: Sandbox) -> None:
    with pytest.raises(InputError) as info:
        GatewayClient(sandbox.url, sandbox.merchant_id, "")
    assert info.value.reason == "key_missing"


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("third_order_id", "DEMO PAID-WX"),
        ("third_order_id", "DEMO-PAID-WX\tX"),
        ("third_order_id", "A" * 65),
        ("third_order_id", "订单-0001"),
        ("third_order_id", "DEMO-PAÏD"),
        ("third_order_id", ""),
        ("third_order_id", "   "),
        ("leshua_order_id", "0003495002500081-1"),
        ("leshua_order_id", "0003495002500081 1"),
        ("leshua_order_id", "1" * 33),
        ("leshua_order_id", "０００３"),
    ],
)
def test_bad_order_id_is_refused_before_sending(
    client: GatewayClient, sandbox: Sandbox, kind: str, value: str
) -> None:
    with pytest.raises(InputError) as info:
        client.query_status(OrderRef.of(**{kind: value}))
    assert info.value.reason == kind
    assert sandbox.state.requests_seen == 0


def test_both_or_no_ids_are_refused(sandbox: Sandbox) -> None:
    with pytest.raises(InputError):
        OrderRef.of()
    with pytest.raises(InputError):
        OrderRef.of(third_order_id="DEMO-PAID-WX", leshua_order_id="0003495002500081")
    assert sandbox.state.requests_seen == 0


def test_sixty_four_characters_is_still_fine(client: GatewayClient) -> None:
    with pytest.raises(GatewayError) as info:
        client.query_status(by_third("A" * 64))
    assert info.value.code == "-4006"  # sent, and the gateway simply does not know it


@pytest.mark.parametrize(
    "pasted",
    [
        "  DEMO-PAID-WX  ",
        "\tDEMO-PAID-WX\r\n",
        "\u00a0DEMO-PAID-WX\u00a0",
        "\u3000DEMO-PAID-WX\u3000",
        "\ufeff\u200bDEMO-PAID-WX\u200b",
    ],
)
def test_pasted_ids_are_trimmed(client: GatewayClient, pasted: str) -> None:
    reply = client.query_status(by_third(pasted))
    assert reply.exchange.form["third_order_id"] == "DEMO-PAID-WX"
    assert reply.answer.status == "2"


def test_pasted_leshua_id_and_merchant_id_are_trimmed(sandbox: Sandbox) -> None:
    with GatewayClient(sandbox.url, "\u3000 0000000018\u00a0\n", sandbox.transaction_key) as c:
        assert c.merchant_id == "0000000018"
        reply = c.query_status(OrderRef.of(leshua_order_id="\u00a00003495002500081\u3000"))
    assert reply.exchange.form["leshua_order_id"] == "0003495002500081"
    assert reply.answer.get("third_order_id") == "DEMO-PAID-WX"
