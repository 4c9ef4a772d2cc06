"""The watch list file's schema, version by version: frozen.

As core/history/schema.py: each migration is what a file written by that version holds; none is
edited once released, and a change is a new version appended here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

#: The version this program writes (PRAGMA user_version): the last key of MIGRATIONS.
SCHEMA_VERSION = 1

# Version 1. One row per watch of an order: who asked it (the profile's id, its name and merchant
# then), the order, when the watch began and when it gives up, when it is asked next, what the
# last check found, and how it ended (NULL while watching). Moments in UTC milliseconds since the
# epoch. An order is watched at most once at a time per profile (the partial unique index). Ids
# are never used again (AUTOINCREMENT): a window keeps a watch's last answer by its id.
_V1 = """
CREATE TABLE watched (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id TEXT NOT NULL,
    profile TEXT NOT NULL,
    merchant_id TEXT NOT NULL,
    environment TEXT NOT NULL,
    id_kind TEXT NOT NULL,
    order_id TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    until_at INTEGER NOT NULL,
    next_at INTEGER NOT NULL,
    checks INTEGER NOT NULL DEFAULT 0,
    last_at INTEGER,
    last_status TEXT,
    last_trusted INTEGER NOT NULL DEFAULT 0,
    last_error_kind TEXT,
    last_error_code TEXT,
    last_error_reason TEXT,
    amount INTEGER,
    trade_type TEXT,
    stale_told INTEGER NOT NULL DEFAULT 0,
    ended_at INTEGER,
    end_reason TEXT,
    notice TEXT,
    unseen INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX watched_once ON watched (profile_id, id_kind, order_id)
    WHERE ended_at IS NULL;
CREATE INDEX watched_due ON watched (next_at) WHERE ended_at IS NULL;
"""

# Version N is reached by running MIGRATIONS[N]: SQL statements, or a function for what SQL
# cannot say.
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {1: _V1}
