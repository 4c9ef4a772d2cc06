"""`leshua-gui --self-test` from source: passes with a real keyring, fails with an unsafe one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def self_test(env: dict[str, str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "LESHUA_GUI_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "leshua_gui", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.keyring_service
def test_self_test_passes_with_a_real_secret_service(
    secret_service_env: dict[str, str], app_home: Path
) -> None:
    run = self_test(secret_service_env, app_home)
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert "ok   keyring backend: keyring.backends.SecretService.Keyring" in out
    assert "ok   translations: leshua_zh_CN, qtbase_zh_CN, leshua_zh_TW, qtbase_zh_TW" in out
    assert "ok   sandbox query: DEMO-PAID-WX status 2, signature verified" in out
    assert "ok   watch and close: watch list kept an entry: True, DEMO-PENDING closed" in out
    assert "ok   Qt platform plugin: offscreen" in out
    assert out.rstrip().endswith("self-test passed")
    # The report is also left where support can find it (windowed builds have no console).
    assert (app_home / "logs" / "self-test.txt").read_text(encoding="utf-8") == out


def test_self_test_fails_with_an_unsafe_keyring_and_says_why(app_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    run = self_test(env, app_home)
    assert run.returncode == 1
    assert (
        "FAIL keyring backend: The keyring backend found is keyring.backends.null.Keyring"
        in run.stdout
    )
    assert "self-test FAILED: keyring backend" in run.stdout
    # Everything else still ran and passed: the report is useful on a support call.
    assert "ok   sandbox query" in run.stdout
    assert "ok   watch and close" in run.stdout


def test_app_icons_are_readable_images() -> None:
    from PySide6.QtGui import QImageReader

    root = Path(__file__).resolve().parents[2] / "resources" / "app-icons"
    for name in ("leshua-desk.png", "leshua-desk.ico", "leshua-desk.icns"):
        reader = QImageReader(str(root / name))
        image = reader.read()
        assert not image.isNull(), f"{name}: {reader.errorString()}"
        assert image.width() >= 16


def test_desktop_entry_launches_the_gui_with_its_icon() -> None:
    text = (Path(__file__).resolve().parents[2] / "resources" / "leshua-desk.desktop").read_text(
        encoding="utf-8"
    )
    lines = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert lines["Type"] == "Application"
    assert lines["Exec"].split()[0] == "leshua-gui"
    assert lines["Icon"] == "leshua-desk"
    assert lines["Name[zh_CN]"]


@pytest.mark.keyring_service
def test_windowed_build_without_stdout_or_stderr_still_reports(
    secret_service_env: dict[str, str], app_home: Path
) -> None:
    """Windowed builds run with sys.stdout and sys.stderr set to None: nothing may assume them."""
    script = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from leshua_gui.gui import main\n"
        "raise SystemExit(main(['--self-test']))\n"
    )
    env = {**secret_service_env, "QT_QPA_PLATFORM": "offscreen", "LESHUA_GUI_HOME": str(app_home)}
    run = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    report = (app_home / "logs" / "self-test.txt").read_text(encoding="utf-8")
    assert report.rstrip().endswith("self-test passed")
