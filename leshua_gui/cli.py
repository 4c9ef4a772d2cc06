"""`leshua-query`: the core on the command line, for scripting. Exit codes are a contract."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import math
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, NoReturn

from leshua_gui import __version__, cli_callback, cli_history, cli_profiles
from leshua_gui.core import endpoints, labels, report
from leshua_gui.core.client import GatewayClient, Reply
from leshua_gui.core.errors import InputError, LeshuaError
from leshua_gui.core.keystore import KeyringUnavailable
from leshua_gui.core.polling import Attempt, PollResult, poll
from leshua_gui.core.profiles import Profile, ProfileFileError, ProfileStore
from leshua_gui.core.validation import OrderRef, refund_id

KEY_ENV = "LESHUA_TRANSACTION_KEY"

EXIT_OK = 0
EXIT_GATEWAY = 1
EXIT_USAGE = 2
EXIT_TRANSPORT = 3
EXIT_SIGNATURE = 4
EXIT_NOT_FINAL = 5
EXIT_INTERRUPTED = 130

#: Accepted --timeout and --wait, in seconds (anything else is a usage error, nothing sent).
TIMEOUT_RANGE = (0.1, 300.0)
WAIT_RANGE = (0.0, 3600.0)

_EXIT_BY_KIND = {
    "input": EXIT_USAGE,
    "gateway": EXIT_GATEWAY,
    "transport": EXIT_TRANSPORT,
    "timeout": EXIT_TRANSPORT,
    "protocol": EXIT_TRANSPORT,
    "signature": EXIT_SIGNATURE,
}


def _log_to_file() -> None:
    """Log to the app's log file (keys masked), not the terminal: stdout and stderr are ours."""
    from leshua_gui.core import logsetup
    from leshua_gui.core.paths import app_paths

    try:
        logsetup.configure(app_paths().logs, console=False, level=logging.WARNING)
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())


def exit_code(result: PollResult, *, waited: bool) -> int:
    """The documented exit status for a query's outcome."""
    if result.cancelled:
        return EXIT_INTERRUPTED
    if waited and result.deadline_reached and not result.final:
        return EXIT_NOT_FINAL
    if result.error is not None:
        return _EXIT_BY_KIND.get(result.error.kind, EXIT_TRANSPORT)
    return EXIT_OK


class UsageError(Exception):
    """Bad arguments: exit 2, nothing sent."""


_json_requested = False  # set from the raw arguments: even a usage error answers in JSON then


def _json_usage_error(message: str, reason: str = "usage") -> None:
    payload: dict[str, Any] = report.to_json(PollResult(), labels.system_lang())
    payload["error"] = {"kind": "input", "reason": reason, "code": None, "message": message,
                        "advice": None}  # fmt: skip
    print(json.dumps(payload, ensure_ascii=False, indent=2))


class _Parser(argparse.ArgumentParser):
    """Never repeats unrecognised arguments: a misplaced `--key SECRET` must not be echoed."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            message = "unrecognized arguments (not repeated: they may hold a secret); see --help"
        elif "invalid choice" in message:
            message = message.split(": invalid choice")[0] + ": invalid choice; see --help"
        if _json_requested:
            _json_usage_error(message)
        super().error(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="leshua-query",
        description="Look up Leshua payment orders and verify the gateway's answers.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    status = sub.add_parser(
        "status",
        help="query an order's trade state",
        description=(
            "Query an order's trade state. The transaction key comes from the environment "
            f"variable {KEY_ENV} (never an argument), or from a profile."
        ),
    )
    refund = sub.add_parser(
        "refund",
        help="query a refund of an order (unified_query_refund)",
        description=(
            "Query one refund of an order: its state, amounts and time. Refunds can take 1-3 "
            f"working days to become final. The key comes from {KEY_ENV} or a profile."
        ),
    )
    for command in (status, refund):
        ids = command.add_mutually_exclusive_group(required=True)
        ids.add_argument("--third-order-id", metavar="ID", help="merchant order number")
        ids.add_argument("--leshua-order-id", metavar="ID", help="Leshua order number")
        command.add_argument(
            "--profile", metavar="NAME", help="use a saved profile's merchant id, gateway and key"
        )
        command.add_argument("--merchant-id", metavar="MID", help="10-digit Leshua merchant id")
        command.add_argument(
            "--gateway",
            metavar="URL|production|test|sandbox",
            help="gateway endpoint; 'sandbox' starts the local demo gateway for this command",
        )
        command.add_argument(
            "--timeout",
            type=float,
            default=None,
            metavar="SECONDS",
            help=(
                f"per-request read timeout, {TIMEOUT_RANGE[0]:g}-{TIMEOUT_RANGE[1]:g} s (default: "
                "the read_timeout_s setting, 15 s)"
            ),
        )
        command.add_argument("--json", action="store_true", help="print one JSON object")
        command.add_argument("--lang", choices=labels.LANGS, help="language of the summary")
        command.add_argument(
            "--no-history", action="store_true", help="do not record this query in the history"
        )
    status.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help=(
            "keep querying while the order is paying, for at most this many seconds, "
            f"0-{WAIT_RANGE[1]:g} (default 0: one query)"
        ),
    )
    refunds = refund.add_mutually_exclusive_group(required=True)
    refunds.add_argument("--merchant-refund-id", metavar="ID", help="merchant refund number")
    refunds.add_argument("--leshua-refund-id", metavar="ID", help="Leshua refund number")
    refund.set_defaults(wait=0.0)
    cli_profiles.add_parsers(sub)
    cli_history.add_parser(sub)
    cli_callback.add_parser(sub)
    return parser


@contextmanager
def gateway_target(
    gateway: str, merchant_id: str | None, key: str
) -> Iterator[tuple[str, str, str]]:
    """(endpoint, merchant id, key); the gateway `sandbox` runs one for the command's duration."""
    if gateway.strip().lower() == "sandbox":
        from leshua_gui.sandbox import Sandbox  # only this path needs the server

        with Sandbox() as sandbox:
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


def _profile_key(store: ProfileStore, profile: Profile) -> str:
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
    key = _profile_key(store, profile)
    with (
        gateway_target(profile.gateway, profile.merchant_id, key) as (url, mid, k),
        _client(url, mid, k, timeout) as client,
    ):
        yield client


def _client(url: str, merchant_id: str, key: str, timeout: float | None) -> GatewayClient:
    """A client with the window's settings (CA bundle, timeouts); --timeout sets the read timeout
    (and caps the connect timeout)."""
    from leshua_gui.core import settings
    from leshua_gui.core.paths import app_paths

    chosen = settings.load(app_paths().settings_file)
    connect, read = chosen.connect_timeout_s, chosen.read_timeout_s
    if timeout is not None:
        connect, read = min(connect, timeout), timeout
    return GatewayClient(
        url,
        merchant_id,
        key,
        connect_timeout=connect,
        read_timeout=read,
        ca_bundle=chosen.ca_bundle or None,
    )


def _check_seconds(args: argparse.Namespace) -> None:
    """--timeout and --wait: finite numbers in the documented ranges (nan, inf, 1e300 refused)."""
    low, high = TIMEOUT_RANGE
    if args.timeout is not None and not (
        math.isfinite(args.timeout) and low <= args.timeout <= high
    ):
        raise UsageError(f"--timeout must be a number of seconds from {low:g} to {high:g}")
    low, high = WAIT_RANGE
    if not (math.isfinite(args.wait) and low <= args.wait <= high):
        raise UsageError(f"--wait must be a number of seconds from {low:g} to {high:g}")


@contextmanager
def _status_client(args: argparse.Namespace) -> Iterator[tuple[GatewayClient, str, str]]:
    """The client, and the profile name and environment to record in the history."""
    if args.profile:
        if args.merchant_id or args.gateway:
            raise UsageError("--profile already names the merchant id and the gateway")
        from leshua_gui.cli_profiles import open_store

        store = open_store()
        try:
            profile = store.get(args.profile)
        except InputError as exc:
            raise UsageError(exc.message) from None
        with client_for_profile(store, profile, timeout=args.timeout) as client:
            yield client, profile.name, profile.environment
        return
    if not args.gateway:
        raise UsageError("give --gateway URL|production|test|sandbox (or --profile NAME)")
    key = os.environ.get(KEY_ENV, "")
    with (
        gateway_target(args.gateway, args.merchant_id, key) as (url, mid, k),
        _client(url, mid, k, args.timeout) as client,
    ):
        named = args.gateway.strip().lower()
        environment = named if named in ("production", "test", "legacy", "sandbox") else None
        yield client, "", environment or endpoints.environment_of(url)


def _record(result: PollResult, at: datetime, client: GatewayClient, profile: str,
            environment: str, order: OrderRef) -> None:  # fmt: skip
    """Add the query to the history; a history problem is reported, never fatal to the query."""
    from leshua_gui.cli_history import open_history
    from leshua_gui.core.history_record import HistoryRecord

    try:
        store = open_history()
        try:
            store.add(
                HistoryRecord.from_result(
                    result,
                    queried_at=at,
                    profile=profile,
                    merchant_id=client.merchant_id,
                    environment=environment,
                    id_kind=order.kind,
                    order_id=order.value,
                )
            )
        finally:
            store.close()
    except Exception as exc:  # an unwritable disk must not hide the answer
        print(f"leshua-query: the query was not recorded in the history: {exc}", file=sys.stderr)


def _print_attempt(attempt: Attempt, lang: labels.Lang) -> None:
    state = (
        report.state_line(attempt.status, attempt.error, lang)
        if attempt.status
        else attempt.outcome
    )
    print(f"#{attempt.number} {attempt.elapsed_s:5.1f}s  {state}", file=sys.stderr, flush=True)


def _emit(result: PollResult, args: argparse.Namespace, lang: labels.Lang, at: datetime) -> None:
    if args.json:
        payload = report.to_json(result, lang)
        payload["queried_at"] = at.isoformat()
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.summary_lines(result, lang, queried_at=at)))


def _input_failure(exc: InputError, args: argparse.Namespace) -> int:
    if getattr(args, "json", False):
        _json_usage_error(exc.message, exc.reason or "input")
    print(f"leshua-query: {exc.message}", file=sys.stderr)
    return EXIT_USAGE


def run_query_command(args: argparse.Namespace) -> int:
    """`status` and `refund` keep their contract whatever goes wrong before sending: exit 2 and,
    with --json, one JSON object (a locked keyring or a bad profile included)."""
    try:
        return run_status(args)
    except UsageError as exc:
        return _input_failure(InputError(str(exc), reason="usage"), args)
    except (KeyringUnavailable, ProfileFileError) as exc:
        return _input_failure(InputError(exc.message, reason=exc.kind), args)


def run_status(args: argparse.Namespace) -> int:
    """`status` and `refund`: one query (or polling for `status --wait`), recorded, printed."""
    lang = args.lang or labels.system_lang()
    _check_seconds(args)
    try:
        order = OrderRef.of(
            third_order_id=args.third_order_id, leshua_order_id=args.leshua_order_id
        )
        if args.command == "refund":  # checked here: an input error sends and records nothing
            for name in ("merchant_refund_id", "leshua_refund_id"):
                if getattr(args, name):
                    setattr(args, name, refund_id(getattr(args, name)))
    except InputError as exc:
        return _input_failure(exc, args)
    cancel = threading.Event()
    try:
        with _status_client(args) as (client, profile_name, environment):
            at = datetime.now(UTC)
            previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
            try:
                if args.command == "refund":
                    refund_ids = {
                        "merchant_refund_id": args.merchant_refund_id,
                        "leshua_refund_id": args.leshua_refund_id,
                    }

                    def query() -> Reply:
                        return client.query_refund(order, **refund_ids)
                else:

                    def query() -> Reply:
                        return client.query_status(order)

                result = poll(
                    query,
                    deadline_s=args.wait,
                    cancel=cancel,
                    on_attempt=(lambda a: _print_attempt(a, lang)) if args.wait > 0 else None,
                )
            finally:
                signal.signal(signal.SIGINT, previous)
            if result.attempts and not args.no_history:
                _record(result, at, client, profile_name, environment, order)
    except InputError as exc:
        return _input_failure(exc, args)
    _emit(result, args, lang, at)
    return exit_code(result, waited=args.wait > 0)


def main(argv: Sequence[str] | None = None) -> int:
    global _json_requested
    raw = list(sys.argv[1:] if argv is None else argv)
    _json_requested = "--json" in raw and bool(raw) and raw[0] in ("status", "refund")
    parser = _parser()
    args = parser.parse_args(raw)
    _log_to_file()
    try:
        if args.command in ("status", "refund"):
            return run_query_command(args)
        if args.command == "profiles":
            return cli_profiles.run(args)
        if args.command == "history":
            return cli_history.run(args)
        if args.command == "callback":
            return cli_callback.run(args)
    except UsageError as exc:
        parser.error(str(exc))  # exits 2
    except (KeyringUnavailable, ProfileFileError) as exc:
        return cli_profiles.storage_exit(exc)
    except InputError as exc:
        print(f"leshua-query: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except LeshuaError as exc:
        print(f"leshua-query: {exc.message}", file=sys.stderr)
        return _EXIT_BY_KIND.get(exc.kind, EXIT_TRANSPORT)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
