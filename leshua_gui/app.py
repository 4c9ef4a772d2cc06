"""`leshua-gui`: checks what Qt needs before importing it, then opens the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from leshua_gui import __version__
from leshua_gui.core import platform_check


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leshua-gui", description="Leshua Desk: look up Leshua payment orders."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the built-in sandbox gateway with a demo merchant (no credentials needed)",
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language of the window")
    return parser


def _tell(message: str) -> None:
    """Print where a person can see it; windowed builds have no stderr."""
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if platform_check.wants_xcb():
        missing = platform_check.missing_libraries()
        if missing:
            _tell(platform_check.install_hint(missing))
            return 3
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    # The Qt-free modules load before PySide6, whose import hook slows every later import.
    from leshua_gui.core import (  # noqa: F401
        logsetup,
        paths,
        polling,
        profiles,
        settings,
        validation,
    )
    from leshua_gui.sandbox import orders  # noqa: F401
    from leshua_gui.ui.app_main import run  # Qt is imported only from here on

    return run(demo=args.demo, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
