"""`leshua-query history` lists close attempts as their own kind: in JSON, by --lookup close,
in the plain list and in an export, as a real process reading a real history file."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history.export import header
from leshua_gui.core.history.record import os_user
from leshua_gui.core.history.store import HistoryStore
from tests.support.cli_runner import run_cli
from tests.support.close_exchange import close_once
from tests.support.history_records import T0, ask, recorded


def _history(app_home: Path, client: GatewayClient) -> None:
    """An order queried paying, closed, refused a close (paid), and queried again: closed."""
    store = HistoryStore(app_home / "data" / "history.sqlite3")
    try:
        store.add_many([
            recorded(ask(client, "DEMO-PENDING"), "DEMO-PENDING", T0),
            recorded(close_once(client, "DEMO-PENDING"), "DEMO-PENDING",
                     T0 + timedelta(minutes=1), lookup="close"),
            recorded(close_once(client, "DEMO-PAID-WX"), "DEMO-PAID-WX",
                     T0 + timedelta(minutes=2), lookup="close"),
            recorded(ask(client, "DEMO-PENDING"), "DEMO-PENDING", T0 + timedelta(minutes=3)),
        ])  # fmt: skip
    finally:
        store.close()


def test_close_attempts_in_history_json(app_home: Path, client: GatewayClient) -> None:
    _history(app_home, client)
    run = run_cli("history", "--json", home=app_home)
    assert run.code == 0, run.stderr
    rows = run.json()
    assert [(r["order_id"], r["lookup"], r["status"]) for r in rows] == [
        ("DEMO-PENDING", "order", "6"),
        ("DEMO-PAID-WX", "close", None),
        ("DEMO-PENDING", "close", "6"),
        ("DEMO-PENDING", "order", "0"),
    ]
    closed, refused = rows[2], rows[1]
    assert (closed["verification"], closed["trusted"], closed["error"]) == ("verified", True, None)
    assert closed["os_user"] == os_user()
    assert closed["time"] == (T0 + timedelta(minutes=1)).isoformat()
    assert closed["id_kind"] == "third_order_id"
    assert closed["exchange"]["service"] == "close_order"
    assert "<status>" in closed["raw_answer"]
    assert refused["trusted"] is False
    assert refused["error"]["kind"] == "gateway"
    assert refused["error"]["code"]
    assert refused["error"]["message"]

    only = run_cli("history", "--json", "--lookup", "close", home=app_home)
    assert only.code == 0, only.stderr
    assert [(r["order_id"], r["lookup"]) for r in only.json()] == [
        ("DEMO-PAID-WX", "close"), ("DEMO-PENDING", "close"),
    ]  # fmt: skip
    latest = run_cli("history", "--json", "--lookup", "order", "--latest", home=app_home).json()
    assert [(r["order_id"], r["status"]) for r in latest] == [("DEMO-PENDING", "6")]


def test_close_attempts_in_the_list_and_the_export(app_home: Path, client: GatewayClient) -> None:
    _history(app_home, client)
    listed = run_cli("history", "--lookup", "close", "--lang", "zh_CN", home=app_home)
    assert listed.code == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 2
    assert "DEMO-PENDING 关闭订单请求" in lines[1]
    assert "DEMO-PAID-WX 关闭订单请求" in lines[0]
    out = app_home.parent / "closes.csv"
    exported = run_cli(
        "history", "--lookup", "close", "--export", str(out), "--lang", "zh_TW", home=app_home
    )
    assert exported.code == 0, exported.stderr
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert [row[header("lookup", "zh_TW")] for row in table] == ["關閉訂單請求", "關閉訂單請求"]
    assert [row[header("order_id", "zh_TW")] for row in table] == ["DEMO-PAID-WX", "DEMO-PENDING"]
