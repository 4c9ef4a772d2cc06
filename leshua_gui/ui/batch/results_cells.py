"""What each cell of a batch job's results table says, as plain text: no Qt object involved, so
a worker can word thousands of rows (copying a large selection) while the table words a page.

The rule that matters: a state, a pay way or an amount is shown only from a verified answer. An
answer that did not verify shows its claim after the distrust ("not verified (claims paid)"),
and its money cells stay empty."""

from __future__ import annotations

from dataclasses import dataclass

from leshua_gui.core.batch.job import JobRow
from leshua_gui.core.batch.jobstore import row_verdict
from leshua_gui.core.batch.outcome import Outcome
from leshua_gui.core.history.times import BEIJING
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import batch_words, export_words, labels
from leshua_gui.core.text.labels import Lang
from leshua_gui.ui import theme
from leshua_gui.ui.wording import fill

#: The table's columns, in order.
COLUMNS: tuple[str, ...] = (
    "row", "id", "kind", "state", "verification", "pay_way", "amount", "settlement",
    "expected", "difference", "pay_time", "remarks",
)  # fmt: skip
#: Columns holding money or counts: right-aligned, in a fixed-width reading.
NUMBERS = frozenset({"row", "amount", "settlement", "expected", "difference"})
#: The answer's amount field behind each money column.
AMOUNT_FIELD = {"amount": "amount", "settlement": "settlement_amount"}

#: The tone and icon of each row verdict in the Verification column.
VERDICT_TONES = {"trusted": "good", "untrusted": "bad", "error": "bad", "not_found": "bad",
                 "pending": "muted", "invalid": "bad"}  # fmt: skip
VERDICT_ICONS = {"trusted": "verified", "untrusted": "mismatch", "error": "error",
                 "not_found": "state-unknown", "invalid": "error"}  # fmt: skip


@dataclass(frozen=True)
class Words:
    """The window's own words the cells use (tr() strings, in the UI language)."""

    #: %1: the state an answer that did not verify claimed
    claims: str = "not verified (claims %1)"
    #: %1: the earlier row naming the same order
    repeats: str = "repeats row %1 (asked once)"
    #: a verified answer without an amount, on a row with an expected one
    no_amount: str = "no amount in the answer"
    #: %1: an amount in fen
    fen: str = "%1 fen"
    #: %1: the error's own text (English, as the core recorded it)
    detail: str = "Details: %1"
    #: %1: the gateway's error code
    code: str = "Gateway code: %1"
    #: the id kinds, short (the column is narrow; its tooltip names the kind in full)
    third_order_id: str = "merchant"
    leshua_order_id: str = "Leshua"


def verified(row: JobRow) -> Outcome | None:
    """The row's outcome if its answer verified: the only source of a state, pay way or money."""
    outcome = row.outcome
    return outcome if outcome is not None and outcome.trusted else None


def state_text(row: JobRow, lang: Lang, words: Words) -> str:
    """The trade state of a verified answer; otherwise how the row stands, never a bare claim."""
    verdict = row_verdict(row)
    outcome = row.outcome
    if verdict == "trusted" and outcome is not None:
        if outcome.status:
            return labels.trade_state(outcome.status, lang)
        return export_words.state_unknown(lang)
    if verdict == "untrusted" and outcome is not None and outcome.claimed_status:
        return fill(words.claims, labels.trade_state(outcome.claimed_status, lang))
    if verdict == "error":
        return export_words.state_unknown(lang)
    return batch_words.row_verdict_text(verdict, lang)


def state_tone(row: JobRow) -> str:
    outcome = verified(row)
    if outcome is not None:
        return theme.STATE_TONES.get(outcome.status or "", "muted")
    return {"untrusted": "bad", "not_found": "bad", "invalid": "bad"}.get(row_verdict(row), "muted")


def state_icon(row: JobRow) -> str | None:
    outcome = verified(row)
    if outcome is not None:
        return theme.STATE_ICONS.get(outcome.status or "", "state-unknown")
    return {"untrusted": "mismatch", "error": "state-unknown", "not_found": "state-unknown",
            "invalid": "error"}.get(row_verdict(row))  # fmt: skip


def _signed_yuan(fen: int) -> str:
    return ("+" if fen > 0 else "") + format_yuan(fen)


def _error_words(outcome: Outcome, lang: Lang) -> str:
    """What went wrong, in words: the gateway code with its meaning, or the kind of error."""
    if outcome.error_kind == "gateway" and outcome.error_code:
        return f"{outcome.error_code} {labels.error_code(outcome.error_code, lang)}"
    if outcome.error_kind in export_words.ERROR_KINDS:
        return export_words.error_kind(outcome.error_kind, lang)
    return batch_words.attention_text("error", lang)


def remarks(row: JobRow, lang: Lang, words: Words) -> list[str]:
    """Why the row needs a look (its error first), each said once, in list order."""
    found: list[str] = []
    outcome = row.outcome
    if row.problem is not None:
        found.append(batch_words.problem_text(row.problem, lang))
    if row.note is not None:
        found.append(batch_words.note_text(row.note, lang))
    if row.duplicate_of is not None:
        found.append(fill(words.repeats, row.duplicate_of))
    if outcome is not None:
        if outcome.verdict == "error":
            found.append(_error_words(outcome, lang))
        elif outcome.verdict != "trusted":
            found.append(batch_words.attention_text(outcome.verdict, lang))
        elif not outcome.final:
            found.append(batch_words.attention_text("not_final", lang))
        if row.amount_differs:
            found.append(batch_words.attention_text("amount_differs", lang))
    return found


def _money_fen(row: JobRow, key: str) -> int | None:
    """The fen behind a money cell: an answer's amount only if it verified."""
    if key in AMOUNT_FIELD:
        outcome = verified(row)
        return outcome.amounts_fen.get(AMOUNT_FIELD[key]) if outcome is not None else None
    if key == "expected":
        return row.expected_fen
    return row.difference_fen


def _money_text(row: JobRow, key: str, words: Words) -> str:
    fen = _money_fen(row, key)
    if key == "difference":
        if fen is not None:
            return _signed_yuan(fen)
        return words.no_amount if row.amount_differs else ""
    return "" if fen is None else format_yuan(fen)


def text(row: JobRow, key: str, lang: Lang, words: Words) -> str:
    """The cell's text."""
    if key in NUMBERS and key != "row":
        return _money_text(row, key, words)
    outcome = verified(row)
    if key == "row":
        return str(row.row)
    if key == "id":
        return row.id if row.valid else row.raw
    if key == "kind":
        return getattr(words, row.kind) if row.kind else ""
    if key == "state":
        return state_text(row, lang, words)
    if key == "verification":
        return batch_words.row_verdict_text(row_verdict(row), lang)
    if key == "pay_way":
        return labels.pay_way(outcome.pay_way, lang) if outcome and outcome.pay_way else ""
    if key == "pay_time":
        moment = outcome.pay_time if outcome is not None else None
        return "" if moment is None else moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S")
    if key == "remarks":
        return batch_words.totals_label("separator", lang).join(remarks(row, lang, words))
    return ""


def _remarks_tip(row: JobRow, lang: Lang, words: Words) -> str | None:
    lines = remarks(row, lang, words)
    outcome = row.outcome
    if outcome is not None and outcome.error_code and outcome.error_kind != "gateway":
        lines.append(fill(words.code, outcome.error_code))
    if outcome is not None and outcome.error:
        lines.append(fill(words.detail, outcome.error))
    return "\n".join(lines) or None


def tooltip(row: JobRow, key: str, lang: Lang, words: Words) -> str | None:
    """The cell's whole text where the column may cut it, and what lies behind a value."""
    if key in NUMBERS and key != "row":
        fen = _money_fen(row, key)
        return None if fen is None else fill(words.fen, fen)
    if key in ("id", "kind"):
        kind = labels.field_name(row.kind, lang) if row.kind else None
        lines = [batch_words.pair(kind, row.id, lang) if kind else row.raw]
        if row.note is not None:
            lines.append(batch_words.note_text(row.note, lang))
        return "\n".join(lines)
    if key in ("state", "verification"):
        lines = [text(row, key, lang, words)]
        outcome = row.outcome
        if outcome is not None and outcome.verdict != "trusted":
            lines.append(batch_words.attention_text(outcome.verdict, lang))
        elif row.problem is not None:
            lines.append(batch_words.problem_text(row.problem, lang))
        return "\n".join(lines)
    if key == "remarks":
        return _remarks_tip(row, lang, words)
    return None


def tone(row: JobRow, key: str) -> str | None:
    """The tone of a cell's text, where it carries meaning."""
    if key == "state":
        return state_tone(row)
    if key == "verification":
        return VERDICT_TONES[row_verdict(row)]
    if key == "difference":
        if row.difference_fen is not None:
            return "bad" if row.difference_fen else "good"
        return "bad" if row.amount_differs else None
    if key == "remarks" and row.attention:
        return "bad" if set(row.attention) - {"duplicate", "not_final"} else "wait"
    return None


def icon_name(row: JobRow, key: str) -> str | None:
    if key == "state":
        return state_icon(row)
    if key == "verification":
        return VERDICT_ICONS.get(row_verdict(row))
    if key == "pay_way":
        outcome = verified(row)
        return theme.PAY_WAY_ICONS.get(outcome.pay_way or "") if outcome is not None else None
    return None


def tsv_line(row: JobRow, lang: Lang, words: Words) -> str:
    """The row as one line of tab-separated text, as spreadsheets paste it."""
    cells = (text(row, key, lang, words) for key in COLUMNS)
    return "\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells)
