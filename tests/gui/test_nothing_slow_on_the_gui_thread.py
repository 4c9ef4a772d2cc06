"""From the click to the recorded answer, the GUI thread neither reads the keyring, nor opens
the history, nor pays for the first import of the HTTP library: all of it is on workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_lookup_leaves_the_gui_thread_free(app_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LESHUA_GUI_HOME": str(app_home)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.gui_thread_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["state"] == "Paid"
    assert seen["recorded"]
    assert "import requests on the GUI thread" not in seen["before"]  # not at start-up either
    assert seen["lookup"], "the probe saw nothing: it would not notice a regression"
    assert [e for e in seen["lookup"] if e.endswith("on the GUI thread")] == []
    assert "keyring read on a worker" in seen["lookup"]
    assert "import requests on a worker" in seen["lookup"]
