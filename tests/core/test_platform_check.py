"""Before Qt starts on X11, missing xcb libraries are named with the command that installs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from leshua_gui import gui
from leshua_gui.core.infra import platform_check


def test_missing_library_prints_the_install_commands_instead_of_qts_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setitem(
        platform_check.XCB_LIBRARIES,
        "libxcb-not-installed-here.so.0",
        ("libxcb-cursor0", "xcb-util-cursor"),
    )
    assert gui.main([]) == 3
    err = capsys.readouterr().err
    assert "libxcb-not-installed-here.so.0" in err
    assert "sudo apt install libxcb-cursor0" in err
    assert "sudo dnf install xcb-util-cursor" in err


def test_the_check_runs_only_where_qt_would_use_xcb() -> None:
    assert platform_check.wants_xcb({"QT_QPA_PLATFORM": "xcb"}) is True
    assert platform_check.wants_xcb({"QT_QPA_PLATFORM": "offscreen"}) is False
    assert platform_check.wants_xcb({"QT_QPA_PLATFORM": "wayland"}) is False
    assert platform_check.wants_xcb({"DISPLAY": ":0"}) is True
    assert platform_check.wants_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}) is False


def test_the_readme_one_liners_cover_every_library() -> None:
    for debian, fedora in platform_check.XCB_LIBRARIES.values():
        assert debian in platform_check.DEBIAN_ALL
        assert fedora in platform_check.FEDORA_ALL


# A subprocess where loading libEGL.so.1 fails, as on a fresh machine without it: the check must
# run before anything imports Qt, for the GUI and for --self-test.
_NO_EGL = """
import ctypes, sys
real = ctypes.CDLL
def fake(name, *args, **kwargs):
    if str(name).endswith("libEGL.so.1"):
        raise OSError(name + ": cannot open shared object file: No such file or directory")
    return real(name, *args, **kwargs)
ctypes.CDLL = fake
from leshua_gui.gui import main
code = main(sys.argv[1:])
assert "PySide6.QtGui" not in sys.modules, "Qt was imported before the check"
sys.exit(code)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sonames are Linux's")
@pytest.mark.parametrize("args", [[], ["--self-test"]], ids=["gui", "self-test"])
def test_no_libegl_names_the_package_instead_of_an_import_error(
    args: list[str], app_home: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LESHUA_GUI_HOME": str(app_home)}
    run = subprocess.run(
        [sys.executable, "-c", _NO_EGL, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 3, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    assert "ImportError" not in run.stderr
    assert "not installed: libEGL.so.1." in run.stderr
    assert "sudo apt install libegl1" in run.stderr
    assert "sudo dnf install libglvnd-egl" in run.stderr
    if args:
        assert "self-test FAILED" in run.stdout


def test_every_qt_library_is_checked_on_linux() -> None:
    needed = platform_check.needed_libraries({"QT_QPA_PLATFORM": "offscreen"})
    if sys.platform.startswith("linux"):
        assert "libEGL.so.1" in needed
        assert "libfontconfig.so.1" in needed
        assert "libxcb-cursor.so.0" not in needed  # offscreen: no xcb
        assert "libxcb-cursor.so.0" in platform_check.needed_libraries({"DISPLAY": ":0"})
    else:
        assert needed == []
    assert "libegl1" in platform_check.DEBIAN_ALL
