"""`leshua-query callback`: exit codes and output for genuine, tampered and unreadable bodies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from leshua_gui.sandbox import DEMO_NOTIFY_KEY, DEMO_ORDERS, notification


def run(
    args: list[str], key: str | None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "LESHUA_NOTIFY_KEY"}
    if key is not None:
        env["LESHUA_NOTIFY_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "leshua_gui.cli", "callback", *args],
        input=stdin, env=env, capture_output=True, timeout=60, check=False,
    )  # fmt: skip


def test_genuine_tampered_unreadable_and_no_key(tmp_path: Path) -> None:
    good = tmp_path / "good.xml"
    good.write_bytes(notification(DEMO_ORDERS[0]))
    ok = run([str(good), "--lang", "en"], DEMO_NOTIFY_KEY)
    assert ok.returncode == 0, ok.stderr
    assert b"signature verified" in ok.stdout and b"000000" in ok.stdout
    assert DEMO_NOTIFY_KEY.encode() not in ok.stdout + ok.stderr

    tampered = run(["-", "--json"], DEMO_NOTIFY_KEY,
                   stdin=good.read_bytes().replace(b"[2]", b"[8]"))  # fmt: skip
    assert tampered.returncode == 4
    payload = json.loads(tampered.stdout)
    assert payload["verification"] == "mismatch" and payload["status"] == "8"

    zh = run([str(good), "--lang", "zh_CN"], "wrong-notify-key")
    assert zh.returncode == 4 and "不可信" in zh.stdout.decode()

    garbage = tmp_path / "garbage.xml"
    garbage.write_bytes(b"<html><body>502</body></html>")
    assert run([str(garbage)], DEMO_NOTIFY_KEY).returncode == 3
    assert run([str(good)], None).returncode == 2
    assert run([str(tmp_path / "missing.xml")], DEMO_NOTIFY_KEY).returncode == 2
