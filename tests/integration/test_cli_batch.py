"""`leshua-query batch` as a real process against the sandbox on loopback: a 1,000-row list end to
end (the --json report, the .xlsx and .csv exports read back, every query in the history with
its job), a run killed with SIGKILL and resumed, the exit statuses, the rate limit and busy
answers as the sandbox saw them, and the ways a list comes in (standard input in UTF-8 or GBK,
--kind, --column, --expected-column), --no-history and --lang zh_TW.

What each order answers is taken from the sandbox's own demo orders (batch_orders), never from
the code under test: the report must say what the gateway said."""

from __future__ import annotations

import csv
import re
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.paths import app_paths
from leshua_gui.sandbox import Sandbox
from leshua_gui.sandbox.batch_orders import (
    BATCH_NOT_FOUND_EXAMPLE,
    BATCH_UNTRUSTED_EXAMPLE,
    amount_fen,
    kind,
    leshua_order_id,
    order,
)
from tests.core.test_translations import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from tests.support.cli_runner import Run, finish, run_cli, start_cli

#: the trade states a lookup ends in (paid, closed, failed, refunded, refund failed)
FINAL_STATES = frozenset({"2", "6", "8", "11", "12"})
#: the amounts a query_status answer may carry, in fen
AMOUNT_NAMES = ("amount", "buyer_pay_amount", "discount_amount", "coupon", "settlement_amount")
REPORT_KEYS = {"job", "total", "completed", "invalid", "by_state", "untrusted", "errors",
               "not_final", "mismatches", "not_found", "rows"}  # fmt: skip
ROW_KEYS = {"row", "id", "kind", "trusted", "final", "status", "amounts_fen", "expected_fen",
            "error"}  # fmt: skip
JOB_LINE = re.compile(r"batch job (B[0-9]{8}-[0-9A-Z]{4})\b")
#: the sandbox's demo merchant is 0000000018; this one is someone else
OTHER_MERCHANT = "1234567890"


# ---------------------------------------------------------------------------------------------
# What the sandbox answers, and running the command
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What the gateway answers batch demo order `n` the first time it is asked."""

    verdict: str  # trusted, untrusted or not_found
    status: str | None = None
    amounts: dict[str, int] | None = None
    pay_time: datetime | None = None

    @property
    def trusted(self) -> bool:
        return self.verdict == "trusted"

    @property
    def final(self) -> bool:
        return self.trusted and self.status in FINAL_STATES


def first_answer(n: int) -> Answer:
    what = kind(n)
    if what in ("untrusted", "not_found"):
        return Answer(what)
    demo = order(n)
    assert demo is not None
    fields = dict(demo.fields)
    if what == "turns_paid":  # paying for its first two queries
        fields = {"status": "0", "amount": fields["amount"]}
    amounts = {name: int(fields[name]) for name in AMOUNT_NAMES if name in fields}
    return Answer("trusted", fields["status"], amounts, _pay_time(fields.get("pay_time")))


def _pay_time(text: str | None) -> datetime | None:
    if not text:
        return None
    shape = "%Y-%m-%d %H:%M:%S" if "-" in text else "%Y%m%d%H%M%S"
    return datetime.strptime(text, shape)


def demo_id(n: int) -> str:
    return f"DEMO-B-{n:05d}"


def paid_numbers(count: int, start: int = 1) -> list[int]:
    """Batch demo orders that answer paid (verified, final) on the first query."""
    found: list[int] = []
    n = start
    while len(found) < count:
        if kind(n) == "paid":
            found.append(n)
        n += 1
    return found


def yuan(fen: int, style: int = 0) -> str:
    """An amount as finance writes it: 69.53, ¥69.53, 1,482.74, 69.53元."""
    plain = f"{fen // 100}.{fen % 100:02d}"
    return (plain, f"¥{plain}", f"{fen // 100:,}.{fen % 100:02d}", f"{plain}元")[style % 4]


def batch(sandbox: Sandbox, *args: str, stdin: str | bytes | None = None,
          merchant_id: str | None = None, timeout: float = 60) -> Run:  # fmt: skip
    """`leshua-query batch ARGS` against the test's sandbox, the key in the environment."""
    return run_cli(
        "batch", *args, "--gateway", sandbox.url,
        "--merchant-id", merchant_id or sandbox.merchant_id,
        stdin=stdin, key=sandbox.transaction_key, timeout=timeout,
    )  # fmt: skip


def start_batch(sandbox: Sandbox, *args: str) -> subprocess.Popen[str]:
    return start_cli(
        "batch", *args, "--gateway", sandbox.url, "--merchant-id", sandbox.merchant_id,
        key=sandbox.transaction_key,
    )  # fmt: skip


def asked(sandbox: Sandbox) -> int:
    """Order lookups the sandbox has received."""
    return sandbox.state.services_seen().get("query_status", 0)


def job_of(stderr: str) -> str:
    found = JOB_LINE.search(stderr)
    assert found, f"no job id on stderr:\n{stderr}"
    return found.group(1)


def read_job_id(proc: subprocess.Popen[str]) -> str:
    """The job id a running command prints on stderr at the start."""
    assert proc.stderr is not None
    seen = []
    for _ in range(20):
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        if JOB_LINE.search(line):
            return job_of(line)
    proc.kill()
    raise AssertionError("no job id on stderr: " + "".join(seen))


def jobs_file() -> Path:
    return app_paths().data / "jobs.sqlite3"


def outcomes_written(job: str) -> int:
    with closing(sqlite3.connect(jobs_file(), timeout=10)) as conn:
        sql = "SELECT COUNT(*) FROM outcomes WHERE job = (SELECT key FROM jobs WHERE id = ?)"
        return int(conn.execute(sql, [job]).fetchone()[0])


def wait_for_outcomes(proc: subprocess.Popen[str], job: str, at_least: int) -> int:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the batch ended before it could be stopped"
        written = outcomes_written(job)
        if written >= at_least:
            return written
        time.sleep(0.02)
    raise AssertionError(f"fewer than {at_least} outcomes written in 15 s")


def write_list(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# A 1,000-row list with expected amounts: some wrong, some rows not sendable, some repeated
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListRow:
    """One row of the books: the id cell, the amount cell as written, the demo order it names
    (None: not a demo order id) and the amount in fen the books hold (None: none, or refused)."""

    text: str
    amount: str
    number: int | None
    expected_fen: int | None
    problem: str | None = None


#: The orders of the list: 990 of them, a slow one among them (DEMO-B-00999).
NUMBERS = [*range(1, 990), 999]
#: Orders whose books amount is mistyped (one fen more); 333 does not verify, 404 is unknown.
MISTYPED = {n for n in NUMBERS if n % 97 == 0} | {333, 404}
#: Rows that are never sent, each with the reason the report gives (the books amount of a row
#: whose id is wrong is still read).
NOT_SENDABLE = [
    ListRow("bad id", "1.00", None, 100, "id_space"),
    ListRow("订单甲", "2.00", None, 200, "id_chars"),
    ListRow("X" * 70, "3.00", None, 300, "id_too_long"),
    ListRow(demo_id(995), "12.345", 995, None, "amount_decimals"),
    ListRow(demo_id(996), "-5.00", 996, None, "amount_negative"),
]


def books_row(n: int, style: int, *, off_by: int = 0) -> ListRow:
    fen = amount_fen(n) + off_by
    return ListRow(demo_id(n), yuan(fen, style), n, fen)


def thousand_rows() -> list[ListRow]:
    """1,000 rows: 990 orders, 5 rows not sendable, 5 repeats (one with another amount)."""
    rows = [books_row(n, n, off_by=1 if n in MISTYPED else 0) for n in NUMBERS]
    repeats = [books_row(1, 0), books_row(2, 1), books_row(3, 2), books_row(333, 0),
               books_row(5, 0, off_by=100)]  # fmt: skip
    for i, extra in enumerate([*NOT_SENDABLE, *repeats]):
        rows.insert(90 * (i + 1), extra)
    assert len(rows) == 1000
    return rows


def write_csv(path: Path, rows: list[ListRow]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["商户订单号", "金额"])
        out.writerows([row.text, row.amount] for row in rows)
    return path


def write_xlsx(path: Path, rows: list[ListRow]) -> Path:
    """As Excel keeps them: ids as text, most amounts as numbers, the formatted ones as text."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["商户订单号", "金额"])
    for row in rows:
        plain = re.fullmatch(r"[0-9]+\.[0-9]{2}", row.amount)
        sheet.append([row.text, float(row.amount) if plain else row.amount])
    book.save(path)
    return path


def expected_report(rows: list[ListRow]) -> dict[str, Any]:
    """The --json report the list must give (the job id left out), its rows' errors cut to what
    went wrong (the text before the colon)."""
    answers: dict[int, Answer] = {}
    report_rows, invalid, mismatches = [], [], []
    for i, row in enumerate(rows):
        number = 2 + i  # the header is row 1
        if row.problem is not None:
            invalid.append({"row": number, "text": row.text, "reason": row.problem})
            report_rows.append({"row": number, "id": row.text, "kind": "third_order_id",
                                "trusted": False, "final": False, "status": None,
                                "amounts_fen": {}, "expected_fen": row.expected_fen,
                                "error": "invalid"})  # fmt: skip
            continue
        assert row.number is not None
        answer = answers.setdefault(row.number, first_answer(row.number))
        amounts = answer.amounts or {}
        report_rows.append({
            "row": number, "id": row.text, "kind": "third_order_id", "trusted": answer.trusted,
            "final": answer.final, "status": answer.status, "amounts_fen": amounts,
            "expected_fen": row.expected_fen,
            "error": None if answer.trusted else answer.verdict,
        })  # fmt: skip
        if answer.trusted and row.expected_fen != amounts.get("amount"):
            mismatches.append({"row": number, "id": row.text, "expected_fen": row.expected_fen,
                               "amount_fen": amounts.get("amount")})  # fmt: skip
    by_state: dict[str, dict[str, int]] = {}
    for answer in answers.values():
        if answer.trusted:
            assert answer.status is not None
            assert answer.amounts is not None
            money = by_state.setdefault(
                answer.status, {"count": 0, "amount_fen": 0, "settlement_fen": 0}
            )
            money["count"] += 1
            money["amount_fen"] += answer.amounts.get("amount", 0)
            money["settlement_fen"] += answer.amounts.get("settlement_amount", 0)
    verdicts = [a.verdict for a in answers.values()]
    return {
        "total": len(answers),
        "completed": len(answers),
        "invalid": invalid,
        "by_state": dict(sorted(by_state.items())),
        "untrusted": verdicts.count("untrusted"),
        "errors": 0,
        "not_final": sum(a.trusted and not a.final for a in answers.values()),
        "mismatches": mismatches,
        "not_found": verdicts.count("not_found"),
        "rows": report_rows,
    }


def comparable(payload: dict[str, Any]) -> dict[str, Any]:
    """The report without its job id, each row's error cut to what went wrong."""
    assert set(payload) == REPORT_KEYS
    out = {k: v for k, v in payload.items() if k != "job"}
    rows = []
    for row in payload["rows"]:
        assert set(row) == ROW_KEYS
        error = row["error"]
        rows.append({**row, "error": None if error is None else error.split(":", 1)[0]})
    out["rows"] = rows
    return out


def check_report(run: Run, rows: list[ListRow]) -> dict[str, Any]:
    """The run's --json report is the list's, and says the job its stderr named."""
    payload: dict[str, Any] = run.json()
    assert payload["job"] == job_of(run.stderr)
    expected = expected_report(rows)
    actual = comparable(payload)
    for key in REPORT_KEYS - {"job", "rows"}:
        assert actual[key] == expected[key], key
    for got, want in zip(actual["rows"], expected["rows"], strict=True):
        assert got == want
    # a row not sent says why in its error as in the list of invalid rows
    reasons = {item["row"]: item["reason"] for item in payload["invalid"]}
    for row in payload["rows"]:
        if row["row"] in reasons:
            assert row["error"] == f"invalid: {reasons[row['row']]}"
    return payload


def test_a_thousand_row_list_is_checked_end_to_end(sandbox: Sandbox, tmp_path: Path) -> None:
    rows = thousand_rows()
    books = write_csv(tmp_path / "books.csv", rows)
    xlsx = tmp_path / "checked.xlsx"

    run = batch(sandbox, str(books), "--qps", "0", "--concurrency", "8", "--json",
                "--export", str(xlsx), "--lang", "en")  # fmt: skip

    assert run.code == 1, run.stderr  # done, but some rows need a look
    payload = check_report(run, rows)
    job = payload["job"]
    assert payload["total"] == 990
    assert len(payload["invalid"]) == 5
    assert payload["untrusted"] == 2  # 333 and 666
    assert payload["not_found"] == 2  # 404 and 808
    assert len(payload["mismatches"]) == len(MISTYPED - {333, 404}) + 1  # + the repeated 5
    # untrusted answers are never money: no state, no amounts, not in the totals
    untrusted = [r for r in payload["rows"] if r["id"] in (demo_id(333), demo_id(666))]
    assert len(untrusted) == 3  # 333 twice
    assert all(r["status"] is None and r["amounts_fen"] == {} for r in untrusted)
    counted = sum(m["count"] for m in payload["by_state"].values())
    assert counted == 990 - 4
    trusted = [first_answer(n) for n in NUMBERS if first_answer(n).trusted]
    money = sum((a.amounts or {}).get("amount", 0) for a in trusted)
    assert sum(m["amount_fen"] for m in payload["by_state"].values()) == money
    # each order asked once: the repeats not again, the rows not sendable never
    assert asked(sandbox) == 990

    check_xlsx(xlsx, job, rows, payload)

    # every query is a history record of the job
    history = run_cli("history", "--json", "--job", job, "--limit", "5000")
    assert history.code == 0, history.stderr
    records = history.json()
    assert len(records) == 990
    assert {r["job"] for r in records} == {job}
    assert sorted(r["order_id"] for r in records) == sorted(demo_id(n) for n in NUMBERS)

    # the finished job exported again as .csv: nothing asked again, the same report
    exported = tmp_path / "checked.csv"
    again = batch(sandbox, "--resume", job, "--json", "--export", str(exported), "--lang", "en")
    assert again.code == 1, again.stderr
    assert again.json() == payload
    assert asked(sandbox) == 990
    check_csv(exported, rows, payload)


def _row_by_header(header: tuple[Any, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(header, values, strict=True))


def check_xlsx(path: Path, job: str, rows: list[ListRow], payload: dict[str, Any]) -> None:
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Rows"]
    summary = [r for r in book["Summary"].iter_rows(values_only=True) if any(r)]
    labels = {r[0]: r[1:] for r in summary}
    assert labels["Batch job"][0] == job
    assert labels["Answers not verified"][0] == 2
    paid = next(r for r in summary if r[1] == "2")
    state = payload["by_state"]["2"]
    assert paid[2] == state["count"]
    assert round(Decimal(str(paid[3])) * 100) == state["amount_fen"]
    every = next(r for r in summary if r[0] == "All verified answers")
    assert every[2] == sum(m["count"] for m in payload["by_state"].values())
    total = sum(m["amount_fen"] for m in payload["by_state"].values())
    assert round(Decimal(str(every[3])) * 100) == total

    sheet = book["Rows"]
    cells = list(sheet.iter_rows())
    header = tuple(c.value for c in cells[0])
    assert len(cells) == 1 + len(rows)
    for line, row, reported in zip(cells[1:], rows, payload["rows"], strict=True):
        got = _row_by_header(header, tuple(c.value for c in line))
        kinds = _row_by_header(header, tuple(c.data_type for c in line))
        assert got["Row"] == reported["row"]
        assert got["Order number"] == row.text
        assert kinds["Order number"] == "s"  # text, never a number
        fen = reported["amounts_fen"].get("amount")
        if reported["trusted"]:
            assert isinstance(got["Order amount"], (int, float))
            assert round(Decimal(str(got["Order amount"])) * 100) == fen
        else:  # no amount of an answer that did not verify, not even the one it claimed
            assert got["Order amount"] is None
            assert got["Settlement"] is None
        answer = first_answer(row.number) if row.number and not row.problem else None
        if answer is not None and answer.trusted and answer.pay_time is not None:
            assert got["Paid at (Beijing time)"] == answer.pay_time  # a date-time cell
        else:
            assert got["Paid at (Beijing time)"] is None
        if row.expected_fen is not None:
            assert round(Decimal(str(got["Expected amount (books)"])) * 100) == row.expected_fen


def check_csv(path: Path, rows: list[ListRow], payload: dict[str, Any]) -> None:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, as Excel wants it
    lines = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    header, body = lines[0], lines[1:]
    assert len(body) == len(rows)
    for line, row, reported in zip(body, rows, payload["rows"], strict=True):
        got = dict(zip(header, line, strict=True))
        assert got["Row"] == str(reported["row"])
        assert got["Order number"] == row.text
        fen = reported["amounts_fen"].get("amount")
        assert got["Order amount"] == (yuan(fen) if reported["trusted"] else "")
        answer = first_answer(row.number) if row.number and not row.problem else None
        if answer is not None and answer.trusted and answer.pay_time is not None:
            assert datetime.fromisoformat(got["Paid at (Beijing time)"]) == answer.pay_time


def test_a_thousand_row_spreadsheet_gives_the_same_report(sandbox: Sandbox, tmp_path: Path) -> None:
    rows = thousand_rows()
    books = write_xlsx(tmp_path / "books.xlsx", rows)
    run = batch(sandbox, str(books), "--qps", "0", "--concurrency", "8", "--json", "--lang", "en")
    assert run.code == 1, run.stderr
    check_report(run, rows)
    assert asked(sandbox) == 990


# ---------------------------------------------------------------------------------------------
# Killed with SIGKILL, interrupted with Ctrl+C: resumed, asking only what is left
# ---------------------------------------------------------------------------------------------


def _outcome_times(job: str) -> dict[int, int]:
    with closing(sqlite3.connect(jobs_file(), timeout=10)) as conn:
        sql = ("SELECT seq, queried_at FROM outcomes"
               " WHERE job = (SELECT key FROM jobs WHERE id = ?)")  # fmt: skip
        return dict(conn.execute(sql, [job]).fetchall())


def test_a_job_killed_mid_way_is_resumed_asking_only_the_orders_left(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    numbers = range(2001, 4001)
    books = write_list(tmp_path / "orders.txt", [demo_id(n) for n in numbers])
    proc = start_batch(sandbox, str(books), "--qps", "200", "--concurrency", "4", "--lang", "en")
    try:
        job = read_job_id(proc)
        wait_for_outcomes(proc, job, 300)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL  # killed: no exit status of its own
    time.sleep(0.3)  # requests already on their way are counted as they arrive
    asked_before = asked(sandbox)
    before = _outcome_times(job)
    assert 300 <= len(before) < 2000
    # at most the requests in flight (one per worker) were answered and not written
    assert len(before) <= asked_before <= len(before) + 4
    with JobStore(jobs_file()) as store:
        assert job in [j.id for j in store.jobs(unfinished_only=True)]  # offered to resume
        assert len(store.pending(job)) == 2000 - len(before)

    resumed = batch(sandbox, "--resume", job, "--json", "--lang", "en")

    assert resumed.code == 1, resumed.stderr  # 4 do not verify, 4 are unknown
    payload = resumed.json()
    assert payload["job"] == job
    assert payload["total"] == payload["completed"] == 2000
    assert payload["untrusted"] == 4
    assert payload["not_found"] == 4
    assert [r["id"] for r in payload["rows"]] == [demo_id(n) for n in numbers]
    # only the orders without an outcome were asked again
    assert asked(sandbox) - asked_before == 2000 - len(before)
    assert asked(sandbox) <= 2000 + 4
    after = _outcome_times(job)
    assert {seq: after[seq] for seq in before} == before  # those written stayed as they were
    with closing(sqlite3.connect(jobs_file(), timeout=10)) as conn:
        key = conn.execute("SELECT key FROM jobs WHERE id = ?", [job]).fetchone()[0]
        orders = conn.execute("SELECT COUNT(*) FROM job_orders WHERE job = ?", [key]).fetchone()
        outcomes = conn.execute("SELECT COUNT(*) FROM outcomes WHERE job = ?", [key]).fetchone()
        missing = conn.execute(
            "SELECT COUNT(*) FROM job_orders k WHERE k.job = ? AND NOT EXISTS"
            " (SELECT 1 FROM outcomes o WHERE o.job = k.job AND o.seq = k.seq)",
            [key],
        ).fetchone()
        state = conn.execute("SELECT state FROM jobs WHERE key = ?", [key]).fetchone()
    assert orders[0] == outcomes[0] == 2000
    assert missing[0] == 0
    assert state[0] == "done"
    with JobStore(jobs_file()) as store:
        assert all(row.outcome is not None for row in store.iter_rows(job))
        assert store.pending(job) == []


def test_ctrl_c_stops_with_exit_5_and_the_job_goes_on_with_resume(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    numbers = paid_numbers(200)
    books = write_list(tmp_path / "orders.txt", [demo_id(n) for n in numbers])
    proc = start_batch(sandbox, str(books), "--qps", "50", "--json", "--lang", "en")
    try:
        job = read_job_id(proc)
        wait_for_outcomes(proc, job, 20)
        proc.send_signal(signal.SIGINT)
        run = finish(proc, key=sandbox.transaction_key, timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()

    assert run.code == 5, run.stderr
    assert f"--resume {job}" in run.stderr.split("\n", 1)[1]  # said again at the end
    stopped = run.json()
    assert 20 <= stopped["completed"] < stopped["total"] == 200
    assert outcomes_written(job) == stopped["completed"]
    # a query in flight when Ctrl+C came was kept: nothing answered was lost
    assert asked(sandbox) == stopped["completed"]

    resumed = batch(sandbox, "--resume", job, "--json", "--lang", "en")
    assert resumed.code == 0, resumed.stderr  # every order paid, verified, final
    assert resumed.json()["completed"] == 200
    assert asked(sandbox) == 200


# ---------------------------------------------------------------------------------------------
# Exit statuses
# ---------------------------------------------------------------------------------------------


def test_exit_0_when_every_order_is_verified_final_and_matches_the_books(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    numbers = paid_numbers(12)
    books = tmp_path / "books.csv"
    books.write_text(
        "商户订单号,金额\n" + "".join(f"{demo_id(n)},{yuan(amount_fen(n))}\n" for n in numbers),
        encoding="utf-8",
    )
    run = batch(sandbox, str(books), "--lang", "en")
    assert run.code == 0, run.stdout + run.stderr
    assert f"rows matching the books: {len(numbers)}" in run.stdout
    assert "rows whose amount differs: 0" in run.stdout
    assert asked(sandbox) == len(numbers)


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        pytest.param([], None, id="no-input-no-resume"),
        pytest.param(["-", "--concurrency", "0"], "DEMO-B-00001\n", id="concurrency-0"),
        pytest.param(["-"], "bad id\n订单甲\n\n", id="nothing-valid"),
        pytest.param(["--resume", "B20260101-ZZZZ"], None, id="unknown-job"),
        pytest.param(["-", "--column", "ref"], "商户订单号\nDEMO-B-00001\n", id="no-such-column"),
        pytest.param(["-", "--export", "out.pdf"], "DEMO-B-00001\n", id="export-not-a-spreadsheet"),
    ],
)
def test_exit_2_for_a_usage_error_with_nothing_sent(
    sandbox: Sandbox, args: list[str], stdin: str | None
) -> None:
    run = batch(sandbox, *args, "--lang", "en", stdin=stdin)
    assert run.code == 2, run.stdout + run.stderr
    assert run.stderr.strip()  # says what is wrong
    assert sandbox.state.requests_seen == 0


def test_exit_2_as_json_when_nothing_in_the_list_can_be_sent(sandbox: Sandbox) -> None:
    run = batch(sandbox, "-", "--json", "--lang", "en", stdin="bad id\n")
    assert run.code == 2
    assert run.json()["error"]["reason"] == "batch_empty"
    assert "1 rows read, 1 of them wrong" in run.stderr
    assert sandbox.state.requests_seen == 0


def test_exit_2_resuming_a_job_for_another_merchant(sandbox: Sandbox) -> None:
    numbers = paid_numbers(5)
    with JobStore(jobs_file()) as store:
        job = store.create(
            preview_text("\n".join(demo_id(n) for n in numbers)),
            profile="", merchant_id=sandbox.merchant_id, environment=sandbox.url,
            source_name="", settings=JobSettings(qps=0),
        ).id  # fmt: skip

    other = batch(sandbox, "--resume", job, "--lang", "en", merchant_id=OTHER_MERCHANT)
    assert other.code == 2, other.stderr
    assert sandbox.merchant_id in other.stderr  # says whose job it is
    assert OTHER_MERCHANT in other.stderr
    assert sandbox.state.requests_seen == 0

    own = batch(sandbox, "--resume", job, "--lang", "en")  # still there to resume
    assert own.code == 0, own.stderr
    assert asked(sandbox) == len(numbers)


def test_exit_3_when_the_list_cannot_be_read(sandbox: Sandbox, tmp_path: Path) -> None:
    missing = batch(sandbox, str(tmp_path / "no-such-list.csv"), "--lang", "en")
    assert missing.code == 3, missing.stderr
    assert "no-such-list.csv" in missing.stderr

    corrupt = tmp_path / "damaged.xlsx"
    corrupt.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    damaged = batch(sandbox, str(corrupt), "--lang", "en")
    assert damaged.code == 3, damaged.stderr
    assert "damaged.xlsx" in damaged.stderr

    assert sandbox.state.requests_seen == 0


# ---------------------------------------------------------------------------------------------
# Gentle with the gateway: the rate limit, busy answers
# ---------------------------------------------------------------------------------------------


def test_the_rate_limit_holds_at_the_gateway(sandbox: Sandbox) -> None:
    numbers = paid_numbers(60)
    run = batch(sandbox, "-", "--qps", "10", "--concurrency", "4", "--json",
                stdin="\n".join(demo_id(n) for n in numbers))  # fmt: skip
    assert run.code == 0, run.stderr
    assert asked(sandbox) == 60
    assert sandbox.state.max_per_second() <= 10
    assert sandbox.state.max_in_window(1.0) <= 10
    assert len(sandbox.state.requests_per_second()) >= 6  # 60 at 10 a second: 6 seconds or more


@pytest.mark.parametrize("busy_kind", ["http503", "-4027"])
def test_busy_answers_slow_the_job_and_every_order_is_answered(
    sandbox: Sandbox, busy_kind: str
) -> None:
    numbers = paid_numbers(40)
    sandbox.state.busy(count=30, kind=busy_kind)  # type: ignore[arg-type]
    started = time.monotonic()
    # the default concurrency; a high rate so that slowing to 1/16 of it stays quick
    run = batch(sandbox, "-", "--qps", "100", "--concurrency", "4", "--json",
                stdin="\n".join(demo_id(n) for n in numbers))  # fmt: skip
    payload = run.json()
    not_trusted = [(r["id"], r["error"]) for r in payload["rows"] if not r["trusted"]]
    assert not_trusted == []
    assert run.code == 0, run.stderr
    assert payload["errors"] == 0
    assert sandbox.state.busy_answered == 30
    assert asked(sandbox) == 40 + 30  # each busy answer asked again, nothing more
    assert time.monotonic() - started < 20


# ---------------------------------------------------------------------------------------------
# How a list comes in; the history; the language
# ---------------------------------------------------------------------------------------------


def test_standard_input_one_id_a_line(sandbox: Sandbox) -> None:
    numbers = paid_numbers(3)
    run = batch(sandbox, "-", "--json", stdin="".join(f"{demo_id(n)}\r\n" for n in numbers))
    assert run.code == 0, run.stderr
    payload = run.json()
    assert [r["id"] for r in payload["rows"]] == [demo_id(n) for n in numbers]
    assert [r["row"] for r in payload["rows"]] == [1, 2, 3]  # no header: the first line is row 1


def test_gateway_sandbox_runs_a_demo_gateway_inside_the_command() -> None:
    numbers = [*paid_numbers(3), 333]
    run = run_cli("batch", "-", "--gateway", "sandbox", "--json", "--lang", "en",
                  stdin="\n".join(demo_id(n) for n in numbers))  # fmt: skip
    assert run.code == 1, run.stderr  # DEMO-B-00333 does not verify
    payload = run.json()
    assert [r["trusted"] for r in payload["rows"]] == [True, True, True, False]
    assert payload["untrusted"] == 1
    history = run_cli("history", "--json", "--job", payload["job"])
    assert len(history.json()) == 4


def test_standard_input_in_gbk_as_chinese_windows_sends_it(sandbox: Sandbox) -> None:
    numbers = paid_numbers(2)
    text = "商户订单号\n" + "".join(f"{demo_id(n)}\n" for n in numbers) + "订单甲\n"
    run = batch(sandbox, "-", "--json", stdin=text.encode("gbk"))
    assert run.code == 1, run.stderr  # a row that cannot be sent needs a look
    payload = run.json()
    assert [r["id"] for r in payload["rows"][:2]] == [demo_id(n) for n in numbers]
    assert all(r["trusted"] for r in payload["rows"][:2])
    assert payload["invalid"] == [{"row": 4, "text": "订单甲", "reason": "id_chars"}]
    assert asked(sandbox) == 2


def test_kind_leshua_order_id_asks_by_the_leshua_number(sandbox: Sandbox, tmp_path: Path) -> None:
    numbers = [1, 13]  # paid, failed
    text = "商户订单号\n" + "".join(f"{leshua_order_id(n)}\n" for n in numbers)
    exported = tmp_path / "out.xlsx"

    as_header_says = batch(sandbox, "-", "--json", stdin=text)
    assert as_header_says.json()["not_found"] == 2  # as merchant numbers: not known

    run = batch(sandbox, "-", "--kind", "leshua_order_id", "--json", "--export", str(exported),
                "--lang", "en", stdin=text)  # fmt: skip
    assert run.code == 0, run.stderr
    rows = run.json()["rows"]
    assert [r["kind"] for r in rows] == ["leshua_order_id"] * 2
    assert [r["id"] for r in rows] == [leshua_order_id(n) for n in numbers]
    assert [r["status"] for r in rows] == ["2", "8"]
    sheet = load_workbook(exported)["Rows"]
    ids = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in ids] == ["0003495003000001", "0003495003000013"]  # zeros kept
    assert {c.data_type for c in ids} == {"s"}


def test_column_and_expected_column_by_header_name(sandbox: Sandbox, tmp_path: Path) -> None:
    numbers = paid_numbers(4)
    books = tmp_path / "ledger.csv"
    books.write_text(
        "note,ref,books\n"
        + "".join(f"shop {n},{demo_id(n)},{yuan(amount_fen(n) + (n == numbers[-1]))}\n"
                  for n in numbers),
        encoding="utf-8",
    )  # fmt: skip
    run = batch(sandbox, str(books), "--column", "ref", "--expected-column", "books", "--json")
    assert run.code == 1, run.stderr  # the last row's books are a fen off
    payload = run.json()
    assert [r["id"] for r in payload["rows"]] == [demo_id(n) for n in numbers]
    assert [r["row"] for r in payload["rows"]] == [2, 3, 4, 5]
    expected = [amount_fen(n) for n in numbers]
    expected[-1] += 1
    assert [r["expected_fen"] for r in payload["rows"]] == expected
    assert payload["mismatches"] == [{"row": 5, "id": demo_id(numbers[-1]),
                                      "expected_fen": expected[-1],
                                      "amount_fen": amount_fen(numbers[-1])}]  # fmt: skip


def test_no_history_records_nothing(sandbox: Sandbox) -> None:
    numbers = paid_numbers(3)
    run = batch(sandbox, "-", "--no-history", stdin="\n".join(demo_id(n) for n in numbers))
    assert run.code == 0, run.stderr
    assert asked(sandbox) == 3
    history = run_cli("history", "--json", "--limit", "100")
    assert history.code == 0, history.stderr
    assert history.json() == []


def test_the_summary_in_traditional_chinese(sandbox: Sandbox, tmp_path: Path) -> None:
    paid = paid_numbers(3)
    books = tmp_path / "books.csv"
    books.write_text(
        "商户订单号,金额\n"
        + "".join(f"{demo_id(n)},{yuan(amount_fen(n) + 1)}\n" for n in paid)
        + f"{BATCH_UNTRUSTED_EXAMPLE},1.00\n{BATCH_NOT_FOUND_EXAMPLE},2.00\nbad id,3.00\n",
        encoding="utf-8",
    )
    run = batch(sandbox, str(books), "--lang", "zh_TW")
    assert run.code == 1, run.stderr
    assert TRADITIONAL_ONLY & set(run.stdout)  # written in Chinese, in traditional characters
    assert sorted(SIMPLIFIED_ONLY & set(run.stdout)) == []
    assert sorted(SIMPLIFIED_ONLY & set(run.stderr)) == []
