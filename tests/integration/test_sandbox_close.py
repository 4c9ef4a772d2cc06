"""Closing orders at the sandbox over real HTTP on loopback, signed and verified by the client:
what closes, what refuses and why, the barcode orders' 5 minutes, the order that turns paid while
watched, a forged close answer, and the request log that shows what was sent."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from leshua_gui.core.errors import GatewayError, SignatureError
from leshua_gui.core.gateway.client import GatewayClient, Reply
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.text.labels import Lang
from leshua_gui.sandbox import DEMO_ORDERS, FAULT_ORDERS, Sandbox, all_demo_ids
from leshua_gui.sandbox.server import (
    KEEP_REQUESTS,
    MICROPAY_CLOSE_AFTER_S,
    WATCH_PAID_AFTER_S,
    SandboxState,
)

BY_ID = {o.third_order_id: o for o in DEMO_ORDERS}


class FakeClock:
    """The sandbox's clock, moved on by the test."""

    def __init__(self) -> None:
        self.now = 5_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(sandbox: Sandbox) -> Iterator[FakeClock]:
    """The sandbox on a fake clock, started (reset) at the clock's now; put back afterwards."""
    fake = FakeClock()
    sandbox.state.clock = fake
    sandbox.state.reset()
    yield fake
    sandbox.state.clock = time.monotonic
    sandbox.state.micropay_close_after_s = MICROPAY_CLOSE_AFTER_S
    sandbox.state.watch_paid_after_s = WATCH_PAID_AFTER_S
    sandbox.state.reset()


def by_third(third_order_id: str) -> OrderRef:
    return OrderRef.of(third_order_id=third_order_id)


def status_of(client: GatewayClient, third_order_id: str) -> str | None:
    reply = client.query_status(by_third(third_order_id))
    assert reply.verification.status == "verified"
    return reply.answer.status


def refusal(client: GatewayClient, third_order_id: str) -> GatewayError:
    """The gateway's refusal to close the order (a signed business failure)."""
    with pytest.raises(GatewayError) as caught:
        client.close_order(by_third(third_order_id))
    error = caught.value
    assert error.reason == "result"
    assert error.verification is not None
    assert error.verification.status == "verified"  # a refusal is signed too
    assert error.answer is not None
    assert error.answer.result_code == "1"
    assert error.answer.get("third_order_id") == third_order_id
    return error


# ---------------------------------------------------------------------------------------------
# A paying order closes
# ---------------------------------------------------------------------------------------------


def test_a_paying_order_closes_and_stays_closed(client: GatewayClient, sandbox: Sandbox) -> None:
    assert status_of(client, "DEMO-PENDING") == "0"

    reply = client.close_order(by_third("DEMO-PENDING"))

    assert isinstance(reply, Reply)
    assert reply.verification.status == "verified"
    assert reply.answer.result_code == "0"
    assert reply.answer.status == "6"
    assert reply.answer.get("third_order_id") == "DEMO-PENDING"
    assert reply.answer.get("leshua_order_id") == BY_ID["DEMO-PENDING"].leshua_order_id
    for _ in range(3):
        assert status_of(client, "DEMO-PENDING") == "6"
    by_leshua = client.query_status(
        OrderRef.of(leshua_order_id=BY_ID["DEMO-PENDING"].leshua_order_id)
    )
    assert by_leshua.answer.status == "6"
    assert by_leshua.answer.amounts_fen == {"amount": 990}

    # Closed once, a second close is refused as for any closed order.
    assert refusal(client, "DEMO-PENDING").gateway_message == "订单已关闭"

    sandbox.state.reset()  # a new sandbox's lifetime: the order is paying again
    assert status_of(client, "DEMO-PENDING") == "0"


def test_closing_by_leshua_order_id(client: GatewayClient) -> None:
    leshua_order_id = BY_ID["DEMO-PENDING"].leshua_order_id
    reply = client.close_order(OrderRef.of(leshua_order_id=leshua_order_id))
    assert reply.verification.status == "verified"
    assert reply.answer.status == "6"
    assert reply.exchange.form["leshua_order_id"] == leshua_order_id
    assert status_of(client, "DEMO-PENDING") == "6"


# ---------------------------------------------------------------------------------------------
# Orders whose state does not allow closing
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("third_order_id", "state", "message"),
    [
        ("DEMO-PAID-WX", "2", "订单已支付，不能关闭"),
        ("DEMO-CLOSED", "6", "订单已关闭"),
        ("DEMO-FAILED", "8", "订单支付失败，不能关闭"),
        ("DEMO-REFUNDED", "11", "订单已支付，不能关闭"),
        ("DEMO-UNKNOWN-STATE", "99", "订单状态不允许关闭"),
    ],
)
def test_a_final_order_refuses_to_close_and_is_unchanged(
    client: GatewayClient, third_order_id: str, state: str, message: str
) -> None:
    before = client.query_status(by_third(third_order_id)).answer

    error = refusal(client, third_order_id)

    assert error.code == "-20001"
    assert error.gateway_message == message
    assert error.answer is not None
    assert error.answer.status is None  # a refusal says why, not the state
    after = client.query_status(by_third(third_order_id))
    assert after.verification.status == "verified"
    assert after.answer.status == state
    fresh = {"nonce_str": "", "sign": ""}  # each answer's own
    assert after.answer.as_dict() | fresh == before.as_dict() | fresh


def test_closing_an_order_not_found_answers_as_a_query_does(client: GatewayClient) -> None:
    with pytest.raises(GatewayError) as queried:
        client.query_status(by_third("DEMO-NOT-FOUND"))
    error = refusal(client, "DEMO-NOT-FOUND")
    assert error.code == queried.value.code == "-4006"
    assert error.gateway_message == queried.value.gateway_message == "订单不存在"


# ---------------------------------------------------------------------------------------------
# A barcode order: closed only 5 minutes after it was created
# ---------------------------------------------------------------------------------------------


def test_a_barcode_order_closes_only_after_five_minutes(
    client: GatewayClient, sandbox: Sandbox, clock: FakeClock
) -> None:
    assert sandbox.state.micropay_close_after_s == 300.0
    first = client.query_status(by_third("DEMO-BARCODE-PAYING")).answer
    assert first.status == "0"
    assert first.trade_type == "MICROPAY"
    assert first.amounts_fen == {"amount": 1200}

    for waited in (0.0, 60.0, 299.9):
        clock.now = sandbox.state.started + waited
        error = refusal(client, "DEMO-BARCODE-PAYING")
        assert error.code == "-20001"
        assert error.gateway_message == "付款码订单创建5分钟后才能关闭"
        assert status_of(client, "DEMO-BARCODE-PAYING") == "0"

    clock.now = sandbox.state.started + 300.0
    reply = client.close_order(by_third("DEMO-BARCODE-PAYING"))
    assert reply.verification.status == "verified"
    assert reply.answer.status == "6"
    assert status_of(client, "DEMO-BARCODE-PAYING") == "6"


def test_a_barcode_orders_wait_is_the_sandboxs_setting(
    client: GatewayClient, sandbox: Sandbox, clock: FakeClock
) -> None:
    sandbox.state.micropay_close_after_s = 90.0
    clock.now = sandbox.state.started + 89.0
    assert refusal(client, "DEMO-BARCODE-PAYING").gateway_message == (
        "付款码订单创建90秒后才能关闭"
    )
    sandbox.state.micropay_close_after_s = 0.5
    assert client.close_order(by_third("DEMO-BARCODE-PAYING")).answer.status == "6"


def test_a_reset_sandbox_starts_its_five_minutes_again(
    client: GatewayClient, sandbox: Sandbox, clock: FakeClock
) -> None:
    clock.now += 301.0
    sandbox.state.reset()
    assert refusal(client, "DEMO-BARCODE-PAYING").gateway_message == (
        "付款码订单创建5分钟后才能关闭"
    )


def test_the_paying_micropay_demo_still_turns_paid_on_its_third_query(
    client: GatewayClient,
) -> None:
    assert [status_of(client, "DEMO-PAYING") for _ in range(3)] == ["0", "0", "2"]


# ---------------------------------------------------------------------------------------------
# An order that turns paid while it is watched
# ---------------------------------------------------------------------------------------------


def test_the_watched_order_turns_paid_a_minute_after_its_first_query(
    client: GatewayClient, sandbox: Sandbox, clock: FakeClock
) -> None:
    assert sandbox.state.watch_paid_after_s == 60.0
    clock.now += 3_600.0  # time before the first query does not count
    first = client.query_status(by_third("DEMO-WATCH-PAID")).answer
    assert first.status == "0"
    assert first.get("pay_time") is None
    assert first.amounts_fen == {"amount": 3600}

    clock.now += 59.9
    assert status_of(client, "DEMO-WATCH-PAID") == "0"

    clock.now += 0.1
    reply = client.query_status(by_third("DEMO-WATCH-PAID"))
    assert reply.verification.status == "verified"
    paid = reply.answer
    assert paid.status == "2"
    assert paid.amounts_fen == {"amount": 3600, "settlement_amount": 3600, "buyer_pay_amount": 3600}
    assert paid.pay_time is not None
    for name in ("out_transaction_id", "channel_order_id", "openid", "bank_type"):
        assert paid.get(name), name

    # Paid now, so it cannot be closed.
    assert refusal(client, "DEMO-WATCH-PAID").gateway_message == "订单已支付，不能关闭"
    assert status_of(client, "DEMO-WATCH-PAID") == "2"

    sandbox.state.reset()  # forgets the first query: paying again, for another minute
    assert status_of(client, "DEMO-WATCH-PAID") == "0"
    clock.now += 59.0
    assert status_of(client, "DEMO-WATCH-PAID") == "0"


def test_the_watched_order_with_a_short_wait_on_the_real_clock(
    client: GatewayClient, sandbox: Sandbox
) -> None:
    sandbox.state.watch_paid_after_s = 0.3
    try:
        assert status_of(client, "DEMO-WATCH-PAID") == "0"
        time.sleep(0.4)
        assert status_of(client, "DEMO-WATCH-PAID") == "2"
    finally:
        sandbox.state.watch_paid_after_s = WATCH_PAID_AFTER_S


def test_the_watched_order_closed_while_paying_never_turns_paid(
    client: GatewayClient, clock: FakeClock
) -> None:
    assert status_of(client, "DEMO-WATCH-PAID") == "0"
    clock.now += 30.0
    reply = client.close_order(by_third("DEMO-WATCH-PAID"))
    assert reply.verification.status == "verified"
    assert reply.answer.status == "6"

    clock.now += 3_600.0
    closed = client.query_status(by_third("DEMO-WATCH-PAID")).answer
    assert closed.status == "6"
    assert closed.get("pay_time") is None


# ---------------------------------------------------------------------------------------------
# A close answer rewritten on the way
# ---------------------------------------------------------------------------------------------


def test_a_forged_close_answer_is_not_trusted_and_the_order_stays_paying(
    client: GatewayClient,
) -> None:
    assert "FAULT-CLOSE-FORGED" in FAULT_ORDERS
    before = client.query_status(by_third("FAULT-CLOSE-FORGED"))
    assert before.verification.status == "verified"
    assert before.answer.status == "0"
    assert before.answer.amounts_fen == {"amount": 1500}

    with pytest.raises(SignatureError) as caught:
        client.close_order(by_third("FAULT-CLOSE-FORGED"))

    error = caught.value
    assert error.reason == "mismatch"
    assert error.answer is not None
    assert error.answer.result_code == "0"  # what it claims ...
    assert error.answer.status == "6"
    assert error.verification is not None
    assert error.verification.status == "mismatch"  # ... is not what was signed
    after = client.query_status(by_third("FAULT-CLOSE-FORGED"))
    assert after.verification.status == "verified"
    assert after.answer.status == "0"


# ---------------------------------------------------------------------------------------------
# The request log
# ---------------------------------------------------------------------------------------------


def test_the_request_log_holds_every_request_in_order(
    client: GatewayClient, sandbox: Sandbox
) -> None:
    pending = BY_ID["DEMO-PENDING"].leshua_order_id
    client.query_status(by_third("DEMO-PENDING"))
    client.close_order(OrderRef.of(leshua_order_id=pending))
    with pytest.raises(GatewayError):
        client.close_order(by_third("DEMO-PAID-WX"))
    client.query_status(by_third("DEMO-PENDING"))

    assert sandbox.state.requests_log() == [
        ("query_status", "DEMO-PENDING", ""),
        ("close_order", "", pending),
        ("close_order", "DEMO-PAID-WX", ""),
        ("query_status", "DEMO-PENDING", ""),
    ]
    assert sandbox.state.services_seen() == {"query_status": 2, "close_order": 2}

    sandbox.state.reset()
    assert sandbox.state.requests_log() == []
    client.query_status(by_third("DEMO-PAID-WX"))
    assert sandbox.state.requests_log() == [("query_status", "DEMO-PAID-WX", "")]


def test_the_request_log_keeps_the_newest() -> None:
    state = SandboxState()
    for n in range(KEEP_REQUESTS + 5):
        state.count_request("query_status", third_order_id=f"DEMO-B-{n:05d}")
    log = state.requests_log()
    assert len(log) == KEEP_REQUESTS == 10_000
    assert log[0] == ("query_status", "DEMO-B-00005", "")
    assert log[-1] == ("query_status", f"DEMO-B-{KEEP_REQUESTS + 4:05d}", "")
    assert state.requests_seen == KEEP_REQUESTS + 5


# ---------------------------------------------------------------------------------------------
# The new orders are listed and described
# ---------------------------------------------------------------------------------------------


NEW_ORDERS = ("DEMO-WATCH-PAID", "DEMO-BARCODE-PAYING", "FAULT-CLOSE-FORGED")


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_the_new_orders_are_listed_with_words_in_every_language(lang: Lang) -> None:
    listed = dict(all_demo_ids(lang))
    english = dict(all_demo_ids("en"))
    for order_id in NEW_ORDERS:
        assert listed[order_id].strip(), order_id
        if lang != "en":
            assert listed[order_id] != english[order_id]
