"""Start the window in a fresh interpreter and say which batch modules were loaded by its first
paint, and which a little after it (when the app looks for unfinished batch jobs).

Printed as JSON on the last line: {"at_first_paint": [...], "after": [...], "offered": bool}."""

from __future__ import annotations

import json
import sys

#: what the window must not load to appear (the batch window, the batch core, spreadsheets)
WATCHED = ("leshua_gui.ui.batch", "leshua_gui.core.batch", "leshua_gui.app.batch", "openpyxl")


def loaded() -> list[str]:
    return sorted(m for m in sys.modules if m.startswith(WATCHED))


def main() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from leshua_gui.app.services import Services
    from leshua_gui.ui import i18n
    from leshua_gui.ui.main_window import MainWindow

    app = QApplication([])
    ctx = Services()
    i18n.install("en")
    window = MainWindow(ctx, "en")
    seen: dict[str, object] = {}
    window.shown.connect(lambda: seen.setdefault("at_first_paint", loaded()))
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(1500, loop.quit)  # the first paint, then what follows it
    loop.exec()
    seen["after"] = loaded()
    seen["offered"] = window.resume_bar is not None and window.resume_bar.isVisible()
    window.shutdown()
    ctx.close()
    app.processEvents()
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
