"""Schema 3 to 4: every stored row is an order lookup; refund lookups are recorded from then on."""

from __future__ import annotations

from pathlib import Path

import pytest

from leshua_gui.core.history import store as history_store
from leshua_gui.core.history.store import HistoryFilter
from tests.support.old_history import old_history, opened_migrated


def test_a_version_3_history_keeps_its_rows_as_order_lookups(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with old_history(path, 3, rows_at=2) as conn:  # version 3 indexes the rows already there
        for n, status in ((1, "2"), (2, "2")):
            conn.execute(
                "INSERT INTO queries (queried_at, profile, merchant_id, environment, id_kind,"
                " order_id, status, outcome, amount) VALUES (?, 'Shop', '0000000018',"
                " 'production', 'third_order_id', 'NL20231114000001', ?, 'verified', 100)",
                [1700000000000 + n, status],
            )
            conn.execute("INSERT INTO order_ids VALUES ('NL20231114000001', ?)", [n])

    with opened_migrated(path, 3) as store:
        rows = store.page(full=True)
        assert [(r.lookup, r.refund_id_kind, r.refund_id) for r in rows] == [
            ("order", None, None), ("order", None, None),
        ]  # fmt: skip
        assert [r.amounts for r in rows] == [{"amount": 100}, {"amount": 100}]
        assert store.count(HistoryFilter(text="000001", latest=True)) == 1
    assert history_store.SCHEMA_VERSION >= 4


@pytest.mark.parametrize("version", range(1, history_store.SCHEMA_VERSION))
def test_an_empty_history_of_every_released_version_opens_migrated(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / "history.sqlite3"
    with old_history(path, version):
        pass
    with opened_migrated(path, version) as store:
        assert store.count() == 0
