""" "Test this profile": one status query for an order that cannot exist, and what it proves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from leshua_gui.core import labels
from leshua_gui.core.client import GatewayClient, new_nonce
from leshua_gui.core.errors import GatewayError, LeshuaError, SignatureError, TransportError
from leshua_gui.core.exchange import Exchange
from leshua_gui.core.labels import Lang
from leshua_gui.core.validation import OrderRef

Verdict = Literal[
    "ok", "unproven", "wrong_key", "wrong_merchant", "unreachable", "untrusted", "unexpected"
]

NOT_FOUND = frozenset({"-4006", "-20004"})
WRONG_KEY = frozenset({"-20006", "-20007"})
WRONG_MERCHANT = frozenset({"-20002", "-1002"})

_TEXT: dict[Verdict, tuple[str, str, str]] = {
    "ok": (
        "连接正常：商户号和交易密钥均正确。",
        "連線正常：商戶號和交易密鑰均正確。",
        "Working: the merchant id and the transaction key are right.",
    ),
    "unproven": (
        "网关认识这个商户号，但应答没有签名，无法证明交易密钥正确；请查询一笔真实订单确认。",
        "閘道認識這個商戶號，但應答沒有簽名，無法證明交易密鑰正確；請查詢一筆真實訂單確認。",
        "The gateway knows this merchant id, but its answer was unsigned, so the transaction key "
        "is not proven: query a real order to be sure.",
    ),
    "wrong_key": (
        "网关拒绝了签名：请检查交易密钥。",
        "閘道拒絕了簽名：請檢查交易密鑰。",
        "The gateway rejected the signature: check the transaction key.",
    ),
    "wrong_merchant": (
        "网关不认识这个商户号：请检查商户号。",
        "閘道不認識這個商戶號：請檢查商戶號。",
        "The gateway does not know this merchant id: check the merchant id.",
    ),
    "unreachable": (
        "无法连接网关：{reason}",
        "無法連線閘道：{reason}",
        "The gateway could not be reached: {reason}",
    ),
    "untrusted": (
        "网关的应答签名不符：交易密钥可能有误，或应答被篡改。",
        "閘道的應答簽名不符：交易密鑰可能有誤，或應答被竄改。",
        "The gateway's answer did not verify: the transaction key may be wrong, "
        "or the answer was tampered with.",
    ),
    "unexpected": (
        "网关的应答出乎意料：{reason}",
        "閘道的應答出乎意料：{reason}",
        "Unexpected answer from the gateway: {reason}",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class ProfileCheck:
    verdict: Verdict
    code: str | None
    detail: str
    exchange: Exchange | None

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"

    def text(self, lang: Lang) -> str:
        return labels.pick(_TEXT[self.verdict], lang).format(reason=self.detail)


def probe_order() -> OrderRef:
    """A merchant order number no real order has."""
    return OrderRef("third_order_id", "LESHUADESK-CHECK-" + new_nonce(16))


def check_profile(client: GatewayClient) -> ProfileCheck:
    """Send one query for an order that cannot exist and read what the answer proves."""
    try:
        reply = client.query_status(probe_order())
    except GatewayError as exc:
        code = exc.code or ""
        detail = f"{code} {exc.gateway_message}".strip()
        if code in NOT_FOUND:
            checked = exc.verification.status if exc.verification else "unsigned"
            verdict: Verdict = "untrusted"
            if checked == "verified":
                verdict = "ok"
            elif checked == "unsigned":  # "not found" at the resp_code level carries no signature
                verdict = "unproven"
            return ProfileCheck(verdict, code, detail, exc.exchange)
        if code in WRONG_KEY:
            return ProfileCheck("wrong_key", code, detail, exc.exchange)
        if code in WRONG_MERCHANT:
            return ProfileCheck("wrong_merchant", code, detail, exc.exchange)
        return ProfileCheck("unexpected", code, detail, exc.exchange)
    except SignatureError as exc:
        return ProfileCheck("untrusted", exc.code, exc.message, exc.exchange)
    except TransportError as exc:
        return ProfileCheck("unreachable", exc.code, exc.message, exc.exchange)
    except LeshuaError as exc:
        return ProfileCheck("unexpected", exc.code, exc.message, exc.exchange)
    status = reply.answer.status or ""
    return ProfileCheck("unexpected", None, f"an order was found (status {status})", reply.exchange)
