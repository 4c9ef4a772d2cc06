"""A private Secret Service for tests: a D-Bus session bus and gnome-keyring, both throwaway."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

KEYRING_PASSWORD = b"leshua-desk-test-keyring"


class SecretServiceMissing(RuntimeError):
    """dbus-daemon, dbus-send or gnome-keyring-daemon is not installed here."""


#: a program the Secret Service tests run -> the Debian package that has it
TOOLS = {
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
    "gnome-keyring-daemon": "gnome-keyring",
    "secret-tool": "libsecret-tools",
}


def require_tool(name: str) -> str:
    """The path of `name`; where it is missing the test skips saying so, but under CI (CI set,
    as .ci/run does, which installs it) that is a failure: CI must run these tests."""
    import pytest

    found = shutil.which(name)
    if found:
        return found
    reason = f"{name} is not installed (Debian: apt install {TOOLS.get(name, name)})"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the Secret Service tests: {reason}")
    pytest.skip(reason)


def lookup_secret(env: dict[str, str], profile_id: str, kind: str) -> str | None:
    """The Secret Service's own answer for a profile's key (kind: transaction or notify), read
    with libsecret's secret-tool, not with keyring; None where there is no such item."""
    from leshua_gui.core.profiles.keystore import SERVICE

    done = subprocess.run(
        [require_tool("secret-tool"), "lookup", "service", SERVICE,
         "username", f"{profile_id}/{kind}-key"],
        env=env, capture_output=True, text=True, timeout=15, check=False,
    )  # fmt: skip
    return done.stdout if done.returncode == 0 else None


def _wait_for(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@contextmanager
def private_secret_service(root: Path) -> Iterator[dict[str, str]]:
    """Start dbus-daemon and an unlocked gnome-keyring under `root`; yield the environment.

    The keyring files live under `root` (HOME and XDG dirs point there), so the user's real
    keyring is never touched, and everything is stopped on exit.
    """
    dbus = shutil.which("dbus-daemon")
    gnome = shutil.which("gnome-keyring-daemon")
    send = shutil.which("dbus-send")
    if not dbus or not gnome or not send:
        raise SecretServiceMissing(
            "dbus-daemon, dbus-send and gnome-keyring-daemon are needed "
            "(Debian: apt install dbus gnome-keyring)"
        )
    home = root / "home"
    runtime = root / "run"
    for folder in (home, runtime, home / ".local/share", home / ".config", home / ".cache"):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    bus = subprocess.Popen(
        [dbus, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        env=env,
    )
    keyring_daemon: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise SecretServiceMissing("dbus-daemon did not start")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_daemon = subprocess.Popen(
            [gnome, "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(KEYRING_PASSWORD)
        keyring_daemon.stdin.close()

        def ready() -> bool:
            probe = subprocess.run(
                [
                    send, "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.secrets",
                ],
                env=env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            return "boolean true" in probe.stdout

        if not _wait_for(ready, 15):
            raise SecretServiceMissing("gnome-keyring-daemon did not take the Secret Service name")
        yield env
    finally:
        for proc in (keyring_daemon, bus):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if bus.stdout is not None:
            bus.stdout.close()
