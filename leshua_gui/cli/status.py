"""`leshua-query status` and `leshua-query refund`: one order's trade state, or one refund's."""

from __future__ import annotations

import argparse
import json
import math
import signal
import sys
import threading
from datetime import datetime
from typing import TYPE_CHECKING

from leshua_gui.app.lookup import LookupRequest, RefundIdKind, run_lookup
from leshua_gui.cli.clients import KEY_ENV, TIMEOUT_RANGE, WAIT_RANGE
from leshua_gui.cli.exitcodes import ExitCode, for_error_kind
from leshua_gui.cli.lookup_services import lookup_json, lookup_target
from leshua_gui.cli.parser import UsageError, print_json_usage_error
from leshua_gui.cli.registry import Subcommand
from leshua_gui.core.errors import InputError
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.present import report
from leshua_gui.core.present.plain_text import as_text
from leshua_gui.core.present.sections import present
from leshua_gui.core.profiles.keystore import KeyringUnavailable
from leshua_gui.core.profiles.store import Profile, ProfileFileError
from leshua_gui.core.protocol.validation import OrderRef, check_refund_id
from leshua_gui.core.text import labels

if TYPE_CHECKING:
    from leshua_gui.cli.parser import Subparsers


def _query_options(command: argparse.ArgumentParser) -> None:
    """The options `status` and `refund` share: the order, the merchant, the output."""
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


def add_status_parser(sub: Subparsers) -> None:
    status = sub.add_parser(
        "status",
        help="query an order's trade state",
        description=(
            "Query an order's trade state. The transaction key comes from the environment "
            f"variable {KEY_ENV} (never an argument), or from a profile."
        ),
    )
    _query_options(status)
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


def add_refund_parser(sub: Subparsers) -> None:
    refund = sub.add_parser(
        "refund",
        help="query a refund of an order (unified_query_refund)",
        description=(
            "Query one refund of an order: its state, amounts and time. Refunds can take 1-3 "
            f"working days to become final. The key comes from {KEY_ENV} or a profile."
        ),
    )
    _query_options(refund)
    refunds = refund.add_mutually_exclusive_group(required=True)
    refunds.add_argument("--merchant-refund-id", metavar="ID", help="merchant refund number")
    refunds.add_argument("--leshua-refund-id", metavar="ID", help="Leshua refund number")
    refund.set_defaults(wait=0.0)


def exit_code(result: PollResult, *, waited: bool) -> ExitCode:
    """The documented exit status for a query's outcome."""
    if result.cancelled:
        return ExitCode.INTERRUPTED
    if waited and result.deadline_reached and not result.final:
        return ExitCode.NOT_FINAL
    if result.error is not None:
        return for_error_kind(result.error.kind)
    return ExitCode.OK


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


def _request(
    args: argparse.Namespace, profile: Profile, order: OrderRef, key: str
) -> LookupRequest:
    if args.command == "refund":
        refund: tuple[RefundIdKind, str] = (
            ("merchant_refund_id", args.merchant_refund_id)
            if args.merchant_refund_id
            else ("leshua_refund_id", args.leshua_refund_id)
        )
        return LookupRequest(
            profile, order, kind="refund", refund=refund, key=key, record=not args.no_history
        )
    return LookupRequest(profile, order, deadline_s=args.wait, key=key, record=not args.no_history)


def _print_attempt(attempt: Attempt, lang: labels.Lang) -> None:
    state = (
        report.attempt_line(attempt.status, attempt.error, lang)
        if attempt.status
        else attempt.outcome
    )
    print(f"#{attempt.number} {attempt.elapsed_s:5.1f}s  {state}", file=sys.stderr, flush=True)


def _emit(
    result: PollResult,
    args: argparse.Namespace,
    lang: labels.Lang,
    at: datetime,
    profile: str | None = None,
) -> None:
    if args.json:
        print(json.dumps(lookup_json(result, lang, at), ensure_ascii=False, indent=2))
    else:  # the rows the window shows, in its order: what support pastes into a ticket
        refund = args.command == "refund"
        sections = present(result, lang, refund=refund, queried_at=at, profile=profile)
        print("\n".join(as_text(sections, lang)))


def _input_failure(exc: InputError, args: argparse.Namespace) -> int:
    if getattr(args, "json", False):
        print_json_usage_error(exc.message, exc.reason or "input")
    print(f"leshua-query: {exc.message}", file=sys.stderr)
    return ExitCode.USAGE


def run_query_command(args: argparse.Namespace) -> int:
    """`status` and `refund` keep their contract whatever goes wrong before sending: exit 2 and,
    with --json, one JSON object (a locked keyring or a bad profile included)."""
    try:
        return run_status(args)
    except UsageError as exc:
        return _input_failure(InputError(str(exc), reason="usage"), args)
    except (KeyringUnavailable, ProfileFileError) as exc:
        return _input_failure(
            InputError(
                exc.message,
                reason="keyring" if isinstance(exc, KeyringUnavailable) else "profiles",  # its kind
            ),
            args,
        )


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
                    setattr(args, name, check_refund_id(getattr(args, name)))
    except InputError as exc:
        return _input_failure(exc, args)
    cancel = threading.Event()
    try:
        with lookup_target(args) as (command, profile, key):
            request = _request(args, profile, order, key)
            previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
            try:
                lookup = run_lookup(
                    command,
                    request,
                    cancel,
                    (lambda a: _print_attempt(a, lang)) if args.wait > 0 else None,
                )
            finally:
                signal.signal(signal.SIGINT, previous)
    except InputError as exc:
        return _input_failure(exc, args)
    _emit(lookup.result, args, lang, lookup.queried_at, getattr(profile, "name", None))
    return exit_code(lookup.result, waited=args.wait > 0)


COMMANDS = (
    Subcommand("status", add_status_parser, run_query_command, json_usage_errors=True),
    Subcommand("refund", add_refund_parser, run_query_command, json_usage_errors=True),
)
