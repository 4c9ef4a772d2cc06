"""`leshua-query close`: close a stale unpaid order at the gateway, guarded (`app.close`).

Only as a saved profile whose owner allowed closing, only with `--confirm` repeating the order
number, only when a query right before says a verified paying; the state reported after is
that of a verified query made after the close. Exit status: `CloseOutcome.exit_status`."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from leshua_gui.app.close import CloseOutcome, close_guarded
from leshua_gui.cli.exitcodes import ExitCode
from leshua_gui.cli.lookup_services import lookup_json, lookup_target
from leshua_gui.cli.parser import UsageError, input_error_json
from leshua_gui.cli.registry import Subcommand
from leshua_gui.cli.stores import open_store
from leshua_gui.core.closing.guard import MICROPAY_WAIT_MINUTES, refusal_before_asking
from leshua_gui.core.errors import GatewayError, InputError
from leshua_gui.core.gateway.advice import advice
from leshua_gui.core.present.plain_text import as_text
from leshua_gui.core.present.sections import present
from leshua_gui.core.profiles.keystore import KeyringUnavailable
from leshua_gui.core.profiles.store import ProfileFileError
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.text import close_words, labels

if TYPE_CHECKING:
    from leshua_gui.app.lookup import Lookup
    from leshua_gui.cli.parser import Subparsers
    from leshua_gui.core.gateway.polling import PollResult
    from leshua_gui.core.text.labels import Lang


def add_close_parser(sub: Subparsers) -> None:
    close = sub.add_parser(
        "close",
        help="close a paying order at the gateway (guarded; the profile must allow it)",
        description=(
            "Close an order that is still paying, so that a payment arriving later is refused. "
            "Only as a saved profile whose owner allowed it (profiles edit NAME --allow-close "
            "yes), only with --confirm repeating the order number, and only when a query right "
            "before says the order is paying (verified). The order is queried again after the "
            "close: the state reported is that verified state. Exit status: 0 closed and "
            "confirmed; 1 the gateway refused; 2 usage error or refused before sending (nothing "
            "sent); 3 transport or protocol failure; 4 signature mismatch."
        ),
    )
    ids = close.add_mutually_exclusive_group(required=True)
    ids.add_argument("--third-order-id", metavar="ID", help="merchant order number")
    ids.add_argument("--leshua-order-id", metavar="ID", help="Leshua order number")
    close.add_argument(
        "--profile",
        metavar="NAME",
        help="the saved profile to close as (its merchant id, gateway and key)",
    )
    close.add_argument(
        "--confirm",
        required=True,
        metavar="ID",
        help="the order number again, exactly: the confirmation that this order is to be closed",
    )
    # Refused with a clear message (closing needs a profile), not listed.
    close.add_argument("--merchant-id", help=argparse.SUPPRESS)
    close.add_argument("--gateway", help=argparse.SUPPRESS)
    close.add_argument("--json", action="store_true", help="print one JSON object")
    close.add_argument("--lang", choices=labels.LANGS, help="language of the report")


# -- JSON -----------------------------------------------------------------------------------


def _joined(first: str, second: str, lang: Lang) -> str:
    return f"{first}; {second}" if lang == "en" else f"{first}；{second}"


def _message(outcome: CloseOutcome, lang: Lang, profile: str) -> str:
    """The outcome in one sentence: the refusal, or the result and the state now."""
    order = outcome.order.value
    if outcome.refusal is not None:
        state = labels.trade_state(outcome.before_status or "", lang)
        return close_words.refusal(outcome.refusal, lang, profile=profile, order=order, state=state)
    if outcome.closed:
        return close_words.word("closed", lang).format(order=order)
    refused = isinstance(outcome.close.error if outcome.close else None, GatewayError)
    said = close_words.word("refused" if refused else "not_closed", lang).format(order=order)
    after = outcome.after_status
    now = (
        close_words.word("state_now", lang).format(state=labels.trade_state(after, lang))
        if after is not None
        else close_words.word("state_unknown", lang)
    )
    return _joined(said, now, lang)


def _explanation(outcome: CloseOutcome, lang: Lang) -> str | None:
    key = outcome.explanation
    if key is None:
        return None
    state = labels.trade_state(outcome.after_status or "", lang)
    return close_words.explanation(key, lang, minutes=MICROPAY_WAIT_MINUTES, state=state)


def _lookup_json(lookup: Lookup | None, lang: Lang) -> dict[str, Any] | None:
    return None if lookup is None else lookup_json(lookup.result, lang, lookup.queried_at)


def _error_source(outcome: CloseOutcome) -> str | None:
    """Which answer `outcome.error` came with (None: no error)."""
    if outcome.error is None:
        return None
    if outcome.refusal is not None:
        return "before"
    if outcome.close is not None and outcome.close.error is not None:
        return "close"
    return "after"


def outcome_json(outcome: CloseOutcome, lang: Lang, profile: str) -> dict[str, Any]:
    """The `leshua-query close --json` object: `before`, `close` (the gateway's answer to the
    close) and `after` each as `status --json` says a lookup, `error` as its error."""
    before = _lookup_json(outcome.before, lang)
    after = _lookup_json(outcome.after, lang)
    close = (
        None
        if outcome.close is None or outcome.closed_at is None
        else lookup_json(outcome.close, lang, outcome.closed_at)
    )
    parts = {"before": before, "close": close, "after": after}
    source = _error_source(outcome)
    came_with = parts[source] if source is not None else None
    error = came_with["error"] if came_with is not None else None
    message = _message(outcome, lang, profile)
    if error is None and outcome.refusal is not None:  # a guard refused: why, as an input error
        error = input_error_json(message, outcome.refusal)
    return {
        "closed": outcome.closed,
        "sent": outcome.sent,
        "refusal": outcome.refusal,
        "explanation": outcome.explanation,
        "message": message,
        "explanation_text": _explanation(outcome, lang),
        "order": {"id_kind": outcome.order.kind, "order_id": outcome.order.value},
        "profile": profile,
        "before": before,
        "close": close,
        "after": after,
        "error": error,
    }


def print_json_usage_error(message: str, reason: str = "usage") -> None:
    """The `close --json` answer when the command never got to the guards: nothing sent."""
    payload = {
        "closed": False,
        "sent": False,
        "refusal": None,
        "explanation": None,
        "message": message,
        "explanation_text": None,
        "order": None,
        "profile": None,
        "before": None,
        "close": None,
        "after": None,
        "error": input_error_json(message, reason),
    }
    print(json.dumps(payload, ensure_ascii=False, indent=2))


# -- text -----------------------------------------------------------------------------------


def _block(title: str, result: PollResult, lang: Lang, lookup: Lookup | None = None) -> list[str]:
    """A heading and the rows the window shows for a result, indented under it; the close's
    answer shows its headline only (its state, its signature, its error)."""
    colon = ":" if lang == "en" else "："
    at = lookup.queried_at if lookup is not None else None
    sections = present(result, lang, refund=False, queried_at=at, profile=None)
    if lookup is None:  # the close's answer: its state, signature and error, without the
        # advice for a query's errors (a refused close is explained by the report's own line)
        hint = advice(result.error, lang) if result.error is not None else None
        sections = [
            replace(s, rows=tuple(r for r in s.rows if not (hint and r.shown == hint)))
            for s in sections
            if s.name == "state"
        ]
    return [f"{title}{colon}", *(f"  {line}" for line in as_text(sections, lang))]


def _report(outcome: CloseOutcome, lang: Lang, profile: str) -> list[str]:
    """What was found before, whether the close was sent, the gateway's answer, the verified
    state after, the explanation and the result."""
    lines: list[str] = []
    if outcome.before is not None:
        lines += _block(close_words.word("before", lang), outcome.before.result, lang,
                        outcome.before)  # fmt: skip
    if outcome.close is None:
        return lines
    lines += ["", close_words.word("sent", lang)]
    lines += _block(close_words.word("answer", lang), outcome.close, lang)
    if outcome.after is not None:
        lines += ["", *_block(close_words.word("after", lang), outcome.after.result, lang,
                              outcome.after)]  # fmt: skip
    lines.append("")
    explanation = _explanation(outcome, lang)
    if explanation is not None:
        lines.append(explanation)
    lines.append(_message(outcome, lang, profile))
    return lines


# -- the command ----------------------------------------------------------------------------


def _usage_failure(message: str, reason: str, args: argparse.Namespace) -> int:
    if args.json:
        print_json_usage_error(message, reason)
    print(f"leshua-query: {message}", file=sys.stderr)
    return ExitCode.USAGE


def _closed(args: argparse.Namespace, lang: Lang) -> tuple[CloseOutcome, str]:
    """The outcome of the guarded close, and the profile's name."""
    if args.merchant_id or args.gateway or not args.profile:
        raise UsageError(close_words.word("needs_profile", lang))
    order = OrderRef.of(third_order_id=args.third_order_id, leshua_order_id=args.leshua_order_id)
    try:
        profile = open_store().get(args.profile)
    except InputError as exc:
        raise UsageError(exc.message) from None
    # The guards that need no answer, before the key is read (a session-key profile would ask
    # for it in the terminal only to be refused).
    refusal = refusal_before_asking(
        allow_close=profile.allow_close, order_value=order.value, confirmation=args.confirm
    )
    if refusal is not None:
        return CloseOutcome(order, refusal), profile.name
    with lookup_target(args) as (services, target, key):
        return close_guarded(services, target, order, args.confirm, key=key), target.name


def run_close(args: argparse.Namespace) -> int:
    """`close`: the guards, the query before, the close, the query after; printed, recorded."""
    lang: Lang = args.lang or labels.system_lang()
    try:
        outcome, profile = _closed(args, lang)
    except UsageError as exc:
        return _usage_failure(exc.message, "usage", args)
    except InputError as exc:
        return _usage_failure(exc.message, exc.reason or "input", args)
    except (KeyringUnavailable, ProfileFileError) as exc:
        reason = "keyring" if isinstance(exc, KeyringUnavailable) else "profiles"
        return _usage_failure(exc.message, reason, args)
    except KeyboardInterrupt:
        print(f"leshua-query: {close_words.word('interrupted', lang)}", file=sys.stderr)
        return ExitCode.INTERRUPTED
    if args.json:
        print(json.dumps(outcome_json(outcome, lang, profile), ensure_ascii=False, indent=2))
    else:
        lines = _report(outcome, lang, profile)
        if lines:
            print("\n".join(lines))
    if outcome.refusal is not None:  # why nothing was sent, as the command line says errors
        why, not_sent = _message(outcome, lang, profile), close_words.word("not_sent", lang)
        print(f"leshua-query: {_joined(why, not_sent, lang)}", file=sys.stderr)
    return outcome.exit_status


COMMANDS = (
    Subcommand("close", add_close_parser, run_close, json_usage_errors=print_json_usage_error),
)
