"""Shared fixtures: an isolated app home for every test and a sandbox gateway on loopback."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history.store import HistoryStore
from leshua_gui.sandbox import Sandbox
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    """As the app does (ui/gc_guard.py): no garbage collection on worker threads, where it could
    destroy Qt objects; the tests collect between tests on the main thread instead."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own LESHUA_GUI_HOME: nothing touches the real user directories."""
    home = tmp_path / "leshua-home"
    monkeypatch.setenv("LESHUA_GUI_HOME", str(home))
    monkeypatch.delenv("LESHUA_TRANSACTION_KEY", raising=False)
    return home


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[Sandbox]:
    """One sandbox gateway for the run: starting and stopping one per test would cost seconds."""
    with Sandbox(slow_seconds=1.5) as sb:
        yield sb


@pytest.fixture
def sandbox(shared_sandbox: Sandbox) -> Sandbox:
    """The sandbox gateway on loopback, in a fresh state (FAULT-SLOW waits 1.5 s)."""
    shared_sandbox.state.reset()
    shared_sandbox.state.slow_seconds = 1.5
    return shared_sandbox


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


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring backend, set as keyring's active one for the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def secret_service_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A real Secret Service (gnome-keyring on a private D-Bus session bus) for this test run.

    Where the daemons are not installed the tests that need it skip with the reason; under CI
    (CI=true) that is a failure instead, since .ci/run installs them.
    """
    from tests.support.secret_service import SecretServiceMissing, private_secret_service

    try:
        with private_secret_service(tmp_path_factory.mktemp("secret-service")) as env:
            yield env
    except SecretServiceMissing as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Secret Service tests: {exc}")
        pytest.skip(reason=f"no Secret Service here: {exc}")


@pytest.fixture
def secret_service_keyring(
    secret_service_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[keyring.backend.KeyringBackend]:
    """keyring's SecretService backend, talking to the private gnome-keyring, set as active."""
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_env["DBUS_SESSION_BUS_ADDRESS"])
    previous = keyring.get_keyring()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Lanes by path: tests/gui is `gui`, tests/integration is `integration`, so
    `-m "not gui and not integration"` is the fast core lane."""
    for item in items:
        path = str(item.path).replace(os.sep, "/")
        if "tests/gui/" in path:
            item.add_marker(pytest.mark.gui)
        elif "tests/integration/" in path:
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def history_store(tmp_path: Path) -> Iterator[HistoryStore]:
    """A history in a fresh SQLite file (tmp_path/history.sqlite3), closed after the test."""
    store = HistoryStore(tmp_path / "history.sqlite3")
    try:
        yield store
    finally:
        store.close()
