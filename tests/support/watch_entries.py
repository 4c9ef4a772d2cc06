"""Watch list entries for tests: one added to a real watch list file, and what a check found."""

from __future__ import annotations

from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.watch.schedule import Decision
from leshua_gui.core.watch.store import CheckRecord, WatchEntry, WatchStore


def watched(
    store: WatchStore,
    order_id: str,
    added_ms: int,
    *,
    hours: float = 24,
    first_in_s: float = 30,
    profile: str = "Shop East",
) -> WatchEntry:
    """`order_id` watched since `added_ms` by the test profile "shop-1" (a new entry)."""
    entry, added = store.add(
        profile_id="shop-1",
        profile=profile,
        merchant_id="0000777290058",
        environment="test",
        order=OrderRef.of(third_order_id=order_id),
        now_ms=added_ms,
        hours=hours,
        first_check_ms=added_ms + int(first_in_s * 1000),
    )
    assert added
    return entry


def checked(
    store: WatchStore, entry: WatchEntry, record: CheckRecord, decision: Decision
) -> WatchEntry:
    """The entry after a check that found `record` and decided `decision`."""
    done = store.checked(entry.id, record, decision)
    assert done is not None
    return done
