"""One query's outcome as data (the CLI's JSON contract) and as a plain-text summary."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from leshua_gui.core.errors import (
    GatewayError,
    LeshuaError,
)
from leshua_gui.core.gateway.advice import advice as advice
from leshua_gui.core.gateway.polling import PollResult, code_unconfirmed
from leshua_gui.core.protocol.answer import (
    AMOUNT_FIELDS,
    KNOWN_STATES,
    REFUND_AMOUNT_FIELDS,
    REFUND_ID_FIELDS,
    REFUNDING,
    Answer,
)
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang
from leshua_gui.core.text.words import untrusted as untrusted
from leshua_gui.core.text.words import word as word

ID_FIELDS = (
    "third_order_id",
    "leshua_order_id",
    "out_transaction_id",
    "channel_order_id",
    "sub_merchant_id",
    "openid",
    "sub_openid",
)


def state_line(status: str, error: LeshuaError | None, lang: Lang, *, refund: bool = False) -> str:
    """A trade (or refund) state in words, marked untrusted when it came with an error (never a
    bare fact)."""
    state = labels.refund_state(status, lang) if refund else labels.trade_state(status, lang)
    return state if error is None else f"{state} ({untrusted_for(error, lang)})"


def is_refund_lookup(result: PollResult) -> bool:
    """Whether the result is of a refund lookup (unified_query_refund)."""
    exchange = result.exchange
    if exchange is not None:
        return exchange.service == "unified_query_refund"
    return bool(result.answer is not None and result.answer.is_refund)


def unsigned_error_code(result: PollResult) -> str | None:
    """The answer's error_code when its signature does not cover it (rule without_error_code)."""
    v, answer = result.verification, result.answer
    if v is None or answer is None or not v.trusted or v.error_code_signed:
        return None
    return answer.get("error_code") or None


def untrusted_for(error: LeshuaError | None, lang: Lang) -> str:
    """ "UNTRUSTED: ..." for the error an answer came with: how its signature failed, if it did."""
    how = None
    if error is not None and error.kind == "signature" and error.verification:
        how = error.verification.status
    return untrusted(how, lang)


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


def _time_text(answer: Answer, name: str) -> str:
    parsed = answer.time(name)
    raw = answer.get(name) or ""
    return parsed.strftime("%Y-%m-%d %H:%M:%S") if parsed else raw


def summary_lines(
    result: PollResult, lang: Lang, *, queried_at: datetime | None = None
) -> list[str]:
    """A plain-text summary for a terminal or a support ticket."""
    lines: list[str] = []
    answer = result.answer
    error = result.error
    trusted = result.reply is not None
    refund = is_refund_lookup(result)
    if answer is not None and answer.status is not None:
        if refund:
            state = labels.refund_state(answer.status, lang)
        else:
            state = labels.trade_state(answer.status, lang)
        what = "refund_status" if refund or answer.is_refund else "status"
        head = f"{labels.field_name(what, lang)}: {state} [{answer.status}]"
        if not trusted:
            head += f"  ({untrusted_for(error, lang)})"
        elif answer.status not in KNOWN_STATES:
            head += f"  ({word('unknown_state', lang)})"
        else:
            head += f"  ({word('final' if answer.is_final else 'not_final', lang)})"
        lines.append(head)
        if trusted and not refund and answer.status == REFUNDING:
            lines.append(word("refund_in_progress", lang))
    verification = result.verification
    if verification is not None:
        lines.append(f"{labels.verification(verification.status, lang)}")
    if error is not None:
        code = f" {error.code}" if error.code else ""
        lines.append(
            f"{word('error', lang)} ({error.kind}){code}: {error.gateway_message or error.message}"
        )
        hint = advice(error, lang)
        if hint:
            lines.append(f"  {hint}")
    unsigned = unsigned_error_code(result)
    if unsigned is not None:
        lines.append(word("code_unsigned", lang).format(code=unsigned))
        if error is not None and code_unconfirmed(error) and len(result.attempts) > 1:
            lines.append(word("code_unsigned_polled", lang))
    if result.deadline_reached and not result.final:
        lines.append(word("deadline", lang))
    if result.cancelled:
        lines.append(word("cancelled", lang))
    if answer is not None:
        lines.extend(_answer_lines(answer, lang))
    exchange = result.exchange
    if queried_at is not None:
        lines.append(
            f"{word('queried_at', lang)}: {queried_at.astimezone().isoformat(timespec='seconds')}"
        )
    if result.attempts:
        lines.append(f"{word('attempts', lang)}: {len(result.attempts)}")
    if exchange is not None:
        http = f"HTTP {exchange.http_status}" if exchange.http_status else "-"
        ms = f"{exchange.elapsed_ms:.0f} ms" if exchange.elapsed_ms is not None else ""
        lines.append(f"{word('endpoint', lang)}: {exchange.endpoint} ({http}, {ms})")
    return lines


def _answer_lines(answer: Answer, lang: Lang) -> list[str]:
    out: list[str] = []

    def row(name: str, value: str) -> None:
        out.append(f"  {labels.field_name(name, lang)}: {value}")

    if answer.pay_way:
        row("pay_way", f"{labels.pay_way(answer.pay_way, lang)} [{answer.pay_way}]")
    if answer.trade_type:
        row("trade_type", f"{labels.trade_type(answer.trade_type, lang)} [{answer.trade_type}]")
    if answer.active_flag:
        row("active_flag", labels.campaign(answer.active_flag, lang))
    amounts = answer.amounts_fen
    for name in AMOUNT_FIELDS:
        if name in amounts:
            row(name, f"¥{format_yuan(amounts[name])}")
        elif answer.get(name):
            row(name, f"{answer.get(name)} (?)")
    for name in ("pay_time", "channel_datetime"):
        if answer.get(name):
            row(name, _time_text(answer, name))
    for name in REFUND_ID_FIELDS:
        if answer.get(name):
            row(name, answer.get(name) or "")
    refunds = answer.refund_amounts_fen
    for name in REFUND_AMOUNT_FIELDS:
        if name in refunds:
            row(name, f"¥{format_yuan(refunds[name])}")
    if answer.get("refund_time"):
        row("refund_time", _time_text(answer, "refund_time"))
    for name in ID_FIELDS:
        if answer.get(name):
            row(name, answer.get(name) or "")
    bank = answer.get("bank_type")
    if bank:
        row("bank_type", f"{labels.bank_type(bank, lang, answer.pay_way)} [{bank}]")
    if answer.get("attach"):
        row("attach", answer.get("attach") or "")
    if answer.get("promotion_detail"):
        row("promotion_detail", answer.get("promotion_detail") or "")
    unknown = answer.unknown_fields
    if unknown:
        out.append(f"  {word('other_fields', lang)}: " + ", ".join(f"{n}={v}" for n, v in unknown))
    return out
