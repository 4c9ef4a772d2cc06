"""`leshua-query history` when the history cannot be used: a message and exit 7, no traceback."""

from __future__ import annotations

import csv
from pathlib import Path

from leshua_gui.cli.exitcodes import ExitCode
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import FULL_CHECK_UP_TO, HistoryStore
from tests.support.cli_runner import Run, run_cli
from tests.support.history_records import held_by_another_program, now, record


def history(home: Path, *args: str) -> Run:
    return run_cli("history", *args, home=home)


def _db(home: Path) -> Path:
    return home / "data" / "history.sqlite3"


def _record(i: int, raw: bytes = b"") -> HistoryRecord:
    return record(i, queried_at=now(), profile="p", order_id=f"ROW-{i:06d}",
                  amounts={"amount": 100}, raw_answer=raw or None)  # fmt: skip


def test_no_history_yet_is_an_empty_answer_and_creates_nothing(app_home: Path) -> None:
    plain = history(app_home)
    assert plain.code == 0, plain.stderr
    assert "no queries recorded yet" in plain.stdout
    as_json = history(app_home, "--json")
    assert (as_json.code, as_json.stdout.strip()) == (0, "[]")
    out = app_home.parent / "empty.csv"
    exported = history(app_home, "--export", str(out))
    assert exported.code == 0, exported.stderr
    with out.open(encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh))) == 1  # the header alone
    assert not _db(app_home).exists()
    assert "Traceback" not in plain.stderr + as_json.stderr + exported.stderr


def test_a_history_that_cannot_be_opened_is_said_with_exit_7(app_home: Path) -> None:
    _db(app_home).mkdir(parents=True)  # something that is not a file stands where it should be
    run = history(app_home)
    assert run.code == ExitCode.HISTORY == 7
    assert "Traceback" not in run.stderr
    assert "history" in run.stderr
    assert "cannot be opened" in run.stderr
    assert _db(app_home).is_dir()


def test_a_history_locked_by_another_program_is_said_and_kept(app_home: Path) -> None:
    store = HistoryStore(_db(app_home))
    store.add(_record(1))
    store.close()
    with held_by_another_program(_db(app_home)):
        run = history(app_home)
    assert run.code == ExitCode.HISTORY
    assert "in use by another program" in run.stderr
    assert "Traceback" not in run.stderr
    assert sorted(p.name for p in _db(app_home).parent.iterdir() if ".corrupt-" in p.name) == []
    again = history(app_home, "--json")
    assert again.code == 0
    assert "ROW-000001" in again.stdout


def test_export_of_a_large_damaged_history_fails_cleanly_and_leaves_no_file(
    app_home: Path,
) -> None:
    """Damage past the cheap open check (the file is too large to check at every start)."""
    db = _db(app_home)
    store = HistoryStore(db)
    filler = b"x" * 900
    store.add_many([_record(i, filler) for i in range(44_000)])
    store.close()
    size = db.stat().st_size
    assert size > FULL_CHECK_UP_TO
    with db.open("r+b") as fh:  # a run of garbage in the middle of the rows
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xa5" * (256 * 4096))
    out = app_home.parent / "rows.xlsx"
    run = history(app_home, "--export", str(out))
    assert run.code == ExitCode.HISTORY, (run.stdout, run.stderr)
    assert "damaged" in run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists()
    assert "was not written" in run.stderr
    assert db.exists()  # left as it is for support to look at
