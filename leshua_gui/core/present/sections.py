"""One lookup's outcome as sections of rows, in the one order the window, the Copy summary and
the command line show it: the state and its trust, the answer's fields, the query."""

from __future__ import annotations

from datetime import datetime

from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.core.present import answer_rows as a
from leshua_gui.core.present.rows import Row, Section, SectionName
from leshua_gui.core.present.state_rows import capital, problem_rows, state_rows
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang
from leshua_gui.core.text.words import word


def present(
    result: PollResult, lang: Lang, *, refund: bool, queried_at: datetime | None
) -> list[Section]:
    """The sections of a result (empty ones left out). The first is the headline (no title):
    the state, marked untrusted when the answer did not verify, then the problems. `refund`: a
    refund lookup, whose states are a refund's."""
    sections = [Section("state", "", (*state_rows(result, lang, refund=refund),
                                      *problem_rows(result, lang)))]  # fmt: skip
    answer = result.answer
    if answer is not None:
        promotions = capital(labels.field_name("promotion_detail", lang))
        parts: list[tuple[SectionName, str, list[Row]]] = [
            ("payment", word("sec_payment", lang), a.payment_rows(answer, lang)),
            ("amounts", word("sec_amounts", lang), a.amount_rows(answer, lang)),
            ("refund", word("sec_refund", lang), a.refund_rows(answer, lang)),
            ("times", word("sec_times", lang), a.time_rows(answer, lang)),
            ("ids", word("sec_ids", lang), a.id_rows(answer, lang)),
            ("promotions", promotions, a.promotion_rows(answer, lang)),
            ("other", word("other_fields", lang), a.other_rows(answer)),
        ]
        sections += [Section(name, title, tuple(rows)) for name, title, rows in parts]
    sections.append(
        Section("query", word("sec_query", lang), tuple(query_rows(result, lang, queried_at)))
    )
    return [s for s in sections if s.rows]


def query_rows(result: PollResult, lang: Lang, queried_at: datetime | None) -> list[Row]:
    """When it was asked, how many times, and of which endpoint."""
    rows: list[Row] = []
    if queried_at is not None:
        when = queried_at.astimezone().isoformat(sep=" ", timespec="seconds")
        rows.append(Row(word("queried_at", lang), when, when, None, "time"))
    if result.attempts:
        count = str(len(result.attempts))
        rows.append(Row(word("attempts", lang), count, count, None, "text"))
    exchange = result.exchange
    if exchange is not None:
        http = f"HTTP {exchange.http_status}" if exchange.http_status else "-"
        ms = f", {exchange.elapsed_ms:.0f} ms" if exchange.elapsed_ms is not None else ""
        shown = f"{exchange.endpoint} ({http}{ms})"
        rows.append(Row(word("endpoint", lang), shown, exchange.endpoint, None, "id"))
    return rows
