"""The history's schema, version by version: frozen.

Each migration is history: what a file written by that version holds. None is ever derived from
the current record or edited once released; a change to the table is a new version appended
here (and a new entry in tests/core/test_history_schema_frozen.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

#: The version this program writes (PRAGMA user_version): the last key of MIGRATIONS.
SCHEMA_VERSION = 6

# Version 1: the first released table. Version 2 adds the OS user, the exchange details, the
# id lookup table (every id of a row, for prefix search through one index) and the filter indexes.
_V1 = """
CREATE TABLE queries (
    id INTEGER PRIMARY KEY,
    queried_at INTEGER NOT NULL,          -- UTC, milliseconds since the epoch
    profile TEXT NOT NULL,
    merchant_id TEXT NOT NULL,
    environment TEXT NOT NULL,
    id_kind TEXT NOT NULL,
    order_id TEXT NOT NULL,
    outcome TEXT,
    error_kind TEXT,
    error_code TEXT,
    error_message TEXT,
    status TEXT,
    pay_way TEXT,
    trade_type TEXT,
    amount INTEGER,
    settlement_amount INTEGER,
    discount_amount INTEGER,
    coupon INTEGER,
    buyer_pay_amount INTEGER,
    pay_time TEXT,
    third_order_id TEXT,
    leshua_order_id TEXT,
    out_transaction_id TEXT,
    channel_order_id TEXT,
    elapsed_ms REAL,
    attempts INTEGER NOT NULL DEFAULT 1,
    final INTEGER NOT NULL DEFAULT 0,
    raw_answer BLOB
);
CREATE INDEX queries_time ON queries (queried_at);
"""

_V2 = """
ALTER TABLE queries ADD COLUMN os_user TEXT NOT NULL DEFAULT '';
ALTER TABLE queries ADD COLUMN exchange TEXT;
CREATE TABLE order_ids (
    value TEXT NOT NULL COLLATE NOCASE,
    query_id INTEGER NOT NULL REFERENCES queries (id) ON DELETE CASCADE,
    PRIMARY KEY (value, query_id)
) WITHOUT ROWID;
CREATE INDEX order_ids_query ON order_ids (query_id);
INSERT OR IGNORE INTO order_ids (value, query_id)
    SELECT v, id FROM (
        SELECT order_id AS v, id FROM queries UNION ALL
        SELECT third_order_id, id FROM queries UNION ALL
        SELECT leshua_order_id, id FROM queries UNION ALL
        SELECT out_transaction_id, id FROM queries UNION ALL
        SELECT channel_order_id, id FROM queries
    ) WHERE v IS NOT NULL AND v != '';
CREATE INDEX queries_status_time ON queries (status, queried_at);
CREATE INDEX queries_profile_time ON queries (profile, queried_at);
CREATE INDEX queries_pay_way_time ON queries (pay_way, queried_at);
CREATE INDEX queries_outcome_time ON queries (outcome, queried_at);
"""

#: Ids stored backwards (after this mark) as well, so that the end of an id finds it too:
#: support staff often have only the last digits of a transaction number.
REVERSED = "\x01"


def _v3(conn: sqlite3.Connection) -> None:
    """Version 3: every id also backwards, for search by the end of an id."""
    rows = conn.execute(
        "SELECT value, query_id FROM order_ids WHERE substr(value, 1, 1) != ?", [REVERSED]
    ).fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO order_ids (value, query_id) VALUES (?, ?)",
        [(REVERSED + value[::-1], query_id) for value, query_id in rows],
    )


# Version 4: the lookup kind (every earlier row was an order lookup), the refund number asked
# for and those the answer named, a refund answer's amounts, and the index that finds the
# latest answer of an order.
_V4 = """
ALTER TABLE queries ADD COLUMN lookup TEXT NOT NULL DEFAULT 'order';
ALTER TABLE queries ADD COLUMN refund_id_kind TEXT;
ALTER TABLE queries ADD COLUMN refund_id TEXT;
ALTER TABLE queries ADD COLUMN merchant_refund_id TEXT;
ALTER TABLE queries ADD COLUMN leshua_refund_id TEXT;
ALTER TABLE queries ADD COLUMN total_amount INTEGER;
ALTER TABLE queries ADD COLUMN refund_amount INTEGER;
ALTER TABLE queries ADD COLUMN discount_refund_amount INTEGER;
ALTER TABLE queries ADD COLUMN settlement_refund_amount INTEGER;
CREATE INDEX queries_order_key ON queries
    (order_id, merchant_id, environment, id_kind, lookup, refund_id_kind, refund_id, queried_at);
"""


def _v5(conn: sqlite3.Connection) -> None:
    """Version 5: the pay time as a moment (UTC milliseconds, for filtering by the day paid;
    the gateway writes it in Beijing time, as 20261121093015 or 2026-11-20 14:03:27), and how
    a poll stopped short of a final state ("cancelled" or "deadline"), and the error's reason
    (a short key the front ends word in their own language; earlier rows keep their message)."""
    conn.execute("ALTER TABLE queries ADD COLUMN paid_at INTEGER")
    conn.execute("ALTER TABLE queries ADD COLUMN stopped TEXT")
    conn.execute("ALTER TABLE queries ADD COLUMN error_reason TEXT")
    conn.execute("CREATE INDEX queries_paid_at ON queries (paid_at)")
    beijing = timezone(timedelta(hours=8))
    rows = conn.execute("SELECT id, pay_time FROM queries WHERE pay_time IS NOT NULL").fetchall()
    updates = []
    for row_id, text in rows:
        for pattern in ("%Y%m%d%H%M%S", "%Y-%m-%d %H:%M:%S"):
            try:
                moment = datetime.strptime(str(text).strip(), pattern).replace(tzinfo=beijing)
            except ValueError:
                continue
            updates.append((int(moment.timestamp() * 1000), row_id))
            break
    conn.executemany("UPDATE queries SET paid_at = ? WHERE id = ?", updates)


# Version 6: the batch job a query was asked for (every earlier row was a query of its own), and
# the index that lists a job's rows (single queries, without a job, are not in it).
_V6 = """
ALTER TABLE queries ADD COLUMN job TEXT;
CREATE INDEX queries_job ON queries (job, queried_at) WHERE job IS NOT NULL;
"""


# Version N is reached by running MIGRATIONS[N]: SQL statements, or a function for what SQL
# cannot say.
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    1: _V1, 2: _V2, 3: _v3, 4: _V4, 5: _v5, 6: _V6,
}  # fmt: skip
