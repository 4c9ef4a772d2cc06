"""Closing a stale unpaid order, guarded, for every front end (the window's worker, `leshua-query
close`): the guards, the query right before, the close, the query right after, each recorded.

`close_guarded(services, profile, order, confirmation)` returns one `CloseOutcome`. Nothing is
sent to close unless every guard of `core.closing.guard` passed; the state shown after is that
of a verified query made after the close, never the close's own claim."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from leshua_gui.app.lookup import Lookup, LookupRequest, LookupServices, run_lookup
from leshua_gui.app.services import as_saved
from leshua_gui.core.batch.ratelimit import busy_error
from leshua_gui.core.closing.guard import (
    CLOSED,
    MICROPAY,
    Refusal,
    refusal_before_asking,
    refusal_of_answer,
)
from leshua_gui.core.errors import GatewayError, LeshuaError, SignatureError
from leshua_gui.core.gateway.polling import PAYING, PollResult, poll

if TYPE_CHECKING:
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef

#: What the outcome says beyond its states, for the front ends to word: the gateway refused a
#: barcode order closed too soon after it was created; the order changed between the query and
#: the close (paid in the meantime, for example); the close was sent but whether it took is not
#: known (no verified answer, or no verified query after it).
Explanation = Literal["micropay_wait", "state_changed", "unconfirmed"]

#: The exit statuses of `leshua-query close`, and what they promise.
CLOSED_OK = 0  # closed, and a verified query after says closed
REFUSED_BY_GATEWAY = 1  # the gateway refused; the verified state is reported
NOTHING_SENT = 2  # a guard refused (or the input was wrong): no close was sent
TRANSPORT = 3  # the close was sent, but its answer or the query after did not arrive whole
SIGNATURE = 4  # an answer after the close was sent did not verify


def _signature_failed(result: PollResult) -> bool:
    return isinstance(result.error, SignatureError)


def _status(lookup: Lookup | None) -> str | None:
    answer = lookup.result.answer if lookup is not None and lookup.trusted else None
    return answer.status if answer is not None else None


@dataclass(frozen=True)
class CloseOutcome:
    """One close attempt, refused or sent."""

    order: OrderRef
    #: why a guard refused (None: every guard passed and a close was sent)
    refusal: Refusal | None
    #: the query right before (None when a guard refused before anything was asked)
    before: Lookup | None = None
    #: the close exchange (None: nothing was sent to close)
    close: PollResult | None = None
    closed_at: datetime | None = None
    #: the query right after the close (None: nothing was sent to close)
    after: Lookup | None = None

    @property
    def sent(self) -> bool:
        return self.close is not None

    @property
    def close_verified(self) -> bool:
        """The close's answer was verified and did not say anything but closed."""
        if self.close is None or self.close.reply is None:
            return False
        status = self.close.reply.answer.status
        return status in (None, "", CLOSED)

    @property
    def closed(self) -> bool:
        """Closed: a close was sent and the verified query after it says closed (6). The
        close's own answer may have been lost or not verified: the query after is what counts,
        and it is verified like any answer."""
        return self.sent and _status(self.after) == CLOSED

    @property
    def before_status(self) -> str | None:
        return _status(self.before)

    @property
    def after_status(self) -> str | None:
        return _status(self.after)

    @property
    def error(self) -> LeshuaError | None:
        """What went wrong: the close's error, else the failed query after it (None: closed, or
        refused by a guard; the refusal says why)."""
        if self.refusal is not None:
            return self.before.result.error if self.before is not None else None
        if self.close is not None and self.close.error is not None:
            return self.close.error
        if self.after is not None and not self.after.trusted:
            return self.after.result.error
        return None

    @property
    def explanation(self) -> Explanation | None:
        if self.refusal is not None or self.closed:
            return None
        error = self.close.error if self.close is not None else None
        if isinstance(error, GatewayError):
            before = self.before.result.answer if self.before is not None else None
            trade_type = before.get("trade_type") if before is not None else None
            after = self.after_status
            if after not in (None, PAYING):
                return "state_changed"
            if trade_type == MICROPAY and not busy_error(error):
                return "micropay_wait"  # the likely reason: the gateway names no code for it
            return None
        if self.close_verified and self.after_status not in (None, CLOSED):
            return "state_changed"
        return "unconfirmed"

    @property
    def exit_status(self) -> int:
        if self.refusal is not None:
            return NOTHING_SENT
        if self.closed:
            return CLOSED_OK
        error = self.close.error if self.close is not None else None
        if isinstance(error, GatewayError):
            return REFUSED_BY_GATEWAY
        if error is not None:
            return SIGNATURE if isinstance(error, SignatureError) else TRANSPORT
        if self.after is None or not self.after.trusted:
            failed = self.after is not None and _signature_failed(self.after.result)
            return SIGNATURE if failed else TRANSPORT
        return REFUSED_BY_GATEWAY  # verified "closed", then a verified query says otherwise


def close_guarded(
    services: LookupServices,
    profile: Profile,
    order: OrderRef,
    confirmation: str,
    *,
    key: str | None = None,
    record: bool = True,
    current: Callable[[str], Profile | None] | None = None,
) -> CloseOutcome:
    """Guard, ask, close, ask again (see the module's docstring), all on the caller's thread.

    `key` is the transaction key to use instead of the services' key source (the command line's
    prompt). `current`, when given, reads the profile again by its id (the window's services):
    the permission that counts is the one saved now, not the one of a profile read earlier; a
    profile gone, or now for another merchant or gateway, may not close. An input problem
    before anything is sent (no key, a bad gateway) raises, as a lookup's does; everything
    asked is recorded unless `record` is false."""
    if current is not None:
        now = as_saved(profile, current(profile.id))
        profile = now if now is not None else replace(profile, allow_close=False)
    refusal = refusal_before_asking(
        allow_close=profile.allow_close, order_value=order.value, confirmation=confirmation
    )
    if refusal is not None:
        return CloseOutcome(order, refusal)
    key = key if key is not None else services.transaction_key(profile)
    client = services.client_for(profile, key)
    try:
        request = LookupRequest(profile, order, record=record)
        before = run_lookup(services, request, client=client)
        refusal = refusal_of_answer(
            trusted=before.trusted,
            status=_status(before),
            signature_failed=_signature_failed(before.result),
        )
        if refusal is not None:
            return CloseOutcome(order, refusal, before)
        closed_at = datetime.now(UTC)
        # one exchange, kept whatever happens: a close that was sent is always recorded
        close = poll(lambda: client.close_order(order), deadline_s=0, keep_late=True)
        if record:
            services.record(close, closed_at, profile, order, lookup="close")
        after = run_lookup(services, request, client=client)
        return CloseOutcome(order, None, before, close, closed_at, after)
    finally:
        client.close()
