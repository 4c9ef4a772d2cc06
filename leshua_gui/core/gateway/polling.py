"""Query again while the order is paying, until a deadline; never call an unknown state unpaid."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from leshua_gui.core.errors import GatewayError, LeshuaError, ProtocolError, TransportError

PAYING = "0"  # as in answer.py, which loads only with a query

if TYPE_CHECKING:  # the client (and requests) load only when a query is made
    from leshua_gui.core.gateway.client import Reply
    from leshua_gui.core.gateway.exchange import Exchange
    from leshua_gui.core.protocol.answer import Answer
    from leshua_gui.core.protocol.signing import VerificationResult

#: Gateway codes that mean "not yet" or "try later" rather than "this will never work".
RETRY_CODES = frozenset({"-4006", "-20004", "-4004", "-20005", "-20010", "-4027"})


def default_schedule(attempt: int) -> float:
    """Seconds to wait after attempt N (1-based): 2, 2, 3, 4, then 5."""
    return (2.0, 2.0, 3.0, 4.0)[attempt - 1] if attempt <= 4 else 5.0


def code_unconfirmed(error: LeshuaError) -> bool:
    """A gateway failure whose error_code the answer's signature does not cover."""
    v = error.verification
    return (
        isinstance(error, GatewayError)
        and error.reason == "result"
        and v is not None
        and v.trusted
        and not v.error_code_signed
    )


def worth_asking_again(error: LeshuaError) -> bool:
    """Transport trouble, an unreadable answer or a "not yet" code: ask again."""
    if isinstance(error, TransportError):
        # A redirect or an unusable CA bundle is a setting to fix: asking again cannot help.
        return error.reason not in ("redirect", "ca_bundle")
    if isinstance(error, ProtocolError):
        return error.reason in ("malformed", "empty", "not_leshua")
    if isinstance(error, GatewayError):
        if code_unconfirmed(error):
            # The signature does not cover this error_code: it cannot say that asking again is
            # useless. The order's state is unknown, so ask again (the summary says why).
            return True
        return error.code in RETRY_CODES
    return False  # input and signature problems do not go away by asking again


@dataclass(frozen=True)
class Attempt:
    number: int
    at: datetime
    elapsed_s: float
    reply: Reply | None
    error: LeshuaError | None

    @property
    def status(self) -> str | None:
        answer = self.reply.answer if self.reply else (self.error.answer if self.error else None)
        return answer.status if answer else None

    @property
    def outcome(self) -> str:
        """ "verified", or the error's kind."""
        return "verified" if self.reply else (self.error.kind if self.error else "")


@dataclass
class PollResult:
    attempts: list[Attempt] = field(default_factory=list)
    #: the last answer is verified and in a final state (paid, closed, failed, refunded...)
    final: bool = False
    #: polling stopped because the verified state was not paying: the lookup's outcome is
    #: known (refunding included), or the state code is unknown (see `unknown_state`)
    settled: bool = False
    cancelled: bool = False
    deadline_reached: bool = False

    @property
    def last(self) -> Attempt | None:
        return self.attempts[-1] if self.attempts else None

    @property
    def reply(self) -> Reply | None:
        return self.last.reply if self.last else None

    @property
    def unknown_state(self) -> bool:
        """The verified answer's state code is none of section 7's (shown with its code)."""
        from leshua_gui.core.protocol.answer import KNOWN_STATES

        status = self.reply.answer.status if self.reply else None
        return status is not None and status not in KNOWN_STATES

    @property
    def error(self) -> LeshuaError | None:
        return self.last.error if self.last else None

    @property
    def answer(self) -> Answer | None:
        """The last parsed answer, trusted (a reply) or not (carried on an error)."""
        if self.reply is not None:
            return self.reply.answer
        return self.error.answer if self.error is not None else None

    @property
    def verification(self) -> VerificationResult | None:
        if self.reply is not None:
            return self.reply.verification
        return self.error.verification if self.error is not None else None

    @property
    def exchange(self) -> Exchange | None:
        if self.reply is not None:
            return self.reply.exchange
        return self.error.exchange if self.error is not None else None


def poll(
    query: Callable[[], Reply],
    *,
    deadline_s: float,
    cancel: threading.Event | None = None,
    on_attempt: Callable[[Attempt], None] | None = None,
    schedule: Callable[[int], float] = default_schedule,
    clock: Callable[[], float] = time.monotonic,
    keep_late: bool = False,
) -> PollResult:
    """Run `query` until a final state, a lasting error, cancel, or `deadline_s` seconds.

    `deadline_s` 0 means one query. An answer after cancel is discarded, not reported, unless
    `keep_late`: then it is the last attempt (the result says cancelled).
    """
    cancel = cancel or threading.Event()
    result = PollResult()
    start = clock()
    number = 0
    while not cancel.is_set():
        number += 1
        at = datetime.now(UTC)
        try:
            reply: Reply | None = query()
            error: LeshuaError | None = None
        except LeshuaError as exc:
            reply, error = None, exc
        late = cancel.is_set()
        if late and not keep_late:
            break
        attempt = Attempt(number, at, clock() - start, reply, error)
        result.attempts.append(attempt)
        if on_attempt:
            on_attempt(attempt)
        if late:
            break
        if reply is not None and reply.answer.status not in (None, PAYING):
            # Only "paying" is asked again: every other state settles a lookup's outcome (a
            # refund in progress is followed with a refund lookup), and an unknown code is
            # shown with its code rather than polled into "unknown" at the deadline.
            result.final = reply.answer.is_final
            result.settled = True
            return result
        if error is not None and not worth_asking_again(error):
            return result
        wait = schedule(number)
        if clock() - start + wait > deadline_s:
            result.deadline_reached = deadline_s > 0
            return result
        if cancel.wait(wait):
            break
    result.cancelled = True
    return result
