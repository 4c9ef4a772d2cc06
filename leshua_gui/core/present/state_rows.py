"""The headline rows: the state with how far to believe it, the signature check, the error with
its advice, and why asking stopped. An untrusted state says so in its own row, never bare."""

from __future__ import annotations

from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.gateway.advice import advice
from leshua_gui.core.gateway.polling import PollResult, code_unconfirmed
from leshua_gui.core.present.rows import Row
from leshua_gui.core.protocol.answer import KNOWN_STATES, REFUNDING, Answer
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang, capital
from leshua_gui.core.text.words import distrust, error_kind, rule_words, untrusted, word


def note(text: str) -> Row:
    text = capital(text)
    return Row("", text, text, None, "note")


def colon(lang: Lang) -> str:
    """What joins a title and its value: a full-width colon in Chinese."""
    return ": " if lang == "en" else "："


def bracket(text: str, lang: Lang) -> str:
    """An aside in brackets: full-width in Chinese."""
    return f" ({text})" if lang == "en" else f"（{text}）"


def state_rows(result: PollResult, lang: Lang, *, refund: bool) -> list[Row]:
    """The state in words with its code and its note (untrusted, unknown, final or not yet),
    and a refund in progress on a paid order."""
    answer = result.answer
    if answer is None or answer.status is None:
        return []
    status = answer.status
    state = labels.refund_state(status, lang) if refund else labels.trade_state(status, lang)
    what = "refund_status" if refund or answer.is_refund else "status"
    if result.reply is None:
        # Distrust first: the headline of a forged or unsigned answer is not its claim.
        claim = word("claims", lang).format(what=labels.field_name(what, lang),
                                            state=f"{state} [{status}]")  # fmt: skip
        shown = distrust(_how(result.error), lang) + ("; " if lang == "en" else "；") + claim
        title = word("untrusted_answer", lang)
        return [Row(title, shown, status, "status", "state", status)]
    aside = _state_note(result, answer, lang)
    shown = f"{state} [{status}]" + (f"  ({aside})" if lang == "en" else f"（{aside}）")
    rows = [Row(capital(labels.field_name(what, lang)), shown, status, "status", "state", status)]
    if result.reply is not None and not refund and status == REFUNDING:
        rows.append(note(word("refund_in_progress", lang)))
    return rows


def _state_note(result: PollResult, answer: Answer, lang: Lang) -> str:
    if result.reply is None:
        return untrusted_for(result.error, lang)
    if answer.status not in KNOWN_STATES:
        return word("unknown_state", lang)
    return word("final" if answer.is_final else "not_final", lang)


def _how(error: LeshuaError | None) -> str | None:
    """How the answer's signature failed (mismatch, unsigned), if that is why it is untrusted."""
    if error is not None and error.kind == "signature" and error.verification:
        return error.verification.status
    return None


def untrusted_for(error: LeshuaError | None, lang: Lang) -> str:
    """ "UNTRUSTED: ..." for the error an answer came with: how its signature failed, if it
    did."""
    return untrusted(_how(error), lang)


def problem_rows(result: PollResult, lang: Lang) -> list[Row]:
    """The signature check, the error with its advice, an error code the signature leaves out,
    and why asking stopped early (the deadline, a cancel)."""
    rows: list[Row] = []
    v, error = result.verification, result.error
    if v is not None:
        shown = labels.verification(v.status, lang)
        if v.rule and v.trusted:  # which rule matched, as the --json shape and the Raw tab say
            shown += bracket(rule_words(v.rule, lang), lang)
        rows.append(Row(word("signature", lang), shown, shown, None, "check", v.status))
    if error is not None:
        # The error in the window's words and what the gateway itself said (its code and
        # text); the core's own message is English and for logs, the advice below says it.
        if error.kind == "transport" and error.code:  # an HTTP status, not gateway text
            said = f"HTTP {error.code}"
        elif error.kind == "gateway" and error.reason == "result" and not error.code:
            said = word("no_result_code", lang)  # no outcome at all: said, never "None"
        else:
            meaning = labels.error_code(error.code, lang) if error.code else ""
            said = f"{error.code or ''} {error.gateway_message or meaning}".strip()
        shown = error_kind(error.kind, error.reason, lang) + (colon(lang) + said if said else "")
        rows.append(Row(word("error", lang), shown, shown, None, "text"))
        hint = advice(error, lang)
        if hint:
            rows.append(note(hint))
    unsigned = unsigned_error_code(result)
    if unsigned is not None:
        rows.append(note(word("code_unsigned", lang).format(code=unsigned)))
        if error is not None and code_unconfirmed(error) and len(result.attempts) > 1:
            rows.append(note(word("code_unsigned_polled", lang)))
    if result.deadline_reached and not result.final:
        rows.append(note(word("deadline", lang)))
    if result.cancelled:
        rows.append(note(word("cancelled", lang)))
    return rows


def unsigned_error_code(result: PollResult) -> str | None:
    """The answer's error_code when its signature does not cover it (rule without_error_code)."""
    v, answer = result.verification, result.answer
    if v is None or answer is None or not v.trusted or v.error_code_signed:
        return None
    return answer.get("error_code") or None
