"""`leshua-query profiles ...`: merchant profiles from the command line. Keys never as arguments."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leshua_gui.cli.clients import client_for_profile
from leshua_gui.cli.exitcodes import ExitCode
from leshua_gui.cli.registry import Subcommand
from leshua_gui.cli.stores import open_store
from leshua_gui.core.errors import InputError
from leshua_gui.core.profiles.check import check_profile
from leshua_gui.core.profiles.close_settings import (
    CLOSE_AFTER_DEFAULT,
    CLOSE_AFTER_MAX,
    check_close_after,
)
from leshua_gui.core.profiles.keystore import (
    KEY_KINDS,
    KeyringUnavailable,
    SessionKeyStore,
    UnavailableKeyStore,
)
from leshua_gui.core.profiles.store import NewProfile, Profile, ProfileStore, name_key, read_export
from leshua_gui.core.text import cli_words, labels

if TYPE_CHECKING:
    from leshua_gui.cli.parser import Subparsers

IMPORT_PROGRESS_EVERY = 100  # an import of this many profiles or more says how far it is

#: `profiles test`: the exit status for each verdict of the check (anything else: 1).
_TEST_EXIT = {
    "ok": ExitCode.OK,
    "unproven": ExitCode.OK,
    "unreachable": ExitCode.TRANSPORT,
    "untrusted": ExitCode.SIGNATURE,
}


def _yes_no(text: str) -> bool:
    """`--allow-close yes|no`: only these two words, so a typo never allows closing."""
    answer = text.strip().lower()
    if answer not in ("yes", "no"):
        raise argparse.ArgumentTypeError("say yes or no")  # what was typed is not repeated
    return answer == "yes"


def _minutes(text: str) -> int:
    """`--close-after MINUTES`: a whole number of minutes, 0 for never."""
    value = text.strip()
    try:
        return check_close_after(int(value) if value.isascii() and value.isdigit() else value)
    except InputError:
        raise argparse.ArgumentTypeError(
            f"a whole number of minutes from 0 (never) to {CLOSE_AFTER_MAX} (a week)"
        ) from None


def add_parser(sub: Subparsers) -> None:
    prof = sub.add_parser("profiles", help="manage merchant profiles (keys in the OS keyring)")
    psub = prof.add_subparsers(dest="action", required=True, metavar="ACTION")

    def key_options(p: argparse._ActionsContainer) -> None:
        p.add_argument(
            "--key-stdin",
            action="store_true",
            help="read the transaction key from stdin's first line, the notify key from the second",
        )

    def close_options(p: argparse.ArgumentParser, *, defaults: bool) -> None:
        p.add_argument(
            "--allow-close",
            type=_yes_no,
            metavar="yes|no",
            default=False if defaults else None,
            help="whether orders of this merchant may be closed at the gateway"
            + (" (default: no)" if defaults else ""),
        )
        p.add_argument(
            "--close-after",
            type=_minutes,
            metavar="MINUTES",
            default=CLOSE_AFTER_DEFAULT if defaults else None,
            help="tell when a watched order is still unpaid after this many minutes, 0 for never"
            + (f" (default: {CLOSE_AFTER_DEFAULT})" if defaults else ""),
        )

    gw = "production|test|sandbox|URL"
    add = psub.add_parser("add", help="add a profile (asks for the keys without echo)")
    add.add_argument("name")
    add.add_argument("--merchant-id", required=True, metavar="MID")
    add.add_argument("--gateway", required=True, metavar=gw)
    add.add_argument("--note", default="")
    add.add_argument(
        "--session-only",
        action="store_true",
        help="keep no key: it is asked (or read from LESHUA_TRANSACTION_KEY) at each use",
    )
    close_options(add, defaults=True)
    key_options(add)

    lst = psub.add_parser("list", help="list profiles (keys never shown)")
    lst.add_argument("--json", action="store_true")
    lst.add_argument(
        "--keys",
        action="store_true",
        help="also check which keys are set (one keyring look-up per key: slow for many)",
    )

    show = psub.add_parser("show", help="show one profile (keys never shown)")
    show.add_argument("name")
    show.add_argument("--json", action="store_true")

    edit = psub.add_parser("edit", help="change a profile; renaming keeps its keys")
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NEW")
    edit.add_argument("--merchant-id", metavar="MID")
    edit.add_argument("--gateway", metavar=gw)
    edit.add_argument("--note")
    close_options(edit, defaults=False)
    keys = edit.add_mutually_exclusive_group()
    keys.add_argument("--keys", action="store_true", help="ask for new keys (without echo)")
    key_options(keys)

    rm = psub.add_parser("remove", help="remove a profile and its keys from the keyring")
    rm.add_argument("name")

    test = psub.add_parser("test", help="check merchant id, key and gateway with one query")
    test.add_argument("name")
    test.add_argument("--json", action="store_true")
    test.add_argument("--lang", choices=labels.LANGS)
    for words_shown in (lst, show):
        words_shown.add_argument("--lang", choices=labels.LANGS)

    exp = psub.add_parser("export", help="write profiles to a JSON file, without keys")
    exp.add_argument("file", type=Path)
    exp.add_argument("--profile", action="append", metavar="NAME", help="only these (repeatable)")

    imp = psub.add_parser("import", help="add the profiles of an export file, asking for keys")
    imp.add_argument("file", type=Path)
    key_options(imp)


def _stdin_lines() -> list[str]:
    return [line.strip() for line in sys.stdin.read().splitlines()]


def _prompt_keys(label: str = "") -> tuple[str, str]:
    if not sys.stdin.isatty():
        raise InputError(
            "no terminal to ask for the keys: pipe them in with --key-stdin", reason="key_missing"
        )
    suffix = f" for {label}" if label else ""
    transaction = getpass.getpass(f"Transaction key{suffix}: ").strip()
    notify = getpass.getpass(f"Notify key{suffix} (Enter to skip): ").strip()
    return transaction, notify


def _keys_from(args: argparse.Namespace, *, ask: bool) -> tuple[str | None, str | None]:
    if getattr(args, "key_stdin", False):
        lines = _stdin_lines()
        return (lines[0] if lines else None) or None, (lines[1] if len(lines) > 1 else None) or None
    if ask:
        transaction, notify = _prompt_keys()
        return transaction or None, notify or None
    return None, None


def _key_state(store: ProfileStore, profile: Profile) -> dict[str, Any]:
    if profile.key_storage == "session":
        return {kind: {"set": None, "hint": None, "storage": "session"} for kind in KEY_KINDS}
    out: dict[str, Any] = {}
    for kind in KEY_KINDS:
        try:
            hint = store.key_hint(profile, kind)
            out[kind] = {"set": hint is not None, "hint": hint, "storage": "keyring"}
        except KeyringUnavailable as exc:
            out[kind] = {"set": None, "hint": None, "storage": "keyring", "error": exc.message}
    return out


def _describe(store: ProfileStore, profile: Profile, *, keys: bool = True) -> dict[str, Any]:
    """What is shown of a profile; `keys` looks each key up in the keyring (a round trip)."""
    info: dict[str, Any] = {
        **profile.public_dict(),
        "environment": profile.environment,
        "key_storage": profile.key_storage,
        "allow_close": profile.allow_close,
    }
    if keys:
        info["keys"] = _key_state(store, profile)
    info["created"], info["updated"] = profile.created, profile.updated
    return info


def _key_text(state: dict[str, Any], lang: labels.Lang) -> str:
    if state["storage"] == "session":
        return cli_words.word("asked", lang)
    if state["set"] is None:
        return cli_words.word("key_unknown", lang)
    if state["set"]:
        return cli_words.word("key_set", lang).format(hint=state["hint"])
    return cli_words.word("key_not_set", lang)


def _add(store: ProfileStore, args: argparse.Namespace) -> int:
    if not args.session_only and isinstance(store.keys, UnavailableKeyStore):
        raise store.keys.error  # say so before asking for keys that could not be kept
    transaction, notify = (None, None) if args.session_only else _keys_from(args, ask=True)
    if args.session_only:
        # Checked like any profile, but nothing goes to the keyring.
        store = ProfileStore(store.path, SessionKeyStore())
        transaction = "session-only"
    if isinstance(store.keys, UnavailableKeyStore):
        raise store.keys.error
    profile = store.add(
        args.name,
        args.merchant_id,
        args.gateway,
        transaction_key=transaction or "",
        notify_key=notify,
        note=args.note,
        key_storage="session" if args.session_only else "keyring",
        allow_close=args.allow_close,
        close_after_minutes=args.close_after,
    )
    where = "asked at each use" if args.session_only else store.keys.description
    print(f"profile {profile.name!r} added; keys: {where}")
    return ExitCode.OK


def _list(store: ProfileStore, args: argparse.Namespace) -> int:
    # No keyring look-up unless asked: with many profiles each costs a D-Bus round trip.
    profiles = [_describe(store, p, keys=args.keys) for p in store.list()]
    if args.json:
        print(json.dumps(profiles, ensure_ascii=False, indent=2))
        return ExitCode.OK
    lang = args.lang or labels.system_lang()
    if not profiles:
        print(cli_words.word("no_profiles", lang))
        return ExitCode.OK
    colon = ": " if lang == "en" else "："
    gap = "; " if lang == "en" else "；"
    lines = []
    for p in profiles:
        head = f"{p['name']:<24} {p['merchant_id']}  {p['environment']:<10} "
        closing = cli_words.listed(p["allow_close"], p["close_after_minutes"], lang)
        if "keys" in p:
            keys = p["keys"]
            lines.append(
                f"{head}{cli_words.word('transaction_key', lang)} "
                f"{_key_text(keys['transaction'], lang)}, "
                f"{cli_words.word('notify_key', lang)} {_key_text(keys['notify'], lang)}"
                f"{gap}{closing}"
            )
        else:
            where = cli_words.word("asked" if p["key_storage"] == "session" else "keyring", lang)
            lines.append(f"{head}{cli_words.word('keys', lang)}{colon}{where}{gap}{closing}")
    print("\n".join(lines))
    return ExitCode.OK


def _show(store: ProfileStore, args: argparse.Namespace) -> int:
    info = _describe(store, store.get(args.name))
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return ExitCode.OK
    lang = args.lang or labels.system_lang()
    width = 20  # the longest title, close_after_minutes, and a space
    for name in ("name", "merchant_id", "gateway", "environment", "note", "created", "updated"):
        print(f"{cli_words.word(name, lang):<{width}} {info[name]}")
    for kind in KEY_KINDS:
        title = cli_words.word(f"{kind}_key", lang)
        print(f"{title:<{width}} {_key_text(info['keys'][kind], lang)}")
    allowed = cli_words.allowed(info["allow_close"], lang)
    after = cli_words.close_after(info["close_after_minutes"], lang)
    for name, value in (("allow_close", allowed), ("close_after_minutes", after)):
        print(f"{cli_words.word(name, lang):<{width}} {value}")
    return ExitCode.OK


def _edit(store: ProfileStore, args: argparse.Namespace) -> int:
    transaction, notify = _keys_from(args, ask=args.keys)
    profile = store.update(
        args.name,
        new_name=args.rename,
        merchant_id=args.merchant_id,
        gateway=args.gateway,
        note=args.note,
        transaction_key=transaction,
        notify_key=notify,
        allow_close=args.allow_close,
        close_after_minutes=args.close_after,
    )
    print(f"profile {profile.name!r} saved")
    return ExitCode.OK


def _remove(store: ProfileStore, args: argparse.Namespace) -> int:
    store.remove(args.name)
    print(f"profile {args.name.strip()!r} and its keys removed")
    return ExitCode.OK


def _export(store: ProfileStore, args: argparse.Namespace) -> int:
    try:
        count = store.export(args.file, args.profile)
    except OSError as exc:
        print(f"leshua-query: {args.file} could not be written: {exc.strerror or exc}",
              file=sys.stderr)  # fmt: skip
        return ExitCode.STORAGE
    print(f"{count} profile(s) written to {args.file} (no keys)")
    return ExitCode.OK


def _test(store: ProfileStore, args: argparse.Namespace) -> int:
    lang = args.lang or labels.system_lang()
    profile = store.get(args.name)
    with client_for_profile(store, profile, timeout=15.0) as client:
        check = check_profile(client)
    if args.json:
        payload = {
            "profile": profile.name,
            "verdict": check.verdict,
            "ok": check.ok,
            "code": check.code,
            "message": check.text(lang),
            "exchange": check.exchange.to_json() if check.exchange else None,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(check.text(lang))
    return _TEST_EXIT.get(check.verdict, ExitCode.GATEWAY)


def _import(store: ProfileStore, args: argparse.Namespace) -> int:
    """All the file's new profiles are checked, their keys gathered, then added in one write:
    all of them or, if the keyring or the profiles file fails, none."""
    if isinstance(store.keys, UnavailableKeyStore):
        raise store.keys.error
    specs = read_export(args.file)
    lines = _stdin_lines() if args.key_stdin else None
    taken = {name_key(p.name) for p in store.list()}
    todo: list[NewProfile] = []
    for i, spec in enumerate(specs):
        if name_key(spec["name"]) in taken:
            print(f"skipped {spec['name']!r}: a profile of that name exists", file=sys.stderr)
            continue
        taken.add(name_key(spec["name"]))
        if lines is not None:
            transaction = lines[2 * i] if 2 * i < len(lines) else ""
            notify = lines[2 * i + 1] if 2 * i + 1 < len(lines) else ""
        else:
            transaction, notify = _prompt_keys(spec["name"])
        todo.append(
            NewProfile(
                spec["name"],
                spec["merchant_id"],
                spec["gateway"],
                transaction_key=transaction,
                notify_key=notify or None,
                note=spec["note"],
                close_after_minutes=spec["close_after_minutes"],  # closing stays off
            )
        )

    def progress(done: int, total: int) -> None:
        # A keyring can take a long while for many keys (gnome-keyring: ~0.1 s each).
        if total >= IMPORT_PROGRESS_EVERY and (done % IMPORT_PROGRESS_EVERY == 0 or done == total):
            print(f"keys stored for {done} of {total} profiles", file=sys.stderr, flush=True)

    added = store.add_many(todo, progress=progress)
    if added:
        print("\n".join(f"imported {p.name!r}" for p in added))
    return ExitCode.OK if added or not specs else ExitCode.USAGE


#: `profiles ACTION`: one function each.
_ACTIONS: dict[str, Callable[[ProfileStore, argparse.Namespace], int]] = {
    "add": _add,
    "list": _list,
    "show": _show,
    "edit": _edit,
    "remove": _remove,
    "test": _test,
    "export": _export,
    "import": _import,
}


def run(args: argparse.Namespace) -> int:
    store = open_store()
    action = _ACTIONS.get(args.action)
    if action is None:  # pragma: no cover - argparse allows only the actions above
        raise InputError(f"unknown action {args.action!r}", reason="usage")
    return action(store, args)


COMMANDS = (Subcommand("profiles", add_parser, run),)
