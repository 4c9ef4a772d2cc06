"""Schema 3 to 4: every stored row is an order lookup; refund lookups are recorded from then on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from leshua_gui.core.history import store as history_store
from leshua_gui.core.history.store import HistoryFilter, HistoryStore


def test_a_version_3_history_keeps_its_rows_as_order_lookups(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in (1, 2):
        migration = history_store.MIGRATIONS[step]
        assert isinstance(migration, str)
        for statement in migration.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    for n, status in ((1, "2"), (2, "2")):
        conn.execute(
            "INSERT INTO queries (queried_at, profile, merchant_id, environment, id_kind,"
            " order_id, status, outcome, amount) VALUES (?, 'Shop', '0000000018', 'production',"
            " 'third_order_id', 'NL20231114000001', ?, 'verified', 100)",
            [1700000000000 + n, status],
        )
        conn.execute("INSERT INTO order_ids VALUES ('NL20231114000001', ?)", [n])
    migrate3 = history_store.MIGRATIONS[3]
    assert callable(migrate3)
    migrate3(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.close()

    store = HistoryStore(path)
    try:
        assert store.report.migrated_from == 3
        rows = store.page(full=True)
        assert [(r.lookup, r.refund_id_kind, r.refund_id) for r in rows] == [
            ("order", None, None), ("order", None, None),
        ]  # fmt: skip
        assert [r.amounts for r in rows] == [{"amount": 100}, {"amount": 100}]
        assert store.count(HistoryFilter(text="000001", latest=True)) == 1
        assert store.integrity() == "ok"
    finally:
        store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == history_store.SCHEMA_VERSION == 4
    conn.close()
