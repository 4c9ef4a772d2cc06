"""Before Qt starts on Linux: are the system libraries Qt needs installed?

The PySide6 wheel (and the bundle) bring Qt itself but use the desktop's EGL/OpenGL, X11,
xkbcommon, fontconfig, FreeType and GLib, and on X11 the xcb libraries of the platform plugin.
Without one of them importing Qt ends in an ImportError ("libEGL.so.1: cannot open shared object
file") or Qt aborts with "could not load the Qt platform plugin xcb"; this check, run before
anything imports Qt, names the packages to install instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# soname -> (Debian/Ubuntu package, Fedora package)
#: What QtCore, QtGui and QtWidgets load on every Linux desktop (any platform plugin).
QT_LIBRARIES: dict[str, tuple[str, str]] = {
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}

#: What Qt's X11 (xcb) platform plugin loads on top.
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

_ALL = {**QT_LIBRARIES, **XCB_LIBRARIES}
DEBIAN_ALL = "sudo apt install " + " ".join(dict.fromkeys(d for d, _ in _ALL.values()))
FEDORA_ALL = "sudo dnf install " + " ".join(dict.fromkeys(f for _, f in _ALL.values()))


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


def needed_libraries(env: Mapping[str, str] | None = None) -> list[str]:
    """The system libraries Qt will load here: none off Linux, the xcb ones only for X11."""
    if not sys.platform.startswith("linux"):
        return []
    return list(QT_LIBRARIES) + (list(XCB_LIBRARIES) if wants_xcb(env) else [])


def _loads(soname: str) -> bool:
    import ctypes

    places = [soname]
    bundle = getattr(sys, "_MEIPASS", None)  # a frozen build may carry some of them itself
    if bundle:
        places.insert(0, os.path.join(bundle, soname))
    for place in places:
        try:
            ctypes.CDLL(place)
        except OSError:
            continue
        return True
    return False


def missing_libraries(names: list[str] | None = None) -> list[str]:
    """Those of `names` (default: what Qt needs here) that cannot be loaded."""
    return [soname for soname in (needed_libraries() if names is None else names)
            if not _loads(soname)]  # fmt: skip


def install_hint(missing: list[str]) -> str:
    """The message printed instead of Qt's ImportError or abort, with the exact commands."""
    known = {**QT_LIBRARIES, **XCB_LIBRARIES}
    debian = " ".join(dict.fromkeys(known[m][0] for m in missing if m in known))
    fedora = " ".join(dict.fromkeys(known[m][1] for m in missing if m in known))
    xcb_only = all(m in XCB_LIBRARIES for m in missing)
    what = "Qt's X11 (xcb) platform needs" if xcb_only else "Qt needs system"
    return (
        f"Leshua Desk cannot start its window: {what} libraries that are "
        f"not installed: {', '.join(missing)}.\n"
        f"  Debian/Ubuntu: sudo apt install {debian}\n"
        f"  Fedora:        sudo dnf install {fedora}\n"
    )
