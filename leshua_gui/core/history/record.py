"""One history row: what a query found, flattened for SQLite, and back into a result to show."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from leshua_gui.core import errors as err
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.infra.redact import scrub
from leshua_gui.core.protocol.answer import (
    AMOUNT_FIELDS,
    REFUND_AMOUNT_FIELDS,
    REFUND_ID_FIELDS,
    Answer,
)
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.protocol.signing import VerificationResult
from leshua_gui.core.protocol.validation import IdKind
from leshua_gui.core.text import labels
from leshua_gui.core.text.words import untrusted

ERROR_CLASSES: dict[str, type[err.LeshuaError]] = {
    "input": err.InputError,
    "transport": err.TransportError,
    "timeout": err.GatewayTimeout,
    "protocol": err.ProtocolError,
    "gateway": err.GatewayError,
    "signature": err.SignatureError,
}

#: What a row looked up: an order's payment state (query_status) or one refund of it.
LOOKUPS = ("order", "refund")
#: Every amount a row can keep, in fen: the order's, then a refund answer's.
ALL_AMOUNT_FIELDS = (*AMOUNT_FIELDS, *REFUND_AMOUNT_FIELDS)


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers and services)
        return ""


@dataclass
class HistoryRecord:
    """Amounts in fen, ids and codes as strings, time in UTC. The key is never in here."""

    queried_at: datetime
    profile: str
    merchant_id: str
    environment: str
    id_kind: IdKind
    order_id: str
    outcome: str | None = None  # verified, mismatch, unsigned, or None when nothing was parsed
    error_kind: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    status: str | None = None
    pay_way: str | None = None
    trade_type: str | None = None
    amounts: dict[str, int] = field(default_factory=dict)
    pay_time: str | None = None
    third_order_id: str | None = None
    leshua_order_id: str | None = None
    out_transaction_id: str | None = None
    channel_order_id: str | None = None
    elapsed_ms: float | None = None
    attempts: int = 1
    final: bool = False
    os_user: str = field(default_factory=os_user)
    raw_answer: bytes | None = None
    exchange: dict[str, Any] | None = None  # endpoint, form with sign, masked strings, status
    #: "order" (payment state) or "refund" (one refund of the order)
    lookup: str = "order"
    #: the refund number asked for and its kind (merchant_refund_id or leshua_refund_id)
    refund_id_kind: str | None = None
    refund_id: str | None = None
    #: the refund numbers the answer named
    merchant_refund_id: str | None = None
    leshua_refund_id: str | None = None
    id: int | None = None

    # -- from a query -------------------------------------------------------------------

    @classmethod
    def from_result(
        cls,
        result: PollResult,
        *,
        queried_at: datetime,
        profile: str,
        merchant_id: str,
        environment: str,
        id_kind: IdKind,
        order_id: str,
        lookup: str | None = None,
        refund_id_kind: str | None = None,
        refund_id: str | None = None,
    ) -> HistoryRecord:
        """The lookup kind and refund number are the caller's; without them, what was sent."""
        answer = result.answer
        error = result.error
        exchange = result.exchange
        verification = result.verification
        if lookup is None and exchange is not None:
            lookup = "refund" if exchange.service == "unified_query_refund" else "order"
            if lookup == "refund" and refund_id is None:
                for name in REFUND_ID_FIELDS:
                    if exchange.form.get(name):
                        refund_id_kind, refund_id = name, exchange.form[name]
                        break
        if lookup not in LOOKUPS:
            lookup = "refund" if refund_id else "order"
        record = cls(
            queried_at=queried_at.astimezone(UTC),
            profile=profile,
            merchant_id=merchant_id,
            environment=environment,
            id_kind=id_kind,
            order_id=order_id,
            outcome=verification.status if verification else None,
            error_kind=error.kind if error else None,
            error_code=error.code if error else None,
            error_message=scrub(error.gateway_message or error.message) if error else None,
            attempts=len(result.attempts),
            final=bool(result.reply is not None and answer is not None and answer.is_final),
            lookup=lookup,
            refund_id_kind=refund_id_kind if lookup == "refund" else None,
            refund_id=refund_id if lookup == "refund" else None,
        )
        if answer is not None:
            record.status = answer.status
            record.pay_way = answer.pay_way
            record.trade_type = answer.trade_type
            record.amounts = {**answer.amounts_fen, **answer.refund_amounts_fen}
            record.merchant_refund_id = answer.get("merchant_refund_id") or None
            record.leshua_refund_id = answer.get("leshua_refund_id") or None
            record.pay_time = answer.get("pay_time") or None
            for name in (
                "third_order_id",
                "leshua_order_id",
                "out_transaction_id",
                "channel_order_id",
            ):
                setattr(record, name, answer.get(name) or None)
        if exchange is not None:
            record.elapsed_ms = exchange.elapsed_ms
            record.raw_answer = exchange.body or None
            data = exchange.to_json()
            data.pop("body", None)
            if verification is not None:
                data["verification"] = {
                    "status": verification.status,
                    "rule": verification.rule,
                    "received": verification.received,
                    "expected": verification.expected,
                    "signed_string_masked": verification.signed_string_masked,
                }
            if error is not None:
                data["error"] = {"reason": error.reason, "message": scrub(error.message)}
            record.exchange = data
        return record

    # -- back into something the window can show ---------------------------------------------

    def to_result(self) -> PollResult:
        """The stored answer as a PollResult (trust exactly as recorded, never upgraded)."""
        data = self.exchange or {}
        exchange: Exchange | None = None
        if data:
            exchange = Exchange(
                endpoint=str(data.get("endpoint", "")),
                service=str(data.get("service", "query_status")),
                form=dict(data.get("form") or {}),
                signed_string_masked=str(data.get("signed_string_masked", "")),
                started_at=self.queried_at,
                http_status=data.get("http_status"),
                elapsed_ms=data.get("elapsed_ms"),
                body=self.raw_answer or b"",
                tries=int(data.get("tries") or 0),
            )
        answer = self._stored_answer()
        v = data.get("verification")
        verification = (
            VerificationResult(
                v["status"], v.get("rule"), v.get("received"), v.get("expected"),
                v.get("signed_string_masked"),
            )
            if isinstance(v, dict) and v.get("status") in ("verified", "mismatch", "unsigned")
            else None
        )  # fmt: skip
        result = PollResult(final=self.final)
        reply = None
        error: err.LeshuaError | None = None
        if self.error_kind:
            cls = ERROR_CLASSES.get(self.error_kind, err.LeshuaError)
            detail = data.get("error") or {}
            error = cls(
                str(detail.get("message") or self.error_message or ""),
                reason=str(detail.get("reason") or ""),
                code=self.error_code,
                gateway_message=self.error_message or "",
                exchange=exchange,
                answer=answer,
                verification=verification,
            )
        elif answer is not None and exchange is not None and verification is not None:
            from leshua_gui.core.gateway.client import Reply

            reply = Reply(exchange, answer, verification)
        for number in range(1, self.attempts + 1):
            last = number == self.attempts
            result.attempts.append(
                Attempt(number, self.queried_at, 0.0, reply if last else None,
                        error if last else None)
            )  # fmt: skip
        return result

    def _stored_answer(self) -> Answer | None:
        if not self.raw_answer:
            return None
        from leshua_gui.core.errors import ProtocolError
        from leshua_gui.core.protocol.xml_reader import read_fields

        try:
            return Answer(tuple(read_fields(self.raw_answer)))
        except ProtocolError:
            return None

    @property
    def trusted(self) -> bool:
        """Whether the stored answer verified (an untrusted state is never shown as a fact)."""
        return self.outcome == "verified" and self.error_kind is None

    def state_text(self, lang: labels.Lang) -> str:
        """The trade state in words, marked when the answer is not to be trusted."""
        if not self.status:
            return ""
        state = labels.trade_state(self.status, lang)
        if not self.untrusted_state:
            return state
        return f"{state} ({untrusted(self.outcome, lang)})"

    def untrusted_words(self, lang: labels.Lang) -> str:
        """How the answer failed, e.g. "UNTRUSTED: signature mismatch", in `lang`."""
        return untrusted(self.outcome, lang)

    def money_text(self, name: str, lang: labels.Lang) -> str:
        """An amount as "¥128.00", or "¥888.00 (UNTRUSTED: ...)" when the answer is not
        trusted: a claimed amount is never a plain number ("" when absent)."""
        fen = self.amounts.get(name)
        if fen is None:
            return ""
        text = format_yuan(fen, symbol="¥")
        return text if self.trusted else f"{text} ({self.untrusted_words(lang)})"

    @property
    def untrusted_state(self) -> bool:
        """A trade state is present but the answer is not to be trusted (any error)."""
        return self.status is not None and not self.trusted

    # -- JSON (leshua-query history --json) -------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.queried_at.isoformat(),
            "os_user": self.os_user,
            "profile": self.profile,
            "merchant_id": self.merchant_id,
            "environment": self.environment,
            "id_kind": self.id_kind,
            "order_id": self.order_id,
            "lookup": self.lookup,
            "refund_id_kind": self.refund_id_kind,
            "refund_id": self.refund_id,
            "verification": self.outcome,
            "trusted": self.trusted,
            "error": None
            if self.error_kind is None
            else {"kind": self.error_kind, "code": self.error_code, "message": self.error_message},
            "status": self.status,
            "pay_way": self.pay_way,
            "trade_type": self.trade_type,
            "amounts_fen": {k: self.amounts[k] for k in ALL_AMOUNT_FIELDS if k in self.amounts},
            "pay_time": self.pay_time,
            "third_order_id": self.third_order_id,
            "leshua_order_id": self.leshua_order_id,
            "out_transaction_id": self.out_transaction_id,
            "channel_order_id": self.channel_order_id,
            "merchant_refund_id": self.merchant_refund_id,
            "leshua_refund_id": self.leshua_refund_id,
            "elapsed_ms": None if self.elapsed_ms is None else round(self.elapsed_ms, 1),
            "attempts": self.attempts,
            "final": self.final,
            # What support needs to see again: the form sent (sign, never the key), the masked
            # signed string, endpoint and HTTP status, and the answer exactly as received.
            "exchange": self.exchange,
            "raw_answer": None
            if self.raw_answer is None
            else self.raw_answer.decode("utf-8", errors="replace"),
        }


def dumps(data: dict[str, Any] | None) -> str | None:
    return None if data is None else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
