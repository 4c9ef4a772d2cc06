"""docs/screenshots.py keeps working as the window changes: it renders a real result to PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_the_screenshot_script_renders_a_paid_order(tmp_path: Path, app_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "docs/screenshots.py", "--out", str(tmp_path), "--lang", "en",
         "--only", "paid-discount"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    image = QImage(str(tmp_path / "paid-discount-en.png"))
    assert (image.width(), image.height()) == (1000, 860)
