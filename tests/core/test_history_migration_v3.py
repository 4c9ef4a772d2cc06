"""Schema 2 to 3: the ids already stored become searchable by their end, nothing else changes."""

from __future__ import annotations

from pathlib import Path

from leshua_gui.core.history.store import HistoryFilter
from tests.support.old_history import old_history, opened_migrated


def test_a_version_2_history_gains_search_by_the_end_of_an_id(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with old_history(path, 2) as conn:
        conn.execute(
            "INSERT INTO queries (queried_at, profile, merchant_id, environment, id_kind,"
            " order_id, leshua_order_id, status) VALUES (1700000000000, 'Shop', '0000000018',"
            " 'production', 'third_order_id', 'NL20231114000001', '0003495002500081', '2')"
        )
        conn.execute(
            "INSERT INTO order_ids VALUES ('NL20231114000001', 1), ('0003495002500081', 1)"
        )

    with opened_migrated(path, 2) as store:
        assert [r.order_id for r in store.page(HistoryFilter(text="2500081"))] == [
            "NL20231114000001"
        ]
        assert [r.order_id for r in store.page(HistoryFilter(text="NL2023"))] == [
            "NL20231114000001"
        ]
        assert store.page(HistoryFilter(text="11140000")) == []  # the middle of an id: no
