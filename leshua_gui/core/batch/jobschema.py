"""The batch jobs file's schema, version by version: frozen.

As core/history/schema.py: each migration is what a file written by that version holds; none is
edited once released, and a change is a new version appended here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

#: The version this program writes (PRAGMA user_version): the last key of MIGRATIONS.
SCHEMA_VERSION = 1

# Version 1. A job is known inside the file by a small number (`key`), outside by its printed
# id. Its orders are numbered (seq) in the order the list first names them; each row points at
# its order's number (NULL when the row is not sent); an outcome is keyed by the order's number,
# so an order has at most one. Amounts in fen; moments in UTC milliseconds since the epoch.
_V1 = """
CREATE TABLE jobs (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    profile TEXT NOT NULL,
    merchant_id TEXT NOT NULL,
    environment TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    concurrency INTEGER NOT NULL,
    qps REAL NOT NULL,
    deadline_s REAL NOT NULL,
    state TEXT NOT NULL,
    total_rows INTEGER NOT NULL,
    unique_orders INTEGER NOT NULL
);
CREATE INDEX jobs_created ON jobs (created_at);
CREATE TABLE job_orders (
    job INTEGER NOT NULL REFERENCES jobs (key) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    id_kind TEXT NOT NULL,
    order_id TEXT NOT NULL,
    PRIMARY KEY (job, seq),
    UNIQUE (job, id_kind, order_id)
) WITHOUT ROWID;
CREATE TABLE job_rows (
    job INTEGER NOT NULL REFERENCES jobs (key) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    row INTEGER NOT NULL,
    raw TEXT NOT NULL,
    order_id TEXT NOT NULL,
    id_kind TEXT,
    expected_fen INTEGER,
    problem TEXT,
    note TEXT,
    raw_amount TEXT NOT NULL,
    duplicate_of INTEGER,
    seq INTEGER,
    PRIMARY KEY (job, pos)
) WITHOUT ROWID;
CREATE TABLE outcomes (
    job INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    final INTEGER NOT NULL,
    status TEXT,
    claimed_status TEXT,
    pay_way TEXT,
    amount INTEGER,
    buyer_pay_amount INTEGER,
    discount_amount INTEGER,
    coupon INTEGER,
    settlement_amount INTEGER,
    paid_at INTEGER,
    error_kind TEXT,
    error_code TEXT,
    error TEXT,
    attempts INTEGER NOT NULL,
    queried_at INTEGER,
    history_id INTEGER,
    PRIMARY KEY (job, seq),
    FOREIGN KEY (job, seq) REFERENCES job_orders (job, seq) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX outcomes_verdict ON outcomes (job, verdict, status)
"""

# The leases: not a version of the schema. A program of an earlier release sets aside a file of
# a newer version (renames it, and a running job would go on writing into the renamed file), and
# it knows nothing of leases anyway: so the table is made, where missing, by every program that
# opens the file, and the version stays 1. At most one row per job, naming the holder (a random
# token; its pid, host name and machine for the message another program shows and for telling
# that a holder on this machine has ended) and when the lease lapses unless renewed (UTC ms).
LEASES = """
CREATE TABLE IF NOT EXISTS job_leases (
    job INTEGER PRIMARY KEY REFERENCES jobs (key) ON DELETE CASCADE,
    token TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    machine TEXT NOT NULL DEFAULT '',
    taken_at INTEGER NOT NULL,
    until INTEGER NOT NULL
)
"""

# Version N is reached by running MIGRATIONS[N]: SQL statements, or a function for what SQL
# cannot say.
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {1: _V1}
