"""What the transport refuses: redirects, endless headers, bad URLs, an unusable CA bundle."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from leshua_gui.core.errors import GatewayTimeout, InputError, TransportError
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.protocol.signing import sign_response
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox.server import render
from tests.support.cli_runner import Run, run_cli
from tests.support.raw_gateway import header_trickler, http_server, make_test_ca, reply

MID = "0000000018"
KEY = "A-TEST-TRANSACTION-KEY-0123456789"
ORDER = OrderRef.of(third_order_id="ORDER-1")


def paid_body(form: dict[str, str]) -> bytes:
    fields = [
        ("resp_code", "0"), ("result_code", "0"), ("merchant_id", MID),
        ("third_order_id", form.get("third_order_id", "")), ("status", "2"), ("amount", "100"),
        ("nonce_str", form.get("nonce_str", "")),
    ]  # fmt: skip
    return render([*fields, ("sign", sign_response(fields, KEY))])


def answer_paid(handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
    reply(handler, 200, paid_body(form))


def client(url: str, **kw: object) -> GatewayClient:
    return GatewayClient(url, MID, KEY, backoff=0.01, **kw)  # type: ignore[arg-type]


def cli(*args: str, home: Path, env_extra: dict[str, str] | None = None) -> Run:
    """`leshua-query ARGS` with KEY, and no CA bundle from this environment unless given."""
    env: dict[str, str | None] = {"REQUESTS_CA_BUNDLE": None, "CURL_CA_BUNDLE": None}
    return run_cli(*args, home=home, key=KEY, env={**env, **(env_extra or {})})


# -- redirects ---------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [301, 302, 307, 308])
def test_a_redirect_is_never_followed(code: int) -> None:
    with http_server(answer_paid, host="127.0.0.2") as (elsewhere, reached):

        def redirect(handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
            reply(handler, code, b"", Location=elsewhere)

        with (
            http_server(redirect) as (url, _),
            client(url) as c,
            pytest.raises(TransportError) as info,
        ):
            c.query_status(ORDER)
    assert reached == []  # the signed form went nowhere else
    assert info.value.reason == "redirect"
    assert str(code) in info.value.message
    assert "127.0.0.2" in info.value.message
    assert info.value.exchange is not None
    assert info.value.exchange.tries == 1


def test_a_redirect_is_exit_3_with_its_target_in_the_cli(app_home: Path) -> None:
    def redirect(handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        reply(handler, 308, b"", Location="http://paygate.leshuazf.com/cgi-bin/x")

    with http_server(redirect) as (url, seen):
        run = cli("status", "--gateway", url, "--merchant-id", MID, "--third-order-id", "A-1",
                  "--json", "--lang", "en", home=app_home)  # fmt: skip
    assert run.code == 3, run.stderr
    payload = run.json()
    assert payload["error"]["reason"] == "redirect"
    assert "paygate.leshuazf.com" in payload["error"]["message"]
    assert payload["trusted"] is False
    assert payload["status"] is None
    assert len(seen) == 1


# -- the whole exchange is bounded -------------------------------------------------------------


@pytest.mark.timeout(30)
def test_headers_a_byte_at_a_time_end_in_a_timeout_not_a_hang() -> None:
    with (
        header_trickler() as url,
        client(url, connect_timeout=0.5, read_timeout=1.0) as c,
        pytest.raises(GatewayTimeout) as info,
    ):
        c.query_status(ORDER)
    assert info.value.reason == "timeout"


# -- a retry is a new message ------------------------------------------------------------------


def test_each_try_carries_a_fresh_nonce_and_signature() -> None:
    def flaky(handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        if len(seen) < 3:
            reply(handler, 502, b"<html>bad gateway</html>", content_type="text/html")
        else:
            answer_paid(handler, form)

    with http_server(flaky) as (url, seen), client(url) as c:
        result = c.query_status(ORDER)
    assert result.answer.status == "2"
    nonces = [form["nonce_str"] for form in seen]
    signs = [form["sign"] for form in seen]
    assert len(seen) == 3
    assert len(set(nonces)) == 3
    assert len(set(signs)) == 3
    assert result.exchange.form["nonce_str"] == nonces[-1]  # what support sees is what was sent


# -- URLs that are input errors ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:99999/x",
        "http://127.0.0.1:0x50/x",
        "https://paygate.leshuazf.com\r\n/cgi-bin/lepos_pay_gateway.cgi",
        "https://paygate.leshuazf.com/cgi-bin/\nlepos_pay_gateway.cgi",
        "https://paygate.leshua\tzf.com/cgi-bin/lepos_pay_gateway.cgi",
    ],
)
def test_a_bad_port_or_a_line_break_in_the_url_is_an_input_error(url: str) -> None:
    with pytest.raises(InputError) as info:
        GatewayClient(url, MID, KEY)
    assert info.value.reason == "gateway_url"


def test_a_bad_port_is_exit_2_and_nothing_is_tried(app_home: Path) -> None:
    run = cli("status", "--gateway", "http://127.0.0.1:99999/x", "--merchant-id", MID,
              "--third-order-id", "A-1", "--json", home=app_home)  # fmt: skip
    assert run.code == 2, run.stderr
    payload = run.json()
    assert payload["error"]["kind"] == "input"
    assert payload["attempts"] == 0
    assert "port" in payload["error"]["message"]


# -- the CA bundle -----------------------------------------------------------------------------


def test_a_missing_ca_bundle_is_a_clear_tls_error() -> None:
    with (
        client("https://127.0.0.1:9/x", ca_bundle="/nowhere/corp-ca.pem") as c,
        pytest.raises(TransportError) as info,
    ):
        c.query_status(ORDER)
    assert info.value.reason == "ca_bundle"
    assert "/nowhere/corp-ca.pem" in info.value.message
    assert "OSError" not in info.value.message


def test_a_missing_bundle_named_by_the_environment_is_a_clear_tls_error_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No setting, REQUESTS_CA_BUNDLE pointing nowhere: said as such, tried once, nothing sent."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/nowhere/env-ca.pem")
    with (
        client("https://127.0.0.1:9/x") as c,
        pytest.raises(TransportError) as info,
    ):
        c.query_status(ORDER)
    assert info.value.reason == "ca_bundle"
    assert "/nowhere/env-ca.pem" in info.value.message
    assert "REQUESTS_CA_BUNDLE" in info.value.message
    assert info.value.exchange is None or info.value.exchange.tries == 1


def test_an_unreadable_gateway_host_is_an_input_error_not_a_crash(app_home: Path) -> None:
    run = cli("status", "--gateway", "http://[::1", "--merchant-id", MID,
              "--third-order-id", "A-1", home=app_home)  # fmt: skip
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert "cannot be read" in run.stderr


def test_a_ca_bundle_that_is_not_one_is_a_clear_tls_error(tmp_path: Path) -> None:
    bundle = tmp_path / "corp-ca.pem"
    bundle.write_text("this is a note, not a certificate\n", encoding="utf-8")
    with (
        client("https://127.0.0.1:9/x", ca_bundle=str(bundle)) as c,
        pytest.raises(TransportError) as info,
    ):
        c.query_status(ORDER)
    assert info.value.reason == "ca_bundle"
    assert "no PEM certificate" in info.value.message


def test_the_ca_bundle_setting_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, server_tls = make_test_ca(tmp_path / "ca")
    other_bundle, _ = make_test_ca(tmp_path / "other-ca")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other_bundle))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(other_bundle))
    with (
        http_server(answer_paid, tls=server_tls) as (url, _),
        client(url, ca_bundle=str(bundle)) as c,
    ):
        reply_ = c.query_status(ORDER)
    assert reply_.verification.trusted
    assert reply_.answer.status == "2"


def test_the_cli_uses_the_settings_ca_bundle_and_timeouts(tmp_path: Path, app_home: Path) -> None:
    bundle, server_tls = make_test_ca(tmp_path / "ca")
    other_bundle, _ = make_test_ca(tmp_path / "other-ca")
    settings = app_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"ca_bundle": str(bundle)}), encoding="utf-8")
    with http_server(answer_paid, tls=server_tls) as (url, _):
        env = {"REQUESTS_CA_BUNDLE": str(other_bundle)}
        run = cli("status", "--gateway", url, "--merchant-id", MID, "--third-order-id", "A-1",
                  "--json", home=app_home, env_extra=env)  # fmt: skip
    assert run.code == 0, run.stdout + run.stderr
    assert run.json()["status"] == "2"
    # And a bundle that is not there is said as such, in the terminal too.
    settings.write_text(json.dumps({"ca_bundle": str(tmp_path / "gone.pem")}), encoding="utf-8")
    with http_server(answer_paid, tls=server_tls) as (url, _):
        run = cli("status", "--gateway", url, "--merchant-id", MID, "--third-order-id", "A-1",
                  "--json", "--lang", "en", home=app_home)  # fmt: skip
    assert run.code == 3, run.stderr
    payload = run.json()
    assert payload["error"]["reason"] == "ca_bundle"
    assert "gone.pem" in payload["error"]["message"]
    assert "CA" in payload["error"]["advice"]


# -- --timeout and --wait ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--timeout", "nan"], ["--timeout", "inf"], ["--timeout", "1e12"], ["--timeout", "1e300"],
        ["--timeout", "0"], ["--timeout", "-inf"], ["--wait", "nan"], ["--wait", "inf"],
        ["--wait", "1e12"], ["--wait", "-1"],
    ],
)  # fmt: skip
def test_absurd_timeouts_and_waits_are_usage_errors_before_sending(
    args: list[str], app_home: Path
) -> None:
    with http_server(answer_paid) as (url, seen):
        run = cli("status", "--gateway", url, "--merchant-id", MID, "--third-order-id", "A-1",
                  *args, "--json", home=app_home)  # fmt: skip
    assert run.code == 2, run.stderr
    assert seen == []
    payload = run.json()
    assert payload["error"]["kind"] == "input"
    assert "Traceback" not in run.stderr


def test_the_accepted_ranges_work(app_home: Path) -> None:
    with http_server(answer_paid) as (url, seen):
        run = cli("status", "--gateway", url, "--merchant-id", MID, "--third-order-id", "A-1",
                  "--timeout", "300", "--wait", "3600", "--json", home=app_home)  # fmt: skip
    assert run.code == 0, run.stderr
    assert len(seen) == 1


# -- the window builds its client from the same settings ---------------------------------------


def test_the_window_client_uses_the_ca_bundle_setting_over_the_environment(
    tmp_path: Path, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from leshua_gui.app.services import Services
    from leshua_gui.core.profiles.store import Profile

    bundle, server_tls = make_test_ca(tmp_path / "ca")
    other_bundle, _ = make_test_ca(tmp_path / "other-ca")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other_bundle))
    ctx = Services()
    try:
        with http_server(answer_paid, tls=server_tls) as (url, _):
            profile = Profile(name="corp", merchant_id=MID, gateway=url)
            ctx.settings = replace(ctx.settings, ca_bundle=str(bundle))
            with ctx.client_for(profile, KEY) as c:
                assert c.query_status(ORDER).answer.status == "2"
            ctx.settings = replace(ctx.settings, ca_bundle=str(tmp_path / "missing.pem"))
            with ctx.client_for(profile, KEY) as c, pytest.raises(TransportError) as info:
                c.query_status(ORDER)
        assert info.value.reason == "ca_bundle"
        assert "missing.pem" in info.value.message
    finally:
        ctx.close()
