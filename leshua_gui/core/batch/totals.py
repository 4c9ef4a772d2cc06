"""A job's totals and its reconciliation with the books, in one streaming pass over its rows, and
the `leshua-query batch --json` report and exit status built on them.

Money is summed over verified answers only, once per order (a row repeating an order adds
nothing): an answer that did not verify, an error, a "no such order" and an order not asked yet
are counted apart and never added to money. The books are checked row by row: every row with an
expected amount either matches a verified amount, differs from it, names an order the gateway
does not have, or cannot be checked (no verified answer)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from leshua_gui.core.batch.job import Job, JobRow
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import batch_words, labels
from leshua_gui.core.text.labels import Lang

#: The exit statuses `exit_code` gives (cli.exitcodes.BatchExit says the same numbers).
EXIT_OK, EXIT_ATTENTION, EXIT_INTERRUPTED = 0, 1, 5


@dataclass
class Money:
    """Verified answers of one group: how many, and their amounts in fen."""

    count: int = 0
    amount_fen: int = 0
    buyer_paid_fen: int = 0
    #: discount_amount and coupon together: order amount - discount = what the buyer paid
    discount_fen: int = 0
    #: the coupon (red packet) part of the discount
    coupon_fen: int = 0
    settlement_fen: int = 0

    def add(self, amounts: Mapping[str, int]) -> None:
        self.count += 1
        self.amount_fen += amounts.get("amount", 0)
        self.buyer_paid_fen += amounts.get("buyer_pay_amount", 0)
        coupon = amounts.get("coupon", 0)
        self.discount_fen += amounts.get("discount_amount", 0) + coupon
        self.coupon_fen += coupon
        self.settlement_fen += amounts.get("settlement_amount", 0)


@dataclass(frozen=True)
class Mismatch:
    """A row whose verified amount is not the books' (None: the answer gave no amount)."""

    row: int
    id: str
    expected_fen: int
    amount_fen: int | None

    @property
    def difference_fen(self) -> int | None:
        """Gateway minus books."""
        return None if self.amount_fen is None else self.amount_fen - self.expected_fen


@dataclass
class Totals:
    """What a job found. Counts of orders (once each, however many rows name them) unless
    they say rows."""

    #: rows read, and the orders they name (asked once each)
    rows: int = 0
    orders: int = 0
    #: every verified answer, then by trade state code and by pay way ("" when absent)
    trusted: Money = field(default_factory=Money)
    by_state: dict[str, Money] = field(default_factory=dict)
    by_pay_way: dict[str, Money] = field(default_factory=dict)
    #: answers that did not verify, no usable answer, no such order, verified but not final
    untrusted: int = 0
    errors: int = 0
    not_found: int = 0
    not_final: int = 0
    #: orders not asked yet
    pending: int = 0
    #: rows not sent, rows repeating an earlier row's order
    invalid: int = 0
    duplicates: int = 0
    #: rows sent with an expected amount, and the sum of those amounts (the books)
    expected: int = 0
    books_fen: int = 0
    #: rows whose verified amount is the expected one; rows where it is not
    matched: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)
    #: gateway minus books over the mismatches that have both amounts
    difference_fen: int = 0
    #: rows with an expected amount whose order the gateway does not have
    expected_not_found: int = 0
    #: rows that need a look (JobRow.attention, repeats included)
    attention: int = 0

    @property
    def completed(self) -> int:
        """Orders with an outcome."""
        return self.orders - self.pending

    @property
    def needs_attention(self) -> bool:
        """Something the report shows is not fine: a row not sent, an answer not verified, an
        error, an order not found or not final, an amount that differs. A repeated row of a
        fine order is not (its order is trusted, final and matching)."""
        return bool(
            self.invalid or self.untrusted or self.errors or self.not_found or self.not_final
            or self.mismatches
        )  # fmt: skip

    def add(self, row: JobRow) -> None:
        """Count one more row (in list order)."""
        self.rows += 1
        if row.attention:
            self.attention += 1
        if row.problem is not None:
            self.invalid += 1
            return
        if row.duplicate_of is not None:
            self.duplicates += 1
        else:
            self._order(row)
        if row.expected_fen is not None:
            self._reconcile(row, row.expected_fen)

    def _order(self, row: JobRow) -> None:
        self.orders += 1
        outcome = row.outcome
        if outcome is None:
            self.pending += 1
        elif outcome.verdict == "trusted":
            amounts = outcome.amounts_fen
            self.trusted.add(amounts)
            self.by_state.setdefault(outcome.status or "", Money()).add(amounts)
            self.by_pay_way.setdefault(outcome.pay_way or "", Money()).add(amounts)
            if not outcome.final:
                self.not_final += 1
        elif outcome.verdict == "untrusted":
            self.untrusted += 1
        elif outcome.verdict == "not_found":
            self.not_found += 1
        else:
            self.errors += 1

    def _reconcile(self, row: JobRow, expected: int) -> None:
        self.expected += 1
        self.books_fen += expected
        outcome = row.outcome
        if outcome is None:
            return
        if outcome.trusted:
            amount = outcome.amount_fen
            if amount == expected:
                self.matched += 1
                return
            self.mismatches.append(Mismatch(row.row, row.id, expected, amount))
            if amount is not None:
                self.difference_fen += amount - expected
        elif outcome.not_found:
            self.expected_not_found += 1


def totals(rows: Iterable[JobRow]) -> Totals:
    """The totals of a job's rows, in one pass (rows may be streamed: JobStore.iter_rows)."""
    found = Totals()
    for row in rows:
        found.add(row)
    return found


def row_error(row: JobRow) -> str | None:
    """What went wrong with a row, for the report: None for a verified answer, else
    ``"<what>: <message>"`` where <what> is ``invalid`` (the message is the row's problem key),
    ``pending`` (not asked yet), ``untrusted`` (the answer's signature did not verify),
    ``not_found`` (the gateway has no such order), or the error's kind (``transport``,
    ``timeout``, ``protocol``, ``gateway``, ``input``) with its message in English."""
    if row.problem is not None:
        return f"invalid: {row.problem}"
    outcome = row.outcome
    if outcome is None:
        return "pending: not asked yet"
    if outcome.trusted:
        return None
    what = outcome.verdict if outcome.verdict != "error" else (outcome.error_kind or "error")
    return f"{what}: {outcome.error or 'no answer'}"


def row_json(row: JobRow) -> dict[str, Any]:
    """One row of the report: the verified state and amounts only from a verified answer."""
    outcome = row.outcome
    trusted = outcome is not None and outcome.trusted
    return {
        "row": row.row,
        "id": row.id,
        "kind": row.kind,
        "trusted": trusted,
        "final": trusted and outcome is not None and outcome.final,
        "status": outcome.status if trusted and outcome is not None else None,
        "amounts_fen": dict(outcome.amounts_fen) if trusted and outcome is not None else {},
        "expected_fen": row.expected_fen,
        "error": row_error(row),
    }


def report_json(job: Job, found: Totals, rows: Iterable[JobRow]) -> dict[str, Any]:
    """The `leshua-query batch --json` object: the job, its totals over verified answers, the
    rows not sent, the amounts that differ from the books, and every input row."""
    invalid: list[dict[str, Any]] = []
    out_rows: list[dict[str, Any]] = []
    for row in rows:
        if row.problem is not None:
            invalid.append({"row": row.row, "text": row.raw, "reason": row.problem})
        out_rows.append(row_json(row))
    return {
        "job": job.id,
        "total": job.unique,
        "completed": job.completed,
        "invalid": invalid,
        "by_state": {
            code: {"count": m.count, "amount_fen": m.amount_fen, "settlement_fen": m.settlement_fen}
            for code, m in sorted(found.by_state.items())
        },
        "untrusted": found.untrusted,
        "errors": found.errors,
        "not_final": found.not_final,
        "mismatches": [
            {"row": m.row, "id": m.id, "expected_fen": m.expected_fen, "amount_fen": m.amount_fen}
            for m in found.mismatches
        ],
        "not_found": found.not_found,
        "rows": out_rows,
    }


def exit_code(found: Totals, job: Job) -> int:
    """5 stopped before every order had an outcome (resume it); 1 done, but something needs a
    look (Totals.needs_attention); 0 every row verified, final and matching the books."""
    if found.pending or not job.finished:
        return EXIT_INTERRUPTED
    return EXIT_ATTENTION if found.needs_attention else EXIT_OK


def summary_lines(job: Job, found: Totals, lang: Lang) -> list[str]:
    """The totals and the reconciliation in words, for the command line's plain output."""
    word = batch_words.totals_label
    sep = word("separator", lang)
    lines = [
        word("job", lang, job=job.id, rows=found.rows, orders=found.orders,
             completed=found.completed)
    ]  # fmt: skip
    groups = (("by_state", found.by_state, labels.trade_state),
              ("by_pay_way", found.by_pay_way, labels.pay_way))  # fmt: skip
    for key, table, name in groups:
        if not table:
            continue
        lines.append(word(key, lang))
        for code, money in sorted(table.items()):
            lines.append(
                "  " + _group(name(code, lang) if code else word("none", lang), money, lang)
            )
    counts = [("untrusted", found.untrusted), ("errors", found.errors),
              ("not_found", found.not_found), ("not_final", found.not_final),
              ("pending", found.pending), ("invalid", found.invalid),
              ("duplicates", found.duplicates)]  # fmt: skip
    lines.append(sep.join(batch_words.pair(word(k, lang), n, lang) for k, n in counts))
    if found.expected:
        books = [
            batch_words.pair(word("matched", lang), found.matched, lang),
            batch_words.pair(word("mismatches", lang), len(found.mismatches), lang),
            batch_words.pair(word("difference", lang), _yuan(found.difference_fen), lang),
            batch_words.pair(word("expected_not_found", lang), found.expected_not_found, lang),
        ]
        lines.append(sep.join(books))
    lines.append(word("money_note", lang))
    return lines


def _group(name: str, money: Money, lang: Lang) -> str:
    return batch_words.totals_label(
        "group",
        lang,
        name=name,
        count=money.count,
        amount=_yuan(money.amount_fen),
        paid=_yuan(money.buyer_paid_fen),
        discount=_yuan(money.discount_fen),
        settlement=_yuan(money.settlement_fen),
    )


def _yuan(fen: int) -> str:
    return format_yuan(fen, symbol="¥")


def totals_data(found: Totals) -> dict[str, Any]:
    """The totals as JSON-ready data (`totals_from` reads them back equal): how the process
    running a job tells the window its totals."""
    return asdict(found)


def totals_from(data: Mapping[str, Any]) -> Totals:
    """`totals_data` read back."""

    def money(value: Mapping[str, Any]) -> Money:
        return Money(**{k: int(v) for k, v in value.items()})

    fields_ = dict(data)
    return Totals(
        **{k: int(v) for k, v in fields_.items()
           if k not in ("trusted", "by_state", "by_pay_way", "mismatches")},
        trusted=money(fields_["trusted"]),
        by_state={str(k): money(v) for k, v in fields_["by_state"].items()},
        by_pay_way={str(k): money(v) for k, v in fields_["by_pay_way"].items()},
        mismatches=[
            Mismatch(int(m["row"]), str(m["id"]), int(m["expected_fen"]),
                     None if m["amount_fen"] is None else int(m["amount_fen"]))
            for m in fields_["mismatches"]
        ],
    )  # fmt: skip
