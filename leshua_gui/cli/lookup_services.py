"""What the commands that ask the gateway about an order share: their lookup services (the key,
the client, the history row), the target they ask (`command_target`) and the `status --json`
object of one lookup."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from leshua_gui.app import services
from leshua_gui.cli.clients import command_target, make_client, profile_key
from leshua_gui.cli.stores import open_history, open_store
from leshua_gui.core.present import report

if TYPE_CHECKING:
    from leshua_gui.core.gateway.client import GatewayClient
    from leshua_gui.core.gateway.polling import PollResult
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef
    from leshua_gui.core.text.labels import Lang


class CommandServices:
    """What a lookup needs, for one command: the key is the request's (a profile's keyring, the
    environment variable or a prompt), the client goes to the gateway the command named, and the
    row goes straight into the history file (a problem said on stderr, never fatal)."""

    def __init__(self, url: str, timeout: float | None) -> None:
        self.url, self.timeout = url, timeout

    def transaction_key(self, profile: Profile) -> str:
        return profile_key(open_store(), profile)

    def client_for(self, profile: Profile, key: str) -> GatewayClient:
        return make_client(self.url, profile.merchant_id, key, self.timeout)

    def record(self, result: PollResult, queried_at: datetime, profile: Profile,
               order: OrderRef, *, lookup: str | None = None,
               refund: tuple[str, str] | None = None,
               job: str | None = None) -> None:  # fmt: skip
        try:
            store = open_history()
            try:
                store.add(
                    services.profile_record(
                        result, queried_at, profile, order, lookup=lookup, refund=refund, job=job
                    )
                )
            finally:
                store.close()
        except Exception as exc:  # an unwritable disk must not hide the answer
            what = "close" if lookup == "close" else "query"
            print(
                f"leshua-query: the {what} was not recorded in the history: {exc}",
                file=sys.stderr,
            )


@contextmanager
def lookup_target(args: argparse.Namespace) -> Iterator[tuple[CommandServices, Profile, str]]:
    """The services for this command, the profile to ask as and its key (`command_target`)."""
    with command_target(args) as (url, profile, key):
        yield CommandServices(url, getattr(args, "timeout", None)), profile, key


def lookup_json(result: PollResult, lang: Lang, queried_at: datetime) -> dict[str, Any]:
    """The `leshua-query status --json` object of one lookup, with when it was asked."""
    payload = report.to_json(result, lang)
    payload["queried_at"] = queried_at.isoformat()
    return payload
