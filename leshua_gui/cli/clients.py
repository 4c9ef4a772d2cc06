"""A gateway client for a command: from a profile or the arguments, the key never an argument."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from leshua_gui.app import services
from leshua_gui.cli.parser import UsageError
from leshua_gui.core.errors import InputError
from leshua_gui.core.gateway import endpoints
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.profiles.store import Profile, ProfileStore

KEY_ENV = "LESHUA_TRANSACTION_KEY"


@contextmanager
def gateway_target(
    gateway: str, merchant_id: str | None, key: str
) -> Iterator[tuple[str, str, str]]:
    """(endpoint, merchant id, key); the gateway `sandbox` runs one for the command's duration."""
    if gateway.strip().lower() == "sandbox":
        with services.demo_gateway() as sandbox:  # only this path starts the server
            yield sandbox.url, merchant_id or sandbox.merchant_id, key or sandbox.transaction_key
        return
    if not merchant_id:
        raise UsageError("give --merchant-id MID (or --profile NAME)")
    if not key:
        raise UsageError(f"set the transaction key in the environment variable {KEY_ENV}")
    try:
        url = endpoints.resolve(gateway)
    except InputError as exc:
        raise UsageError(exc.message) from None
    yield url, merchant_id, key


def profile_key(store: ProfileStore, profile: Profile) -> str:
    """A profile's transaction key: the keyring's, or asked (or read from the environment)."""
    if profile.key_storage == "session":
        key = os.environ.get(KEY_ENV, "")
        if not key and sys.stdin.isatty():
            key = getpass.getpass(f"Transaction key for {profile.name}: ").strip()
        if not key and not profile.is_sandbox:
            raise UsageError(
                f"profile {profile.name!r} keeps no key: set {KEY_ENV} or run it in a terminal"
            )
        return key
    key = store.key(profile, "transaction") or ""
    if not key and not profile.is_sandbox:
        raise UsageError(f"profile {profile.name!r} has no transaction key in the keyring")
    return key


@contextmanager
def client_for_profile(
    store: ProfileStore, profile: Profile, *, timeout: float | None = None
) -> Iterator[GatewayClient]:
    key = profile_key(store, profile)
    with (
        gateway_target(profile.gateway, profile.merchant_id, key) as (url, mid, k),
        make_client(url, mid, k, timeout) as client,
    ):
        yield client


def make_client(url: str, merchant_id: str, key: str, timeout: float | None) -> GatewayClient:
    """A client with the window's settings (CA bundle, timeouts); --timeout sets the read timeout
    (and caps the connect timeout)."""
    from leshua_gui.core import settings
    from leshua_gui.core.paths import app_paths

    chosen = settings.load(app_paths().settings_file)
    return services.make_client(chosen, url, merchant_id, key, timeout=timeout)
