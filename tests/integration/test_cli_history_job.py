"""`leshua-query history --job JOB`: the queries one batch job asked, and only those."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.cli_runner import run_cli

pytestmark = pytest.mark.integration


def test_history_of_one_job(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("DEMO-B-00001\nDEMO-B-00002\nDEMO-B-00002\nDEMO-B-00013\n", encoding="utf-8")
    single = run_cli("status", "--third-order-id", "DEMO-PAID-WX", "--gateway", "sandbox")
    assert single.code == 0
    batch = run_cli("batch", str(listing), "--gateway", "sandbox", "--lang", "en")
    assert batch.code in (0, 1)
    job = re.search(r"batch job (B\d{8}-[A-Z0-9]+)", batch.stderr)
    assert job is not None, batch.stderr
    rows = run_cli("history", "--job", job.group(1).lower(), "--json").json()
    assert sorted(r["order_id"] for r in rows) == ["DEMO-B-00001", "DEMO-B-00002", "DEMO-B-00013"]
    assert {r["job"] for r in rows} == {job.group(1)}
    everything = run_cli("history", "--json").json()
    assert len(everything) == 4  # the single query is there, with no job
    assert [r["job"] for r in everything if r["order_id"] == "DEMO-PAID-WX"] == [None]
