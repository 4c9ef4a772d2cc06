"""A failing callback (a window already closed) never stops the history writer."""

from __future__ import annotations

from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryStore
from leshua_gui.core.history.writer import HistoryWriter
from tests.support.history_records import record


def test_writer_survives_a_failing_callback(history_store: HistoryStore) -> None:
    store = history_store

    def broken(_record: HistoryRecord) -> None:
        raise RuntimeError("Signal source has been deleted")

    writer = HistoryWriter(store, on_written=broken)
    writer.submit(record(1, order_id="A"))
    writer.call(lambda s: s.count(), lambda _n: (_ for _ in ()).throw(RuntimeError("gone")))
    writer.submit(record(2, order_id="B"))
    assert writer.flush(timeout=5)
    assert [r.order_id for r in store.page()] == ["B", "A"]
    writer.close()
