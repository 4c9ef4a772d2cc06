"""One lookup's outcome as sections of rows, in the one order the window, the Copy summary and
the command line show it: the state and its trust, the answer's fields, the query."""

from __future__ import annotations

from datetime import datetime

from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.core.present import answer_rows as a
from leshua_gui.core.present.rows import Row, Section, SectionName
from leshua_gui.core.present.state_rows import bracket, problem_rows, state_rows
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang, capital
from leshua_gui.core.text.words import word

#: What was asked, in the order a ticket says it: the merchant, the order, the refund.
ASKED_FIELDS = ("merchant_id", "third_order_id", "leshua_order_id", "merchant_refund_id",
                "leshua_refund_id")  # fmt: skip


def present(
    result: PollResult,
    lang: Lang,
    *,
    refund: bool,
    queried_at: datetime | None,
    profile: str | None = None,
    mask_payer: bool = False,
) -> list[Section]:
    """The sections of a result (empty ones left out). The first says what was asked (no
    title: the window shows it in its context line): the profile, the merchant id, the id and
    its kind. Then the headline (no title): the state, led by the distrust when the answer did
    not verify, then the problems. `refund`: a refund lookup, whose states are a refund's.
    `mask_payer`: the payer's identifiers masked, for a ticket that leaves the company."""
    sections = [
        Section("asked", "", tuple(asked_rows(result, lang, profile))),
        Section("state", "", (*state_rows(result, lang, refund=refund),
                              *problem_rows(result, lang))),
    ]  # fmt: skip
    answer = result.answer
    if answer is not None:
        promotions = capital(labels.field_name("promotion_detail", lang))
        parts: list[tuple[SectionName, str, list[Row]]] = [
            ("payment", word("sec_payment", lang), a.payment_rows(answer, lang)),
            ("amounts", word("sec_amounts", lang), a.amount_rows(answer, lang)),
            ("refund", word("sec_refund", lang), a.refund_rows(answer, lang)),
            ("times", word("sec_times", lang), a.time_rows(answer, lang)),
            ("ids", word("sec_ids", lang), a.id_rows(answer, lang, mask_payer=mask_payer)),
            ("promotions", promotions, a.promotion_rows(answer, lang)),
            ("other", word("other_fields", lang), a.other_rows(answer)),
        ]
        sections += [Section(name, title, tuple(rows)) for name, title, rows in parts]
    sections.append(
        Section("query", word("sec_query", lang), tuple(query_rows(result, lang, queried_at)))
    )
    return [s for s in sections if s.rows]


def asked_rows(result: PollResult, lang: Lang, profile: str | None) -> list[Row]:
    """The profile, then the merchant id and the ids that were sent, each under its kind's
    name (merchant or Leshua order number, refund number)."""
    rows: list[Row] = []
    if profile:
        rows.append(Row(word("profile", lang), profile, profile, None, "text"))
    form = result.exchange.form if result.exchange is not None else {}
    for name in ASKED_FIELDS:
        value = form.get(name)
        if value:
            title = capital(labels.field_name(name, lang))
            rows.append(Row(title, value, value, name, "id", value))
    return rows


def zoned(when: datetime, lang: Lang) -> str:
    """A moment in local time with its zone: 2026-12-01 15:31:07 (UTC+08:00)."""
    local = when.astimezone()
    offset = local.strftime("%z") or "+0000"
    zone = f"UTC{offset[:3]}:{offset[3:5]}"
    return local.strftime("%Y-%m-%d %H:%M:%S") + bracket(zone, lang)


def query_rows(result: PollResult, lang: Lang, queried_at: datetime | None) -> list[Row]:
    """When it was asked, how many times, and of which endpoint."""
    rows: list[Row] = []
    if queried_at is not None:
        when = zoned(queried_at, lang)
        rows.append(Row(word("queried_at", lang), when, when, None, "time"))
    if result.attempts:
        count = str(len(result.attempts))
        rows.append(Row(word("attempts", lang), count, count, None, "text"))
    exchange = result.exchange
    if exchange is not None:
        http = f"HTTP {exchange.http_status}" if exchange.http_status else "-"
        comma = ", " if lang == "en" else "，"
        ms = f"{comma}{exchange.elapsed_ms:.0f} ms" if exchange.elapsed_ms is not None else ""
        shown = exchange.endpoint + bracket(http + ms, lang)
        rows.append(Row(word("endpoint", lang), shown, exchange.endpoint, None, "id"))
    return rows
