"""Shared fixtures: an isolated app home for every test and a sandbox gateway on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from leshua_gui.core.client import GatewayClient
from leshua_gui.sandbox import Sandbox


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own LESHUA_GUI_HOME: nothing touches the real user directories."""
    home = tmp_path / "leshua-home"
    monkeypatch.setenv("LESHUA_GUI_HOME", str(home))
    monkeypatch.delenv("LESHUA_TRANSACTION_KEY", raising=False)
    return home


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh sandbox gateway on a free loopback port (FAULT-SLOW waits 1.5 s)."""
    with Sandbox(slow_seconds=1.5) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[GatewayClient]:
    """A client for the sandbox's demo merchant, with short timeouts and quick retries."""
    with GatewayClient(
        sandbox.url,
        sandbox.merchant_id,
        sandbox.transaction_key,
        connect_timeout=2.0,
        read_timeout=5.0,
        backoff=0.01,
    ) as c:
        yield c
