""" "Test this profile": one status query for an order that cannot exist, and what it proves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from leshua_gui.core.errors import GatewayError, LeshuaError, SignatureError, TransportError
from leshua_gui.core.gateway.client import GatewayClient, new_nonce
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang

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
        "无法连接 {host} 的网关{cause}：请检查网关地址、网络连接和代理设置。",
        "無法連線 {host} 的閘道{cause}：請檢查閘道位址、網路連線和代理設定。",
        "The gateway at {host} could not be reached{cause}: check the gateway URL, the network "
        "connection and the proxy settings.",
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

#: "The gateway could not be reached" by how: these replace the general text above.
_UNREACHABLE: dict[str, tuple[str, str, str]] = {
    "timeout": (
        "{host} 的网关没有及时应答：请检查网关地址和网络连接，稍后再试。",
        "{host} 的閘道沒有及時應答：請檢查閘道位址和網路連線，稍後再試。",
        "The gateway at {host} did not answer in time: check the gateway URL and the network "
        "connection, or try again later.",
    ),
    "tls": (
        "与 {host} 的安全连接失败：请检查电脑的日期和时间；"
        "如通过公司代理上网，请检查设置中的CA证书包。",
        "與 {host} 的安全連線失敗：請檢查電腦的日期和時間；"
        "如透過公司代理上網，請檢查設定中的CA憑證包。",
        "The secure connection to {host} failed: check the computer's date and time or, behind "
        "a corporate proxy, the CA certificate bundle in the settings.",
    ),
    "ca_bundle": (
        "设置中的CA证书包无法使用：请改正路径，或清空以使用系统证书。没有发出任何请求。",
        "設定中的CA憑證包無法使用：請改正路徑，或清空以使用系統憑證。沒有發出任何請求。",
        "The CA certificate bundle in the settings cannot be used: correct its path, or clear "
        "it to use the system's certificates. Nothing was sent.",
    ),
}  # fmt: skip

#: Plain words for what the operating system said about a failed connection.
_CAUSES: tuple[tuple[tuple[str, ...], tuple[str, str, str]], ...] = (
    (("refused",), ("（连接被拒绝）", "（連線被拒絕）", " (connection refused)")),
    (("name or service not known", "nodename nor servname", "getaddrinfo", "name resolution",
      "no address associated"),
     ("（主机名无法解析）", "（主機名稱無法解析）", " (the host name does not resolve)")),
    (("no route to host", "network is unreachable", "unreachable"),
     ("（网络不可达）", "（網路無法連線）", " (no route to the host)")),
    (("reset by peer", "connection aborted", "remote end closed"),
     ("（连接被中断）", "（連線被中斷）", " (the connection was cut)")),
)  # fmt: skip


@dataclass(frozen=True)
class ProfileCheck:
    verdict: Verdict
    code: str | None
    detail: str
    exchange: Exchange | None
    #: for "unreachable": the transport failure's reason (connect, timeout, tls, ca_bundle...)
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"

    def text(self, lang: Lang) -> str:
        if self.verdict == "unreachable":
            return self._unreachable(lang)
        return labels.pick(_TEXT[self.verdict], lang).format(reason=self.detail)

    def _unreachable(self, lang: Lang) -> str:
        """Explained like the other verdicts: where, and in plain words why; never the HTTP
        library's exception text."""
        endpoint = self.exchange.endpoint if self.exchange is not None else ""
        parts = urlsplit(endpoint) if endpoint else None
        host = (parts.netloc or endpoint) if parts is not None else ""
        host = host or labels.pick(("网关", "閘道", "the gateway"), lang)
        if self.reason in _UNREACHABLE:
            return labels.pick(_UNREACHABLE[self.reason], lang).format(host=host)
        lowered = self.detail.lower()
        causes = (words for keys, words in _CAUSES if any(k in lowered for k in keys))
        matched = next(causes, None)
        cause = labels.pick(matched, lang) if matched else ""
        text = labels.pick(_TEXT["unreachable"], lang).format(host=host, cause=cause)
        if self.reason not in ("", "connect"):  # a failure the core explains itself
            from leshua_gui.core.gateway.advice import advice

            hint = advice(TransportError(self.detail, reason=self.reason), lang)
            if hint:
                text = f"{text} {hint}"
        return text


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
    except TransportError as exc:  # a GatewayTimeout too
        detail = " ".join([exc.message, *_os_errors(exc)])
        return ProfileCheck("unreachable", exc.code, detail, exc.exchange, exc.reason)
    except LeshuaError as exc:
        return ProfileCheck("unexpected", exc.code, exc.message, exc.exchange)
    status = reply.answer.status or ""
    return ProfileCheck("unexpected", None, f"an order was found (status {status})", reply.exchange)


def _os_errors(exc: BaseException) -> list[str]:
    """What the operating system said, found under the HTTP library's wrapping exceptions."""
    import socket

    found: list[str] = []
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo and len(seen) < 20:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, socket.gaierror):
            found.append("name resolution failed")
        elif isinstance(item, ConnectionRefusedError):
            found.append("connection refused")
        elif isinstance(item, ConnectionResetError | ConnectionAbortedError):
            found.append("reset by peer")
        elif isinstance(item, OSError) and item.strerror:
            found.append(item.strerror)
        todo.extend([item.__cause__, item.__context__, getattr(item, "reason", None), *item.args])
    return found
