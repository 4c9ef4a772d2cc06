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


def test_a_slow_disk_holds_back_the_submitter_instead_of_filling_memory(
    history_store: HistoryStore,
) -> None:
    """At most `max_waiting` records wait to be written; every record is written in the end."""
    import threading
    import time

    written_slowly = history_store.add_many
    waiting_seen: list[int] = []

    def slow_add_many(records: list[HistoryRecord]) -> list[int]:
        time.sleep(0.02)
        return written_slowly(records)

    history_store.add_many = slow_add_many  # type: ignore[method-assign]
    history_store.add = lambda r: slow_add_many([r])[0]  # type: ignore[method-assign]
    writer = HistoryWriter(history_store, max_waiting=5)
    submitted = 0

    def submit_all() -> None:
        nonlocal submitted
        for n in range(40):
            writer.submit(record(n + 1, order_id=f"SLOW-{n}"))
            submitted += 1

    submitter = threading.Thread(target=submit_all)
    submitter.start()
    while submitter.is_alive():
        waiting_seen.append(writer._queue.qsize())
        time.sleep(0.002)
    submitter.join()
    assert writer.flush(timeout=10)
    writer.close()
    assert submitted == 40
    assert max(waiting_seen) <= 5
    assert history_store.count() == 40


def test_records_queued_past_the_limit_do_not_raise_it(
    history_store: HistoryStore, monkeypatch: object
) -> None:
    """A record that waited ROOM_WAIT_S in vain is queued all the same; once written, the limit
    is what it was (its write gives back no room it never took)."""
    import threading

    from leshua_gui.core.history import writer as writer_module

    monkeypatch.setattr(writer_module, "ROOM_WAIT_S", 0.05)  # type: ignore[attr-defined]
    gate = threading.Event()
    written = history_store.add_many

    def held(records: list[HistoryRecord]) -> list[int]:
        gate.wait(10)
        return written(records)

    history_store.add_many = held  # type: ignore[method-assign]
    history_store.add = lambda r: held([r])[0]  # type: ignore[method-assign]
    writer = HistoryWriter(history_store, max_waiting=2)
    for n in range(5):  # 2 take room, 3 are queued past the limit
        writer.submit(record(n + 1, order_id=f"PAST-{n}"))
    gate.set()
    assert writer.flush(timeout=10)
    assert history_store.count() == 5
    room = writer._room
    assert [room.acquire(blocking=False) for _ in range(3)] == [True, True, False]
    writer.close()
