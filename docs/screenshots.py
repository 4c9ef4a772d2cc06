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
    parser.add_argument("--only", action="append", choices=[s[0] for s in SHOTS])
    args = parser.parse_args()
    shots = [s for s in SHOTS if not args.only or s[0] in args.only]
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
    finally:
        ctx.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
