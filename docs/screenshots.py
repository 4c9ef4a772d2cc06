"""Render the main states of the window to PNG, in Chinese and English, from the sandbox.

    python docs/screenshots.py [--out docs/screenshots] [--lang zh_CN] [--only paid-discount]

Runs offscreen (no display needed); Chinese text needs a CJK font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer

SHOTS = [
    # (name, order id, keep polling, tab, stop after N attempts)
    ("paid-discount", "DEMO-PAID-WX", False, 0, None),
    ("paying-timeline", "DEMO-PAYING", True, 0, 2),
    ("mismatch", "FAULT-BAD-SIGN", False, 0, None),
    ("error-not-found", "DEMO-NOT-FOUND", False, 0, None),
    ("raw", "DEMO-PAID-ALIPAY", False, 1, None),
]
#: Scenes of their own: the Watch tab with orders watched, the close dialog after a close.
SCENES = ("watch-list", "close-dialog")


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument(
        "--lang", action="append", choices=("zh_CN", "zh_TW", "en"), help="(repeatable)"
    )
    parser.add_argument("--only", action="append", choices=[*(s[0] for s in SHOTS), *SCENES])
    args = parser.parse_args()
    shots = [s for s in SHOTS if not args.only or s[0] in args.only]
    scenes = [s for s in SCENES if not args.only or s in args.only]
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["LESHUA_GUI_HOME"] = tempfile.mkdtemp(prefix="leshua-shots-")

    from leshua_gui.app.services import Services
    from leshua_gui.ui import i18n
    from leshua_gui.ui.app_main import make_application
    from leshua_gui.ui.main_window import MainWindow

    app = make_application()
    ctx = Services(demo=True)
    try:
        for lang in args.lang or ("zh_CN", "zh_TW", "en"):
            i18n.install(lang)
            for name, order_id, keep, tab, stop_after in shots:
                ctx.sandbox.state.reset()  # type: ignore[union-attr]
                window = MainWindow(ctx, lang)
                window.resize(1000, 860)
                window.show()
                window.tabs.ensure_views()
                window.query_bar.keep_polling.setChecked(keep)
                window.query_bar.id_field.setText(order_id)
                done = QEventLoop()
                window.query_finished.connect(lambda _r, loop=done: loop.quit())
                window.run_query()
                if stop_after:
                    while window.strip.timeline.count() < stop_after:
                        wait(50)
                    wait(300)
                else:
                    QTimer.singleShot(15000, done.quit)
                    done.exec()
                window.tabs.setCurrentIndex(tab)
                wait(150)
                path = args.out / f"{name}-{lang}.png"
                window.grab().save(str(path))
                print(path)
                window.shutdown()
                window.close()
                window.deleteLater()
            if scenes:
                for path in _watch_and_close(ctx, lang, args.out, scenes):
                    print(path)
    finally:
        ctx.close()
    app.processEvents()
    return 0


def _until(done: object, seconds: float = 15.0) -> None:
    import time

    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:  # type: ignore[operator]
        wait(50)


def _watch_and_close(ctx: object, lang: str, out: Path, scenes: list[str]) -> list[Path]:
    """Three orders watched (one turns paid), then DEMO-PENDING closed in the dialog."""
    from PySide6.QtWidgets import QApplication

    from leshua_gui.ui.close_dialog import CloseDialog
    from leshua_gui.ui.main_window import MainWindow
    from leshua_gui.ui.result_tabs import WATCH_TAB

    state = ctx.sandbox.state  # type: ignore[attr-defined]
    state.reset()
    state.watch_paid_after_s = 2.0
    window = MainWindow(ctx, lang)  # type: ignore[arg-type]
    window.resize(1000, 860)
    window.show()
    window.tabs.ensure_views()
    window.query_bar.keep_polling.setChecked(False)
    actions = window.order_actions
    actions.open_watch_list()
    _until(lambda: actions.watcher is not None)
    assert actions.watcher is not None
    actions.watcher.first_s, actions.watcher.max_s = 0.5, 1.0
    saved: list[Path] = []
    for order_id in ("DEMO-WATCH-PAID", "DEMO-PENDING", "DEMO-BARCODE-PAYING"):
        window.query_bar.id_field.setText(order_id)
        done = QEventLoop()
        window.query_finished.connect(lambda _r, loop=done: loop.quit())
        window.run_query()
        QTimer.singleShot(15000, done.quit)
        done.exec()
        window.tabs.result_view.watch_button.click()
        wait(200)
    panel = window.tabs.watch_panel
    _until(lambda: panel is not None and any(not e.active for e in panel.model.entries()))
    wait(1500)
    if "watch-list" in scenes:
        window.tabs.setCurrentIndex(WATCH_TAB)
        wait(300)
        path = out / f"watch-list-{lang}.png"
        window.grab().save(str(path))
        saved.append(path)
    if "close-dialog" in scenes:
        window.tabs.setCurrentIndex(0)
        window.query_bar.id_field.setText("DEMO-PENDING")
        done = QEventLoop()
        window.query_finished.connect(lambda _r, loop=done: loop.quit())
        window.run_query()
        QTimer.singleShot(15000, done.quit)
        done.exec()
        path = out / f"close-dialog-{lang}.png"

        def act() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, CloseDialog):
                return
            dialog.resize(640, dialog.sizeHint().height())
            dialog.confirmation.setText("DEMO-PENDING")
            dialog.close_button.click()
            _until(lambda: dialog.outcome is not None)
            wait(200)
            dialog.grab().save(str(path))
            saved.append(path)
            dialog.done_button.click()

        QTimer.singleShot(100, act)
        window.tabs.result_view.close_button.click()
    window.tabs.setCurrentIndex(WATCH_TAB)  # seen: no notice left for the next language
    wait(200)
    window.shutdown()
    window.close()
    window.deleteLater()
    store = ctx.watch_store  # type: ignore[attr-defined]
    for entry in store.entries():
        store.remove(entry.id)
    return saved


if __name__ == "__main__":
    sys.exit(main())
