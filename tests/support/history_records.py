"""History rows for tests: hand-made ones, the rows real sandbox answers make, and a history
file another program holds locked."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.gateway.polling import PollResult, poll
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.protocol.validation import IdKind, OrderRef
from leshua_gui.sandbox import DEMO_MERCHANT_ID

#: The time hand-made rows are placed around (a fixed day, so orders and filters are stable).
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def record(i: int = 0, **fields: Any) -> HistoryRecord:
    """A hand-made row: a verified, paid WeChat order HAND-000i of ¥(i + 1).00, i minutes after
    T0 + 1 h; any field given replaces the default (`queried_at=now()` for a row of today)."""
    values: dict[str, Any] = {
        "queried_at": T0 + timedelta(hours=1, minutes=i),
        "profile": "hand",
        "merchant_id": "0000000018",
        "environment": "test",
        "id_kind": "third_order_id",
        "order_id": f"HAND-{i:04d}",
        "outcome": "verified",
        "status": "2",
        "pay_way": "WXZF",
        "amounts": {"amount": 100 * (i + 1)},
        "os_user": "tester",
    }
    values.update(fields)
    return HistoryRecord(**values)


def now() -> datetime:
    return datetime.now(UTC)


def ask(client: GatewayClient, order_id: str, kind: IdKind = "third_order_id") -> PollResult:
    """One status query, asked once, as the window's Query does."""
    ref = OrderRef.of(**{kind: order_id})
    return poll(lambda: client.query_status(ref), deadline_s=0)


def recorded(
    result: PollResult,
    order_id: str,
    at: datetime,
    profile: str = "shop",
    id_kind: IdKind = "third_order_id",
    *,
    lookup: str | None = None,
    refund_id_kind: str | None = None,
    refund_id: str | None = None,
) -> HistoryRecord:
    """The row a lookup of the sandbox's demo merchant makes; the lookup kind and refund number
    as a caller names them (without them, from what was sent)."""
    return HistoryRecord.from_result(
        result,
        queried_at=at,
        profile=profile,
        merchant_id=DEMO_MERCHANT_ID,
        environment="sandbox",
        id_kind=id_kind,
        order_id=order_id,
        lookup=lookup,
        refund_id_kind=refund_id_kind,
        refund_id=refund_id,
    )


@contextmanager
def held_by_another_program(db: Path) -> Iterator[None]:
    """The history file `db` locked exclusively, as another program holding it open would (no
    reader or writer gets in) until the block ends."""
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        yield
        holder.execute("ROLLBACK")
    finally:
        holder.close()
