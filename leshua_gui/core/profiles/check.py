""" "Test this profile": one status query for an order that cannot exist, and what it proves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from leshua_gui.core.errors import (
    GatewayError,
    LeshuaError,
    SignatureError,
    TransportError,
    TransportReason,
)
from leshua_gui.core.gateway.client import GatewayClient, new_nonce
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.text import check_words, labels
from leshua_gui.core.text.labels import Lang

Verdict = Literal[
    "ok", "unproven", "wrong_key", "wrong_merchant", "unreachable", "untrusted", "unexpected"
]

NOT_FOUND = frozenset({"-4006", "-20004"})
WRONG_KEY = frozenset({"-20006", "-20007"})
WRONG_MERCHANT = frozenset({"-20002", "-1002"})


@dataclass(frozen=True)
class ProfileCheck:
    verdict: Verdict
    code: str | None
    detail: str
    exchange: Exchange | None
    #: for "unreachable": the transport failure's reason (connect, timeout, tls, ca_bundle...)
    reason: TransportReason | Literal[""] = ""

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"

    def text(self, lang: Lang) -> str:
        if self.verdict == "unreachable":
            return self._unreachable(lang)
        return labels.pick(check_words.VERDICTS[self.verdict], lang).format(reason=self.detail)

    def _unreachable(self, lang: Lang) -> str:
        """Explained like the other verdicts: where, and in plain words why; never the HTTP
        library's exception text."""
        endpoint = self.exchange.endpoint if self.exchange is not None else ""
        parts = urlsplit(endpoint) if endpoint else None
        host = (parts.netloc or endpoint) if parts is not None else ""
        host = host or labels.pick(check_words.THE_GATEWAY, lang)
        if self.reason in check_words.UNREACHABLE:
            return labels.pick(check_words.UNREACHABLE[self.reason], lang).format(host=host)
        lowered = self.detail.lower()
        causes = (words for keys, words in check_words.CAUSES if any(k in lowered for k in keys))
        matched = next(causes, None)
        cause = labels.pick(matched, lang) if matched else ""
        text = labels.pick(check_words.VERDICTS["unreachable"], lang).format(host=host, cause=cause)
        if self.reason and self.reason != "connect":  # a failure the core explains itself
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
