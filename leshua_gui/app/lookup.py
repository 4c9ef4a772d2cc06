"""One lookup, start to end, for every front end: the key, the client, the polling and the
recording, all on the caller's thread (the window's worker, the command line's main thread).

`run_lookup(services, request, cancel, on_attempt, on_progress)` returns one `Lookup`: the
result, when it was asked, who asked (profile, merchant, environment) and whether it is `trusted`
and `final`, computed once by the rules the summaries use. While it runs, `on_progress` is handed
a `Progress`: the attempt just made and a snapshot of the result so far (the window shows that
snapshot as it is; it never rebuilds one)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal, Protocol

from leshua_gui.app.services import recorded_name
from leshua_gui.core.gateway.polling import Attempt, PollResult, poll

if TYPE_CHECKING:
    from leshua_gui.core.gateway.client import GatewayClient, Reply
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef

LookupKind = Literal["order", "refund"]
RefundIdKind = Literal["merchant_refund_id", "leshua_refund_id"]


class LookupServices(Protocol):
    """What a lookup needs (`app.services.Services` has it; the command line has its own)."""

    def transaction_key(self, profile: Profile) -> str: ...

    def client_for(self, profile: Profile, key: str) -> GatewayClient: ...

    def record(
        self,
        result: PollResult,
        queried_at: datetime,
        profile: Profile,
        order: OrderRef,
        *,
        lookup: str | None = None,
        refund: tuple[str, str] | None = None,
        job: str | None = None,
    ) -> None: ...


@dataclass(frozen=True)
class LookupRequest:
    """What to ask: an order of a profile, or one of its refunds (asked once: refunds take days).

    `deadline_s` is how long to keep asking while the order is paying (0: one query). `key`, when
    given, is the transaction key to use instead of the services' key source (the command line's
    environment variable or prompt). `record` false asks without recording (--no-history).
    `job` is the batch job the lookup is part of, recorded with it (None: a lookup of its own).
    `keep_late` keeps an answer that arrives after cancel (a batch: what was asked is kept and
    recorded); a lookup of its own drops it, as its user asked."""

    profile: Profile
    order: OrderRef
    kind: LookupKind = "order"
    refund: tuple[RefundIdKind, str] | None = None
    deadline_s: float = 0.0
    key: str | None = field(default=None, repr=False)
    record: bool = True
    job: str | None = None
    keep_late: bool = False

    def __post_init__(self) -> None:
        if (self.kind == "refund") != (self.refund is not None):
            raise ValueError("a refund lookup names its refund, an order lookup none")

    @property
    def deadline(self) -> float:
        """The polling deadline: a refund lookup asks once."""
        return 0.0 if self.kind == "refund" else max(0.0, self.deadline_s)


@dataclass(frozen=True)
class Lookup:
    """One finished (or cancelled) lookup."""

    result: PollResult
    queried_at: datetime
    profile: str
    merchant_id: str
    environment: str
    request: LookupRequest
    #: the last answer verified (an untrusted state is never shown as a fact)
    trusted: bool
    #: trusted and in a final state
    final: bool

    @property
    def refund(self) -> bool:
        return self.request.kind == "refund"

    @property
    def cancelled(self) -> bool:
        return self.result.cancelled


@dataclass(frozen=True)
class Progress:
    """One attempt of a running lookup and a snapshot of its result so far (a copy: the
    lookup's own result goes on growing on the worker)."""

    attempt: Attempt
    so_far: PollResult


def judged(result: PollResult) -> tuple[bool, bool]:
    """(trusted, final) as the summaries, the --json shape and the history say them."""
    answer = result.answer
    trusted = result.reply is not None
    return trusted, bool(trusted and answer is not None and answer.is_final)


def run_lookup(
    services: LookupServices,
    request: LookupRequest,
    cancel: threading.Event | None = None,
    on_attempt: Callable[[Attempt], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    *,
    client: GatewayClient | None = None,
) -> Lookup:
    """Fetch the key, build the client, ask (polling while paying, up to the request's
    deadline) and record the lookup once when anything was asked, a cancelled one included.

    `client`, when given, is used instead (it holds its key: no key is fetched, no client built)
    and left open: its owner closes it. A batch hands each worker thread's lookups one client,
    so its connection is kept alive from one order to the next. The request's profile must be
    the one the client was made for: the record names that profile.

    An input problem before anything is sent (no key, a bad gateway) raises and records nothing."""
    profile, order = request.profile, request.order
    owned = client is None
    if client is None:
        key = request.key if request.key is not None else services.transaction_key(profile)
        client = services.client_for(profile, key)
    gateway = client  # the closures below see a client, never None
    queried_at = datetime.now(UTC)
    refund = request.refund

    def query() -> Reply:
        if refund is not None:
            kind, number = refund
            if kind == "leshua_refund_id":
                return gateway.query_refund(order, leshua_refund_id=number)
            return gateway.query_refund(order, merchant_refund_id=number)
        return gateway.query_status(order)

    seen: list[Attempt] = []

    def attempted(attempt: Attempt) -> None:
        if on_attempt is not None:
            on_attempt(attempt)
        if on_progress is not None:
            seen.append(attempt)
            on_progress(Progress(attempt, PollResult(attempts=list(seen))))

    try:
        result = poll(query, deadline_s=request.deadline, cancel=cancel, on_attempt=attempted,
                      keep_late=request.keep_late)  # fmt: skip
    finally:
        if owned:
            gateway.close()
    if result.attempts and request.record:
        services.record(
            result,
            queried_at,
            profile,
            order,
            lookup=request.kind,
            refund=(refund[0], refund[1]) if refund else None,
            job=request.job,
        )
    trusted, final = judged(result)
    return Lookup(
        result=result,
        queried_at=queried_at,
        profile=recorded_name(profile),
        merchant_id=gateway.merchant_id,
        environment=profile.environment,
        request=request,
        trusted=trusted,
        final=final,
    )
