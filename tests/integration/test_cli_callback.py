"""`leshua-query callback`: exit codes and output for genuine, tampered and unreadable bodies."""

from __future__ import annotations

from pathlib import Path

from leshua_gui.sandbox import DEMO_NOTIFY_KEY, DEMO_ORDERS, notification
from tests.support.cli_runner import Run, run_cli


def run(args: list[str], key: str | None, stdin: bytes | None = None) -> Run:
    """`leshua-query callback ARGS` with the notify key (if any) in LESHUA_NOTIFY_KEY only."""
    return run_cli("callback", *args, stdin=stdin, env={"LESHUA_NOTIFY_KEY": key}, secrets=[key])


def test_genuine_tampered_unreadable_and_no_key(tmp_path: Path) -> None:
    good = tmp_path / "good.xml"
    good.write_bytes(notification(DEMO_ORDERS[0]))
    ok = run([str(good), "--lang", "en"], DEMO_NOTIFY_KEY)
    assert ok.code == 0, ok.stderr
    assert "signature verified" in ok.stdout
    assert "000000" in ok.stdout
    assert DEMO_NOTIFY_KEY not in ok.stdout + ok.stderr

    tampered = run(["-", "--json"], DEMO_NOTIFY_KEY,
                   stdin=good.read_bytes().replace(b"[2]", b"[8]"))  # fmt: skip
    assert tampered.code == 4
    payload = tampered.json()
    assert payload["verification"] == "mismatch"
    assert payload["status"] == "8"

    zh = run([str(good), "--lang", "zh_CN"], "wrong-notify-key")
    assert zh.code == 4
    assert "不可信" in zh.stdout

    garbage = tmp_path / "garbage.xml"
    garbage.write_bytes(b"<html><body>502</body></html>")
    assert run([str(garbage)], DEMO_NOTIFY_KEY).code == 3
    assert run([str(good)], None).code == 2
    assert run([str(tmp_path / "missing.xml")], DEMO_NOTIFY_KEY).code == 2
