"""Before Qt starts on X11, missing xcb libraries are named with the command that installs them."""

from __future__ import annotations

import pytest

from leshua_gui import app
from leshua_gui.core import platform_check


def test_missing_library_prints_the_install_commands_instead_of_qts_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setitem(
        platform_check.XCB_LIBRARIES,
        "libxcb-not-installed-here.so.0",
        ("libxcb-cursor0", "xcb-util-cursor"),
    )
    assert app.main([]) == 3
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
