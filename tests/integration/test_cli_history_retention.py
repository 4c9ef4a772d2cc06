"""The retention setting ("keep history for N days") is applied by the command line too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from leshua_gui.core import settings
from leshua_gui.core.history_record import HistoryRecord
from leshua_gui.core.history_store import HistoryStore
from leshua_gui.core.paths import app_paths


def record(order_id: str, age: timedelta) -> HistoryRecord:
    return HistoryRecord(
        queried_at=datetime.now(UTC) - age,
        profile="Shop",
        merchant_id="0000000018",
        environment="sandbox",
        id_kind="third_order_id",
        order_id=order_id,
        outcome="verified",
        status="2",
    )


def history_ids(app_home: Path) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-m", "leshua_gui.cli", "history", "--json"],
        env={**os.environ, "LESHUA_GUI_HOME": str(app_home)},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return [row["order_id"] for row in json.loads(run.stdout)]


def test_rows_older_than_the_retention_are_pruned(app_home: Path) -> None:
    paths = app_paths().ensure()
    store = HistoryStore(paths.history_db)
    store.add_many(
        [record("OLD-ORDER", timedelta(days=40)), record("NEW-ORDER", timedelta(days=1))]
    )
    store.close()
    assert history_ids(app_home) == ["NEW-ORDER", "OLD-ORDER"]  # keep everything by default
    settings.save(paths.settings_file, replace(settings.Settings(), history_retention_days=30))
    assert history_ids(app_home) == ["NEW-ORDER"]
