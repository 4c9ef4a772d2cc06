"""Looking up a refund ("where is my refund?"): through the client and `leshua-query refund`."""

from __future__ import annotations

from pathlib import Path

import pytest

from leshua_gui.core.errors import GatewayError, InputError
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.present import report
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox import Sandbox
from tests.support.cli_runner import Run, run_cli


def test_a_refund_in_progress_and_a_finished_one(client: GatewayClient) -> None:
    reply = client.query_refund(
        OrderRef.of(third_order_id="DEMO-REFUNDING"), merchant_refund_id=" DEMO-REFUND-1\t"
    )
    answer = reply.answer
    assert answer.is_refund
    assert answer.status == "10"
    assert not answer.is_final
    assert answer.refund_amounts_fen["refund_amount"] == 3000
    assert answer.refund_amounts_fen["total_amount"] == 8800
    lines = "\n".join(report.summary_lines(_as_result(reply), "zh_CN"))
    assert "退款状态：退款中" in lines
    assert "退款金额：¥30.00" in lines

    done = client.query_refund(
        OrderRef.of(leshua_order_id="0003495002500089"), leshua_refund_id="0008495002500089"
    ).answer
    assert done.status == "11"
    assert done.time("refund_time") is not None


def test_unknown_refund_and_bad_refund_numbers(client: GatewayClient, sandbox: Sandbox) -> None:
    with pytest.raises(GatewayError) as info:
        client.query_refund(OrderRef.of(third_order_id="DEMO-REFUNDING"), merchant_refund_id="NOPE")
    assert info.value.code == "-4006"
    seen = sandbox.state.requests_seen
    for bad in ("HAS SPACE", "退款", "x" * 65):
        with pytest.raises(InputError):
            client.query_refund(
                OrderRef.of(third_order_id="DEMO-REFUNDING"), merchant_refund_id=bad
            )
    assert sandbox.state.requests_seen == seen  # nothing sent


def _as_result(reply):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from leshua_gui.core.gateway.polling import Attempt, PollResult

    result = PollResult()
    result.attempts.append(Attempt(1, datetime.now(UTC), 0.0, reply, None))
    return result


def test_leshua_query_refund(sandbox: Sandbox, app_home: Path) -> None:
    def run(*args: str) -> Run:
        return run_cli("refund", "--gateway", sandbox.url, "--merchant-id", sandbox.merchant_id,
                       *args, home=app_home, key=sandbox.transaction_key)  # fmt: skip

    ok = run("--third-order-id", "DEMO-REFUNDED", "--merchant-refund-id", "DEMO-REFUND-2", "--json")
    assert ok.code == 0, ok.stderr
    payload = ok.json()
    assert payload["status"] == "11"
    assert payload["refund_amounts_fen"]["refund_amount"] == 6600
    missing = run("--third-order-id", "DEMO-REFUNDED")
    assert missing.code == 2  # a refund number is required
    bad = run("--third-order-id", "DEMO-REFUNDED", "--merchant-refund-id", "A B")
    assert bad.code == 2
    assert sandbox.state.requests_seen == 1
