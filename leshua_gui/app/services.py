"""What both front ends work with: settings, profiles and their keys, a client built from the
settings, the history with its retention, the recording of a lookup, and the demo sandbox.

`Services` is the window's (one per run, the history written on its writer thread); the command
line uses the same functions one command at a time: `load_settings`, `profile_store`,
`KeySource` (with its own session keys: the environment variable or a prompt), `make_client`,
`open_history`, `prune_by_retention`, `lookup_record` and `demo_gateway`."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import contextmanager
from typing import TYPE_CHECKING

from leshua_gui.core import settings as settings_mod
from leshua_gui.core.errors import InputError
from leshua_gui.core.paths import AppPaths, app_paths
from leshua_gui.core.profiles.keystore import (
    BackendStatus,
    KeyKind,
    KeyStore,
    OsKeyStore,
    SessionKeyStore,
    UnavailableKeyStore,
    check_backend,
    open_keystore,
)
from leshua_gui.core.profiles.store import KeyStorage, Profile, ProfileStore
from leshua_gui.core.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from leshua_gui.core.gateway.client import GatewayClient
    from leshua_gui.core.gateway.polling import PollResult
    from leshua_gui.core.history.record import HistoryRecord
    from leshua_gui.core.history.store import HistoryStore, OpenReport
    from leshua_gui.core.history.writer import HistoryWriter
    from leshua_gui.core.protocol.validation import OrderRef
    from leshua_gui.core.watch.store import WatchStore
    from leshua_gui.sandbox.server import Sandbox

log = logging.getLogger(__name__)

#: The demo profile (held in memory while the sandbox runs) is known by this id, never its name.
DEMO_PROFILE_ID = "demo"
#: The profile name the history records for the demo profile (rows written before keep it too).
DEMO_RECORDED_NAME = "Demo"


def _demo_key(kind: KeyKind) -> str:
    """The demo merchant's public keys (the sandbox's orders load when first needed)."""
    from leshua_gui.sandbox import orders

    return orders.DEMO_TRANSACTION_KEY if kind == "transaction" else orders.DEMO_NOTIFY_KEY


def _demo_merchant_id() -> str:
    from leshua_gui.sandbox.orders import DEMO_MERCHANT_ID

    return DEMO_MERCHANT_ID


def is_demo(profile: Profile) -> bool:
    """The built-in demo profile of `--demo` / "Try the demo" (not a saved sandbox profile)."""
    return profile.id == DEMO_PROFILE_ID


def recorded_name(profile: Profile) -> str:
    """The profile name a lookup is recorded under in the history."""
    return DEMO_RECORDED_NAME if is_demo(profile) else profile.name


def as_saved(was: Profile, now: Profile | None) -> Profile | None:
    """`now` (the profile of `was`'s id as saved now) if it is still for the same merchant on
    the same gateway; None if it is gone or moved (what was asked of `was` is not its)."""
    if now is None or (now.merchant_id, now.gateway) != (was.merchant_id, was.gateway):
        return None
    return now


def recorded_by_demo(record: HistoryRecord) -> bool:
    """Whether a history row is the demo merchant's (shown by its name in the UI language)."""
    return (
        record.profile == DEMO_RECORDED_NAME
        and record.environment == "sandbox"
        and record.merchant_id == _demo_merchant_id()
    )


def recorded_by(profile: Profile, record: HistoryRecord) -> bool:
    """Whether a history row was recorded by this profile: its name (as recorded) and merchant."""
    same_name = record.profile in (profile.name, recorded_name(profile))
    return same_name and profile.merchant_id == record.merchant_id


#: A session-key profile's transaction key for this run ("" or None: there is none): the
#: window's keys held in memory; the command line's environment variable or terminal prompt.
SessionKeys = Callable[[Profile], str | None]


class KeyMissing(InputError):
    """A profile has no transaction key to use; `storage` is where it was looked for."""

    def __init__(self, profile: Profile) -> None:
        super().__init__(
            f"profile {profile.name!r} has no transaction key: add it in Manage profiles",
            reason="key_missing",
        )
        self.profile = profile
        self.storage: KeyStorage = profile.key_storage


class KeySource:
    """A profile's transaction key, for both front ends: the demo merchant's public key for the
    demo profile; a session-key profile's from `session`, a keyring profile's from the store;
    a sandbox profile without one uses the demo key. Raises KeyMissing otherwise."""

    def __init__(self, store: ProfileStore, session: SessionKeys) -> None:
        self.store = store
        self.session = session

    def transaction_key(self, profile: Profile) -> str:
        if is_demo(profile):
            return _demo_key("transaction")
        if profile.key_storage == "session":
            key = self.session(profile)
        else:
            key = self.store.key(profile, "transaction")
        if key:
            return key
        if profile.is_sandbox:
            return _demo_key("transaction")
        raise KeyMissing(profile)


def load_settings(paths: AppPaths | None = None) -> Settings:
    """The settings file's settings (the defaults when there is none)."""
    return settings_mod.load((paths or app_paths()).settings_file)


def profile_store(paths: AppPaths, keys: KeyStore | None = None) -> ProfileStore:
    """The saved profiles, their keys in `keys` (by default the OS keyring, opened now)."""
    return ProfileStore(paths.profiles_file, keys if keys is not None else open_keystore())


def make_client(
    settings: Settings, url: str, merchant_id: str, key: str, *, timeout: float | None = None
) -> GatewayClient:
    """A client with the settings' CA bundle and timeouts; `timeout` (the command line's
    --timeout) sets the read timeout and caps the connect timeout."""
    from leshua_gui.core.gateway.client import GatewayClient

    connect, read = settings.connect_timeout_s, settings.read_timeout_s
    if timeout is not None:
        connect, read = min(connect, timeout), timeout
    return GatewayClient(
        url,
        merchant_id,
        key,
        connect_timeout=connect,
        read_timeout=read,
        ca_bundle=settings.ca_bundle or None,
    )


def open_history(paths: AppPaths, *, create: bool = True) -> HistoryStore:
    """The history database (not pruned: see `prune_by_retention`).

    Raises HistoryUnavailable (reason "missing" when there is none and `create` is false)."""
    from leshua_gui.core.history.store import HistoryStore, HistoryUnavailable

    if not create and not paths.history_db.exists():
        raise HistoryUnavailable("no query has been recorded yet", reason="missing")
    return HistoryStore(paths.history_db)


def prune_by_retention(store: HistoryStore, settings: Settings) -> None:
    """Drop what is older than the history retention setting (0 keeps everything)."""
    days = settings.history_retention_days
    if days > 0:
        store.prune(days)


def lookup_record(
    result: PollResult,
    queried_at: datetime,
    *,
    profile: str,
    merchant_id: str,
    environment: str,
    order: OrderRef,
    lookup: str | None = None,
    refund: tuple[str, str] | None = None,
    job: str | None = None,
) -> HistoryRecord:
    """One lookup as the history row both front ends record.

    `profile` is the name to record (`recorded_name`); `lookup` is "order" or "refund"; `refund`
    the (kind, number) of the refund asked for, kind "merchant_refund_id" or
    "leshua_refund_id". Without them the record says what was sent (a refund lookup by its
    service and refund number). `job` is the batch job it was asked for (None: on its own)."""
    from leshua_gui.core.history.record import HistoryRecord

    if lookup is None and refund is not None:
        lookup = "refund"
    return HistoryRecord.from_result(
        result,
        queried_at=queried_at,
        profile=profile,
        merchant_id=merchant_id,
        environment=environment,
        id_kind=order.kind,
        order_id=order.value,
        lookup=lookup,
        refund_id_kind=refund[0] if refund else None,
        refund_id=refund[1] if refund else None,
        job=job,
    )


def profile_record(
    result: PollResult,
    queried_at: datetime,
    profile: Profile,
    order: OrderRef,
    *,
    lookup: str | None = None,
    refund: tuple[str, str] | None = None,
    job: str | None = None,
) -> HistoryRecord:
    """The history row of a lookup a profile made: `lookup_record` under its recorded name,
    merchant and environment (what every `LookupServices.record` writes)."""
    return lookup_record(
        result,
        queried_at,
        profile=recorded_name(profile),
        merchant_id=profile.merchant_id,
        environment=profile.environment,
        order=order,
        lookup=lookup,
        refund=refund,
        job=job,
    )


def demo_profile() -> Profile:
    """The demo merchant on the sandbox gateway, its keys public (held in memory only)."""
    return Profile(
        name="Demo merchant (sandbox)",
        merchant_id=_demo_merchant_id(),
        gateway="sandbox",
        note="",
        key_storage="session",
        # the sandbox's orders may be closed (nothing real changes); a watched demo order is
        # told of as stale after 2 minutes, so the demo shows it
        allow_close=True,
        close_after_minutes=2,
        id=DEMO_PROFILE_ID,
    )


def start_sandbox() -> Sandbox:
    """The demo gateway on a free loopback port (stop it, or use it as a context manager)."""
    from leshua_gui.sandbox.server import Sandbox

    sandbox = Sandbox().start()
    log.info("sandbox gateway started at %s", sandbox.url)
    return sandbox


@contextmanager
def demo_gateway() -> Iterator[Sandbox]:
    """The demo gateway for the duration of a `with` block (the command line's `sandbox`)."""
    sandbox = start_sandbox()
    try:
        yield sandbox
    finally:
        sandbox.stop()


class Services:
    def __init__(self, paths: AppPaths | None = None, *, demo: bool = False) -> None:
        self.paths = (paths or app_paths()).ensure()
        self.settings: Settings = load_settings(self.paths)
        # The keyring is opened on first use, not at start-up: finding its backend is slow.
        self._keys: OsKeyStore | UnavailableKeyStore | SessionKeyStore | None = None
        self._keyring_status: BackendStatus | None = None
        self.store = profile_store(self.paths, _LazyKeys(self))
        #: session-key profiles' keys are the ones held for this run (in the key store)
        self.key_source = KeySource(self.store, lambda p: self.store.key(p, "transaction"))
        self.sandbox: Sandbox | None = None
        self.demo_profile: Profile | None = None
        self._history: HistoryStore | None = None
        self._writer: HistoryWriter | None = None
        self._opening = threading.RLock()  # the history and its writer are made once
        self._watch_store: WatchStore | None = None
        #: called first when the services close (the watcher stops there: its checks in
        #: flight are recorded before the history's writer ends)
        self.before_close: list[Callable[[], None]] = []
        #: called on the writer thread after each record is written (the window bridges it)
        self.on_history_written: Callable[[], None] | None = None
        self.history_problem: str | None = None  # in English, for the log and the CLI
        self.history_report: OpenReport | None = None
        self.history_write_error: str | None = None
        #: called (on the writer thread, or the caller's) with the reason in English when a
        #: query could not be recorded: the window shows a visible "not recorded" notice
        #: with (reason key, details): the key as HistoryUnavailable.reason ("busy", "full", ...)
        self.on_history_failed: Callable[[str, str], None] | None = None
        self._closed = False
        if demo:
            self.start_demo()

    # -- keys -------------------------------------------------------------------------------

    @property
    def keys(self) -> OsKeyStore | UnavailableKeyStore | SessionKeyStore:
        if self._keys is None:
            self._keys = open_keystore()
        return self._keys

    @property
    def keyring_status(self) -> BackendStatus:
        if self._keyring_status is None:
            self._keyring_status = check_backend()
        return self._keyring_status

    @property
    def keyring_usable(self) -> bool:
        return isinstance(self.keys, OsKeyStore)

    @property
    def session_only(self) -> bool:
        return isinstance(self.keys, SessionKeyStore)

    def use_session_keys(self) -> None:
        """The user's explicit choice when the keyring cannot keep keys: memory, this run only."""
        if not isinstance(self.keys, SessionKeyStore):
            self._keys = SessionKeyStore()

    # -- demo -------------------------------------------------------------------------------

    def start_demo(self) -> Profile:
        """The sandbox in-process on a free loopback port, and a demo profile held in memory."""
        self.ensure_sandbox()
        if self.demo_profile is None:
            self.demo_profile = demo_profile()
        return self.demo_profile

    @property
    def demo(self) -> bool:
        return self.demo_profile is not None

    def ensure_sandbox(self) -> str:
        if self.sandbox is None:
            self.sandbox = start_sandbox()
        return self.sandbox.url

    # -- profiles ---------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        """The demo profile first (when running), then the saved ones."""
        saved = self.store.list()
        return ([self.demo_profile] if self.demo_profile else []) + saved

    def profile_by_id(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles() if p.id == profile_id), None)

    def transaction_key(self, profile: Profile) -> str:
        return self.key_source.transaction_key(profile)

    def notify_key(self, profile: Profile) -> str | None:
        """The key that verifies callbacks (the demo merchant's is public)."""
        if is_demo(profile):
            return _demo_key("notify")
        return self.store.key(profile, "notify")

    def client_for(self, profile: Profile, key: str) -> GatewayClient:
        url = self.ensure_sandbox() if profile.is_sandbox else profile.endpoint()
        return make_client(self.settings, url, profile.merchant_id, key)

    # -- history ----------------------------------------------------------------------------

    @property
    def history(self) -> HistoryStore:
        """The history database, opened on first use (and pruned by the retention setting).
        Opened once, whichever threads ask first (a batch's workers all record at once)."""
        if self._history is not None:
            return self._history
        with self._opening:
            if self._history is None:
                store = open_history(self.paths)
                self._history = store
                self.history_problem = store.report.reason
                self.history_report = store.report
                if self.settings.history_retention_days > 0:
                    settings = self.settings
                    self.history_writer.call(
                        lambda store: prune_by_retention(store, settings),
                        failed=lambda exc: log.warning("history not pruned: %s", exc),
                    )
            return self._history

    @property
    def history_writer(self) -> HistoryWriter:
        """The one writer of the history: made once, whichever threads ask first (two would
        each hold records, and only one is flushed when the application closes)."""
        if self._writer is not None:
            return self._writer
        with self._opening:
            if self._writer is None:
                from leshua_gui.core.history.writer import HistoryWriter

                store = self.history  # opening it may have made the writer (to prune)
                if self._writer is None:
                    self._writer = HistoryWriter(
                        store, on_written=lambda _record: self._written(), on_error=self._failed
                    )
            return self._writer

    def _written(self) -> None:
        if self.on_history_written:
            self.on_history_written()

    def _failed(self, exc: Exception) -> None:
        """A write that could not be done even after its retries: said, never silent."""
        self.history_problem = f"The history could not be written: {exc}"
        self.history_write_error = str(exc)
        if self.on_history_failed:
            try:
                self.on_history_failed(getattr(exc, "reason", "io"), str(exc))
            except Exception:  # a window already closed must not end the writer thread
                log.exception("history failure callback failed")

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
    ) -> None:
        """Queue the query for the history (written on the writer thread); `lookup`, `refund`
        and `job` as for `lookup_record`."""
        from leshua_gui.core.history.store import HistoryUnavailable

        if self._closed:  # a lookup abandoned at quit ended after the services closed
            log.info("query not recorded: the application has closed")
            return
        try:
            writer = self.history_writer
        except HistoryUnavailable as exc:  # busy, read-only, full: this query is not recorded
            self._failed(exc)
            return
        writer.submit(
            profile_record(
                result, queried_at, profile, order, lookup=lookup, refund=refund, job=job
            )
        )

    # -- the watch list ---------------------------------------------------------------------

    @property
    def watch_store(self) -> WatchStore:
        """The watch list file, opened on first use (raises WatchStoreUnavailable)."""
        with self._opening:
            if self._watch_store is None:
                from leshua_gui.core.watch.store import WatchStore, watch_path

                self._watch_store = WatchStore(watch_path(self.paths.data))
            return self._watch_store

    # -- settings ---------------------------------------------------------------------------

    def save_settings(self, new: Settings) -> None:
        self.settings = new.checked()
        try:
            settings_mod.save(self.paths.settings_file, self.settings)
        except OSError:
            log.exception("settings could not be saved")

    def close(self) -> None:
        for hook in self.before_close:
            try:
                hook()
            except Exception:
                log.exception("a closing step failed")
        self.before_close.clear()
        self._closed = True  # nothing is recorded from now on (the history is not reopened)
        if self._watch_store is not None:
            self._watch_store.close()
            self._watch_store = None
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._history is not None:
            self._history.close()
            self._history = None
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None


class _LazyKeys:
    """The KeyStore the profile store sees: whatever the services hold now, opened on first use."""

    def __init__(self, ctx: Services) -> None:
        self._ctx = ctx

    @property
    def description(self) -> str:
        return self._ctx.keys.description

    def get(self, profile_id: str, kind: KeyKind) -> str | None:
        return self._ctx.keys.get(profile_id, kind)

    def set(self, profile_id: str, kind: KeyKind, value: str) -> None:
        self._ctx.keys.set(profile_id, kind, value)

    def delete(self, profile_id: str) -> None:
        self._ctx.keys.delete(profile_id)
