"""`leshua-query history` as real processes: what `status` records, filters, exports, bad files."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from leshua_gui.core.history.export import COLUMNS, header
from leshua_gui.core.history.store import SCHEMA_VERSION
from leshua_gui.sandbox import Sandbox
from tests.support.cli_runner import KEY_ENV, Run, run_cli

KEYS = [key for key, _ in COLUMNS]
TODAY = date.today()


def status(sandbox: Sandbox, home: Path, *args: str) -> Run:
    return run_cli(
        "status",
        "--gateway",
        sandbox.url,
        "--merchant-id",
        sandbox.merchant_id,
        *args,
        home=home,
        key=sandbox.transaction_key,
    )


def history(home: Path, *args: str) -> Run:
    return run_cli("history", *args, home=home)


def history_json(home: Path, *args: str) -> list[dict[str, Any]]:
    run = history(home, "--json", *args)
    assert run.code == 0, run.stderr
    rows = run.json()
    assert isinstance(rows, list)
    return rows


def order_ids(rows: list[dict[str, Any]]) -> list[str]:
    return [r["order_id"] for r in rows]


def scan_for_key(folder: Path, key: str) -> list[Path]:
    """Every file under `folder` whose bytes (or, for a zip, any member's bytes) hold the key."""
    needle = key.encode()
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if needle in data:
            found.append(path)
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                if any(needle in z.read(name) for name in z.namelist()):
                    found.append(path)
    return found


# The session: what was queried, newest last. DEMO-PAYING turns paid on its third query.
SESSION_NEWEST_FIRST = [
    "FAULT-502",
    "DEMO-PAYING",
    "DEMO-NOT-FOUND",
    "FAULT-BAD-SIGN",
    "0003495002500083",  # by leshua_order_id: the order 000120261122
    "DEMO-PAID-WX",
]


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory, shared_sandbox: Sandbox) -> Path:
    """One home with a session of real `status` queries (the 4 s poll runs only once)."""
    shared_sandbox.state.reset()
    home = tmp_path_factory.mktemp("session") / "leshua-home"
    sb = shared_sandbox
    assert status(sb, home, "--third-order-id", "DEMO-PAID-WX").code == 0
    assert status(sb, home, "--leshua-order-id", "0003495002500083").code == 0
    assert status(sb, home, "--third-order-id", "FAULT-BAD-SIGN").code == 4
    # not recorded: asked not to, and refused before anything was sent
    assert status(sb, home, "--third-order-id", "DEMO-CLOSED", "--no-history").code == 0
    assert status(sb, home, "--third-order-id", "bad id with spaces").code == 2
    assert status(sb, home, "--leshua-order-id", "0003-4950").code == 2
    assert status(sb, home, "--third-order-id", "DEMO-NOT-FOUND").code == 1
    waited = status(sb, home, "--third-order-id", "DEMO-PAYING", "--wait", "15", "--json")
    assert waited.code == 0, waited.stderr
    assert waited.json()["attempts"] == 3
    assert status(sb, home, "--third-order-id", "FAULT-502").code == 3
    return home


def test_history_json_lists_the_session_newest_first(session: Path) -> None:
    rows = history_json(session)
    assert order_ids(rows) == SESSION_NEWEST_FIRST
    assert "DEMO-CLOSED" not in order_ids(rows)  # --no-history
    assert order_ids(rows).count("DEMO-PAYING") == 1  # one row for the whole poll

    times = [datetime.fromisoformat(r["time"]) for r in rows]
    assert all(t.utcoffset() == timedelta(0) for t in times)
    assert times == sorted(times, reverse=True)
    assert all(abs(datetime.now().astimezone() - t) < timedelta(minutes=10) for t in times)

    for row in rows:
        for key in ("order_id", "merchant_id", "third_order_id", "leshua_order_id",
                    "out_transaction_id", "channel_order_id", "status"):  # fmt: skip
            assert row[key] is None or isinstance(row[key], str), (row["order_id"], key)
        assert all(type(v) is int for v in row["amounts_fen"].values())
        assert row["merchant_id"] == "0000000018"
        assert row["environment"] == "sandbox"
        assert type(row["attempts"]) is int
        assert type(row["final"]) is bool
        assert "sign" not in row
        assert KEY_ENV not in json.dumps(row)

    by_id = {r["order_id"]: r for r in rows}
    paid = by_id["DEMO-PAID-WX"]
    assert paid["verification"] == "verified"
    assert paid["error"] is None
    assert paid["status"] == "2"
    assert paid["pay_way"] == "WXZF"
    assert paid["amounts_fen"] == {
        "amount": 12800,
        "buyer_pay_amount": 11800,
        "discount_amount": 1000,
        "settlement_amount": 11800,
    }
    assert paid["leshua_order_id"] == "0003495002500081"
    assert paid["out_transaction_id"] == "4200002026112014032712345678"
    assert (paid["attempts"], paid["final"], paid["id_kind"]) == (1, True, "third_order_id")

    zeros = by_id["0003495002500083"]
    assert zeros["id_kind"] == "leshua_order_id"
    assert zeros["third_order_id"] == "000120261122"
    assert zeros["channel_order_id"] == "0000620261122080005"
    assert zeros["amounts_fen"] == {"amount": 100, "settlement_amount": 100}

    forged = by_id["FAULT-BAD-SIGN"]
    assert forged["verification"] == "mismatch"
    assert forged["error"]["kind"] == "signature"
    assert forged["status"] == "2"
    assert not forged["final"]

    missing = by_id["DEMO-NOT-FOUND"]
    assert missing["error"]["kind"] == "gateway"
    assert missing["error"]["code"] == "-4006"
    assert missing["status"] is None
    assert missing["amounts_fen"] == {}

    polled = by_id["DEMO-PAYING"]
    assert polled["attempts"] == 3
    assert polled["status"] == "2"
    assert polled["final"]
    assert polled["verification"] == "verified"
    assert polled["amounts_fen"]["amount"] == 2500

    gone = by_id["FAULT-502"]
    assert gone["verification"] is None
    assert gone["status"] is None
    assert gone["error"]["kind"] == "transport"
    assert gone["error"]["code"] == "502"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--search", "00034950025000"], ["DEMO-PAYING", "0003495002500083", "DEMO-PAID-WX"]),
        (["--search", "demo-paid"], ["DEMO-PAID-WX"]),
        (["--search", "000120"], ["0003495002500083"]),  # its third_order_id 000120261122
        (["--search", "3495002500081"], ["DEMO-PAID-WX"]),  # the end of its Leshua id
        (["--search", "34950025000"], []),  # the middle of an id is not searched
        (["--status", "2"], ["DEMO-PAYING", "0003495002500083", "DEMO-PAID-WX"]),  # trusted only
        (["--status", "2", "--search", "DEMO"], ["DEMO-PAYING", "DEMO-PAID-WX"]),
        (["--since", TODAY.isoformat()], SESSION_NEWEST_FIRST),
        (["--until", (TODAY - timedelta(days=1)).isoformat()], []),
        (
            ["--since", (TODAY - timedelta(days=1)).isoformat(), "--until", TODAY.isoformat()],
            SESSION_NEWEST_FIRST,
        ),
        (["--since", (TODAY + timedelta(days=1)).isoformat()], []),
        (["--limit", "2"], SESSION_NEWEST_FIRST[:2]),
        (["--status", "2", "--limit", "1"], ["DEMO-PAYING"]),
        (["--profile", "no-such-profile"], []),
    ],
    ids=[
        "search-prefix",
        "search-case",
        "search-third-id",
        "search-suffix",
        "search-middle",
        "status",
        "status+search",
        "since-today",
        "until-yesterday",
        "yesterday-today",
        "since-tomorrow",
        "limit",
        "status+limit",
        "profile",
    ],
)
def test_history_filters(session: Path, args: list[str], expected: list[str]) -> None:
    assert order_ids(history_json(session, *args)) == expected


def test_history_text_listing(session: Path) -> None:
    run = history(session, "--lang", "en")
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == len(SESSION_NEWEST_FIRST)
    for line, oid in zip(lines, SESSION_NEWEST_FIRST, strict=True):
        assert oid in line
    forged = next(line for line in lines if "FAULT-BAD-SIGN" in line)
    assert "UNTRUSTED" in forged
    paid = next(line for line in lines if "DEMO-PAID-WX" in line)
    assert "128.00" in paid

    none = history(session, "--search", "NOTHING-LIKE-THIS")
    assert none.code == 0
    assert "no queries match" in none.stdout

    bad = history(session, "--since", "last tuesday")
    assert bad.code == 2
    assert "YYYY-MM-DD" in bad.stderr


def test_export_xlsx(session: Path, tmp_path: Path) -> None:
    out = tmp_path / "history.xlsx"
    run = history(session, "--export", str(out), "--lang", "en")
    assert run.code == 0, run.stderr
    assert f"{len(SESSION_NEWEST_FIRST)} row(s) written" in run.stdout
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.freeze_panes == "A2"
    rows = [list(r) for r in sheet.iter_rows()]
    assert [c.value for c in rows[0]] == [header(k, "en") for k in KEYS]
    col = {k: i for i, k in enumerate(KEYS)}
    data = {r[col["order_id"]].value: r for r in rows[1 : 1 + len(SESSION_NEWEST_FIRST)]}
    assert list(data) == SESSION_NEWEST_FIRST

    zeros = data["0003495002500083"]
    assert zeros[col["third_order_id"]].value == "000120261122"
    assert zeros[col["third_order_id"]].data_type == "s"
    assert zeros[col["channel_order_id"]].value == "0000620261122080005"
    paid = data["DEMO-PAID-WX"]
    amount = paid[col["amount"]]
    assert isinstance(amount.value, (int, float, Decimal))
    assert amount.number_format == "0.00"
    assert Decimal(str(amount.value)) == Decimal("128.00")
    assert paid[col["out_transaction_id"]].value == "4200002026112014032712345678"
    assert paid[col["out_transaction_id"]].data_type == "s"
    assert "UNTRUSTED" in data["FAULT-BAD-SIGN"][col["status_label"]].value
    assert data["DEMO-PAYING"][col["attempts"]].value == 3


def test_export_csv_of_the_current_filter(session: Path, tmp_path: Path) -> None:
    out = tmp_path / "history.csv"
    run = history(session, "--search", "00034950025000", "--export", str(out), "--lang", "zh_CN")
    assert run.code == 0, run.stderr
    assert "3 row(s) written" in run.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [header(k, "zh_CN") for k in KEYS]
    assert "查询的订单号" in rows[0]
    assert "订单金额" in rows[0]
    col = {k: i for i, k in enumerate(KEYS)}
    data = {r[col["order_id"]]: r for r in rows[1:]}
    assert list(data) == ["DEMO-PAYING", "0003495002500083", "DEMO-PAID-WX"]
    assert data["0003495002500083"][col["third_order_id"]] == "000120261122"
    assert data["0003495002500083"][col["amount"]] == "1.00"
    assert data["DEMO-PAID-WX"][col["amount"]] == "128.00"
    assert data["DEMO-PAID-WX"][col["leshua_order_id"]] == "0003495002500081"
    assert data["DEMO-PAYING"][col["status_label"]] == "支付成功"


def test_export_to_an_unknown_format_is_refused(session: Path, tmp_path: Path) -> None:
    out = tmp_path / "history.txt"
    run = history(session, "--export", str(out))
    assert run.code == 2
    assert ".xlsx or .csv" in run.stderr
    assert not out.exists()


def test_no_key_in_the_history_exports_or_logs(
    session: Path, tmp_path: Path, sandbox: Sandbox
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    for name in ("all.xlsx", "all.csv"):
        assert history(session, "--export", str(exports / name)).code == 0
    db = session / "data" / "history.sqlite3"
    assert db.exists()
    files = [p for p in session.rglob("*") if p.is_file()]
    assert db in files
    assert scan_for_key(session, sandbox.transaction_key) == []
    assert scan_for_key(exports, sandbox.transaction_key) == []
    # the stored form keeps its sign, which is fine; the key never
    conn = sqlite3.connect(db)
    try:
        (exchange,) = conn.execute(
            "SELECT exchange FROM queries WHERE order_id = 'DEMO-PAID-WX'"
        ).fetchone()
    finally:
        conn.close()
    assert json.loads(exchange)["form"]["sign"]


def test_no_history_and_input_errors_record_nothing(app_home: Path, sandbox: Sandbox) -> None:
    assert status(sandbox, app_home, "--third-order-id", "DEMO-PAID-WX", "--no-history").code == 0
    assert status(sandbox, app_home, "--third-order-id", "x" * 65).code == 2
    assert status(sandbox, app_home, "--third-order-id", "中文订单").code == 2
    assert sandbox.state.requests_seen == 1  # the bad ids were never sent
    assert history_json(app_home) == []

    assert status(sandbox, app_home, "--third-order-id", "DEMO-PAID-WX").code == 0
    rows = history_json(app_home)
    assert order_ids(rows) == ["DEMO-PAID-WX"]


def test_newer_history_is_set_aside_with_a_message(app_home: Path, sandbox: Sandbox) -> None:
    data = app_home / "data"
    data.mkdir(parents=True)
    db = data / "history.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE queries (id INTEGER PRIMARY KEY, from_the_future TEXT)")
    conn.execute("INSERT INTO queries (from_the_future) VALUES ('keep me')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    original = db.read_bytes()

    run = history(app_home, "--json")
    assert run.code == 0, run.stderr
    assert run.json() == []
    aside = [p for p in data.iterdir() if ".newer-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_bytes() == original
    said = [line for line in run.stderr.splitlines() if line.startswith("leshua-query: ")]
    assert len(said) == 1, run.stderr
    assert aside[0].name in said[0]
    assert "newer version" in said[0]

    # and the history works again, without repeating the message
    assert status(sandbox, app_home, "--third-order-id", "000120261122").code == 0
    again = history(app_home, "--json")
    assert again.code == 0
    assert again.stderr == ""
    assert order_ids(again.json()) == ["000120261122"]
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert [p for p in data.iterdir() if ".newer-" in p.name] == aside


def test_set_aside_message_is_said_once(app_home: Path) -> None:
    data = app_home / "data"
    data.mkdir(parents=True)
    (data / "history.sqlite3").write_bytes(b"this is not a database at all " * 100)
    run = history(app_home)
    assert run.code == 0, run.stderr
    aside = [p for p in data.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1
    lines = [line for line in run.stderr.splitlines() if aside[0].name in line]
    # one message, in the CLI's own voice, not repeated by an unconfigured logger
    assert lines == [lines[0]], run.stderr
    assert lines[0].startswith("leshua-query: "), run.stderr
