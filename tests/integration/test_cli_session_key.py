"""A session-key profile on the command line: its key comes from LESHUA_TRANSACTION_KEY (or a
prompt in a terminal), never from the keyring; without one nothing is sent (exit 2)."""

from __future__ import annotations

from leshua_gui.sandbox import DEMO_TRANSACTION_KEY, Sandbox
from tests.support.cli_runner import KEY_ENV, run_cli


def _add_session_profile(sandbox: Sandbox) -> None:
    added = run_cli(
        "profiles", "add", "Counter", "--merchant-id", sandbox.merchant_id,
        "--gateway", sandbox.url, "--session-only",
    )  # fmt: skip
    assert added.code == 0, added.stderr


def test_a_session_profile_uses_the_key_from_the_environment(sandbox: Sandbox) -> None:
    _add_session_profile(sandbox)
    run = run_cli(
        "status", "--profile", "Counter", "--third-order-id", "DEMO-PAID-WX", "--json",
        key=DEMO_TRANSACTION_KEY,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    assert run.json()["trusted"] is True


def test_a_session_profile_without_a_key_sends_nothing(sandbox: Sandbox) -> None:
    _add_session_profile(sandbox)
    seen = sandbox.state.requests_seen
    run = run_cli("status", "--profile", "Counter", "--third-order-id", "DEMO-PAID-WX")
    assert run.code == 2
    assert f"profile 'Counter' keeps no key: set {KEY_ENV} or run it in a terminal" in run.stderr
    assert sandbox.state.requests_seen == seen
