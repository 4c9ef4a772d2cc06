"""`leshua-query status` and `refund` without --json print the presenter's rows, in its order:
the same lines the window's Copy summary gives for that answer."""

from __future__ import annotations

import pytest

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import poll
from leshua_gui.core.present.plain_text import as_text
from leshua_gui.core.present.sections import present
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox import Sandbox
from tests.support.cli_runner import run_cli


def printed(sandbox: Sandbox, command: str, *args: str) -> list[str]:
    run = run_cli(
        command, "--gateway", sandbox.url, "--merchant-id", sandbox.merchant_id, "--no-history",
        "--lang", "en", *args, key=sandbox.transaction_key,
    )  # fmt: skip
    assert run.code in (0, 4), run.stderr
    return run.stdout.splitlines()


def same_rows(out: list[str], expected: list[str]) -> None:
    """Line for line; under Query, the titles (when it was asked and how long it took differ
    from one run to the next)."""
    query = expected.index("Query")
    assert out[:query] == expected[:query]
    assert out[query] == "Query"
    assert [line.split(":")[0] for line in out[query + 1 :]] == [
        line.split(":")[0] for line in expected[query + 1 :]
    ]


@pytest.mark.parametrize("order_id", ["DEMO-PAID-WX", "DEMO-UNKNOWN-STATE", "FAULT-BAD-SIGN"])
def test_status_prints_the_presenters_rows(
    sandbox: Sandbox, client: GatewayClient, order_id: str
) -> None:
    result = poll(lambda: client.query_status(OrderRef.of(third_order_id=order_id)), deadline_s=0)
    expected = as_text(present(result, "en", refund=False, queried_at=result.attempts[0].at))
    out = printed(sandbox, "status", "--third-order-id", order_id)
    same_rows(out, expected)
    assert "Queried at" in out[expected.index("Query") + 1]


def test_refund_prints_the_presenters_rows(sandbox: Sandbox, client: GatewayClient) -> None:
    order = OrderRef.of(third_order_id="DEMO-REFUNDED")
    result = poll(lambda: client.query_refund(order, merchant_refund_id="DEMO-REFUND-2"),
                  deadline_s=0)  # fmt: skip
    expected = as_text(present(result, "en", refund=True, queried_at=result.attempts[0].at))
    out = printed(sandbox, "refund", "--third-order-id", "DEMO-REFUNDED",
                  "--merchant-refund-id", "DEMO-REFUND-2")  # fmt: skip
    same_rows(out, expected)
    # What was asked first: the merchant, the order and the refund, each under its kind
    assert out[:3] == ["Leshua merchant id: 0000000018", "Merchant order number: DEMO-REFUNDED",
                       "Merchant refund number: DEMO-REFUND-2"]  # fmt: skip
    assert out[3].startswith("Refund state: refund succeeded [11]")
    assert "Refund" in out


def test_chinese_text_output_leads_with_the_distrust_in_chinese_words(sandbox: Sandbox) -> None:
    """The same presenter in Chinese: what was asked, the distrust first, Chinese punctuation, the
    error in words (not the core's English message or its internal kind)."""
    run = run_cli(
        "status", "--gateway", sandbox.url, "--merchant-id", sandbox.merchant_id, "--no-history",
        "--lang", "zh_CN", "--third-order-id", "FAULT-BAD-SIGN", key=sandbox.transaction_key,
    )  # fmt: skip
    out = run.stdout.splitlines()
    assert out[:2] == ["乐刷商户号：0000000018", "商户订单号：FAULT-BAD-SIGN"]
    assert out[2] == "不可信的应答：签名不符；应答声称的交易状态：支付成功 [2]"
    assert "错误：签名有问题" in out
    assert "signature" not in run.stdout
    assert not any(": " in line for line in out if "http" not in line)
