"""What the window works with: settings, profiles and their keys, and the demo sandbox."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from leshua_gui.core import settings as settings_mod
from leshua_gui.core.errors import InputError
from leshua_gui.core.paths import AppPaths, app_paths
from leshua_gui.core.profiles.keystore import (
    BackendStatus,
    KeyKind,
    OsKeyStore,
    SessionKeyStore,
    UnavailableKeyStore,
    check_backend,
    open_keystore,
)
from leshua_gui.core.profiles.store import Profile, ProfileStore
from leshua_gui.core.settings import Settings
from leshua_gui.sandbox.orders import DEMO_MERCHANT_ID, DEMO_NOTIFY_KEY, DEMO_TRANSACTION_KEY

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from leshua_gui.core.gateway.client import GatewayClient
    from leshua_gui.core.gateway.polling import PollResult
    from leshua_gui.core.history.store import HistoryStore, OpenReport
    from leshua_gui.core.history.writer import HistoryWriter
    from leshua_gui.core.protocol.validation import OrderRef
    from leshua_gui.sandbox.server import Sandbox

log = logging.getLogger(__name__)

DEMO_PROFILE_ID = "demo"


class AppContext:
    def __init__(self, paths: AppPaths | None = None, *, demo: bool = False) -> None:
        self.paths = (paths or app_paths()).ensure()
        self.settings: Settings = settings_mod.load(self.paths.settings_file)
        # The keyring is opened on first use, not at start-up: finding its backend is slow.
        self._keys: OsKeyStore | UnavailableKeyStore | SessionKeyStore | None = None
        self._keyring_status: BackendStatus | None = None
        self.store = ProfileStore(self.paths.profiles_file, _LazyKeys(self))
        self.sandbox: Sandbox | None = None
        self.demo_profile: Profile | None = None
        self._history: HistoryStore | None = None
        self._writer: HistoryWriter | None = None
        #: called on the writer thread after each record is written (the window bridges it)
        self.on_history_written: Callable[[], None] | None = None
        self.history_problem: str | None = None  # in English, for the log and the CLI
        self.history_report: OpenReport | None = None
        self.history_write_error: str | None = None
        #: called (on the writer thread, or the caller's) with the reason in English when a
        #: query could not be recorded: the window shows a visible "not recorded" notice
        #: with (reason key, details): the key as HistoryUnavailable.reason ("busy", "full", ...)
        self.on_history_failed: Callable[[str, str], None] | None = None
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
            self.demo_profile = Profile(
                name="Demo merchant (sandbox)",
                merchant_id=DEMO_MERCHANT_ID,
                gateway="sandbox",
                note="",
                key_storage="session",
                id=DEMO_PROFILE_ID,
            )
        return self.demo_profile

    @property
    def demo(self) -> bool:
        return self.demo_profile is not None

    def ensure_sandbox(self) -> str:
        if self.sandbox is None:
            from leshua_gui.sandbox.server import Sandbox

            self.sandbox = Sandbox().start()
            log.info("sandbox gateway started at %s", self.sandbox.url)
        return self.sandbox.url

    # -- profiles ---------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        """The demo profile first (when running), then the saved ones."""
        saved = self.store.list()
        return ([self.demo_profile] if self.demo_profile else []) + saved

    def profile_by_id(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles() if p.id == profile_id), None)

    def transaction_key(self, profile: Profile) -> str:
        if profile.id == DEMO_PROFILE_ID:
            return DEMO_TRANSACTION_KEY
        key = self.store.key(profile, "transaction")
        if not key and profile.is_sandbox:
            return DEMO_TRANSACTION_KEY
        if not key:
            raise InputError(
                f"profile {profile.name!r} has no transaction key: add it in Manage profiles",
                reason="key_missing",
            )
        return key

    def notify_key(self, profile: Profile) -> str | None:
        """The key that verifies callbacks (the demo merchant's is public)."""
        if profile.id == DEMO_PROFILE_ID:
            return DEMO_NOTIFY_KEY
        return self.store.key(profile, "notify")

    def client_for(self, profile: Profile, key: str) -> GatewayClient:
        from leshua_gui.core.gateway.client import GatewayClient

        url = self.ensure_sandbox() if profile.is_sandbox else profile.endpoint()
        return GatewayClient(
            url,
            profile.merchant_id,
            key,
            connect_timeout=self.settings.connect_timeout_s,
            read_timeout=self.settings.read_timeout_s,
            ca_bundle=self.settings.ca_bundle or None,
        )

    # -- history ----------------------------------------------------------------------------

    @property
    def history(self) -> HistoryStore:
        """The history database, opened on first use (and pruned by the retention setting)."""
        if self._history is None:
            from leshua_gui.core.history.store import HistoryStore

            self._history = HistoryStore(self.paths.history_db)
            self.history_problem = self._history.report.reason
            self.history_report = self._history.report
            days = self.settings.history_retention_days
            if days > 0:
                self.history_writer.call(
                    lambda store: store.prune(days),
                    failed=lambda exc: log.warning("history not pruned: %s", exc),
                )
        return self._history

    @property
    def history_writer(self) -> HistoryWriter:
        if self._writer is None:
            from leshua_gui.core.history.writer import HistoryWriter

            self._writer = HistoryWriter(
                self.history, on_written=lambda _record: self._written(), on_error=self._failed
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
    ) -> None:
        """Queue the query for the history (written on the writer thread).

        `lookup` is "order" or "refund"; `refund` the (kind, number) of the refund asked for,
        kind "merchant_refund_id" or "leshua_refund_id". Without them the record says what was
        sent (a refund lookup by its service and refund number).
        """
        from leshua_gui.core.history.record import HistoryRecord

        name = "Demo" if profile.id == DEMO_PROFILE_ID else profile.name
        if lookup is None and refund is not None:
            lookup = "refund"
        from leshua_gui.core.history.store import HistoryUnavailable

        try:
            writer = self.history_writer
        except HistoryUnavailable as exc:  # busy, read-only, full: this query is not recorded
            self._failed(exc)
            return
        writer.submit(
            HistoryRecord.from_result(
                result,
                queried_at=queried_at,
                profile=name,
                merchant_id=profile.merchant_id,
                environment=profile.environment,
                id_kind=order.kind,
                order_id=order.value,
                lookup=lookup,
                refund_id_kind=refund[0] if refund else None,
                refund_id=refund[1] if refund else None,
            )
        )

    # -- settings ---------------------------------------------------------------------------

    def save_settings(self, new: Settings) -> None:
        self.settings = new.checked()
        try:
            settings_mod.save(self.paths.settings_file, self.settings)
        except OSError:
            log.exception("settings could not be saved")

    def close(self) -> None:
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
    """The KeyStore the profile store sees: whatever the context holds now, opened on first use."""

    def __init__(self, ctx: AppContext) -> None:
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
