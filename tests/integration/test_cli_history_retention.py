"""The retention setting ("keep history for N days") is applied by the command line too."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from leshua_gui.core import settings
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.history.store import HistoryStore
from leshua_gui.core.paths import app_paths
from tests.support.cli_runner import run_cli
from tests.support.history_records import now, record


def aged(order_id: str, age: timedelta) -> HistoryRecord:
    return record(queried_at=now() - age, order_id=order_id, profile="Shop",
                  environment="sandbox")  # fmt: skip


def history_ids(app_home: Path) -> list[str]:
    run = run_cli("history", "--json", home=app_home)
    assert run.code == 0, run.stderr
    return [row["order_id"] for row in run.json()]


def test_rows_older_than_the_retention_are_pruned(app_home: Path) -> None:
    paths = app_paths().ensure()
    store = HistoryStore(paths.history_db)
    store.add_many([aged("OLD-ORDER", timedelta(days=40)), aged("NEW-ORDER", timedelta(days=1))])
    store.close()
    assert history_ids(app_home) == ["NEW-ORDER", "OLD-ORDER"]  # keep everything by default
    settings.save(paths.settings_file, replace(settings.Settings(), history_retention_days=30))
    assert history_ids(app_home) == ["NEW-ORDER"]
