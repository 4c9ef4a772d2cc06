"""What to do about an error: "not found" says to check the kind of number asked, in each
language; the kind hint recognises a Leshua order number (16-32 digits) and the reverse."""

from __future__ import annotations

import pytest

from leshua_gui.core.errors import GatewayError
from leshua_gui.core.gateway.advice import advice, kind_hint, looks_like
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.text.labels import LANGS


def _not_found(client: GatewayClient, order: OrderRef) -> GatewayError:
    with pytest.raises(GatewayError) as caught:
        client.query_status(order)
    assert caught.value.code == "-4006"
    return caught.value


def test_not_found_as_a_merchant_order_number_says_to_check_the_kind(
    client: GatewayClient,
) -> None:
    error = _not_found(client, OrderRef.of(third_order_id="0003495002500081"))
    text = advice(error, "en") or ""
    assert text.startswith("Order not found")
    assert "asked as a merchant order number" in text
    assert "Leshua order number (16–32 digits), switch the kind" in text
    assert "商户配置。也请核对编号类型：这次是按商户订单号查询" in (advice(error, "zh_CN") or "")
    assert "按商戶訂單號查詢" in (advice(error, "zh_TW") or "")


def test_not_found_as_a_leshua_order_number_says_to_check_the_kind(
    client: GatewayClient,
) -> None:
    error = _not_found(client, OrderRef.of(leshua_order_id="0003495002599998"))
    text = advice(error, "en") or ""
    assert "asked as a Leshua order number" in text
    assert "merchant's own order number" in text
    for lang in LANGS:
        assert advice(error, lang)


def test_other_errors_do_not_speak_of_the_kind(client: GatewayClient) -> None:
    error = GatewayError("x", reason="result", code="-20010")
    assert "kind" not in (advice(error, "en") or "")


@pytest.mark.parametrize(
    ("kind", "text", "suggested"),
    [
        ("third_order_id", "0003495002500081", "leshua_order_id"),
        ("third_order_id", " 00034950025000810003495002500081 ", "leshua_order_id"),  # 32
        ("third_order_id", "000349500250008", None),  # 15 digits: a merchant's, maybe
        ("third_order_id", "DEMO-PAID-WX", None),
        ("leshua_order_id", "DEMO-PAID-WX", "third_order_id"),
        ("leshua_order_id", "ORDER2026", "third_order_id"),
        ("leshua_order_id", "0003495002500081", None),
        ("leshua_order_id", "", None),
    ],
)
def test_the_kind_hint(kind: str, text: str, suggested: str | None) -> None:
    assert kind_hint(kind, text) == suggested  # type: ignore[arg-type]


def test_looks_like() -> None:
    assert looks_like("  ") is None
    assert looks_like("0003495002500081") == "leshua_order_id"
    assert looks_like("A" * 20) == "third_order_id"
