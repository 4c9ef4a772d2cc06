"""The history row is declared once, by HistoryRecord's fields: a field added there is stored,
read back (in the list and for one row) and shown by `history --json`, with nothing else to edit."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime

from leshua_gui.core.history.record import HistoryRecord, stored, to_ms
from leshua_gui.core.history.store import HistoryFilter, HistoryStore
from tests.support.history_records import T0, record


@dataclasses.dataclass
class NotedRecord(HistoryRecord):
    """The record as a later version might declare it: two more fields, one plain (a TEXT
    column of its own name, last in the JSON), one with its own codec and place in the JSON."""

    note: str | None = None
    checked_at: datetime | None = stored(
        default=None,
        encode=lambda d: None if d is None else to_ms(d),
        decode=lambda v: None if v is None else datetime.fromtimestamp(v / 1000, T0.tzinfo),
        to_json=lambda d: None if d is None else d.isoformat(),
        at=12.5,  # between "trusted" and "error"
    )


def _noted(i: int, **fields: object) -> NotedRecord:
    base = record(i)
    values = {f.name: getattr(base, f.name) for f in dataclasses.fields(HistoryRecord)}
    return NotedRecord(**{**values, **fields})


def test_a_field_added_to_the_record_is_stored_read_back_and_in_the_json(
    history_store: HistoryStore,
) -> None:
    # The only other step a new field needs: its column, from a new migration in schema.py.
    history_store._conn.execute("ALTER TABLE queries ADD COLUMN note TEXT")
    history_store._conn.execute("ALTER TABLE queries ADD COLUMN checked_at INTEGER")
    history_store.record_type = NotedRecord
    checked = T0.replace(minute=30)
    row_id = history_store.add(_noted(1, note="called the shop", checked_at=checked))
    history_store.add(_noted(2))

    one = history_store.get(row_id)
    assert isinstance(one, NotedRecord)
    assert (one.note, one.checked_at) == ("called the shop", checked)
    listed = {r.order_id: r for r in history_store.page(HistoryFilter())}
    assert [(r.note, r.checked_at) for r in listed.values()] == [
        (None, None),
        ("called the shop", checked),
    ]

    data = one.to_json()
    keys = list(data)
    assert keys[-1] == "note"
    assert keys[keys.index("trusted") + 1] == "checked_at"
    assert (data["note"], data["checked_at"]) == ("called the shop", checked.isoformat())
    with sqlite3.connect(history_store.path) as conn:
        assert conn.execute(
            "SELECT note, checked_at FROM queries WHERE id = ?", [row_id]
        ).fetchone() == (
            "called the shop",
            to_ms(checked),
        )


def test_the_record_stores_exactly_the_columns_the_migrations_made(
    history_store: HistoryStore,
) -> None:
    """Every column of a new history file is written and read from the record, and none more:
    the record's declaration and the frozen migrations agree."""
    row_id = history_store.add(record(3, raw_answer=b"<xml/>", exchange={"endpoint": "e"}))
    with sqlite3.connect(history_store.path) as conn:
        names = [row[1] for row in conn.execute("PRAGMA table_info(queries)")]
        row = dict(
            zip(
                names,
                conn.execute("SELECT * FROM queries WHERE id = ?", [row_id]).fetchone(),
                strict=True,
            )
        )
    from leshua_gui.core.history.record import row_columns

    declared = {name for column in row_columns() for name in column.sql}
    assert declared == set(names)
    assert row["amount"] == 400
    assert row["raw_answer"] == b"<xml/>"
    assert row["exchange"] == '{"endpoint":"e"}'
    assert row["final"] == 0


def test_the_json_of_a_row_keeps_its_documented_keys_in_order(history_store: HistoryStore) -> None:
    row_id = history_store.add(record(0, error_kind="gateway", error_code="E1", error_message="no"))
    row = history_store.get(row_id)
    assert row is not None
    data = row.to_json()
    assert list(data) == [
        "id", "time", "os_user", "profile", "merchant_id", "environment", "id_kind", "order_id",
        "lookup", "refund_id_kind", "refund_id", "verification", "trusted", "error", "status",
        "pay_way", "trade_type", "amounts_fen", "pay_time", "third_order_id", "leshua_order_id",
        "out_transaction_id", "channel_order_id", "merchant_refund_id", "leshua_refund_id",
        "elapsed_ms", "attempts", "final", "exchange", "raw_answer", "job",
    ]  # fmt: skip
    assert data["error"] == {"kind": "gateway", "code": "E1", "message": "no"}
    assert (data["id"], data["trusted"], data["amounts_fen"]) == (row_id, False, {"amount": 100})
