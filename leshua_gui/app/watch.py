"""The watch list at work: watched orders asked again in the background, on the same lookup path
as a query, until their state is final or the watch runs out of time.

A `Watcher` owns one scheduling thread and a few check threads. It claims the due entries from
the watch list file (`core.watch.store`), asks each through `run_lookup` (recorded in the
history like any query), decides what follows (`core.watch.schedule.decide`) and hands each
check to `on_event` (on a check thread: the window bridges it to Qt). Requests for one merchant
never go faster than the batch's default rate (`core.batch.job.DEFAULT_QPS`), whatever the
number of watched orders; a busy gateway slows them as it slows a batch."""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from leshua_gui.app.lookup import Lookup, LookupRequest, LookupServices, run_lookup
from leshua_gui.app.services import DEMO_PROFILE_ID
from leshua_gui.core.batch.job import DEFAULT_QPS
from leshua_gui.core.batch.ratelimit import JITTER_MARGIN, RateLimiter
from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.watch.schedule import (
    DEFAULT_HOURS,
    FIRST_DELAY_S,
    MAX_DELAY_S,
    Check,
    EndReason,
    NoticeKind,
    decide,
)
from leshua_gui.core.watch.store import CheckRecord, WatchEntry, WatchStore

if TYPE_CHECKING:
    from leshua_gui.app.services import Services
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef

log = logging.getLogger(__name__)

#: A claimed check is not claimed again (by this program or another) for this long.
LEASE_S = 120.0
#: With nothing due, the scheduler looks at the file again this often (another program may
#: have added an entry).
IDLE_S = 30.0
#: The file could not be read: tried again after this long.
RETRY_S = 30.0
#: A check of a merchant held (its batch job runs) is put off by this long.
HELD_S = 30.0


class WatchServices(LookupServices, Protocol):
    """What the watcher needs beyond a lookup's services."""

    def profile_by_id(self, profile_id: str) -> Profile | None: ...


@dataclass(frozen=True)
class WatchEvent:
    """One check made (or one watch ended without a check)."""

    entry: WatchEntry
    #: the check's lookup (None: nothing was asked: no key, a locked keyring, no profile)
    lookup: Lookup | None = None
    #: why nothing was asked
    error: LeshuaError | None = None
    #: what the user is to be told of (None: nothing new)
    notice: NoticeKind | None = None


def _ms(seconds: float) -> int:
    return int(seconds * 1000)


class Watcher:
    """Thread-safe. `start()` begins; `stop()` ends it and waits for the checks in flight."""

    def __init__(
        self,
        services: WatchServices,
        store: WatchStore,
        *,
        on_event: Callable[[WatchEvent], None] | None = None,
        hours: float = DEFAULT_HOURS,
        qps: float = DEFAULT_QPS,
        workers: int = 2,
        first_s: float = FIRST_DELAY_S,
        max_s: float = MAX_DELAY_S,
        clock: Callable[[], float] = time.time,
        waits_for: frozenset[str] = frozenset(),
    ) -> None:
        self.services = services
        self.store = store
        self.on_event = on_event
        self.hours = hours
        self.qps = qps
        self.first_s, self.max_s = first_s, max_s
        self._clock = clock
        #: profiles that come and go (the demo's, held while the sandbox runs): a watch of one
        #: that is not there now waits for it instead of ending
        self.waits_for = waits_for
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)  # notified when a check ends
        self._in_flight: set[int] = set()
        self._limiters: dict[tuple[str, str], RateLimiter] = {}
        #: (merchant, environment) whose checks wait: a batch job of that merchant runs in
        #: another process of this program, at the batch's rate; the watch adds nothing to it
        self._held: set[tuple[str, str]] = set()

    def _now_ms(self) -> int:
        return _ms(self._clock())

    # -- what the front end asks --------------------------------------------------------------

    def watch(
        self, profile: Profile, order: OrderRef, *, check_now: bool = False
    ) -> tuple[WatchEntry, bool]:
        """Watch an order of a profile: first asked after the first wait (just looked at), or
        at once (`check_now`: an answer from the history, maybe old). (entry, added): an order
        already watched for the profile is not added twice."""
        now = self._now_ms()
        first = now if check_now else now + _ms(self.first_s)
        entry, added = self.store.add(
            profile_id=profile.id,
            profile=profile.name,
            merchant_id=profile.merchant_id,
            environment=profile.environment,
            order=order,
            now_ms=now,
            hours=self.hours,
            first_check_ms=first,
        )
        if not added and check_now:
            self.store.check_now(entry.id, now)
        self._wake.set()
        return entry, added

    def check_now(self, entry_id: int) -> bool:
        """Ask a watched order at once (False: it has ended, is gone, or is being asked)."""
        with self._lock:
            if entry_id in self._in_flight:
                return False
        done = self.store.check_now(entry_id, self._now_ms())
        self._wake.set()
        return done

    def remove(self, entry_id: int) -> bool:
        return self.store.remove(entry_id)

    def hold(self, merchant_id: str, environment: str, held: bool) -> None:
        """Put off (or, `held` false, resume) the checks of a merchant on a gateway while a
        batch job of it runs: the job asks at the batch rate, and the watch adds nothing to it."""
        with self._lock:
            if held:
                self._held.add((merchant_id, environment))
            else:
                self._held.discard((merchant_id, environment))
        self._wake.set()

    def wake(self) -> None:
        """Look at the file now (another program may have added or changed an entry)."""
        self._wake.set()

    # -- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Watcher:
        if self.running:
            return self
        self._stop.clear()
        self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="watch-check")
        self._thread = threading.Thread(target=self._run, name="watch", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop asking; the checks in flight are waited for up to `timeout` seconds in all (a
        window closing does not wait for a slow gateway: a check that ends later is recorded
        while the history is still open, else only logged)."""
        deadline = time.monotonic() + timeout
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(max(0.0, deadline - time.monotonic()))
            self._thread = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        with self._idle:
            self._idle.wait_for(lambda: not self._in_flight, max(0.0, deadline - time.monotonic()))

    def _run(self) -> None:
        while not self._stop.is_set():
            wait = self._schedule()
            self._wake.wait(wait)
            self._wake.clear()

    def _schedule(self) -> float:
        """Hand the due checks to the check threads; seconds until the next is due."""
        pool = self._pool
        with self._lock:
            room = self._workers * 2 - len(self._in_flight)
        try:
            now = self._now_ms()
            if room > 0 and pool is not None:
                for entry in self.store.claim_due(now, _ms(LEASE_S), limit=room):
                    with self._lock:
                        self._in_flight.add(entry.id)
                    future = pool.submit(self._check_safely, entry)
                    # run when the check ends, and when it is dropped unstarted at stop
                    future.add_done_callback(functools.partial(self._done, entry.id))
            due = self.store.next_due_ms()
        except LeshuaError as exc:
            log.warning("watch list: %s", exc.message)
            return RETRY_S
        if due is None:
            return IDLE_S
        return min(IDLE_S, max(0.0, (due - self._now_ms()) / 1000))

    def _limiter(self, profile: Profile) -> RateLimiter:
        with self._lock:
            key = (profile.merchant_id, profile.environment)
            if key not in self._limiters:
                self._limiters[key] = RateLimiter(self.qps, margin=JITTER_MARGIN)
            return self._limiters[key]

    def _check_safely(self, entry: WatchEntry) -> None:
        try:
            self._check(entry)
        except Exception:  # a check never ends the watcher; the entry is asked again later
            log.exception("watch check of entry %d failed", entry.id)

    def _done(self, entry_id: int, _future: object = None) -> None:
        with self._lock:
            self._in_flight.discard(entry_id)
            self._idle.notify_all()
        self._wake.set()

    def _check(self, entry: WatchEntry) -> None:
        profile = self.services.profile_by_id(entry.profile_id)
        if profile is None and entry.profile_id in self.waits_for:
            if self._now_ms() >= _ms(entry.until.timestamp()):  # its time is up meanwhile
                self._end(entry, "expired")
            return  # not here now (the demo): asked again when it is (the lease passes)
        if profile is None or (profile.merchant_id, profile.environment) != (
            entry.merchant_id, entry.environment,
        ):  # fmt: skip
            self._end(entry, "no_profile")  # gone, or now another merchant's or gateway's
            return
        with self._lock:
            held = (profile.merchant_id, profile.environment) in self._held
        if held:
            self.store.ask_at(entry.id, self._now_ms() + _ms(HELD_S))
            return
        if not self._limiter(profile).acquire(self._stop):
            return  # stopping: the lease passes and the check is made at the next start
        lookup: Lookup | None = None
        error: LeshuaError | None = None
        try:
            lookup = run_lookup(self.services, LookupRequest(profile, entry.order))
        except LeshuaError as exc:  # nothing asked: no key, a locked keyring, no sandbox
            error = exc
        now = self._now_ms()
        record = self._record(lookup, error, now)
        if lookup is not None:
            self._limiter(profile).observe(lookup.result)
        decision = decide(
            Check(record.trusted, record.status or "", bool(lookup and lookup.final)),
            now_ms=now,
            added_at_ms=_ms(entry.added_at.timestamp()),
            until_ms=_ms(entry.until.timestamp()),
            checks_before=entry.checks,
            stale_told=entry.stale_told,
            close_after_minutes=profile.close_after_minutes,
            first_s=self.first_s,
            max_s=self.max_s,
        )
        updated = self.store.checked(entry.id, record, decision)
        if updated is not None:
            self._tell(WatchEvent(updated, lookup, error, decision.notice))

    def _end(self, entry: WatchEntry, reason: EndReason) -> None:
        ended = self.store.end(entry.id, reason, self._now_ms())
        if ended is not None:
            self._tell(WatchEvent(ended, notice=reason))

    @staticmethod
    def _record(lookup: Lookup | None, error: LeshuaError | None, now: int) -> CheckRecord:
        if lookup is None:
            failed = error
            return CheckRecord(
                now, False, None, failed.kind if failed else None, None,
                failed.reason if failed else None,
            )  # fmt: skip
        answer = lookup.result.answer if lookup.trusted else None
        failed = lookup.result.error
        return CheckRecord(
            at_ms=now,
            trusted=lookup.trusted,
            status=answer.status if answer is not None else None,
            error_kind=failed.kind if failed is not None else None,
            error_code=failed.code if failed is not None else None,
            error_reason=failed.reason if failed is not None else None,
            amount=answer.amounts_fen.get("amount") if answer is not None else None,
            trade_type=answer.get("trade_type") if answer is not None else None,
        )

    def _tell(self, event: WatchEvent) -> None:
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:
                log.exception("watch event handler failed")


def watcher_for(
    services: Services, on_event: Callable[[WatchEvent], None] | None = None
) -> Watcher:
    """The program's watcher on its services' watch list, with the settings' watch length; it
    waits for the demo's profile when the demo is not running, and stops when the services
    close (before the history's writer ends). Not started: `start()` it."""
    watcher = Watcher(
        services,
        services.watch_store,
        on_event=on_event,
        hours=services.settings.watch_hours,
        waits_for=frozenset({DEMO_PROFILE_ID}),
    )
    services.before_close.append(watcher.stop)
    return watcher
