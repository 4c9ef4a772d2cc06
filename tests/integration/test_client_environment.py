"""What the client takes from the environment: the proxy for its gateway, honouring no_proxy,
read when the client is made; never .netrc credentials."""

from __future__ import annotations

import socket
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from leshua_gui.core.gateway.client import GatewayClient
from tests.integration.test_transport_refusals import KEY, MID, ORDER, paid_body
from tests.support.raw_gateway import http_server, reply

PROXY_VARS = ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (*PROXY_VARS, "no_proxy", "NO_PROXY", "NETRC"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_gateway_is_reached_through_the_proxy_of_the_environment(
    clean_env: pytest.MonkeyPatch,
) -> None:
    paths: list[str] = []

    def proxy(handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        paths.append(handler.path)  # a proxy is asked for the whole URL
        reply(handler, 200, paid_body(form))

    with http_server(proxy) as (proxy_url, seen):
        clean_env.setenv("HTTP_PROXY", proxy_url.split("/cgi-bin")[0])
        gateway = f"http://127.0.0.1:{closed_port()}/cgi-bin/lepos_pay_gateway.cgi"
        with GatewayClient(gateway, MID, KEY) as c:
            reply_ = c.query_status(ORDER)
            second = c.query_status(ORDER)
    assert reply_.verification.trusted
    assert second.verification.trusted
    assert [form["third_order_id"] for form in seen] == ["ORDER-1", "ORDER-1"]
    assert paths == [gateway, gateway]


def test_no_proxy_sends_the_gateway_straight_there(clean_env: pytest.MonkeyPatch) -> None:
    with (
        http_server(lambda h, f: reply(h, 200, paid_body(f))) as (proxy_url, through_proxy),
        http_server(lambda h, f: reply(h, 200, paid_body(f))) as (gateway, direct),
    ):
        clean_env.setenv("HTTP_PROXY", proxy_url.split("/cgi-bin")[0])
        clean_env.setenv("NO_PROXY", "127.0.0.1")
        with GatewayClient(gateway, MID, KEY) as c:
            assert c.query_status(ORDER).verification.trusted
    assert through_proxy == []
    assert len(direct) == 1


def test_netrc_credentials_are_never_sent_to_the_gateway(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password not-for-the-gateway\n")
    netrc.chmod(0o600)
    clean_env.setenv("NETRC", str(netrc))
    authorization: list[str | None] = []

    def gateway(handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        authorization.append(handler.headers.get("Authorization"))
        reply(handler, 200, paid_body(form))

    with http_server(gateway) as (url, _), GatewayClient(url, MID, KEY) as c:
        assert c.query_status(ORDER).verification.trusted
    assert authorization == [None]
