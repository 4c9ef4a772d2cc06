"""Lookups of a batch share a client: real HTTP to the demo gateway through a relay on loopback
that counts the TCP connections it accepts, the rows in the app's real history file (and in
`leshua-query history --json`), the client still open when the lookups are done."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from leshua_gui.app.lookup import LookupRequest, run_lookup
from leshua_gui.app.services import Services
from leshua_gui.core.gateway import endpoints
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.profiles.store import Profile
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox.orders import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY
from tests.support.cli_runner import run_cli


class CountingRelay:
    """A TCP relay on loopback in front of a gateway: every connection it accepts is counted
    and piped, both ways, to a connection of its own to the gateway; so is every connection the
    client ended (closed its side)."""

    def __init__(self, target_url: str) -> None:
        parts = urlsplit(target_url)
        self._target = (parts.hostname or "127.0.0.1", int(parts.port or 80))
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self.accepted = 0
        self.ended_by_client = 0
        self._start(self._accept)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}{endpoints.PATH}"

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while True:
            try:
                near, _ = self._listener.accept()
            except OSError:  # closed
                return
            far = socket.create_connection(self._target)
            with self._lock:
                self.accepted += 1
                self._sockets += [near, far]
            self._start(self._pipe, near, far, True)
            self._start(self._pipe, far, near, False)

    def _pipe(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
            if from_client:
                with self._lock:
                    self.ended_by_client += 1
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def wait_ended(self, count: int, timeout: float = 5.0) -> int:
        """How many connections the client ended, once `count` have (or at the timeout)."""
        deadline = time.monotonic() + timeout
        while self.ended_by_client < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.ended_by_client

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept (a close does not)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
        for thread in self._threads:
            thread.join(timeout=5)


class BatchServices(Services):
    """The app's services, as a batch sees them: its workers hold their clients, so no lookup
    may fetch a key or build a client of its own."""

    def transaction_key(self, profile: Profile) -> str:  # noqa: ARG002
        raise AssertionError("a lookup with a client fetched a key")

    def client_for(self, profile: Profile, key: str) -> GatewayClient:  # noqa: ARG002
        raise AssertionError("a lookup with a client built another")


@pytest.fixture
def app() -> Iterator[Services]:
    services = BatchServices(demo=True)
    try:
        yield services
    finally:
        services.close()


@pytest.fixture
def relay(app: Services) -> Iterator[CountingRelay]:
    app.start_demo()
    assert app.sandbox is not None
    counting = CountingRelay(app.sandbox.url)
    try:
        yield counting
    finally:
        counting.close()


def _client(relay: CountingRelay) -> GatewayClient:
    """A worker's client: the demo merchant, through the relay."""
    return GatewayClient(relay.url, DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY, backoff=0.01)


def _order(value: str) -> OrderRef:
    return OrderRef.of(third_order_id=value)


def _rows(app: Services) -> list[HistoryRecord]:
    assert app.history_writer.flush(timeout=10)
    return list(app.history.page())


def _demo(app: Services) -> Profile:
    assert app.demo_profile is not None
    return app.demo_profile


def test_lookups_sharing_a_client_use_one_connection(app: Services, relay: CountingRelay) -> None:
    demo = _demo(app)
    with _client(relay) as client:
        first = run_lookup(app, LookupRequest(demo, _order("DEMO-PAID-WX")), client=client)
        second = run_lookup(app, LookupRequest(demo, _order("DEMO-PAID-ALIPAY")), client=client)
    assert (first.trusted, first.final, second.trusted, second.final) == (True,) * 4
    assert (first.merchant_id, first.profile) == (DEMO_MERCHANT_ID, "Demo")
    assert relay.accepted == 1
    assert [r.order_id for r in _rows(app)] == ["DEMO-PAID-ALIPAY", "DEMO-PAID-WX"]


def test_lookups_with_clients_of_their_own_each_connect(
    app: Services, relay: CountingRelay
) -> None:
    """What the shared client saves: a client per lookup is a TCP connection per lookup."""
    demo = _demo(app)
    for order in ("DEMO-PAID-WX", "DEMO-PAID-ALIPAY"):
        with _client(relay) as client:
            run_lookup(app, LookupRequest(demo, _order(order)), client=client)
    assert relay.accepted == 2


def test_the_job_lands_in_the_history_and_in_history_json(
    app: Services, relay: CountingRelay, app_home: Path
) -> None:
    demo = _demo(app)
    with _client(relay) as client:
        run_lookup(app, LookupRequest(demo, _order("DEMO-PAID-WX"), job="JOB-7"), client=client)
        run_lookup(app, LookupRequest(demo, _order("DEMO-CLOSED")), client=client)
    rows = {r.order_id: r for r in _rows(app)}
    assert (rows["DEMO-PAID-WX"].job, rows["DEMO-CLOSED"].job) == ("JOB-7", None)
    assert len(rows) == 2  # each lookup recorded once

    run = run_cli("history", "--json", home=app_home)
    assert run.code == 0, run.stderr
    listed = {r["order_id"]: r for r in run.json()}
    assert (listed["DEMO-PAID-WX"]["job"], listed["DEMO-CLOSED"]["job"]) == ("JOB-7", None)
    assert listed["DEMO-PAID-WX"]["trusted"] is True


def test_a_given_client_is_left_open_by_every_kind_of_lookup(
    app: Services, relay: CountingRelay
) -> None:
    """A failed answer, a polled order and a cancelled lookup: the client is the caller's, still
    open and on its first connection after each."""
    demo = _demo(app)
    cancel = threading.Event()
    with _client(relay) as client:
        forged = run_lookup(app, LookupRequest(demo, _order("FAULT-BAD-SIGN")), client=client)
        assert not forged.trusted
        polled = run_lookup(
            app, LookupRequest(demo, _order("DEMO-PAYING"), deadline_s=2.5), client=client
        )
        assert len(polled.result.attempts) == 2  # asked again while paying, on the same client
        assert not polled.final
        cancelled = run_lookup(
            app,
            LookupRequest(demo, _order("DEMO-PENDING"), deadline_s=60.0),
            cancel,
            lambda _attempt: cancel.set(),  # Cancel pressed while the order is still paying
            client=client,
        )
        assert cancelled.cancelled
        after = run_lookup(app, LookupRequest(demo, _order("DEMO-PAID-WX")), client=client)
        assert after.trusted
        assert relay.ended_by_client == 0  # still open: the caller's to close
    assert relay.accepted == 1  # closed, the client would have had to connect again
    assert relay.wait_ended(1) == 1  # closed by its owner, at the end of the block
    rows = {r.order_id: r for r in _rows(app)}
    assert sorted(rows) == ["DEMO-PAID-WX", "DEMO-PAYING", "DEMO-PENDING", "FAULT-BAD-SIGN"]
    assert rows["DEMO-PAYING"].attempts == 2


def test_without_a_client_the_lookup_builds_and_closes_its_own(
    app: Services, relay: CountingRelay
) -> None:
    """The single query of the window and the command line, unchanged: the services' key and
    a client of the lookup's own, closed at its end."""
    built: list[GatewayClient] = []

    class OwnClients(Services):
        def client_for(self, profile: Profile, key: str) -> GatewayClient:  # noqa: ARG002
            assert key == DEMO_TRANSACTION_KEY  # the key source was asked
            built.append(_client(relay))
            return built[-1]

    services = OwnClients(demo=True)
    try:
        demo = services.start_demo()
        for n in (1, 2):
            lookup = run_lookup(services, LookupRequest(demo, _order("DEMO-PAID-WX"), job="J"))
            assert lookup.trusted
            assert relay.wait_ended(n) == n  # its connection ended with the lookup
        assert (len(built), relay.accepted) == (2, 2)
        assert [r.job for r in _rows(services)] == ["J", "J"]
    finally:
        services.close()
