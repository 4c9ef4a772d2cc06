"""Batch jobs on disk: every row of the list kept (invalid ones with their reason, repeats pointing
at the first row), one outcome per order however often it is written, what is still to ask, the
results filtered and paged in SQL, jobs to resume, and a damaged or busy file handled as the
history handles one."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from leshua_gui.core.batch.job import Job, JobRow, JobSettings
from leshua_gui.core.batch.jobschema import MIGRATIONS, SCHEMA_VERSION
from leshua_gui.core.batch.jobstore import (
    BATCH,
    ROW_VERDICTS,
    JobStore,
    JobStoreUnavailable,
    RowFilter,
    row_verdict,
)
from leshua_gui.core.batch.outcome import Outcome, outcome_of
from leshua_gui.core.batch.preview import InputRow, Preview, preview_text
from leshua_gui.core.errors import GatewayError, LeshuaError, SignatureError, TransportError
from leshua_gui.core.gateway.client import Reply
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.protocol.answer import CHINA_TZ, Answer
from leshua_gui.core.protocol.signing import VerificationResult
from leshua_gui.core.protocol.validation import IdKind

AT = datetime(2026, 3, 1, 9, 30, 15, 123000, tzinfo=UTC)  # whole milliseconds: stored exactly
LESHUA = "0003495002500081"

#: A list with a row for each way a row can end (the comment says how, once asked).
LIST = "\n".join([
    "商户订单号\t金额",
    "PAID-1\t12.34",      # 2  paid, verified, matches the books
    "PAID-2\t10.00",      # 3  paid, verified, 10.01 at the gateway
    "PAYING-1\t5.00",     # 4  verified, still paying
    "FORGED-1\t8.00",     # 5  claims paid, signature does not match
    "DOWN-1\t1.00",       # 6  gateway not reached
    "GONE-1\t3.00",       # 7  no such order
    "PAID-1\t12.34",      # 8  repeats row 2
    "bad id\t1.00",       # 9  not sent: a space inside
    "NOAMT-1\t2.00",      # 10 paid, verified, the answer gives no amount
    "LATER-1\t4.00",      # 11 not asked yet
    "PAID-3\t",           # 12 paid, verified, nothing expected
    "OK-AMT\tabc",        # 13 not sent: the amount cannot be read
    f"{LESHUA}\t7.00",    # 14 a Leshua order number, paid, verified, matches
])  # fmt: skip

VERIFIED = VerificationResult("verified", "doc", "AB" * 16, "AB" * 16, "status=2&key=********")
MISMATCH = VerificationResult("mismatch", "doc", "AB" * 16, "CD" * 16, "status=2&key=********")


def exchange() -> Exchange:
    return Exchange("http://127.0.0.1:1/cgi-bin/lepos_pay_gateway.cgi", "query_status",
                    {"service": "query_status"}, "service=query_status&key=********")  # fmt: skip


def answer(status: str, **fields: str) -> Answer:
    return Answer((("resp_code", "0"), ("result_code", "0"), ("status", status), *fields.items()))


def polled(reply: Reply | None = None, error: LeshuaError | None = None) -> PollResult:
    final = reply is not None and reply.answer.is_final
    return PollResult(attempts=[Attempt(1, AT, 0.2, reply, error)], final=final, settled=final)


def paid(order_id: str, amount: str | None, kind: IdKind = "third_order_id") -> Outcome:
    fields = {"pay_way": "WXZF", "pay_time": "20260301173015", "settlement_amount": "990"}
    if amount is not None:
        fields |= {"amount": amount, "buyer_pay_amount": amount}
    reply = Reply(exchange(), answer("2", **fields), VERIFIED)
    return outcome_of(polled(reply), kind, order_id, queried_at=AT, history_id=7)


def paying(order_id: str) -> Outcome:
    reply = Reply(exchange(), answer("0", pay_way="ZFBZF", amount="500"), VERIFIED)
    return outcome_of(polled(reply), "third_order_id", order_id, queried_at=AT)


def forged(order_id: str) -> Outcome:
    error = SignatureError("the answer's signature does not match", reason="mismatch",
                           answer=answer("2", amount="800", pay_way="WXZF"),
                           verification=MISMATCH)  # fmt: skip
    return outcome_of(polled(error=error), "third_order_id", order_id, queried_at=AT)


def unreachable(order_id: str) -> Outcome:
    error = TransportError("connection refused", reason="connect")
    return outcome_of(polled(error=error), "third_order_id", order_id, queried_at=AT)


def gone(order_id: str) -> Outcome:
    error = GatewayError("gateway reported a failure: -4006 order not found", reason="result",
                         code="-4006")  # fmt: skip
    return outcome_of(polled(error=error), "third_order_id", order_id, queried_at=AT)


ANSWERS = [
    paid("PAID-1", "1234"),
    paid("PAID-2", "1001"),
    paying("PAYING-1"),
    forged("FORGED-1"),
    unreachable("DOWN-1"),
    gone("GONE-1"),
    paid("NOAMT-1", None),
    paid("PAID-3", "555"),
    paid(LESHUA, "700", "leshua_order_id"),
]


def sample() -> Preview:
    return preview_text(LIST, kind="auto")


def new_job(store: JobStore, preview: Preview | None = None, **settings: float) -> Job:
    return store.create(preview or sample(), profile="shop", merchant_id="0000000018",
                        environment="sandbox", source_name="books.csv",
                        settings=JobSettings(**settings))  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[JobStore]:
    with JobStore(tmp_path / "jobs.sqlite3") as s:
        yield s


@pytest.fixture
def answered(store: JobStore) -> Job:
    """The sample list with every order but LATER-1 answered."""
    job = new_job(store)
    store.put_many(job.id, ANSWERS)
    found = store.job(job.id)
    assert found is not None
    return found


def by_row(rows: list[JobRow]) -> dict[int, JobRow]:
    return {r.row: r for r in rows}


# --- creating a job -------------------------------------------------------------------------


def test_a_job_keeps_every_row_of_the_list_as_read(store: JobStore) -> None:
    preview = sample()
    job = new_job(store, preview, concurrency=8, qps=0, deadline_s=30)
    assert re.fullmatch(r"B\d{8}-[2-9A-HJ-NP-Z]{4}", job.id)
    assert (job.state, job.total_rows, job.unique, job.completed) == ("running", 13, 10, 0)
    assert job.settings == JobSettings(8, 0.0, 30.0)
    assert store.job(job.id) == job
    rows = store.rows(job.id)
    assert [r.row for r in rows] == [r.row for r in preview.rows]
    assert [(r.raw, r.id, r.kind, r.expected_fen, r.problem, r.note) for r in rows] == [
        (r.raw, r.id, r.kind, r.expected_fen, r.problem, r.note) for r in preview.rows
    ]
    rows_ = by_row(rows)
    assert rows_[9].problem == "id_space"
    assert not rows_[9].valid
    assert rows_[13].problem == "amount_format"
    assert rows_[8].duplicate_of == 2  # the repeat points at the first row naming the order
    assert rows_[2].duplicate_of is None
    assert rows_[14].kind == "leshua_order_id"
    assert all(r.outcome is None for r in rows)


def test_a_job_is_found_by_its_id_typed_in_any_case(store: JobStore) -> None:
    job = new_job(store)
    assert store.job(f"  {job.id.lower()} ") == job
    assert store.job("B20000101-XXXX") is None


def test_jobs_are_listed_newest_first(store: JobStore) -> None:
    made = [new_job(store).id for _ in range(3)]
    assert [j.id for j in store.jobs()] == made[::-1]
    assert len(set(made)) == 3


def test_the_orders_to_ask_are_the_unique_valid_ones_in_list_order(store: JobStore) -> None:
    job = new_job(store)
    assert store.pending(job.id) == list(sample().unique)
    assert ("third_order_id", "bad id") not in store.pending(job.id)


# --- outcomes -------------------------------------------------------------------------------


def test_an_outcome_reads_back_as_written(store: JobStore) -> None:
    job = new_job(store)
    for written in ANSWERS:
        store.put(job.id, written)
        assert store.outcome(job.id, written.kind, written.id) == written
    kept = store.outcome(job.id, "third_order_id", "PAID-1")
    assert kept is not None
    assert kept.pay_time == datetime(2026, 3, 1, 17, 30, 15, tzinfo=CHINA_TZ)
    assert kept.pay_time.utcoffset() == timedelta(hours=8)  # shown in the gateway's time
    assert kept.amounts_fen == {"amount": 1234, "buyer_pay_amount": 1234,
                                "settlement_amount": 990}  # fmt: skip
    claim = store.outcome(job.id, "third_order_id", "FORGED-1")
    assert claim is not None
    assert (claim.verdict, claim.status, claim.amounts_fen) == ("untrusted", None, {})
    assert claim.claimed_status == "2"


def test_a_second_outcome_for_an_order_replaces_the_first(store: JobStore) -> None:
    job = new_job(store)
    store.put(job.id, unreachable("PAID-1"))
    store.put(job.id, paid("PAID-1", "1234"))
    again = store.job(job.id)
    assert again is not None
    assert again.completed == 1
    rows = by_row(store.rows(job.id))
    assert rows[2].outcome == paid("PAID-1", "1234")
    assert rows[8].outcome == rows[2].outcome  # the repeat shares the order's one outcome
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM outcomes").fetchone()[0] == 1
    finally:
        conn.close()


def test_what_is_still_to_ask_is_what_has_no_outcome_in_list_order(store: JobStore) -> None:
    job = new_job(store)
    store.put_many(job.id, [paid("PAID-2", "1001"), gone("GONE-1")])
    left = [k for k in sample().unique if k[1] not in ("PAID-2", "GONE-1")]
    assert store.pending(job.id) == left
    store.put_many(job.id, [a for a in ANSWERS])
    assert store.pending(job.id) == [("third_order_id", "LATER-1")]
    again = store.job(job.id)
    assert again is not None
    assert (again.completed, again.finished) == (9, False)


def test_an_outcome_for_an_order_not_in_the_job_is_refused_and_nothing_is_kept(
    store: JobStore,
) -> None:
    job = new_job(store)
    with pytest.raises(KeyError, match="NOT-IN-LIST"):
        store.put(job.id, paid("NOT-IN-LIST", "100"))
    with pytest.raises(KeyError, match="bad id"):  # an invalid row is never asked
        store.put_many(job.id, [paid("PAID-1", "1234"), paid("bad id", "100")])
    with pytest.raises(KeyError):  # the same number as a Leshua order number is another order
        store.put(job.id, paid("PAID-1", "1234", "leshua_order_id"))
    again = store.job(job.id)
    assert again is not None
    assert again.completed == 0


def test_an_amount_a_query_answer_does_not_have_is_refused(store: JobStore) -> None:
    job = new_job(store)
    odd = Outcome("third_order_id", "PAID-1", "trusted", True, "2", amounts_fen={"tip": 5})
    with pytest.raises(ValueError, match="tip"):
        store.put(job.id, odd)


def test_an_outcome_is_on_disk_when_put_returns(store: JobStore) -> None:
    job = new_job(store)
    store.put(job.id, paid("PAID-1", "1234"))
    other = sqlite3.connect(store.path)  # another program's view
    try:
        assert other.execute("SELECT verdict, amount FROM outcomes").fetchall() == [
            ("trusted", 1234)
        ]
    finally:
        other.close()


def test_a_job_reopened_holds_what_it_held(tmp_path: Path) -> None:
    path = tmp_path / "jobs.sqlite3"
    with JobStore(path) as first:
        job = new_job(first)
        first.put_many(job.id, ANSWERS)
        first.set_state(job.id, "paused")
        before = first.rows(job.id)
    with JobStore(path) as second:
        assert second.rows(job.id) == before
        again = second.job(job.id)
        assert again is not None
        assert (again.state, again.completed) == ("paused", 9)


# --- results: filters and pages -------------------------------------------------------------


def test_each_row_needs_a_look_for_its_reasons(store: JobStore, answered: Job) -> None:
    rows = by_row(store.rows(answered.id))
    assert {n: r.attention for n, r in rows.items()} == {
        2: (),
        3: ("amount_differs",),
        4: ("not_final",),
        5: ("untrusted",),
        6: ("error",),
        7: ("not_found",),
        8: ("duplicate",),
        9: ("invalid",),
        10: ("amount_differs",),  # verified, but no amount to match the books with
        11: (),  # not asked yet
        12: (),
        13: ("invalid",),
        14: (),
    }
    assert rows[3].difference_fen == 1
    assert rows[10].difference_fen is None


def test_the_needs_attention_filter_lists_the_rows_that_need_a_look(
    store: JobStore, answered: Job
) -> None:
    flt = RowFilter(needs_attention=True)
    listed = store.rows(answered.id, flt=flt)
    assert [r.row for r in listed] == [3, 4, 5, 6, 7, 8, 9, 10, 13]
    assert all(r.attention for r in listed)
    assert store.count(answered.id, flt) == 9


def test_a_state_filter_lists_verified_answers_only(store: JobStore, answered: Job) -> None:
    paid_rows = store.rows(answered.id, flt=RowFilter(status="2"))
    assert [r.row for r in paid_rows] == [2, 3, 8, 10, 12, 14]  # FORGED-1's claim is not there
    assert store.count(answered.id, RowFilter(status="0")) == 1
    assert [r.row for r in store.rows(answered.id, flt=RowFilter(pay_way="ZFBZF"))] == [4]
    # FORGED-1 claims WeChat Pay: not listed among WeChat payments
    assert 5 not in [r.row for r in store.rows(answered.id, flt=RowFilter(pay_way="WXZF"))]
    both = RowFilter(status="2", needs_attention=True)
    assert [r.row for r in store.rows(answered.id, flt=both)] == [3, 8, 10]


def test_an_unverified_outcome_is_never_listed_under_a_state_even_if_it_names_one(
    store: JobStore,
) -> None:
    job = new_job(store)
    claim = Outcome("third_order_id", "FORGED-1", "untrusted", False, status="2",
                    pay_way="WXZF", amounts_fen={"amount": 800})  # fmt: skip
    store.put(job.id, claim)
    assert store.rows(job.id, flt=RowFilter(status="2")) == []
    assert store.rows(job.id, flt=RowFilter(pay_way="WXZF")) == []
    assert store.values(job.id, "status") == []


@pytest.mark.parametrize("verdict", ROW_VERDICTS)
def test_a_verdict_filter_lists_the_rows_that_stand_so(
    store: JobStore, answered: Job, verdict: str
) -> None:
    everything = store.rows(answered.id)
    expected = [r.row for r in everything if row_verdict(r) == verdict]
    assert expected, "the sample has a row of each kind"
    flt = RowFilter(verdict=verdict)  # type: ignore[arg-type]
    assert [r.row for r in store.rows(answered.id, flt=flt)] == expected
    assert store.count(answered.id, flt) == len(expected)


def test_an_unknown_verdict_is_refused(store: JobStore, answered: Job) -> None:
    with pytest.raises(ValueError, match="verdict"):
        store.rows(answered.id, flt=RowFilter(verdict="paid"))  # type: ignore[arg-type]


def test_pages_of_a_filter_follow_each_other(store: JobStore, answered: Job) -> None:
    flt = RowFilter(needs_attention=True)
    pages = [store.rows(answered.id, offset=o, limit=4, flt=flt) for o in (0, 4, 8, 12)]
    assert [[r.row for r in page] for page in pages] == [[3, 4, 5, 6], [7, 8, 9, 10], [13], []]
    plain = [store.rows(answered.id, offset=o, limit=5) for o in (0, 5, 10)]
    assert [r for page in plain for r in page] == store.rows(answered.id)
    assert store.count(answered.id) == 13


def test_the_filter_drop_downs_offer_verified_states_and_pay_ways(
    store: JobStore, answered: Job
) -> None:
    assert store.values(answered.id, "status") == ["0", "2"]
    assert store.values(answered.id, "pay_way") == ["WXZF", "ZFBZF"]
    tally = store.tally(answered.id)
    assert (tally.unique, tally.completed) == (10, 9)
    assert tally.by_verdict == {"trusted": 6, "untrusted": 1, "error": 1, "not_found": 1}
    assert tally.by_state == {"2": 5, "0": 1}


def test_streaming_a_job_gives_every_row_in_order_across_batches(store: JobStore) -> None:
    text = "\n".join(["订单号", *(f"S-{i:05d}" for i in range(BATCH * 2 + 37))])
    job = new_job(store, preview_text(text))
    store.put_many(job.id, [paid(f"S-{i:05d}", "100") for i in range(0, BATCH * 2 + 37, 3)])
    streamed = store.iter_rows(job.id)
    assert not isinstance(streamed, list)
    rows = list(streamed)
    assert rows == store.rows(job.id)
    assert len(rows) == BATCH * 2 + 37
    answered = list(store.iter_rows(job.id, RowFilter(verdict="trusted")))
    assert [r.id for r in answered] == [f"S-{i:05d}" for i in range(0, BATCH * 2 + 37, 3)]


# --- job states -----------------------------------------------------------------------------


def test_unfinished_jobs_are_the_running_and_paused_ones_with_orders_left(
    store: JobStore,
) -> None:
    running, paused, cancelled, done, complete = (new_job(store) for _ in range(5))
    store.set_state(paused.id, "paused")
    store.set_state(cancelled.id, "cancelled")
    store.set_state(done.id, "done")
    store.put_many(complete.id, [*ANSWERS, paid("LATER-1", "400")])  # killed before "done"
    unfinished = {j.id for j in store.jobs(unfinished_only=True)}
    assert unfinished == {running.id, paused.id}
    assert len(store.jobs()) == 5


def test_a_job_state_must_be_one_of_the_four(store: JobStore) -> None:
    job = new_job(store)
    with pytest.raises(ValueError, match="state"):
        store.set_state(job.id, "finished")  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        store.set_state("B20000101-XXXX", "paused")


def test_deleting_a_job_removes_all_it_held_and_nothing_else(store: JobStore) -> None:
    keep, gone_ = new_job(store), new_job(store)
    store.put_many(keep.id, ANSWERS)
    store.put_many(gone_.id, ANSWERS)
    assert store.delete(gone_.id)
    assert not store.delete(gone_.id)
    assert store.job(gone_.id) is None
    assert (store.rows(gone_.id), store.count(gone_.id), store.pending(gone_.id)) == ([], 0, [])
    assert store.count(keep.id) == 13
    conn = sqlite3.connect(store.path)
    try:
        counts = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("jobs", "job_orders", "job_rows", "outcomes")]  # fmt: skip
    finally:
        conn.close()
    assert counts == [1, 10, 13, 9]
    assert store.integrity() == "ok"


# --- large jobs -----------------------------------------------------------------------------


def test_a_list_of_100000_orders_is_kept_and_browsed_quickly(store: JobStore) -> None:
    n = 100_000
    rows = tuple(InputRow(i + 2, f"BIG-{i:06d}", f"BIG-{i:06d}", "third_order_id", 100 + i % 7)
                 for i in range(n))  # fmt: skip
    preview = Preview("csv", rows, 0, 1, 1, "order_id", 2, "amount")
    started = time.perf_counter()
    job = new_job(store, preview)
    assert time.perf_counter() - started < 10.0
    for start in range(0, 5000, 500):
        batch = [paid(f"BIG-{i:06d}", str(100 + i % 9)) for i in range(start, start + 500)]
        store.put_many(job.id, batch)
    started = time.perf_counter()
    assert store.count(job.id) == n
    assert store.count(job.id, RowFilter(needs_attention=True)) > 0
    deep = store.rows(job.id, offset=n - 50, limit=50)
    filtered = store.rows(job.id, offset=1000, limit=50, flt=RowFilter(status="2"))
    assert len(store.pending(job.id)) == n - 5000
    assert time.perf_counter() - started < 2.0
    assert [r.row for r in deep] == list(range(n - 50 + 2, n + 2))
    assert [r.row for r in filtered] == list(range(1002, 1052))


# --- the file: schema, damage, other programs -----------------------------------------------


def test_the_file_is_wal_with_the_schema_version(store: JobStore) -> None:
    assert max(MIGRATIONS) == SCHEMA_VERSION
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def _newer_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE jobs (key INTEGER PRIMARY KEY, future TEXT)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


def _random_bytes(path: Path) -> None:
    path.write_bytes(b"not a database " + os.urandom(8192))


def _truncated(path: Path) -> None:
    with JobStore(path) as real:
        for _ in range(20):
            new_job(real)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "tag"),
    [(_newer_file, ".newer-"), (_random_bytes, ".corrupt-"), (_truncated, ".corrupt-")],
    ids=["newer", "random-bytes", "truncated"],
)
def test_a_bad_file_is_set_aside_untouched_and_a_new_one_works(
    tmp_path: Path, make: object, tag: str
) -> None:
    path = tmp_path / "jobs.sqlite3"
    make(path)  # type: ignore[operator]
    original = path.read_bytes()
    with JobStore(path) as store:
        report = store.report
        assert report.set_aside is not None
        assert tag in report.set_aside.name
        assert report.set_aside.read_bytes() == original
        assert report.reason is not None
        assert report.set_aside.name in report.reason
        assert store.jobs() == []
        job = new_job(store)
        store.put(job.id, paid("PAID-1", "1234"))
        assert store.pending(job.id)[0] == ("third_order_id", "PAID-2")


def test_a_file_locked_by_another_program_is_busy_not_damaged(store: JobStore) -> None:
    job = new_job(store)
    quick = JobStore(store.path, busy_timeout_ms=50)
    holder = sqlite3.connect(store.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program writing, for longer than we wait
        with pytest.raises(JobStoreUnavailable) as caught:
            quick.put(job.id, paid("PAID-1", "1234"))
        assert caught.value.reason == "busy"
        assert caught.value.kind == "jobs"
        holder.execute("ROLLBACK")
        quick.put(job.id, paid("PAID-1", "1234"))  # and it works once the lock is gone
    finally:
        holder.close()
        quick.close()
    assert store.report.set_aside is None
    assert store.outcome(job.id, "third_order_id", "PAID-1") == paid("PAID-1", "1234")


def test_two_stores_on_one_file_see_each_others_outcomes(store: JobStore) -> None:
    job = new_job(store)
    with JobStore(store.path) as window:
        store.put(job.id, paid("PAID-1", "1234"))
        window.put(job.id, gone("GONE-1"))
        assert window.job(job.id) == store.job(job.id)
        assert by_row(window.rows(job.id))[7].outcome == gone("GONE-1")
    assert len(store.pending(job.id)) == 8


def test_a_moment_is_kept_to_the_millisecond_in_utc(store: JobStore) -> None:
    job = new_job(store)
    local = datetime(2026, 3, 1, 17, 30, 15, 987654, tzinfo=CHINA_TZ)
    store.put(job.id, Outcome("third_order_id", "PAID-1", "trusted", True, "2", queried_at=local))
    kept = store.outcome(job.id, "third_order_id", "PAID-1")
    assert kept is not None
    assert kept.queried_at is not None
    assert kept.queried_at == local.replace(microsecond=987000)
    assert kept.queried_at.tzinfo == UTC
