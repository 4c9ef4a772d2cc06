"""Create the QApplication, translators, logging and the main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from leshua_gui import APP_ID, APP_NAME, __version__
from leshua_gui.app.services import Services
from leshua_gui.core.infra import logsetup
from leshua_gui.core.paths import app_paths
from leshua_gui.ui import i18n, qtlog
from leshua_gui.ui.gc_guard import GarbageCollector
from leshua_gui.ui.icons import icon
from leshua_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STARTUP_PROBE = "LESHUA_STARTUP_PROBE"


#: the interpreter's switch interval in the window's process (Python's default is 5 ms)
GUI_SWITCH_INTERVAL_S = 0.001


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Leshua Desk")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(icon("app"))
    # The GUI thread takes the interpreter lock at every call into Python (each cell drawn,
    # each signal); a background thread of this process holds it until asked to let go. Asked
    # after 1 ms rather than the default 5, a repaint waits a fifth as long for it.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    return app


def run(*, demo: bool = False, lang: str | None = None) -> int:
    paths = app_paths().ensure()
    logsetup.configure(paths.logs, console=False)
    log.info("%s %s starting (demo=%s)", APP_NAME, __version__, demo)
    app = make_application()
    qtlog.install()
    collector = GarbageCollector(app)
    collector.start()
    ctx = Services(paths, demo=demo)
    chosen = lang or i18n.ui_lang(ctx.settings.language)
    i18n.install(chosen)
    window = MainWindow(ctx, chosen)
    if os.environ.get(STARTUP_PROBE):  # bench/startup.py: report the first paint, then quit
        from PySide6.QtCore import QTimer

        def shown() -> None:
            if sys.stdout is not None:
                print("LESHUA-SHOWN", flush=True)
            QTimer.singleShot(0, app.quit)

        window.shown.connect(shown)
    window.show()
    try:
        return int(app.exec())
    finally:
        window.shutdown()
        ctx.close()
        collector.stop()
        log.info("%s stopped", APP_NAME)
