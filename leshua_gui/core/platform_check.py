"""Before Qt starts on Linux/X11: are the libraries of Qt's xcb platform plugin installed?

Without them Qt aborts with "could not load the Qt platform plugin xcb"; this check names the
packages to install instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# soname -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
}

DEBIAN_ALL = "sudo apt install " + " ".join(dict.fromkeys(d for d, _ in XCB_LIBRARIES.values()))
FEDORA_ALL = "sudo dnf install " + " ".join(dict.fromkeys(f for _, f in XCB_LIBRARIES.values()))


def wants_xcb(env: Mapping[str, str] | None = None) -> bool:
    """Whether Qt will try the xcb platform: Linux, with X11 chosen or no Wayland session."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def no_display(env: Mapping[str, str] | None = None) -> bool:
    """Linux with no display to open a window on, and no platform chosen by hand."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return False
    return not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")


def missing_libraries(names: list[str] | None = None) -> list[str]:
    import ctypes

    missing = []
    for soname in names or list(XCB_LIBRARIES):
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def install_hint(missing: list[str]) -> str:
    """The message printed instead of Qt's abort, with the exact commands."""
    debian = " ".join(dict.fromkeys(XCB_LIBRARIES[m][0] for m in missing))
    fedora = " ".join(dict.fromkeys(XCB_LIBRARIES[m][1] for m in missing))
    return (
        "Leshua Desk cannot open a window: Qt's X11 (xcb) platform needs libraries that are "
        f"not installed: {', '.join(missing)}.\n"
        f"  Debian/Ubuntu: sudo apt install {debian}\n"
        f"  Fedora:        sudo dnf install {fedora}\n"
    )
