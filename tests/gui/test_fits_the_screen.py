"""At 200 % on a 1920x1080 screen (960x540 logical pixels) the window fits: its minimum size and
the size it opens at leave room for the frame, and the Query button and status bar are on screen.
Run in a fresh interpreter: the scale factor and the screen are read once, at start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from leshua_gui.ui.screen_fit import FRAME, fitted

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from leshua_gui.app.services import Services
from leshua_gui.ui import i18n
from leshua_gui.ui.main_window import MainWindow
ctx = Services(demo=sys.argv[1] == "demo")
i18n.install("zh_CN")
window = MainWindow(ctx, "zh_CN")
window.show()
app.processEvents()
window.tabs.ensure_views()
app.processEvents()
available = window.screen().availableGeometry()
button = window.query_bar.query_button
corner = button.mapTo(window, button.rect().bottomRight())
print(json.dumps({
    "ratio": window.devicePixelRatio(),
    "available": [available.width(), available.height()],
    "size": [window.width(), window.height()],
    "minimum": [window.minimumWidth(), window.minimumHeight()],
    "button": [corner.x(), corner.y()],
    "status_bottom": window.statusBar().geometry().bottom(),
}))
window.shutdown()
ctx.close()
"""


def _open_at_200_percent(tmp_path: Path, mode: str) -> dict[str, object]:
    screens = tmp_path / "screen.json"
    screens.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "fhd",
                        "x": 0,
                        "y": 0,
                        "width": 1920,
                        "height": 1080,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
        QT_SCALE_FACTOR="2",
        LESHUA_GUI_HOME=str(tmp_path / "home"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("mode", ["fresh", "demo"])
def test_the_window_fits_a_1080p_screen_at_200_percent(tmp_path: Path, mode: str) -> None:
    seen = _open_at_200_percent(tmp_path, mode)
    assert seen["ratio"] == 2
    assert seen["available"] == [960, 540]
    width, height = seen["size"]  # type: ignore[misc]
    room_w, room_h = 960 - FRAME.width(), 540 - FRAME.height()
    assert width <= room_w
    assert height <= room_h
    assert seen["minimum"][0] <= room_w  # type: ignore[index]
    assert seen["minimum"][1] <= room_h  # type: ignore[index]
    x, y = seen["button"]  # type: ignore[misc]
    assert 0 < x < width
    assert 0 < y < height
    assert seen["status_bottom"] < height  # type: ignore[operator]


def test_sizes_are_kept_on_a_big_screen() -> None:
    assert fitted(QSize(980, 760), QSize(1920, 1040)) == QSize(980, 760)
    assert fitted(QSize(980, 760), QSize(960, 540)) == QSize(944, 492)
