"""`leshua-query callback`: verify a saved notification body with the notify key."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from leshua_gui.cli.exitcodes import ExitCode
from leshua_gui.cli.registry import Subcommand
from leshua_gui.cli.stores import open_store
from leshua_gui.core.errors import InputError
from leshua_gui.core.present import report
from leshua_gui.core.protocol.callback_check import (
    ACKNOWLEDGEMENT,
    CallbackCheck,
    check_callback,
)
from leshua_gui.core.text import cli_words, labels

if TYPE_CHECKING:
    from leshua_gui.cli.parser import Subparsers

NOTIFY_KEY_ENV = "LESHUA_NOTIFY_KEY"
TRANSACTION_KEY_ENV = "LESHUA_TRANSACTION_KEY"


def add_parser(sub: Subparsers) -> None:
    cb = sub.add_parser(
        "callback",
        help="verify a notification (callback) body with the notify key",
        description=(
            "Verify the XML body Leshua POSTed to the merchant's notify_url. The notify key comes "
            f"from --profile or the environment variable {NOTIFY_KEY_ENV}."
        ),
    )
    cb.add_argument("file", help="the body as saved, or - for standard input")
    cb.add_argument("--profile", metavar="NAME", help="use this profile's notify key")
    cb.add_argument("--json", action="store_true")
    cb.add_argument("--lang", choices=labels.LANGS)


def run(args: argparse.Namespace) -> int:
    lang = args.lang or labels.system_lang()
    notify_key, transaction_key = _keys(args)
    body = _read_body(args.file)
    check = check_callback(body, notify_key, transaction_key)
    if args.json:
        print(json.dumps(_json_payload(check), ensure_ascii=False, indent=2))
    elif check.error is not None:
        print(cli_words.unreadable(check.error.reason, lang))
    else:
        _print_check(check, lang)
    if check.error is not None:
        return ExitCode.TRANSPORT
    return ExitCode.OK if check.trusted else ExitCode.SIGNATURE


def _keys(args: argparse.Namespace) -> tuple[str, str | None]:
    """The notify key (from the profile or the environment) and the profile's transaction key."""
    if args.profile:
        store = open_store()
        profile = store.get(args.profile)
        notify_key = store.key(profile, "notify") or ""
        transaction_key = store.key(profile, "transaction")
        if not notify_key:
            raise InputError(f"profile {profile.name!r} has no notify key", reason="key_missing")
        return notify_key, transaction_key
    notify_key = os.environ.get(NOTIFY_KEY_ENV, "")
    if not notify_key:
        raise InputError(f"give --profile or set {NOTIFY_KEY_ENV}", reason="key_missing")
    # with the transaction key at hand too, a body signed with it by mistake is said so
    return notify_key, os.environ.get(TRANSACTION_KEY_ENV) or None


def _read_body(file: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {file}: {exc.strerror}", reason="file") from None


def _json_payload(check: CallbackCheck) -> dict[str, object]:
    v = check.verification
    error = None
    if check.error is not None:
        error = {
            "kind": "protocol",
            "reason": check.error.reason,
            "message": check.error.message,
        }
    return {
        "verification": v.status if v else None,
        "rule": v.rule if v else None,
        "received": v.received if v else None,
        "expected": v.expected if v else None,
        "signed_string_masked": v.signed_string_masked if v else None,
        "signed_with_transaction_key": check.signed_with_transaction_key,
        "fields": check.answer.as_dict() if check.answer else {},
        "status": check.answer.status if check.answer else None,
        "error": error,
    }


def _print_check(check: CallbackCheck, lang: labels.Lang) -> None:
    """The readable verdict for a body that was read, in `lang` throughout."""
    v = check.verification
    assert v is not None and check.answer is not None
    colon = ": " if lang == "en" else "："
    print(labels.verification(v.status, lang) + f" [{v.status}]")
    if v.rule:
        print(f"{cli_words.word('rule', lang)}{colon}{cli_words.rule(v.rule, lang)}")
    if check.signed_with_transaction_key:
        print(cli_words.word("transaction_key_used", lang))
    if check.answer.status:
        state = labels.trade_state(check.answer.status, lang)
        if not check.trusted:
            state += f" ({report.untrusted(v.status, lang)})"
        print(f"{labels.field_name('status', lang)}{colon}{state}")
    print(f"{cli_words.word('received', lang)}{colon}{v.received}")
    print(f"{cli_words.word('expected', lang)}{colon}{v.expected}")
    print(f"{cli_words.word('signed_string', lang)}{colon}{v.signed_string_masked}")
    if check.trusted:
        print(cli_words.word("acknowledge", lang).format(ack=ACKNOWLEDGEMENT))


COMMANDS = (Subcommand("callback", add_parser, run),)
