"""`leshua-query history` as real processes: untrusted answers, latest per order, refund lookups."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from leshua_gui.core.history.export import COLUMNS, header
from leshua_gui.sandbox import Sandbox
from tests.integration.test_cli_history import history, history_json, status
from tests.support.cli_runner import Run, run_cli

KEYS = [key for key, _ in COLUMNS]


def refund(sandbox: Sandbox, home: Path, *args: str) -> Run:
    return run_cli(
        "refund",
        "--gateway",
        sandbox.url,
        "--merchant-id",
        sandbox.merchant_id,
        *args,
        home=home,
        key=sandbox.transaction_key,
    )


@pytest.fixture
def home(tmp_path: Path, sandbox: Sandbox) -> Path:
    """A history made by real `status` and `refund` commands, oldest first."""
    home = tmp_path / "home"
    for order in ("DEMO-PAID-WX", "FAULT-BAD-SIGN", "DEMO-PAID-WX", "FAULT-NO-SIGN"):
        status(sandbox, home, "--third-order-id", order)
    run = refund(
        sandbox, home, "--third-order-id", "DEMO-REFUNDING", "--merchant-refund-id", "DEMO-REFUND-1"
    )
    assert run.code == 0, run.stderr
    refund(sandbox, home, "--third-order-id", "DEMO-REFUNDED", "--leshua-refund-id",
           "0008495002500089")  # fmt: skip
    return home


def _orders(rows: list[dict[str, Any]]) -> list[str]:
    return [row["order_id"] for row in rows]


def test_a_state_filter_lists_trusted_answers_unless_asked(home: Path) -> None:
    assert _orders(history_json(home, "--status", "2")) == ["DEMO-PAID-WX", "DEMO-PAID-WX"]
    untrusted = history_json(home, "--status", "2", "--include-untrusted")
    assert _orders(untrusted) == ["FAULT-NO-SIGN", "DEMO-PAID-WX", "FAULT-BAD-SIGN",
                                  "DEMO-PAID-WX"]  # fmt: skip
    text = history(home, "--status", "2")
    assert text.code == 0
    assert "FAULT" not in text.stdout
    shown = history(home, "--status", "2", "--include-untrusted", "--lang", "en")
    line = next(x for x in shown.stdout.splitlines() if "FAULT-BAD-SIGN" in x)
    assert "¥888.00 (UNTRUSTED" in line


def test_latest_lists_each_order_once(home: Path) -> None:
    rows = history_json(home, "--latest")
    assert _orders(rows) == ["DEMO-REFUNDED", "DEMO-REFUNDING", "FAULT-NO-SIGN", "DEMO-PAID-WX",
                             "FAULT-BAD-SIGN"]  # fmt: skip
    assert _orders(history_json(home, "--latest", "--status", "2")) == ["DEMO-PAID-WX"]


def test_export_counts_trusted_money_only(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "paid.csv"
    run = history(home, "--status", "2", "--include-untrusted", "--export", str(path),
                  "--lang", "en")  # fmt: skip
    assert run.code == 0, run.stderr
    with open(path, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    amounts = [row[header("amount", "en")] for row in table]
    assert sorted(amounts) == ["128.00", "128.00", "¥888.00 (UNTRUSTED: no signature)",
                               "¥888.00 (UNTRUSTED: signature mismatch)"]  # fmt: skip
    latest = tmp_path / "latest.csv"
    assert history(home, "--status", "2", "--latest", "--export", str(latest)).code == 0
    with open(latest, encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 2  # the header and DEMO-PAID-WX once


def test_refund_lookups_are_recorded_as_refunds(home: Path) -> None:
    rows = history_json(home, "--search", "DEMO-REFUND")  # the order numbers and DEMO-REFUND-1
    by_order = {row["order_id"]: row for row in rows}
    asked = by_order["DEMO-REFUNDING"]
    assert (asked["lookup"], asked["refund_id_kind"], asked["refund_id"]) == (
        "refund", "merchant_refund_id", "DEMO-REFUND-1",
    )  # fmt: skip
    assert asked["status"] == "10"
    assert asked["amounts_fen"]["refund_amount"] == 3000
    (by_leshua,) = history_json(home, "--search", "0008495002500089")
    assert (by_leshua["lookup"], by_leshua["refund_id_kind"], by_leshua["refund_id"]) == (
        "refund", "leshua_refund_id", "0008495002500089",
    )  # fmt: skip
    assert {row["lookup"] for row in history_json(home, "--search", "DEMO-PAID")} == {"order"}
    assert _orders(history_json(home, "--lookup", "refund")) == ["DEMO-REFUNDED",
                                                                "DEMO-REFUNDING"]  # fmt: skip
    text = history(home, "--search", "DEMO-REFUND-1", "--lang", "en").stdout
    assert "refund DEMO-REFUND-1" in text
    assert "¥30.00" in text
    zh = history(home, "--search", "DEMO-REFUND-1", "--lang", "zh_CN").stdout
    assert "退款 DEMO-REFUND-1" in zh
