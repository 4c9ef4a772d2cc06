"""A job's totals: money over verified answers only and once per order, everything else counted
apart; the books checked row by row; the `--json` report and the exit status of the issue; the
summary and the progress line in the three languages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from leshua_gui.core.batch.job import ATTENTIONS, JOB_STATES, Job, JobRow, JobSettings
from leshua_gui.core.batch.jobstore import ROW_VERDICTS, JobStore
from leshua_gui.core.batch.outcome import Outcome, outcome_of
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.batch.totals import (
    Mismatch,
    Money,
    Totals,
    exit_code,
    report_json,
    row_error,
    summary_lines,
    totals,
)
from leshua_gui.core.errors import GatewayError
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.protocol.validation import IdKind
from leshua_gui.core.text import batch_words
from leshua_gui.core.text.labels import LANGS

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
WECHAT_PAID = {"amount": 1234, "buyer_pay_amount": 1084, "discount_amount": 100, "coupon": 50,
               "settlement_amount": 1200}  # fmt: skip


def trusted(order: str, status: str = "2", pay_way: str = "WXZF", **amounts: int) -> Outcome:
    return Outcome("third_order_id", order, "trusted", status in ("2", "6", "8", "11"), status,
                   pay_way=pay_way, amounts_fen=amounts, attempts=1, queried_at=AT)  # fmt: skip


def claimed(order: str) -> Outcome:
    """An answer whose signature did not verify, even carrying (wrongly) what it claimed: the
    totals must not believe any of it."""
    return Outcome("third_order_id", order, "untrusted", False, status="2", claimed_status="2",
                   pay_way="WXZF", amounts_fen={"amount": 999_999}, error_kind="signature",
                   error="the answer's signature does not match", attempts=1)  # fmt: skip


def failed(order: str) -> Outcome:
    return Outcome("third_order_id", order, "error", False, error_kind="timeout",
                   error="the gateway did not answer in 10 s", attempts=3)  # fmt: skip


def missing(order: str) -> Outcome:
    error = GatewayError("gateway reported a failure: -4006 no such order", reason="result",
                         code="-4006")  # fmt: skip
    result = PollResult(attempts=[Attempt(1, AT, 0.1, None, error)])
    return outcome_of(result, "third_order_id", order, queried_at=AT)


def row(n: int, order: str, outcome: Outcome | None, expected: int | None = None, *,
        duplicate_of: int | None = None, problem: str | None = None,
        kind: IdKind = "third_order_id") -> JobRow:  # fmt: skip
    return JobRow(n, order, order, kind, expected, problem, None, duplicate_of, outcome)  # type: ignore[arg-type]


PAID_1 = Outcome("third_order_id", "PAID-1", "trusted", True, "2", pay_way="WXZF",
                 amounts_fen=WECHAT_PAID, attempts=1, queried_at=AT)  # fmt: skip
PAID_2 = trusted("PAID-2", pay_way="ZFBZF", amount=1001, buyer_pay_amount=1001,
                 settlement_amount=995)  # fmt: skip

#: One row of each kind, as a job's rows stream out in list order.
ROWS = [
    row(2, "PAID-1", PAID_1, 1234),  # matches
    row(3, "PAID-2", PAID_2, 1000),  # 1 fen more at the gateway
    row(4, "PAYING-1", trusted("PAYING-1", "0", amount=500), 500),  # not final
    row(5, "FORGED-1", claimed("FORGED-1"), 800),
    row(6, "DOWN-1", failed("DOWN-1"), 100),
    row(7, "GONE-1", missing("GONE-1"), 300),
    row(8, "PAID-1", PAID_1, 1234, duplicate_of=2),  # the same order again
    row(9, "bad id", None, 100, problem="id_space"),
    row(10, "NOAMT-1", trusted("NOAMT-1", settlement_amount=10), 200),  # no amount in the answer
    row(11, "LATER-1", None, 400),  # not asked yet
    row(12, "PAID-3", trusted("PAID-3", amount=555, settlement_amount=550)),  # nothing expected
]


def job(unique: int = 10, completed: int = 9) -> Job:
    return Job("B20260301-K7QX", AT, "shop", "0000000018", "sandbox", "books.csv",
               JobSettings(), "running", 11, unique, completed)  # fmt: skip


def test_money_is_summed_over_verified_answers_only_and_once_per_order() -> None:
    found = totals(ROWS)
    assert found.by_state["2"] == Money(
        count=4, amount_fen=1234 + 1001 + 555, buyer_paid_fen=1084 + 1001,
        discount_fen=150, coupon_fen=50, settlement_fen=1200 + 995 + 10 + 550,
    )  # fmt: skip
    assert found.by_state["0"] == Money(count=1, amount_fen=500)
    assert set(found.by_state) == {"0", "2"}
    assert found.trusted.count == 5
    assert found.trusted.amount_fen == 1234 + 1001 + 500 + 555
    assert found.by_pay_way["ZFBZF"] == Money(1, 1001, 1001, 0, 0, 995)
    assert found.by_pay_way["WXZF"].count == 4
    assert all(m.amount_fen < 999_999 for m in [found.trusted, *found.by_state.values()])


def test_everything_that_is_not_money_is_counted_apart() -> None:
    found = totals(ROWS)
    assert (found.rows, found.orders, found.completed) == (11, 9, 8)
    assert (found.untrusted, found.errors, found.not_found, found.not_final) == (1, 1, 1, 1)
    assert (found.pending, found.invalid, found.duplicates) == (1, 1, 1)
    assert found.attention == 8  # rows 3 to 10: every row but the fine and the unasked ones


def test_the_books_are_checked_row_by_row() -> None:
    found = totals(ROWS)
    assert found.expected == 9  # the row not sent is counted as not sent, not checked
    assert found.books_fen == 1234 + 1000 + 500 + 800 + 100 + 300 + 1234 + 200 + 400
    assert found.matched == 3  # PAID-1 twice (its two rows), PAYING-1
    assert found.mismatches == [
        Mismatch(3, "PAID-2", 1000, 1001),
        Mismatch(10, "NOAMT-1", 200, None),
    ]
    assert found.difference_fen == 1  # a missing amount is a mismatch, but no difference to add
    assert [m.difference_fen for m in found.mismatches] == [1, None]
    assert found.expected_not_found == 1


def test_totals_take_the_rows_as_a_stream_in_one_pass() -> None:
    def stream() -> Iterator[JobRow]:
        yield from ROWS

    assert totals(stream()) == totals(ROWS)
    assert totals([]) == Totals()


def test_totals_of_a_job_read_from_its_store(tmp_path: Path) -> None:
    with JobStore(tmp_path / "jobs.sqlite3") as store:
        text = "商户订单号\t金额\nPAID-1\t12.34\nPAID-2\t10.00\nPAID-1\t12.34\nGONE-1\t3.00\n"
        made = store.create(
            preview_text(text),
            profile="shop",
            merchant_id="0000000018",
            environment="sandbox",
            source_name="",
            settings=JobSettings(),
        )
        store.put_many(made.id, [PAID_1, PAID_2, missing("GONE-1")])
        found = totals(store.iter_rows(made.id))
        stored = store.job(made.id)
    assert stored is not None
    assert (found.rows, found.orders, found.duplicates, found.matched) == (4, 3, 1, 2)
    assert found.by_state["2"].amount_fen == 1234 + 1001
    assert exit_code(found, stored) == 1


# --- the --json report ----------------------------------------------------------------------


def test_the_json_report_is_the_issue_s_object() -> None:
    found = totals(ROWS)
    report = report_json(job(), found, ROWS)
    json.dumps(report)  # plain JSON
    assert list(report) == ["job", "total", "completed", "invalid", "by_state", "untrusted",
                            "errors", "not_final", "mismatches", "not_found", "rows"]  # fmt: skip
    assert (report["job"], report["total"], report["completed"]) == ("B20260301-K7QX", 10, 9)
    assert report["invalid"] == [{"row": 9, "text": "bad id", "reason": "id_space"}]
    assert report["by_state"] == {
        "0": {"count": 1, "amount_fen": 500, "settlement_fen": 0},
        "2": {"count": 4, "amount_fen": 2790, "settlement_fen": 2755},
    }
    assert (report["untrusted"], report["errors"], report["not_final"], report["not_found"]) == (
        1, 1, 1, 1,
    )  # fmt: skip
    assert report["mismatches"] == [
        {"row": 3, "id": "PAID-2", "expected_fen": 1000, "amount_fen": 1001},
        {"row": 10, "id": "NOAMT-1", "expected_fen": 200, "amount_fen": None},
    ]
    assert len(report["rows"]) == len(ROWS)


def test_each_report_row_says_the_verified_state_or_what_went_wrong() -> None:
    rows = {r["row"]: r for r in report_json(job(), totals(ROWS), ROWS)["rows"]}
    assert rows[2] == {"row": 2, "id": "PAID-1", "kind": "third_order_id", "trusted": True,
                       "final": True, "status": "2", "amounts_fen": WECHAT_PAID,
                       "expected_fen": 1234, "error": None}  # fmt: skip
    forged = rows[5]
    assert (forged["trusted"], forged["final"], forged["status"], forged["amounts_fen"]) == (
        False, False, None, {},
    )  # fmt: skip
    assert forged["error"] == "untrusted: the answer's signature does not match"
    assert rows[4]["status"] == "0"
    assert rows[4]["final"] is False
    assert rows[6]["error"] == "timeout: the gateway did not answer in 10 s"
    assert rows[7]["error"].startswith("not_found: ")
    assert "-4006" in rows[7]["error"]
    assert rows[9]["error"] == "invalid: id_space"
    assert rows[11]["error"] == "pending: not asked yet"
    assert rows[8]["status"] == "2"  # a repeat shows its order's answer


def test_an_error_without_words_still_says_what_it_was() -> None:
    bare = Outcome("third_order_id", "X-1", "error", False)
    assert row_error(row(2, "X-1", bare)) == "error: no answer"


# --- exit status ----------------------------------------------------------------------------


def test_every_row_verified_final_and_matching_exits_0_even_with_a_repeat() -> None:
    fine = [row(2, "PAID-1", PAID_1, 1234), row(3, "PAID-1", PAID_1, 1234, duplicate_of=2),
            row(4, "PAID-3", trusted("PAID-3", amount=555))]  # fmt: skip
    assert exit_code(totals(fine), job(2, 2)) == 0


@pytest.mark.parametrize(
    "bad",
    [
        row(9, "bad id", None, problem="id_space"),
        row(5, "FORGED-1", claimed("FORGED-1")),
        row(6, "DOWN-1", failed("DOWN-1")),
        row(7, "GONE-1", missing("GONE-1")),
        row(4, "PAYING-1", trusted("PAYING-1", "0", amount=500)),
        row(3, "PAID-2", PAID_2, 1000),
        row(10, "NOAMT-1", trusted("NOAMT-1"), 200),
    ],
    ids=["invalid", "untrusted", "error", "not_found", "not_final", "differs", "no_amount"],
)
def test_a_completed_job_with_a_row_to_look_at_exits_1(bad: JobRow) -> None:
    rows = [row(2, "PAID-1", PAID_1, 1234), bad]
    unique = 2 if bad.problem is None else 1
    assert exit_code(totals(rows), job(unique, unique)) == 1


def test_a_job_stopped_before_every_order_had_an_outcome_exits_5() -> None:
    assert exit_code(totals(ROWS), job()) == 5
    asked = [r for r in ROWS if r.row != 11]
    assert exit_code(totals(asked), job(9, 9)) == 1
    assert exit_code(totals(asked), job(10, 9)) == 5  # the job itself says one is left


# --- words ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_says_the_totals_and_never_an_unverified_amount(lang: str) -> None:
    lines = summary_lines(job(), totals(ROWS), lang)  # type: ignore[arg-type]
    text = "\n".join(lines)
    assert "B20260301-K7QX" in text
    assert "¥27.90" in text  # the paid orders' amount
    assert "¥9,999.99" not in text  # what the forged answer claimed
    assert lines[-1] == batch_words.totals_label("money_note", lang)  # type: ignore[arg-type]
    assert "{" not in text


def test_the_english_summary_reads_as_a_report() -> None:
    lines = summary_lines(job(), totals(ROWS), "en")
    assert lines[0] == "batch job B20260301-K7QX: 11 rows read, 9 orders asked, 8 answered"
    assert "  paid: 4 orders, amount ¥27.90, buyer paid ¥20.85, discount ¥1.50, " \
           "settlement ¥27.55" in lines  # fmt: skip
    assert any(line.startswith("answers not verified: 1; no usable answer: 1") for line in lines)
    assert "rows whose amount differs: 2" in lines[-2]
    assert "sum of differences (gateway minus books): ¥0.01" in lines[-2]


def test_every_reason_verdict_and_state_has_words_in_each_language() -> None:
    assert set(batch_words.ATTENTION) == set(ATTENTIONS)
    assert set(batch_words.ROW_VERDICTS) == set(ROW_VERDICTS)
    assert set(batch_words.JOB_STATES) == set(JOB_STATES)
    for lang in LANGS:
        for reason in ATTENTIONS:
            assert batch_words.attention_text(reason, lang)
        for verdict in ROW_VERDICTS:
            assert batch_words.row_verdict_text(verdict, lang)


def test_the_progress_line_counts_what_was_found_so_far() -> None:
    line = batch_words.progress_line(120, 1000, 9.87, 89.2, {"trusted": 117, "error": 3}, "en")
    assert line == "120/1000 asked · 9.9/s · 1:29 left · verified: 117; error: 3"
    zh = batch_words.progress_line(0, 10, 0.0, None, {}, "zh_CN")
    assert zh == "已查询 0/10 · 每秒 0.0 个 · 预计还需 - · -"
    assert batch_words.duration(3725) == "1:02:05"
