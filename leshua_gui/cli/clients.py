"""A gateway client for a command: from a profile or the arguments, the key never an argument."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from leshua_gui.app import services
from leshua_gui.cli.parser import UsageError
from leshua_gui.core.errors import InputError
from leshua_gui.core.gateway import endpoints
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.profiles.store import Profile, ProfileStore

KEY_ENV = "LESHUA_TRANSACTION_KEY"
#: Accepted --timeout and --wait, in seconds (anything else is a usage error, nothing sent).
TIMEOUT_RANGE = (0.1, 300.0)
WAIT_RANGE = (0.0, 3600.0)


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


@contextmanager
def command_target(args: argparse.Namespace) -> Iterator[tuple[str, Profile, str]]:
    """(endpoint, the profile to ask as, its transaction key) for a command that asks the
    gateway: a saved profile (--profile), or one made of --merchant-id and --gateway with the
    key from the environment; read before anything is sent (UsageError otherwise)."""
    if args.profile:
        if args.merchant_id or args.gateway:
            raise UsageError("--profile already names the merchant id and the gateway")
        from leshua_gui.cli.stores import open_store

        store = open_store()
        try:
            profile = store.get(args.profile)
        except InputError as exc:
            raise UsageError(exc.message) from None
        key = profile_key(store, profile)
        with gateway_target(profile.gateway, profile.merchant_id, key) as (url, mid, k):
            yield url, replace(profile, merchant_id=mid), k
        return
    if not args.gateway:
        raise UsageError("give --gateway URL|production|test|sandbox (or --profile NAME)")
    key = os.environ.get(KEY_ENV, "")
    with gateway_target(args.gateway, args.merchant_id, key) as (url, mid, k):
        named = args.gateway.strip().lower()
        gateway = named if named in ("production", "test", "legacy", "sandbox") else url
        yield url, Profile("", mid, gateway, id="command"), k


def asked_key(profile: Profile) -> str:
    """A session-key profile's key on the command line: the environment variable, else asked
    in a terminal ("" when neither gives one)."""
    key = os.environ.get(KEY_ENV, "")
    if not key and sys.stdin.isatty():
        key = getpass.getpass(f"Transaction key for {profile.name}: ").strip()
    return key


def profile_key(store: ProfileStore, profile: Profile) -> str:
    """A profile's transaction key: the keyring's, or asked (or read from the environment)."""
    try:
        return services.KeySource(store, asked_key).transaction_key(profile)
    except services.KeyMissing as exc:
        if exc.storage == "session":
            raise UsageError(
                f"profile {profile.name!r} keeps no key: set {KEY_ENV} or run it in a terminal"
            ) from None
        raise UsageError(
            f"profile {profile.name!r} has no transaction key in the keyring"
        ) from None


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
    return services.make_client(services.load_settings(), url, merchant_id, key, timeout=timeout)
