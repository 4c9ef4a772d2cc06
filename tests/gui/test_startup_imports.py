"""The window appears without loading anything of the batch feature: the batch window, the
batch core and the spreadsheet reader load when a list is opened. After the first paint the app
looks for unfinished batch jobs, and only when there is a jobs file (off the GUI thread)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from leshua_gui.app.services import DEMO_RECORDED_NAME
from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.paths import app_paths

ROOT = Path(__file__).resolve().parents[2]


def probe(home: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LESHUA_GUI_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.startup_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(seen, dict)
    return seen


def test_nothing_of_the_batch_feature_loads_at_start_up(app_home: Path) -> None:
    seen = probe(app_home)
    assert seen["at_first_paint"] == []
    assert seen["after"] == []  # no jobs file: nothing to look at
    assert seen["offered"] is False


def test_an_unfinished_job_is_looked_for_after_the_first_paint(app_home: Path) -> None:
    paths = app_paths().ensure()
    with JobStore(paths.data / "jobs.sqlite3") as store:
        store.create(
            preview_text("DEMO-B-00001\nDEMO-B-00002\n"),
            profile=DEMO_RECORDED_NAME,
            merchant_id="0000000018",
            environment="sandbox",
            source_name="",
            settings=JobSettings(),
        )
    seen = probe(app_home)
    assert seen["at_first_paint"] == []
    assert seen["offered"] is True
    after = seen["after"]
    assert isinstance(after, list)
    assert "leshua_gui.ui.batch.resume_bar" in after  # the bar, once there is a job to offer
    assert "leshua_gui.ui.batch.batch_window" not in after  # the window only when opened
    assert "openpyxl" not in after
