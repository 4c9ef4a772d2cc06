"""The sandbox's batch demo orders and the signals a batch needs, over real HTTP on loopback:
verified answers, the untrusted, unknown and slow orders, the requests counted per second, and
busy answers on demand."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from leshua_gui.core.errors import GatewayError, SignatureError, TransportError
from leshua_gui.core.gateway.client import GatewayClient, Reply
from leshua_gui.core.gateway.polling import worth_asking_again
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox import Sandbox
from leshua_gui.sandbox.batch_orders import (
    BATCH_NOT_FOUND_EXAMPLE,
    BATCH_PAID_EXAMPLE,
    BATCH_PAYING_EXAMPLE,
    BATCH_REFUNDED_EXAMPLE,
    BATCH_SLOW_EXAMPLE,
    BATCH_TURNS_PAID_EXAMPLE,
    BATCH_UNTRUSTED_EXAMPLE,
    find,
    kind,
    number_of,
)
from leshua_gui.sandbox.orders import DemoOrder


def by_third(order_id: str) -> OrderRef:
    return OrderRef.of(third_order_id=order_id)


def new_client(sandbox: Sandbox, *, retries: int = 0) -> GatewayClient:
    return GatewayClient(
        sandbox.url,
        sandbox.merchant_id,
        sandbox.transaction_key,
        connect_timeout=2.0,
        read_timeout=5.0,
        retries=retries,
        backoff=0.01,
    )


@pytest.fixture
def once(sandbox: Sandbox) -> Iterator[GatewayClient]:
    """A client that asks once: every busy answer reaches the test."""
    with new_client(sandbox) as c:
        yield c


def expected_fields(order_id: str) -> dict[str, str]:
    order = find(order_id)
    assert order is not None
    return order.fields


EMPTY = DemoOrder("", "")
# An order of each pay way, found by what the sandbox holds: UnionPay, WeChat with a merchant
# discount, Alipay with a red packet.
UNIONPAY = BATCH_PAID_EXAMPLE
WECHAT_DISCOUNT = next(
    f"DEMO-B-{n:05d}"
    for n in range(1, 1000)
    if (o := find(f"DEMO-B-{n:05d}"))
    and o.fields["status"] == "2"
    and "discount_amount" in o.fields
)
ALIPAY_COUPON = next(
    f"DEMO-B-{n:05d}"
    for n in range(1, 1000)
    if kind(n) == "paid" and "coupon" in (find(f"DEMO-B-{n:05d}") or EMPTY).fields
)


@pytest.mark.parametrize("order_id", [UNIONPAY, WECHAT_DISCOUNT, ALIPAY_COUPON])
def test_a_paid_batch_order_verifies_with_its_amounts(client: GatewayClient, order_id: str) -> None:
    fields = expected_fields(order_id)

    reply = client.query_status(by_third(order_id))

    assert reply.verification.status == "verified"
    answer = reply.answer
    assert answer.status == "2"
    assert answer.pay_way == fields["pay_way"]
    for name, value in fields.items():
        assert answer.get(name) == value, name
    amounts = answer.amounts_fen
    off = amounts.get("discount_amount", 0) + amounts.get("coupon", 0)
    assert off > 0 or order_id == UNIONPAY
    if "buyer_pay_amount" in amounts:
        assert amounts["buyer_pay_amount"] == amounts["amount"] - off
    assert 0 < amounts["settlement_amount"] < amounts["amount"]  # less the fee


def test_a_batch_order_is_found_by_its_leshua_order_number(client: GatewayClient) -> None:
    number = number_of(WECHAT_DISCOUNT)
    reply = client.query_status(OrderRef.of(leshua_order_id=f"0003495003{number:06d}"))

    assert reply.verification.status == "verified"
    assert reply.answer.get("third_order_id") == WECHAT_DISCOUNT
    assert reply.answer.get("amount") == expected_fields(WECHAT_DISCOUNT)["amount"]


def test_the_untrusted_batch_order_fails_verification(client: GatewayClient) -> None:
    genuine = expected_fields(BATCH_UNTRUSTED_EXAMPLE)["amount"]

    with pytest.raises(SignatureError) as info:
        client.query_status(by_third(BATCH_UNTRUSTED_EXAMPLE))

    assert info.value.reason == "mismatch"
    claimed = info.value.answer
    assert claimed is not None
    assert claimed.status == "2"  # it claims paid ...
    assert claimed.get("amount") != genuine  # ... for an amount changed after signing
    assert info.value.verification is not None
    assert not info.value.verification.trusted


@pytest.mark.parametrize(
    "order",
    [
        by_third(BATCH_NOT_FOUND_EXAMPLE),
        by_third("DEMO-B-00000"),
        by_third("DEMO-B-100000"),
        OrderRef.of(leshua_order_id="0003495003000404"),
        OrderRef.of(leshua_order_id="0003495003000000"),
    ],
    ids=lambda o: o.value,
)
def test_an_order_outside_the_batch_is_not_found(client: GatewayClient, order: OrderRef) -> None:
    with pytest.raises(GatewayError) as info:
        client.query_status(order)

    assert info.value.code == "-4006"
    assert info.value.reason == "result"
    assert info.value.verification is not None
    assert info.value.verification.trusted  # a signed "not found", not a broken answer


def test_the_slow_batch_order_answers_late_but_right(
    client: GatewayClient, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox.state, "batch_slow_seconds", 1.0)
    started = time.monotonic()

    reply = client.query_status(by_third(BATCH_SLOW_EXAMPLE))

    assert time.monotonic() - started >= 1.0
    assert reply.verification.status == "verified"
    assert reply.answer.status == "2"
    started = time.monotonic()
    client.query_status(by_third(BATCH_PAID_EXAMPLE))
    assert time.monotonic() - started < 0.9  # only that one is slow


def test_paying_batch_orders(client: GatewayClient) -> None:
    turns = [client.query_status(by_third(BATCH_TURNS_PAID_EXAMPLE)).answer for _ in range(3)]
    assert [a.status for a in turns] == ["0", "0", "2"]
    assert turns[0].get("pay_time") is None
    assert turns[2].get("pay_time") == expected_fields(BATCH_TURNS_PAID_EXAMPLE)["pay_time"]

    assert client.query_status(by_third(BATCH_PAYING_EXAMPLE)).answer.status == "0"
    assert client.close_order(by_third(BATCH_PAYING_EXAMPLE)).answer.status == "6"
    assert client.query_status(by_third(BATCH_PAYING_EXAMPLE)).answer.status == "6"


def test_a_refunded_batch_order_has_its_refund(client: GatewayClient, sandbox: Sandbox) -> None:
    reply = client.query_refund(
        by_third(BATCH_REFUNDED_EXAMPLE), merchant_refund_id=f"{BATCH_REFUNDED_EXAMPLE}-R1"
    )
    assert reply.verification.status == "verified"
    assert reply.answer.status == "11"
    assert reply.answer.get("refund_amount") == expected_fields(BATCH_REFUNDED_EXAMPLE)["amount"]
    assert sandbox.state.services_seen() == {"unified_query_refund": 1}


# ---------------------------------------------------------------------------------------------
# Requests per second
# ---------------------------------------------------------------------------------------------


def test_requests_are_counted_per_second_and_per_service(sandbox: Sandbox) -> None:
    started = time.time()
    errors: list[BaseException] = []

    def ask(first: int) -> None:
        try:
            with new_client(sandbox) as c:
                for n in range(first, first + 5):
                    c.query_status(by_third(f"DEMO-B-{n:05d}"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(100 + 10 * i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    with new_client(sandbox) as c:
        c.close_order(by_third(BATCH_PAYING_EXAMPLE))
    ended = time.time()

    assert not errors
    per_second = sandbox.state.requests_per_second()
    assert sum(per_second.values()) == 41 == sandbox.state.requests_seen
    assert all(int(started) <= second <= int(ended) for second in per_second)
    assert sandbox.state.max_per_second() == max(per_second.values())
    assert sandbox.state.max_per_second() >= 41 / len(per_second)
    assert sandbox.state.services_seen() == {"query_status": 40, "close_order": 1}


def test_requests_spread_over_seconds_are_counted_in_each(
    sandbox: Sandbox, once: GatewayClient
) -> None:
    for n in range(7):  # about three a second, for two seconds
        once.query_status(by_third(f"DEMO-B-{n + 1:05d}"))
        time.sleep(0.3)

    per_second = sandbox.state.requests_per_second()
    assert sum(per_second.values()) == 7
    assert len(per_second) >= 2
    assert sandbox.state.max_per_second() <= 4
    assert sandbox.state.max_in_window(1.0) <= 4
    assert sandbox.state.max_in_window(10.0) == 7


def test_a_fresh_sandbox_state_has_counted_nothing(sandbox: Sandbox) -> None:
    assert sandbox.state.requests_per_second() == {}
    assert sandbox.state.max_per_second() == 0
    assert sandbox.state.max_in_window() == 0
    assert sandbox.state.services_seen() == {}


# ---------------------------------------------------------------------------------------------
# Busy answers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["http502", "http503", "http504"])
def test_http_busy_answers_come_n_times_then_normal(
    sandbox: Sandbox, once: GatewayClient, kind: str
) -> None:
    sandbox.state.busy(count=3, kind=kind)  # type: ignore[arg-type]

    for _ in range(3):
        with pytest.raises(TransportError) as info:
            once.query_status(by_third(BATCH_PAID_EXAMPLE))
        assert info.value.code == kind[4:]
        assert worth_asking_again(info.value)
    reply = once.query_status(by_third(BATCH_PAID_EXAMPLE))

    assert reply.verification.status == "verified"
    assert sandbox.state.busy_answered == 3
    assert sandbox.state.busy_left == 0
    assert sandbox.state.requests_seen == 4  # busy answers are requests that arrived


def test_a_retrying_client_gets_through_a_short_busy_spell(
    sandbox: Sandbox, client: GatewayClient
) -> None:
    sandbox.state.busy(count=2, kind="http503")

    reply = client.query_status(by_third(BATCH_PAID_EXAMPLE))

    assert isinstance(reply, Reply)
    assert reply.exchange.tries == 3
    assert sandbox.state.busy_answered == 2


def test_system_exception_4027_is_signed_and_worth_asking_again(
    sandbox: Sandbox, once: GatewayClient
) -> None:
    sandbox.state.busy(count=2, kind="-4027")

    for _ in range(2):
        with pytest.raises(GatewayError) as info:
            once.query_status(by_third(BATCH_PAID_EXAMPLE))
        assert (info.value.reason, info.value.code) == ("result", "-4027")
        assert info.value.verification is not None
        assert info.value.verification.status == "verified"  # signed, as business failures are
        assert worth_asking_again(info.value)

    assert once.query_status(by_third(BATCH_PAID_EXAMPLE)).answer.status == "2"


def test_system_error_20010_is_an_unsigned_communication_failure(
    sandbox: Sandbox, once: GatewayClient
) -> None:
    sandbox.state.busy(count=1, kind="-20010")

    with pytest.raises(GatewayError) as info:
        once.query_status(by_third(BATCH_PAID_EXAMPLE))

    assert (info.value.reason, info.value.code) == ("resp", "-20010")
    assert info.value.verification is not None
    assert info.value.verification.status == "unsigned"
    assert worth_asking_again(info.value)
    assert once.query_status(by_third(BATCH_PAID_EXAMPLE)).answer.status == "2"


def test_a_fraction_of_requests_is_busy_for_a_period(sandbox: Sandbox, once: GatewayClient) -> None:
    sandbox.state.busy(kind="http503", fraction=0.5, seconds=60)
    outcomes = []
    for _ in range(10):
        try:
            once.query_status(by_third(BATCH_PAID_EXAMPLE))
            outcomes.append("ok")
        except TransportError:
            outcomes.append("busy")

    assert outcomes == ["ok", "busy"] * 5
    sandbox.state.busy()  # ends it
    assert once.query_status(by_third(BATCH_PAID_EXAMPLE)).answer.status == "2"
    assert sandbox.state.busy_answered == 5


def test_a_busy_period_ends_by_itself(sandbox: Sandbox, once: GatewayClient) -> None:
    sandbox.state.busy(kind="-20010", fraction=1.0, seconds=0.3)
    with pytest.raises(GatewayError):
        once.query_status(by_third(BATCH_PAID_EXAMPLE))
    time.sleep(0.35)
    assert once.query_status(by_third(BATCH_PAID_EXAMPLE)).answer.status == "2"


def test_reset_ends_busy_answers(sandbox: Sandbox, once: GatewayClient) -> None:
    sandbox.state.busy(count=5)
    sandbox.state.reset()
    assert once.query_status(by_third(BATCH_PAID_EXAMPLE)).answer.status == "2"


@pytest.mark.parametrize(
    "args",
    [{"kind": "http500"}, {"count": -1}, {"fraction": 1.5, "seconds": 1}, {"seconds": -1}],
)
def test_busy_refuses_what_it_cannot_do(sandbox: Sandbox, args: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="busy"):
        sandbox.state.busy(**args)  # type: ignore[arg-type]
