"""The real `leshua-query` process against a sandbox on loopback: exit codes, JSON, languages."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import requests

from leshua_gui.sandbox import DEMO_ORDERS, Sandbox
from leshua_gui.sandbox.__main__ import main as sandbox_main
from tests.support.cli_runner import KEY_ENV, Run, run_cli

DEMO_IDS = [o.third_order_id for o in DEMO_ORDERS]
JSON_KEYS = {
    "verification",
    "final",
    "status",
    "status_label",
    "pay_way",
    "amounts_fen",
    "fields",
    "error",
    "attempts",
}


def status(sandbox: Sandbox, *args: str, key: str | None = None) -> Run:
    """`leshua-query status` against the test's sandbox, with the sandbox's key by default."""
    return run_cli(
        "status",
        "--gateway",
        sandbox.url,
        "--merchant-id",
        sandbox.merchant_id,
        *args,
        key=sandbox.transaction_key if key is None else key,
    )


def check_json_shape(payload: dict[str, object]) -> None:
    assert set(payload) >= JSON_KEYS
    amounts = payload["amounts_fen"]
    assert isinstance(amounts, dict)
    assert all(type(v) is int for v in amounts.values())
    fields = payload["fields"]
    assert isinstance(fields, dict)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items())
    error = payload["error"]
    assert error is None or {"kind", "code", "message"} <= set(error)  # type: ignore[arg-type]
    assert type(payload["attempts"]) is int
    assert type(payload["final"]) is bool


# ---------------------------------------------------------------------------------------------
# Demo orders: exit 0 for any verified state
# ---------------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
@pytest.mark.parametrize("third_order_id", DEMO_IDS)
def test_every_demo_order_exits_0(sandbox: Sandbox, third_order_id: str) -> None:
    order = next(o for o in DEMO_ORDERS if o.third_order_id == third_order_id)
    run = status(sandbox, "--third-order-id", third_order_id, "--json")

    assert run.code == 0, run.stderr
    payload = run.json()
    check_json_shape(payload)
    assert payload["verification"] == "verified"
    assert payload["error"] is None
    assert payload["attempts"] == 1
    fields = payload["fields"]
    assert isinstance(fields, dict)
    assert fields["third_order_id"] == third_order_id
    assert fields["leshua_order_id"] == order.leshua_order_id
    if order.paying_for is None:
        assert payload["status"] == order.fields["status"]
        assert payload["pay_way"] == order.fields["pay_way"]
        for name, value in order.fields.items():
            assert fields[name] == value, name
        assert payload["amounts_fen"]["amount"] == int(order.fields["amount"])  # type: ignore[index]
    else:
        assert payload["status"] == "0"
    assert payload["final"] is (payload["status"] in {"2", "6", "8", "11", "12"})
    assert sandbox.state.requests_seen == 1


def test_json_for_a_paid_order(sandbox: Sandbox) -> None:
    run = status(sandbox, "--third-order-id", "DEMO-PAID-WX", "--json", "--lang", "en")
    assert run.code == 0
    payload = run.json()
    check_json_shape(payload)
    assert payload["final"] is True
    assert payload["status"] == "2"
    assert payload["status_label"] == "paid"
    assert payload["pay_way"] == "WXZF"
    assert payload["amounts_fen"] == {
        "amount": 12800,
        "buyer_pay_amount": 11800,
        "discount_amount": 1000,
        "settlement_amount": 11800,
    }
    assert payload["fields"]["pay_time"] == "2026-11-20 14:03:27"  # type: ignore[index]


def test_json_keeps_unknown_fields_and_empty_values(sandbox: Sandbox) -> None:
    unknown = status(sandbox, "--third-order-id", "DEMO-UNKNOWN-STATE", "--json").json()
    assert unknown["status"] == "99"
    assert unknown["final"] is False
    assert "99" in str(unknown["status_label"])
    assert unknown["fields"]["settle_batch_no"] == "B20261124-0007"  # type: ignore[index]
    assert unknown["fields"]["fee_amount"] == "6"  # type: ignore[index]

    zeros = status(sandbox, "--leshua-order-id", "0003495002500083", "--json").json()
    fields = zeros["fields"]
    assert isinstance(fields, dict)
    assert fields["third_order_id"] == "000120261122"
    assert fields["sub_merchant_id"] == "0000777290058120001"
    assert fields["openid"] == ""
    assert fields["attach"] == ""


def test_text_output_in_chinese_and_english(sandbox: Sandbox) -> None:
    zh = status(sandbox, "--third-order-id", "DEMO-PAID-WX", "--lang", "zh_CN")
    assert zh.code == 0
    assert "支付成功" in zh.stdout
    assert "128.00" in zh.stdout

    en = status(sandbox, "--third-order-id", "DEMO-PAID-WX", "--lang", "en")
    assert en.code == 0
    assert "paid" in en.stdout
    assert "支付成功" not in en.stdout


@pytest.mark.timeout(60)
def test_in_process_sandbox_gateway_needs_no_key() -> None:
    run = run_cli("status", "--gateway", "sandbox", "--third-order-id", "DEMO-PAID-WX", "--json")
    assert run.code == 0, run.stderr
    payload = run.json()
    assert payload["verification"] == "verified"
    assert payload["status"] == "2"
    assert payload["final"] is True


# ---------------------------------------------------------------------------------------------
# Failures and their exit codes
# ---------------------------------------------------------------------------------------------


def test_not_found_exits_1(sandbox: Sandbox) -> None:
    run = status(sandbox, "--third-order-id", "DEMO-NOT-FOUND", "--json")
    assert run.code == 1
    payload = run.json()
    check_json_shape(payload)
    assert payload["error"]["kind"] == "gateway"  # type: ignore[index]
    assert payload["error"]["code"] == "-4006"  # type: ignore[index]
    assert payload["verification"] == "verified"
    assert payload["final"] is False


def test_wrong_key_exits_1(sandbox: Sandbox) -> None:
    wrong = "NOT-THE-SANDBOX-KEY-12345"
    run = status(sandbox, "--third-order-id", "DEMO-PAID-WX", "--json", key=wrong)
    assert run.code == 1
    assert run.json()["error"]["code"] == "-20006"  # type: ignore[index]


@pytest.mark.parametrize(
    "bad_id",
    ["DEMO PAID-WX", "A" * 65, "订单0001"],
)
def test_bad_id_exits_2_and_sends_nothing(sandbox: Sandbox, bad_id: str) -> None:
    run = status(sandbox, "--third-order-id", bad_id, "--json")
    assert run.code == 2
    payload = run.json()
    assert payload["error"]["kind"] == "input"  # type: ignore[index]
    assert "leshua-query:" in run.stderr
    assert sandbox.state.requests_seen == 0


def test_bad_leshua_id_exits_2(sandbox: Sandbox) -> None:
    run = status(sandbox, "--leshua-order-id", "0003495002500081-1")
    assert run.code == 2
    assert sandbox.state.requests_seen == 0


def test_bad_merchant_id_exits_2(sandbox: Sandbox) -> None:
    run = run_cli(
        "status",
        "--gateway",
        sandbox.url,
        "--merchant-id",
        "18",
        "--third-order-id",
        "DEMO-PAID-WX",
        key=sandbox.transaction_key,
    )
    assert run.code == 2
    assert sandbox.state.requests_seen == 0


def test_missing_key_exits_2(sandbox: Sandbox) -> None:
    run = run_cli(
        "status",
        "--gateway",
        sandbox.url,
        "--merchant-id",
        sandbox.merchant_id,
        "--third-order-id",
        "DEMO-PAID-WX",
    )
    assert run.code == 2
    assert KEY_ENV in run.stderr
    assert sandbox.state.requests_seen == 0


def test_there_is_no_key_option(sandbox: Sandbox) -> None:
    run = status(sandbox, "--third-order-id", "DEMO-PAID-WX", "--key", "X")
    assert run.code == 2
    assert "unrecognized arguments" in run.stderr
    assert run.stdout == ""
    assert sandbox.state.requests_seen == 0


def test_a_key_passed_as_an_argument_is_not_echoed(sandbox: Sandbox) -> None:
    """Someone tries `--key KEY`: refused, and the key must not land in stderr (CI logs)."""
    secret = "MISPLACED-TRANSACTION-KEY-0042"
    run = run_cli("status", "--gateway", sandbox.url, "--merchant-id", sandbox.merchant_id,
                  "--third-order-id", "DEMO-PAID-WX", "--key", secret,
                  secrets=[secret])  # fmt: skip
    assert run.code == 2
    assert sandbox.state.requests_seen == 0
    assert secret not in run.stdout
    assert secret not in run.stderr, f"the key was echoed to stderr: {run.stderr!r}"


def test_plain_http_to_another_host_is_refused_and_nothing_is_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Any request to example.com goes through this "proxy"; it only counts connections.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as trap:
        trap.bind(("127.0.0.1", 0))
        trap.listen(8)
        trap.settimeout(0.2)
        proxy = f"http://127.0.0.1:{trap.getsockname()[1]}"
        for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
            monkeypatch.setenv(name, proxy)
        for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
            monkeypatch.delenv(name, raising=False)

        run = run_cli(
            "status",
            "--gateway",
            "http://example.com/x",
            "--merchant-id",
            "0000000018",
            "--third-order-id",
            "DEMO-PAID-WX",
            key="SOME-KEY-FOR-EXAMPLE",
        )
        assert run.code == 2
        assert "https" in run.stderr
        with pytest.raises(TimeoutError):
            trap.accept()  # nobody connected: nothing was sent

        # Control: the trap does catch a plain request to that host.
        with pytest.raises(requests.RequestException):
            requests.post("http://example.com/x", data={"a": "b"}, timeout=0.3)
        conn, _ = trap.accept()
        conn.close()


@pytest.mark.parametrize(
    ("order", "kind", "reason"),
    [
        ("FAULT-502", "transport", "http_status"),
        ("FAULT-HTML", "protocol", "not_leshua"),
        ("FAULT-TRUNCATED", "protocol", "malformed"),
        ("FAULT-HOSTILE", "protocol", "hostile"),
        ("FAULT-HUGE", "protocol", "too_large"),
    ],
)
def test_transport_and_protocol_faults_exit_3(
    sandbox: Sandbox, order: str, kind: str, reason: str
) -> None:
    run = status(sandbox, "--third-order-id", order, "--json")
    assert run.code == 3, run.stderr
    payload = run.json()
    check_json_shape(payload)
    assert payload["error"]["kind"] == kind  # type: ignore[index]
    assert payload["error"]["reason"] == reason  # type: ignore[index]
    assert payload["final"] is False


@pytest.mark.timeout(60)
def test_slow_answer_with_short_timeout_exits_3(sandbox: Sandbox) -> None:
    run = status(sandbox, "--third-order-id", "FAULT-SLOW", "--timeout", "0.5", "--json")
    assert run.code == 3
    payload = run.json()
    assert payload["error"]["kind"] == "timeout"  # type: ignore[index]
    assert payload["status"] is None
    assert payload["final"] is False


@pytest.mark.parametrize(
    ("order", "reason"), [("FAULT-BAD-SIGN", "mismatch"), ("FAULT-NO-SIGN", "missing")]
)
def test_signature_faults_exit_4(sandbox: Sandbox, order: str, reason: str) -> None:
    run = status(sandbox, "--third-order-id", order, "--json")
    assert run.code == 4
    payload = run.json()
    assert payload["error"]["kind"] == "signature"  # type: ignore[index]
    assert payload["error"]["reason"] == reason  # type: ignore[index]
    assert payload["final"] is False
    assert payload["trusted"] is False


def test_bad_signature_text_says_untrusted(sandbox: Sandbox) -> None:
    run = status(sandbox, "--third-order-id", "FAULT-BAD-SIGN", "--lang", "en")
    assert run.code == 4
    assert "Untrusted answer: signature mismatch" in run.stdout


@pytest.mark.timeout(60)
def test_pending_with_wait_exits_5(sandbox: Sandbox) -> None:
    run = status(sandbox, "--third-order-id", "DEMO-PENDING", "--wait", "3", "--json")
    assert run.code == 5
    payload = run.json()
    assert payload["final"] is False
    assert payload["deadline_reached"] is True
    assert payload["error"] is None
    assert payload["status"] == "0"
    assert payload["attempts"] == sandbox.state.requests_seen >= 1
    assert "#1" in run.stderr  # progress goes to stderr, stdout stays one JSON object


@pytest.mark.timeout(60)
def test_paying_with_wait_becomes_paid(sandbox: Sandbox) -> None:
    run = status(sandbox, "--third-order-id", "DEMO-PAYING", "--wait", "15", "--json")
    assert run.code == 0, run.stderr
    payload = run.json()
    check_json_shape(payload)
    assert payload["final"] is True
    assert payload["status"] == "2"
    assert payload["attempts"] == 3
    assert payload["deadline_reached"] is False
    assert [line.split()[0] for line in run.stderr.splitlines()] == ["#1", "#2", "#3"]


# ---------------------------------------------------------------------------------------------
# The sandbox's own command
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "::"])
def test_sandbox_refuses_a_non_loopback_host(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert sandbox_main(["--host", host, "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "loopback" in err


def test_pending_text_says_unknown_not_failed(sandbox: Sandbox) -> None:
    # --wait 1 is shorter than the first pause (2 s): one query, then the deadline.
    run = status(sandbox, "--third-order-id", "DEMO-PENDING", "--wait", "1", "--lang", "en")
    assert run.code == 5
    assert "paying" in run.stdout
    assert "not unpaid" in run.stdout
    assert "failed" not in run.stdout.lower()
    assert sandbox.state.requests_seen == 1


@pytest.mark.parametrize(
    "args",
    [
        ["--profile", "nope", "--third-order-id", "X"],
        ["--gateway", "production", "--merchant-id", "0000000018", "--third-order-id", "X"],
        ["--gateway", "http://example.com/x", "--merchant-id", "0000000018",
         "--third-order-id", "X"],
        ["--third-order-id", "X", "--leshua-order-id", "Y", "--gateway", "sandbox"],
        ["--wait", "-1", "--gateway", "sandbox", "--third-order-id", "X"],
    ],
    ids=["unknown-profile", "production", "plain-http", "two-ids", "negative-wait"],
)  # fmt: skip
def test_json_is_printed_even_for_usage_errors(app_home: Path, args: list[str]) -> None:
    """The --json contract holds before anything is sent: one object, error kind input, exit 2."""
    run = run_cli("status", *args, "--json", home=app_home)
    assert run.code == 2, (args, run.stderr)
    payload = run.json()
    assert payload["error"]["kind"] == "input", args
    assert payload["verification"] is None
    assert payload["attempts"] == 0


# ---------------------------------------------------------------------------------------------
# Polling stops at every state but paying; refunds are explained as refunds
# ---------------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_waiting_on_a_refunding_order_ends_at_once(sandbox: Sandbox) -> None:
    run = status(sandbox, "--third-order-id", "DEMO-REFUNDING", "--wait", "60", "--json")
    assert run.code == 0, run.stderr
    payload = run.json()
    assert payload["status"] == "10"
    assert payload["attempts"] == 1
    assert payload["deadline_reached"] is False
    assert sandbox.state.requests_seen == 1
    text = status(sandbox, "--third-order-id", "DEMO-REFUNDING", "--wait", "60", "--lang", "en")
    assert "refund lookup" in text.stdout
    assert "unknown" not in text.stdout


def refund(sandbox: Sandbox, *args: str) -> Run:
    return run_cli(
        "refund", "--gateway", sandbox.url, "--merchant-id", sandbox.merchant_id,
        "--no-history", *args, key=sandbox.transaction_key,
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_a_refund_that_does_not_exist_is_explained_as_a_refund(sandbox: Sandbox, lang: str) -> None:
    run = refund(sandbox, "--third-order-id", "DEMO-REFUNDING", "--merchant-refund-id", "NOPE-1",
                 "--json", "--lang", lang)  # fmt: skip
    assert run.code == 1, run.stderr
    advice = run.json()["error"]["advice"]  # type: ignore[index]
    assert advice
    if lang == "en":
        assert "Refund not found" in advice
        assert "scanned" not in advice
    else:
        assert "退款不存在" in advice
        assert "扫码" not in advice
        assert "掃碼" not in advice


def test_a_refund_lookup_words_its_state_as_a_refund_state(sandbox: Sandbox) -> None:
    run = refund(sandbox, "--third-order-id", "DEMO-REFUNDING", "--merchant-refund-id",
                 "DEMO-REFUND-1", "--json", "--lang", "en")  # fmt: skip
    assert run.code == 0, run.stderr
    assert run.json()["status_label"] == "refund in progress"
    text = refund(sandbox, "--third-order-id", "DEMO-REFUNDED", "--merchant-refund-id",
                  "DEMO-REFUND-2", "--lang", "en")  # fmt: skip
    assert text.stdout.splitlines()[3].startswith("Refund state: refund succeeded [11]")


def test_the_runner_fails_a_test_whose_output_holds_a_secret() -> None:
    """The key check every run_cli makes is live: the order number, named as a secret here,
    is in the answer, so the run must be refused."""
    with pytest.raises(AssertionError, match="leaked to stdout"):
        run_cli("status", "--gateway", "sandbox", "--third-order-id", "DEMO-PAID-WX",
                secrets=["DEMO-PAID-WX"])  # fmt: skip
