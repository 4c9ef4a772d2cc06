"""The result of one close_order exchange with the sandbox, as the history records it."""

from __future__ import annotations

from datetime import UTC, datetime

from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.protocol.validation import OrderRef


def close_once(client: GatewayClient, order_id: str) -> PollResult:
    """Ask the gateway once to close `order_id` (by third_order_id); never polled."""
    at = datetime.now(UTC)
    try:
        reply, error = client.close_order(OrderRef.of(third_order_id=order_id)), None
    except LeshuaError as exc:
        reply, error = None, exc
    final = reply is not None and reply.answer.is_final
    return PollResult(attempts=[Attempt(1, at, 0.0, reply, error)], final=final)
