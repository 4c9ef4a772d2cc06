"""What one query of a batch found, kept per unique order of a job (duplicates share it).

An `Outcome` is a flat, self-contained summary of a lookup's result: enough for the results
table, the totals, the reconciliation and the exports without the full result. The full answer
stays in the history (`history_id`, when the lookup was recorded).

The rule that matters: `status`, `pay_way` and `amounts_fen` come only from a verified answer
(`trusted`). An answer that was not verified keeps what it claimed in `claimed_status`, to be
shown as a claim, never as a fact, and never added to money."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from leshua_gui.core.errors import GatewayError, SignatureError
from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.core.infra.redact import scrub
from leshua_gui.core.protocol.validation import IdKind

#: the codes that say "no such order" (the gateway's; see core/gateway/advice.py)
NOT_FOUND_CODES = frozenset({"-4006", "-20004", "-20016", "-20018"})

#: How a row ended: a verified answer; an answer whose signature did not check out; no usable
#: answer (transport, protocol, gateway error); the gateway says there is no such order.
Verdict = Literal["trusted", "untrusted", "error", "not_found"]
VERDICTS: tuple[Verdict, ...] = ("trusted", "untrusted", "error", "not_found")


@dataclass(frozen=True)
class Outcome:
    kind: IdKind
    id: str
    verdict: Verdict
    #: verified and in a final state (paid, failed, closed ...)
    final: bool
    #: the verified trade state code ("0" paying, "2" paid ...); None unless trusted
    status: str | None = None
    #: the state an unverified answer claimed (shown as a claim only)
    claimed_status: str | None = None
    pay_way: str | None = None
    #: AMOUNT_FIELDS of a verified answer, in fen (empty unless trusted)
    amounts_fen: dict[str, int] = field(default_factory=dict)
    pay_time: datetime | None = None
    #: core.history.record.ERROR_CLASSES key of the error, if the lookup ended in one
    error_kind: str | None = None
    #: the gateway's error code, if any
    error_code: str | None = None
    #: the error in English, scrubbed of secrets (front ends word it in the UI language)
    error: str | None = None
    attempts: int = 0
    queried_at: datetime | None = None
    history_id: int | None = None

    @property
    def trusted(self) -> bool:
        return self.verdict == "trusted"

    @property
    def not_found(self) -> bool:
        return self.verdict == "not_found"

    @property
    def amount_fen(self) -> int | None:
        return self.amounts_fen.get("amount")


def outcome_of(
    result: PollResult,
    kind: IdKind,
    order_id: str,
    *,
    queried_at: datetime | None = None,
    history_id: int | None = None,
) -> Outcome:
    """The outcome of a finished lookup (at least one attempt made).

    Trusted only with a verified reply; a signature that did not check out is "untrusted" and
    keeps its claim apart; a "no such order" code is "not_found"; anything else is "error"."""
    reply, error, answer = result.reply, result.error, result.answer
    common = {"kind": kind, "id": order_id, "attempts": len(result.attempts),
              "queried_at": queried_at, "history_id": history_id}  # fmt: skip
    if reply is not None:
        verified = reply.answer
        return Outcome(
            verdict="trusted",
            final=verified.is_final,
            status=verified.status,
            pay_way=verified.pay_way,
            amounts_fen=dict(verified.amounts_fen),
            pay_time=verified.pay_time,
            **common,  # type: ignore[arg-type]
        )
    verdict: Verdict = "error"
    if isinstance(error, SignatureError):
        verdict = "untrusted"
    elif isinstance(error, GatewayError) and error.code in NOT_FOUND_CODES:
        verdict = "not_found"
    return Outcome(
        verdict=verdict,
        final=False,
        claimed_status=answer.status if answer is not None else None,
        error_kind=error.kind if error is not None else "error",
        error_code=error.code if error is not None else None,
        error=scrub(error.message) if error is not None else "no answer",
        **common,  # type: ignore[arg-type]
    )
