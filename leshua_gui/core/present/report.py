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
    lines = _state_lines(result, lang)
    lines += _problem_lines(result, lang)
    lines += _stop_lines(result, lang)
    if result.answer is not None:
        lines += _answer_lines(result.answer, lang)
    lines += _query_lines(result, lang, queried_at)
    return lines


def _state_lines(result: PollResult, lang: Lang) -> list[str]:
    """What the answer says the state is, how far to believe it, and a refund in progress."""
    answer = result.answer
    if answer is None or answer.status is None:
        return []
    trusted = result.reply is not None
    refund = is_refund_lookup(result)
    if refund:
        state = labels.refund_state(answer.status, lang)
    else:
        state = labels.trade_state(answer.status, lang)
    what = "refund_status" if refund or answer.is_refund else "status"
    head = f"{labels.field_name(what, lang)}: {state} [{answer.status}]"
    lines = [f"{head}  ({_state_note(result, answer, lang)})"]
    if trusted and not refund and answer.status == REFUNDING:
        lines.append(word("refund_in_progress", lang))
    return lines


def _state_note(result: PollResult, answer: Answer, lang: Lang) -> str:
    """The state's note in brackets: untrusted, an unknown state code, final or not yet."""
    if result.reply is None:
        return untrusted_for(result.error, lang)
    if answer.status not in KNOWN_STATES:
        return word("unknown_state", lang)
    return word("final" if answer.is_final else "not_final", lang)


def _problem_lines(result: PollResult, lang: Lang) -> list[str]:
    """The signature check, the error with its advice, and an error code the signature leaves
    out."""
    lines: list[str] = []
    error = result.error
    if result.verification is not None:
        lines.append(f"{labels.verification(result.verification.status, lang)}")
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
    return lines


def _stop_lines(result: PollResult, lang: Lang) -> list[str]:
    """Why asking stopped early: the deadline before a final state, or a cancel."""
    lines: list[str] = []
    if result.deadline_reached and not result.final:
        lines.append(word("deadline", lang))
    if result.cancelled:
        lines.append(word("cancelled", lang))
    return lines


def _query_lines(result: PollResult, lang: Lang, queried_at: datetime | None) -> list[str]:
    """When it was asked, how many times, and of which endpoint."""
    lines: list[str] = []
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
    """The answer's fields, indented, in the summary's order."""
    return [
        *_kind_rows(answer, lang),
        *_amount_rows(answer, lang),
        *_time_rows(answer, ("pay_time", "channel_datetime"), lang),
        *_plain_rows(answer, REFUND_ID_FIELDS, lang),
        *_refund_amount_rows(answer, lang),
        *_time_rows(answer, ("refund_time",), lang),
        *_plain_rows(answer, ID_FIELDS, lang),
        *_bank_rows(answer, lang),
        *_plain_rows(answer, ("attach", "promotion_detail"), lang),
        *_other_rows(answer, lang),
    ]


def _row(name: str, value: str, lang: Lang) -> str:
    return f"  {labels.field_name(name, lang)}: {value}"


def _kind_rows(answer: Answer, lang: Lang) -> list[str]:
    """The payment method, the trade type and the campaign, in words with their codes."""
    rows: list[str] = []
    if answer.pay_way:
        rows.append(
            _row("pay_way", f"{labels.pay_way(answer.pay_way, lang)} [{answer.pay_way}]", lang)
        )
    if answer.trade_type:
        trade_type = f"{labels.trade_type(answer.trade_type, lang)} [{answer.trade_type}]"
        rows.append(_row("trade_type", trade_type, lang))
    if answer.active_flag:
        rows.append(_row("active_flag", labels.campaign(answer.active_flag, lang), lang))
    return rows


def _amount_rows(answer: Answer, lang: Lang) -> list[str]:
    """The payment's amounts in yuan; one that does not read as an amount, as sent with (?)."""
    rows: list[str] = []
    amounts = answer.amounts_fen
    for name in AMOUNT_FIELDS:
        if name in amounts:
            rows.append(_row(name, f"¥{format_yuan(amounts[name])}", lang))
        elif answer.get(name):
            rows.append(_row(name, f"{answer.get(name)} (?)", lang))
    return rows


def _refund_amount_rows(answer: Answer, lang: Lang) -> list[str]:
    """The refund's amounts in yuan."""
    refunds = answer.refund_amounts_fen
    return [
        _row(name, f"¥{format_yuan(refunds[name])}", lang)
        for name in REFUND_AMOUNT_FIELDS
        if name in refunds
    ]


def _time_rows(answer: Answer, names: tuple[str, ...], lang: Lang) -> list[str]:
    """Times as YYYY-MM-DD HH:MM:SS (as sent when they do not read as a time)."""
    return [_row(name, _time_text(answer, name), lang) for name in names if answer.get(name)]


def _plain_rows(answer: Answer, names: tuple[str, ...], lang: Lang) -> list[str]:
    """Fields shown as sent (ids, attached data...), those that have a value."""
    return [_row(name, answer.get(name) or "", lang) for name in names if answer.get(name)]


def _bank_rows(answer: Answer, lang: Lang) -> list[str]:
    """The payer's bank in words with its code."""
    bank = answer.get("bank_type")
    if not bank:
        return []
    return [_row("bank_type", f"{labels.bank_type(bank, lang, answer.pay_way)} [{bank}]", lang)]


def _other_rows(answer: Answer, lang: Lang) -> list[str]:
    """Fields this app does not know, on one line."""
    unknown = answer.unknown_fields
    if not unknown:
        return []
    return [f"  {word('other_fields', lang)}: " + ", ".join(f"{n}={v}" for n, v in unknown)]
