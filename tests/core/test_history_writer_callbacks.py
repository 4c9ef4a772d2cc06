"""A failing callback (a window already closed) never stops the history writer."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from leshua_gui.core.history_record import HistoryRecord
from leshua_gui.core.history_store import HistoryStore
from leshua_gui.core.history_writer import HistoryWriter


def record(order_id: str) -> HistoryRecord:
    return HistoryRecord(datetime.now(UTC), "Shop", "0000000018", "sandbox", "third_order_id",
                         order_id, outcome="verified", status="2")  # fmt: skip


def test_writer_survives_a_failing_callback(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")

    def broken(_record: HistoryRecord) -> None:
        raise RuntimeError("Signal source has been deleted")

    writer = HistoryWriter(store, on_written=broken)
    writer.submit(record("A"))
    writer.call(lambda s: s.count(), lambda _n: (_ for _ in ()).throw(RuntimeError("gone")))
    writer.submit(record("B"))
    assert writer.flush(timeout=5)
    assert [r.order_id for r in store.page()] == ["B", "A"]
    writer.close()
    store.close()
