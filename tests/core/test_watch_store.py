"""The watch list file: kept across restarts and kills, one watch per order and profile, and a
check claimed by one program is not claimed by another (real SQLite files, real processes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.watch.schedule import Decision
from leshua_gui.core.watch.store import CheckRecord, WatchStore

HOUR = 3_600_000


def _add(store: WatchStore, order_id: str, *, now: int = 1_000, first: int | None = None,
         profile_id: str = "p1") -> tuple[int, bool]:  # fmt: skip
    entry, added = store.add(
        profile_id=profile_id, profile="Shop", merchant_id="0000000018", environment="sandbox",
        order=OrderRef.of(third_order_id=order_id), now_ms=now, hours=24,
        first_check_ms=now + 30_000 if first is None else first,
    )  # fmt: skip
    return entry.id, added


def test_a_watch_survives_a_restart_with_what_its_checks_found(tmp_path: Path) -> None:
    path = tmp_path / "watch.sqlite3"
    with WatchStore(path) as store:
        entry_id, added = _add(store, "DEMO-PENDING")
        assert added
        store.checked(
            entry_id,
            CheckRecord(31_000, True, "0", amount=990, trade_type="H5Pay"),
            Decision(91_000, None, "stale", True),
        )
    with WatchStore(path) as again:  # the window started again
        (entry,) = again.entries()
    assert (entry.order_id, entry.profile, entry.checks, entry.last_status) == (
        "DEMO-PENDING", "Shop", 1, "0",
    )  # fmt: skip
    assert (entry.amount, entry.trade_type, entry.notice, entry.unseen) == (
        990,
        "H5Pay",
        "stale",
        True,
    )
    assert entry.active
    assert entry.next_at.timestamp() * 1000 == 91_000
    assert entry.until.timestamp() * 1000 == 1_000 + 24 * HOUR


def test_an_order_is_watched_once_per_profile_while_watching(tmp_path: Path) -> None:
    with WatchStore(tmp_path / "w.sqlite3") as store:
        first, _added = _add(store, "A1")
        same, added_again = _add(store, "A1")
        other_profile, added_other = _add(store, "A1", profile_id="p2")
        assert (same, added_again) == (first, False)
        assert added_other
        assert other_profile != first
        store.checked(first, CheckRecord(2_000, True, "2"), Decision(None, "final", "final", False))
        rewatched, added_after_end = _add(store, "A1")  # ended: a new watch may begin
        assert added_after_end
        assert rewatched != first
        assert len(store.entries()) == 3


def test_an_unverified_answer_does_not_replace_the_last_verified_state(tmp_path: Path) -> None:
    with WatchStore(tmp_path / "w.sqlite3") as store:
        entry_id, _ = _add(store, "A1")
        store.checked(entry_id, CheckRecord(1, True, "0"), Decision(2, None, None, False))
        entry = store.checked(
            entry_id, CheckRecord(3, False, None, "signature", None, "mismatch"),
            Decision(4, None, None, False),
        )  # fmt: skip
        assert entry is not None
        assert (entry.last_status, entry.last_trusted, entry.last_error_kind) == (
            "0",
            False,
            "signature",
        )


def test_ended_entries_are_listed_after_the_watching_ones_and_badges_clear(tmp_path: Path) -> None:
    with WatchStore(tmp_path / "w.sqlite3") as store:
        a, _ = _add(store, "A", first=50_000)
        b, _ = _add(store, "B", first=40_000)
        c, _ = _add(store, "C", first=60_000)
        store.checked(a, CheckRecord(5, True, "2"), Decision(None, "final", "final", False))
        assert [e.order_id for e in store.entries()] == ["B", "C", "A"]
        assert store.unseen_count() == 1
        assert store.next_due_ms() == 40_000
        store.mark_seen()
        assert store.unseen_count() == 0
        assert store.remove_ended() == 1
        assert store.remove(b)
        assert not store.remove(b)
        assert [e.id for e in store.entries()] == [c]


def test_a_claimed_check_is_not_claimed_again_until_its_lease_ends(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    with WatchStore(path) as one, WatchStore(path) as two:  # two programs on one file
        _add(one, "A", first=10)
        _add(one, "B", first=20)
        assert [e.order_id for e in one.claim_due(100, lease_ms=120_000)] == ["A", "B"]
        assert two.claim_due(100, lease_ms=120_000) == []
        assert [e.order_id for e in two.claim_due(120_101, lease_ms=120_000)] == ["A", "B"]


_CLAIMER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from leshua_gui.core.watch.store import WatchStore
    store = WatchStore(Path(sys.argv[1]))
    claimed = []
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        got = store.claim_due(10**12, lease_ms=10**12, limit=3)
        if not got and store.next_due_ms() is not None and store.next_due_ms() > 10**12:
            break
        claimed += [e.id for e in got]
    print(json.dumps(claimed))
    """
)


def test_processes_claiming_at_once_never_claim_one_check_twice(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    with WatchStore(path) as store:
        ids = [_add(store, f"O{n}", first=n)[0] for n in range(200)]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CLAIMER, str(path)], stdout=subprocess.PIPE, env=env, text=True
        )
        for _ in range(3)
    ]
    claimed = [json.loads(p.communicate(timeout=60)[0]) for p in procs]
    every = [i for got in claimed for i in got]
    assert sorted(every) == ids  # each claimed exactly once, by one of the three


_ADDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from leshua_gui.core.protocol.validation import OrderRef
    from leshua_gui.core.watch.store import WatchStore
    store = WatchStore(Path(sys.argv[1]))
    n = 0
    while True:
        store.add(profile_id="p", profile="Shop", merchant_id="0000000018",
                  environment="sandbox", order=OrderRef.of(third_order_id=f"K{n}"),
                  now_ms=n, hours=1, first_check_ms=n)
        n += 1
        if n == 50:
            print("ready", flush=True)
    """
)


def test_a_program_killed_while_adding_loses_no_watch_it_was_told_was_added(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen([sys.executable, "-c", _ADDER, str(path)], stdout=subprocess.PIPE,
                            env=env, text=True)  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    with WatchStore(path) as store:
        orders = [e.order_id for e in store.entries()]
        assert store.report.set_aside is None  # not damaged
    assert len(orders) >= 50
    assert {f"K{n}" for n in range(50)} <= set(orders)
    numbers = sorted(int(o[1:]) for o in orders)
    assert numbers == list(range(len(numbers)))  # no gap: every committed add is there


def test_an_entry_id_is_never_given_again(tmp_path: Path) -> None:
    """A window keeps a watch's last answer by its id: a new watch must not take the id of one
    removed (SQLite reuses the highest rowid without AUTOINCREMENT)."""
    with WatchStore(tmp_path / "w.sqlite3") as store:
        first, _ = _add(store, "A1")
        store.remove(first)
        second, _ = _add(store, "B2")
        assert second != first
