"""`leshua-sandbox` as a person runs it, and the one fault order the CLI tests did not cover."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from tests.support.cli_runner import Run, run_cli


@contextmanager
def sandbox_script() -> Iterator[subprocess.Popen[str]]:
    """`leshua-sandbox --port 0` as a person starts it; stopped at the end."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "leshua_gui.sandbox", "--port", "0"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_leshua_sandbox_prints_its_url_and_credentials_and_serves(app_home: Path) -> None:
    with sandbox_script() as proc:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        url = re.search(r"(http://127\.0\.0\.1:\d+/cgi-bin/lepos_pay_gateway\.cgi)", lines[0])
        assert url, lines
        assert DEMO_MERCHANT_ID in lines[1]
        assert DEMO_TRANSACTION_KEY in lines[2]

        def status(order: str) -> Run:
            return run_cli("status", "--gateway", url.group(1), "--merchant-id", DEMO_MERCHANT_ID,
                           "--third-order-id", order, "--json", home=app_home,
                           key=DEMO_TRANSACTION_KEY)  # fmt: skip

        paid = status("DEMO-PAID-WX")
        assert paid.code == 0
        assert paid.json()["status"] == "2"
        failed = status("FAULT-RESP-CODE")  # a communication failure: exit 1, unsigned
        payload = failed.json()
        assert failed.code == 1
        assert payload["error"]["code"] == "-20010"
        assert payload["verification"] == "unsigned"


def test_leshua_sandbox_lists_its_refund_numbers() -> None:
    with sandbox_script() as proc:
        assert proc.stdout is not None
        lines: list[str] = []
        while not lines or not lines[-1].startswith("Ctrl-C"):
            lines.append(proc.stdout.readline())
        listed = "".join(lines)
        assert "Refunds" in listed
        assert re.search(r"DEMO-REFUND-1\s+DEMO-REFUNDING", listed)
        assert "DEMO-REFUND-NONE" in listed
