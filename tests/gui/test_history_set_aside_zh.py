"""A damaged history is set aside and said so in the window's language, nothing deleted."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.core.paths import app_paths
from leshua_gui.ui import i18n
from leshua_gui.ui.main_window import MainWindow


def test_damaged_history_is_set_aside_and_explained_in_chinese(
    qtbot: QtBot, app_home: Path
) -> None:
    paths = app_paths().ensure()
    paths.history_db.write_bytes(b"this is not a database" * 100)
    ctx = Services(demo=True)
    i18n.install("zh_CN")
    window = MainWindow(ctx, "zh_CN")
    qtbot.addWidget(window)
    window.show()
    try:
        panel = window.tabs.history_panel
        text = panel.problem.text()
        assert "已另存为" in text
        assert "已损坏" in text
        assert "没有删除任何内容" in text
        kept = [p for p in paths.data.iterdir() if ".corrupt-" in p.name]
        assert kept
        assert kept[0].read_bytes() == b"this is not a database" * 100
    finally:
        window.shutdown()
        ctx.close()
        i18n.install("en")
