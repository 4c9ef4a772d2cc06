"""One query's outcome as data (the CLI's JSON contract) and as a plain-text summary."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from leshua_gui.core.errors import (
    GatewayError,
    LeshuaError,
)
from leshua_gui.core.gateway.advice import advice as advice
from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.core.present.plain_text import as_text
from leshua_gui.core.present.sections import present
from leshua_gui.core.present.state_rows import unsigned_error_code as unsigned_error_code
from leshua_gui.core.present.state_rows import untrusted_for
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang
from leshua_gui.core.text.words import untrusted as untrusted
from leshua_gui.core.text.words import word as word


def state_line(status: str, error: LeshuaError | None, lang: Lang, *, refund: bool = False) -> str:
    """A trade (or refund) state in words, marked untrusted when it came with an error (never a
    bare fact)."""
    state = labels.refund_state(status, lang) if refund else labels.trade_state(status, lang)
    return state if error is None else f"{state} ({untrusted_for(error, lang)})"


def attempt_line(
    status: str, error: LeshuaError | None, lang: Lang, *, refund: bool = False
) -> str:
    """One attempt's state for a progress line: an untrusted one leads with the distrust
    ("UNTRUSTED: signature mismatch · claims: paid"), never with the claim."""
    state = labels.refund_state(status, lang) if refund else labels.trade_state(status, lang)
    if error is None:
        return state
    return f"{untrusted_for(error, lang)} · {word('claims_short', lang).format(state=state)}"


def is_refund_lookup(result: PollResult) -> bool:
    """Whether the result is of a refund lookup (unified_query_refund)."""
    exchange = result.exchange
    if exchange is not None:
        return exchange.service == "unified_query_refund"
    return bool(result.answer is not None and result.answer.is_refund)


def to_json(result: PollResult, lang: Lang) -> dict[str, Any]:
    """The `leshua-query status --json` object."""
    answer = result.answer
    error = result.error
    verification = result.verification
    exchange = result.exchange
    status = answer.status if answer else None
    trusted = result.reply is not None
    pay_way = answer.pay_way if answer else None
    refund = is_refund_lookup(result)
    error_code_signed = (
        None
        if answer is None or not answer.get("error_code") or verification is None
        else verification.error_code_signed
    )
    return {
        "verification": verification.status if verification else None,
        "verification_rule": verification.rule if verification else None,
        "trusted": trusted,
        "final": bool(trusted and answer is not None and answer.is_final),
        "status": status,
        # An untrusted answer's state says so, as the text does: `trusted` is what scripts test.
        "status_label": state_line(status, None if trusted else error, lang, refund=refund)
        if status
        else None,
        "error_code_signed": error_code_signed,
        "pay_way": pay_way,
        "pay_way_label": labels.pay_way(pay_way, lang) if pay_way else None,
        "trade_type": answer.trade_type if answer else None,
        "amounts_fen": answer.amounts_fen if answer else {},
        "refund_amounts_fen": answer.refund_amounts_fen if answer else {},
        "fields": answer.as_dict() if answer else {},
        "error": None
        if error is None
        else {
            "kind": error.kind,
            "reason": error.reason or None,
            "code": error.code,
            "message": error.gateway_message or error.message,
            "advice": advice(error, lang),
            "code_signed": _code_signed(error),
        },
        "attempts": len(result.attempts),
        "cancelled": result.cancelled,
        "deadline_reached": result.deadline_reached,
        "exchange": exchange.to_json() if exchange else None,
    }


def _code_signed(error: LeshuaError) -> bool | None:
    """Whether the error's code is vouched for by the answer's signature (None: no code)."""
    if error.code is None:
        return None
    v = error.verification
    if not isinstance(error, GatewayError) or error.reason != "result" or v is None:
        return False  # resp_code is never signed; other kinds carry no gateway-signed code
    return v.trusted and v.error_code_signed


def summary_lines(
    result: PollResult, lang: Lang, *, queried_at: datetime | None = None
) -> list[str]:
    """The plain-text summary for a terminal or a support ticket: the rows the window shows,
    in its order (core/present/sections.py)."""
    sections = present(result, lang, refund=is_refund_lookup(result), queried_at=queried_at)
    return as_text(sections, lang)
