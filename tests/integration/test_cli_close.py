"""`leshua-query close` as a real process against the sandbox on loopback: the close is sent only
when every guard passed (the sandbox's request log says what arrived), the state reported is
the verified one queried after it, the exit status is the contract's, and every step is in the
history that `history --json` lists."""

from __future__ import annotations

import itertools

import pytest

from leshua_gui.sandbox import DEMO_TRANSACTION_KEY, Sandbox
from tests.support.cli_runner import Run, run_cli

SHOP = "Front desk"  # a name with a blank: the hint to allow closing quotes it


def _profile(sandbox: Sandbox, name: str = SHOP, *, allow_close: bool = True) -> None:
    added = run_cli(
        "profiles", "add", name, "--merchant-id", sandbox.merchant_id, "--gateway", sandbox.url,
        "--session-only", "--allow-close", "yes" if allow_close else "no",
    )  # fmt: skip
    assert added.code == 0, added.stderr


def _close(order_id: str, *more: str, confirm: str | None = None, profile: str = SHOP) -> Run:
    return run_cli(
        "close", "--third-order-id", order_id, "--profile", profile,
        "--confirm", order_id if confirm is None else confirm, *more,
        key=DEMO_TRANSACTION_KEY,
    )  # fmt: skip


def _status(order_id: str) -> str:
    run = run_cli(
        "status", "--profile", SHOP, "--third-order-id", order_id, "--json",
        key=DEMO_TRANSACTION_KEY,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    payload = run.json()
    assert payload["trusted"] is True
    return str(payload["status"])


def _sent(sandbox: Sandbox) -> list[tuple[str, str]]:
    return [(service, third) for service, third, _ in sandbox.state.requests_log()]


def _closes_sent(sandbox: Sandbox) -> int:
    return sandbox.state.services_seen().get("close_order", 0)


def test_a_paying_order_is_closed_and_seen_closed(sandbox: Sandbox) -> None:
    _profile(sandbox)
    run = _close("DEMO-PENDING", "--json")
    assert run.code == 0, run.stderr
    out = run.json()
    assert (out["closed"], out["sent"], out["refusal"], out["error"]) == (True, True, None, None)
    assert (out["before"]["status"], out["before"]["trusted"]) == ("0", True)
    assert (out["after"]["status"], out["after"]["trusted"], out["after"]["final"]) == (
        "6", True, True,
    )  # fmt: skip
    assert out["close"]["exchange"]["service"] == "close_order"
    assert _sent(sandbox) == [
        ("query_status", "DEMO-PENDING"),
        ("close_order", "DEMO-PENDING"),
        ("query_status", "DEMO-PENDING"),
    ]
    assert _status("DEMO-PENDING") == "6"  # and it stays closed

    history = run_cli("history", "--json", "--search", "DEMO-PENDING")
    assert history.code == 0, history.stderr
    rows = history.json()
    # newest first: the `status` above, the query after the close, the close, the query before
    assert [(r["lookup"], r["status"]) for r in rows] == [
        ("order", "6"), ("order", "6"), ("close", "6"), ("order", "0"),
    ]  # fmt: skip
    close = rows[2]
    assert (close["profile"], close["trusted"], close["error"]) == (SHOP, True, None)
    assert close["exchange"]["service"] == "close_order"


def test_the_text_report_says_what_was_found_sent_and_verified(sandbox: Sandbox) -> None:
    _profile(sandbox)
    run = _close("DEMO-PENDING", "--lang", "en")
    assert run.code == 0, run.stderr
    out = run.stdout
    before, rest = out.split("Close sent to the gateway", 1)
    assert "Right before closing (queried just now):" in before
    assert "Trade state: paying [0]" in before
    answer, after = rest.split("After the close (queried again: this is the state):", 1)
    assert "Trade state: closed [6]" in answer
    assert "Trade state: closed [6]  (final)" in after
    assert after.rstrip().endswith(
        "order DEMO-PENDING is closed: the close's answer verified and a query after it says "
        "closed; a payment arriving later will be refused"
    )
    assert run.stderr == ""

    sandbox.state.reset()
    zh = _close("DEMO-PENDING", "--lang", "zh_TW")
    assert zh.code == 0, zh.stderr
    assert "已向閘道送出關閉請求" in zh.stdout
    assert "訂單 DEMO-PENDING 已關閉" in zh.stdout


def test_a_paid_order_is_refused_before_anything_is_sent_to_close(sandbox: Sandbox) -> None:
    _profile(sandbox)
    run = _close("DEMO-PAID-WX", "--json")
    assert run.code == 2
    out = run.json()
    assert (out["closed"], out["sent"], out["refusal"]) == (False, False, "not_paying")
    assert out["before"]["status"] == "2"
    assert (out["close"], out["after"]) == (None, None)
    assert "the order is paid right now, not paying" in run.stderr
    assert _sent(sandbox) == [("query_status", "DEMO-PAID-WX")]
    assert _status("DEMO-PAID-WX") == "2"  # nothing changed


def test_an_order_paid_in_the_meantime_is_refused_by_the_gateway(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each reading of the sandbox's clock is a second later: DEMO-WATCH-PAID, paid half a
    second after its first query, answers paying right before the close and is paid when the
    close arrives."""
    _profile(sandbox)
    monkeypatch.setattr(sandbox.state, "clock", itertools.count(1000.0, 1.0).__next__)
    monkeypatch.setattr(sandbox.state, "watch_paid_after_s", 0.5)
    run = _close("DEMO-WATCH-PAID", "--json", "--lang", "en")
    assert run.code == 1, run.stderr
    out = run.json()
    assert (out["closed"], out["sent"], out["explanation"]) == (False, True, "state_changed")
    assert (out["before"]["status"], out["after"]["status"]) == ("0", "2")
    assert out["after"]["trusted"] is True
    assert out["error"]["kind"] == "gateway"
    assert out["error"]["code"]
    assert out["explanation_text"] == "the order changed in the meantime: it is paid now"
    assert _closes_sent(sandbox) == 1
    assert _status("DEMO-WATCH-PAID") == "2"  # paid, not closed


def test_a_barcode_order_is_refused_until_its_five_minutes(sandbox: Sandbox) -> None:
    _profile(sandbox)
    run = _close("DEMO-BARCODE-PAYING", "--lang", "zh_CN")
    assert run.code == 1, run.stderr
    assert "付款码（MICROPAY）订单在创建5分钟后才能关闭" in run.stdout
    assert "订单 DEMO-BARCODE-PAYING 没有关闭：网关拒绝了关闭请求；现在已验证的状态：支付中" in (
        run.stdout
    )
    assert _closes_sent(sandbox) == 1
    assert _status("DEMO-BARCODE-PAYING") == "0"
    # not the advice for a query's invalid value: the report's own line explains the refusal
    from leshua_gui.core.errors import GatewayError
    from leshua_gui.core.gateway.advice import advice

    query_advice = advice(GatewayError("x", code="-20001"), "zh_CN")
    assert query_advice
    assert query_advice not in run.stdout


def test_a_profile_not_allowed_to_close_sends_nothing(sandbox: Sandbox) -> None:
    _profile(sandbox, allow_close=False)
    # no key given either: the refusal comes before the key is asked for
    run = run_cli(
        "close", "--third-order-id", "DEMO-PENDING", "--profile", SHOP,
        "--confirm", "DEMO-PENDING", "--json",
    )  # fmt: skip
    assert run.code == 2
    out = run.json()
    assert (out["closed"], out["sent"], out["refusal"]) == (False, False, "not_allowed")
    assert (out["before"], out["after"]) == (None, None)
    assert (
        f"closing orders is not allowed for profile {SHOP}: allow it with "
        f"`leshua-query profiles edit '{SHOP}' --allow-close yes`"
    ) in run.stderr
    assert sandbox.state.requests_log() == []

    allowed = run_cli("profiles", "edit", SHOP, "--allow-close", "yes")
    assert allowed.code == 0, allowed.stderr
    assert _close("DEMO-PENDING").code == 0
    assert _closes_sent(sandbox) == 1


@pytest.mark.parametrize("confirm", ["DEMO-PENDIN", "demo-pending", "0003495002500085"])
def test_a_confirmation_that_does_not_repeat_the_number_sends_nothing(
    sandbox: Sandbox, confirm: str
) -> None:
    _profile(sandbox)
    run = _close("DEMO-PENDING", "--json", confirm=confirm)
    assert run.code == 2
    out = run.json()
    assert out["refusal"] == "confirm_mismatch"
    assert (out["error"]["kind"], out["error"]["reason"]) == ("input", "confirm_mismatch")
    assert "--confirm does not repeat the order number DEMO-PENDING exactly" in run.stderr
    assert sandbox.state.requests_log() == []


def test_a_forged_closed_answer_is_not_reported_as_closed(sandbox: Sandbox) -> None:
    _profile(sandbox)
    run = _close("FAULT-CLOSE-FORGED", "--json", "--lang", "en")
    assert run.code == 4, run.stderr
    out = run.json()
    assert (out["closed"], out["sent"], out["explanation"]) == (False, True, "unconfirmed")
    assert out["close"]["trusted"] is False
    assert out["close"]["status_label"].startswith("closed (")  # what it claims, marked
    assert out["error"]["kind"] == "signature"
    assert out["after"]["status"] == "0"  # still paying

    text = _close("FAULT-CLOSE-FORGED", "--lang", "en")
    assert text.code == 4
    assert "order FAULT-CLOSE-FORGED is not confirmed closed" in text.stdout
    assert "query the order again" in text.stdout
    assert " is closed:" not in text.stdout


def test_a_merchant_id_with_a_key_from_the_environment_cannot_close(sandbox: Sandbox) -> None:
    for more in ((), ("--json",)):
        run = run_cli(
            "close", "--third-order-id", "DEMO-PENDING", "--merchant-id", sandbox.merchant_id,
            "--gateway", sandbox.url, "--confirm", "DEMO-PENDING", *more,
            key=DEMO_TRANSACTION_KEY,
        )  # fmt: skip
        assert run.code == 2
        assert "closing an order needs a profile whose owner allowed it" in run.stderr
        if more:
            out = run.json()
            assert (out["closed"], out["sent"]) == (False, False)
            assert (out["error"]["kind"], out["error"]["reason"]) == ("input", "usage")
    assert sandbox.state.requests_log() == []


def test_usage_errors_answer_in_the_close_object() -> None:
    run = run_cli("close", "--third-order-id", "DEMO-PENDING", "--profile", SHOP, "--json")
    assert run.code == 2
    out = run.json()
    assert (out["closed"], out["before"], out["after"]) == (False, None, None)
    assert "--confirm" in out["error"]["message"]

    unknown = run_cli("close", "--third-order-id", "X", "--profile", "nobody", "--confirm", "X")
    assert unknown.code == 2
    assert "nobody" in unknown.stderr


def test_help_lists_the_close_command() -> None:
    run = run_cli("--help")
    assert run.code == 0
    assert "close" in run.stdout.split("options:")[0]
    described = run_cli("close", "--help")
    assert described.code == 0
    assert "--confirm" in described.stdout
