"""`leshua-gui`: checks what Qt needs before importing it, then opens the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from leshua_gui import __version__
from leshua_gui.core.infra import platform_check


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
    parser.add_argument("--lang", choices=("zh_CN", "zh_TW", "en"), help="language of the window")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (Qt, keyring, translations, a sandbox query) and exit",
    )
    return parser


def _tell(message: str) -> None:
    """Print where a person can see it; windowed builds have no stderr."""
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.self_test and platform_check.no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a self-test needs no screen
    elif platform_check.no_display():
        _tell(
            "Leshua Desk needs a graphical desktop: no display was found (DISPLAY and "
            "WAYLAND_DISPLAY are not set). On a server, use leshua-query, or run "
            "leshua-gui --self-test to check the installation."
        )
        return 3
    # Every system library Qt loads, checked before anything imports Qt (the GUI and the
    # self-test alike): a missing one is named with its install line, not an ImportError.
    missing = platform_check.missing_libraries()
    if missing:
        _tell(platform_check.install_hint(missing))
        if args.self_test and sys.stdout is not None:
            print("self-test FAILED: Qt libraries missing: " + ", ".join(missing), flush=True)
        return 3
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    # The Qt-free modules load before PySide6, whose import hook slows every later import.
    from leshua_gui.core import paths, settings  # noqa: F401
    from leshua_gui.core.infra import logsetup  # noqa: F401
    from leshua_gui.core.profiles import store  # noqa: F401
    from leshua_gui.core.protocol import validation  # noqa: F401

    if args.self_test:
        return _self_test()
    from leshua_gui.ui.app_main import run  # Qt is imported only from here on

    return run(demo=args.demo, lang=args.lang)


def _self_test() -> int:
    from leshua_gui.core.infra import logsetup
    from leshua_gui.core.paths import app_paths

    logsetup.configure(app_paths().logs, console=False)
    lines: list[str] = []

    def emit(line: str) -> None:
        lines.append(line)
        if sys.stdout is not None:  # windowed builds have no console: the report file has it
            print(line, flush=True)

    from leshua_gui.ui.self_test import run_self_test

    code = run_self_test(emit)
    try:
        report = app_paths().logs / "self-test.txt"
        report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        pass
    return code


if __name__ == "__main__":
    sys.exit(main())
