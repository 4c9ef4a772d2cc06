"""`leshua-query history`: search, list and export the query history."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from leshua_gui.cli.exitcodes import ExitCode
from leshua_gui.cli.registry import Subcommand
from leshua_gui.cli.stores import open_history
from leshua_gui.core.errors import InputError
from leshua_gui.core.history.export import export
from leshua_gui.core.history.record import LOOKUPS, HistoryRecord
from leshua_gui.core.history.store import HistoryFilter, HistoryUnavailable, is_damage
from leshua_gui.core.paths import app_paths
from leshua_gui.core.text import export_words, labels

if TYPE_CHECKING:
    from leshua_gui.cli.parser import Subparsers


def add_parser(sub: Subparsers) -> None:
    hist = sub.add_parser("history", help="search and export the query history")
    hist.add_argument("--search", metavar="TEXT", default="", help="an order id or its beginning")
    hist.add_argument(
        "--status",
        metavar="CODE",
        help="trade state code, e.g. 2 for paid (trusted answers only, see --include-untrusted)",
    )
    hist.add_argument(
        "--include-untrusted",
        action="store_true",
        help="let --status match answers that did not verify too (forged or unsigned)",
    )
    hist.add_argument(
        "--latest",
        action="store_true",
        help="of the matching rows, only the newest per order (a repeat query counts once)",
    )
    hist.add_argument(
        "--lookup",
        choices=LOOKUPS,
        help="order lookups, refund lookups or close attempts (leshua-query close) only",
    )
    hist.add_argument("--profile", metavar="NAME")
    hist.add_argument(
        "--job", metavar="JOB", help="the queries of one batch job (leshua-query batch)"
    )
    hist.add_argument("--pay-way", metavar="CODE", help="WXZF, ZFBZF or UPSMZF")
    hist.add_argument(
        "--outcome", choices=("verified", "mismatch", "unsigned", "error"), help="signature check"
    )
    hist.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD, local time)")
    hist.add_argument("--until", metavar="DATE", help="up to and including this day")
    hist.add_argument(
        "--limit", type=int, default=50, metavar="N", help="rows to show (default 50)"
    )
    hist.add_argument("--json", action="store_true", help="a JSON array, newest first")
    hist.add_argument(
        "--export", type=Path, metavar="FILE", help="write every matching row to .xlsx or .csv"
    )
    hist.add_argument("--lang", choices=labels.LANGS)


def _line(r: HistoryRecord, lang: labels.Lang) -> str:
    """One row: a refund lookup names its refund and shows the refund amount, a close attempt
    says so; an untrusted answer's amount is marked as such, never a bare number."""
    when = r.queried_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    state = r.state_text(lang) or "-"
    what = r.order_id
    money = "amount"
    if r.lookup == "refund":
        refund = export_words.lookup_word("refund", lang)
        what = f"{r.order_id} {refund} {r.refund_id or ''}".rstrip()
        money = "refund_amount"
    elif r.lookup == "close":
        what = f"{r.order_id} {export_words.lookup_word('close', lang)}"
    amount = r.money_text(money, lang)
    outcome = r.outcome or "-"
    if r.error_kind:
        outcome = f"{r.error_kind} {r.error_code or ''}".strip()
    return f"{when}  {r.profile:<16} {what:<28} {state:<10} {amount:>12}  {outcome}"


def _day(text: str, *, end: bool) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"not a date: {text!r} (use YYYY-MM-DD)", reason="date") from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time, as the user reads it
    if end and len(text.strip()) <= 10:
        moment += timedelta(days=1)  # --until a day includes that day
    return moment


def _run(args: argparse.Namespace) -> int:
    lang = args.lang or labels.system_lang()
    flt = HistoryFilter(
        text=args.search,
        status=args.status,
        profile=args.profile,
        pay_way=args.pay_way,
        outcome=args.outcome,
        since=_day(args.since, end=False) if args.since else None,
        until=_day(args.until, end=True) if args.until else None,
        include_untrusted=args.include_untrusted,
        latest=args.latest,
        lookup=args.lookup,
        job=args.job.strip().upper() if args.job else None,
    )
    if args.limit < 1:
        raise InputError("--limit must be at least 1", reason="usage")
    store = open_history(create=False)
    try:
        if args.export:
            try:
                count = export(args.export, store.iterate(flt), lang)
            except ValueError as exc:
                raise InputError(str(exc), reason="export") from None
            print(f"{count} row(s) written to {args.export}")
            return ExitCode.OK
        records = store.page(flt, limit=args.limit, full=args.json)
        if args.json:
            print(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
            return ExitCode.OK
        if not records:
            print("no queries match")
        for r in records:
            print(_line(r, lang))
        return ExitCode.OK
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    """`history` with its failures said plainly: never a traceback, never a half-written export."""
    export_to: Path | None = getattr(args, "export", None)
    existed = export_to is not None and export_to.exists()
    try:
        return _run(args)
    except HistoryUnavailable as exc:
        if exc.reason == "missing":
            return _nothing_recorded(args)
        problem = exc.message
    except sqlite3.Error as exc:  # damage a cheap open check cannot see in a large file
        word = "is damaged" if is_damage(exc) else "could not be read"
        problem = f"the query history {app_paths().history_db} {word} ({exc})"
    said = f"leshua-query: {problem}."
    if export_to is not None:
        if not existed:
            export_to.unlink(missing_ok=True)  # no partial export left behind
        said += f" {export_to} was not written."
    print(said, file=sys.stderr)
    return ExitCode.HISTORY  # the history cannot be opened or read; nothing was changed


def _nothing_recorded(args: argparse.Namespace) -> int:
    """No history file yet: an empty answer of the kind asked for (nothing is created)."""
    lang = args.lang or labels.system_lang()
    if args.export:
        try:
            export(args.export, iter(()), lang)
        except ValueError as exc:
            raise InputError(str(exc), reason="export") from None
        print(f"0 row(s) written to {args.export}")
    elif args.json:
        print("[]")
    else:
        print("no queries recorded yet")
    return ExitCode.OK


COMMANDS = (Subcommand("history", add_parser, run),)
