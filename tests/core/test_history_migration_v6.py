"""Schema 5 to 6: the rows already stored were queries of their own (no batch job); from then on
a query asked for a batch job names the job, and the history lists a job's rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from leshua_gui.core.history import store as history_store
from leshua_gui.core.history.store import HistoryFilter
from tests.support.history_records import record
from tests.support.old_history import add_row, old_history, opened_migrated


def test_a_version_5_history_keeps_its_rows_as_single_queries(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with old_history(path, 5) as conn:
        add_row(conn, order_id="NL-OLD-1", status="2", outcome="verified", amount=100,
                pay_time="20261121093015", paid_at=1_763_688_615_000)  # fmt: skip
        add_row(conn, queried_at=1_700_000_000_001, order_id="NL-OLD-2", status="0")

    with opened_migrated(path, 5) as store:
        rows = {r.order_id: r for r in store.page(full=True)}
        assert list(rows) == ["NL-OLD-2", "NL-OLD-1"]
        assert [r.job for r in rows.values()] == [None, None]
        assert rows["NL-OLD-1"].amounts == {"amount": 100}
        assert rows["NL-OLD-1"].to_json()["job"] is None
        assert store.count(HistoryFilter(job="J-1")) == 0
        # a batch job's queries from now on, beside the old rows
        store.add_many([record(1, job="J-1"), record(2, job="J-1"), record(3, job="J-2")])
        listed = store.page(HistoryFilter(job="J-1"))
        assert [(r.order_id, r.job) for r in listed] == [("HAND-0002", "J-1"), ("HAND-0001", "J-1")]
        assert store.count() == 5
        assert store.count(HistoryFilter(text="NL-OLD")) == 2  # old rows still found by id
    assert history_store.SCHEMA_VERSION >= 6


def test_the_job_filter_combines_with_the_others(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with old_history(path, 5):
        pass
    with opened_migrated(path, 5) as store:
        store.add_many([
            record(1, job="J-1", order_id="A"),
            record(2, job="J-1", order_id="A"),  # asked again in the same job
            record(3, job="J-1", order_id="B", outcome="mismatch"),  # an untrusted "paid"
            record(4, job="J-2", order_id="A"),
            record(5, order_id="A"),  # a query of its own
        ])  # fmt: skip
        assert store.count(HistoryFilter(job="J-1")) == 3
        assert store.count(HistoryFilter(job="J-1", latest=True)) == 2
        paid = store.page(HistoryFilter(job="J-1", status="2"))
        assert [r.order_id for r in paid] == ["A", "A"]  # the forged "paid" of B is not listed
        assert store.count(HistoryFilter(job="J-1", text="B", include_untrusted=True)) == 1
        assert store.count(HistoryFilter(text="A", latest=True)) == 1  # the newest, of no job
        assert store.count(HistoryFilter(job="")) == 5  # an empty job does not filter


def test_a_jobs_rows_are_found_through_an_index(tmp_path: Path) -> None:
    """A history of a million single queries lists a 10,000-row job without reading them all."""
    path = tmp_path / "history.sqlite3"
    with old_history(path, 5):
        pass
    with opened_migrated(path, 5) as store:
        store.add(record(1, job="J-1"))
    where, args = HistoryFilter(job="J-1").where()
    with sqlite3.connect(path) as conn:
        plan = conn.execute(
            f"EXPLAIN QUERY PLAN SELECT q.id FROM queries q{where} ORDER BY q.queried_at DESC",
            args,
        ).fetchall()
    assert any("queries_job" in str(step) for step in plan), plan
