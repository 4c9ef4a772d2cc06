"""`leshua-query profiles` and a profile's closing settings, as real processes with the keys in a
real Secret Service: `edit --allow-close yes|no --close-after MINUTES`, `add` with them, what
`show` and `list` say, bad values refused with the usage status, and an export that never hands
over the permission to close."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backend
import pytest

from tests.support.cli_runner import Run, run_cli
from tests.support.secret_service import lookup_secret

TX = "TxKey-closeset-5d6f8e0a3b5c7d9e1f2a4b6c"
NOTIFY = "NtKey-closeset-1c0b9a8f7e6d5c4b3a2f1e0d"
MID = "1234567890"

pytestmark = pytest.mark.keyring_service


def cli(env: dict[str, str], *args: str, stdin: str = "") -> Run:
    return run_cli(*args, base=env, stdin=stdin, secrets=(TX, NOTIFY))


@pytest.fixture
def env(
    secret_service_keyring: keyring.backend.KeyringBackend,
    secret_service_env: dict[str, str],
    app_home: Path,
) -> dict[str, str]:
    out = {**secret_service_env, "LESHUA_GUI_HOME": str(app_home)}
    for name in ("LESHUA_TRANSACTION_KEY", "PYTHON_KEYRING_BACKEND"):
        out.pop(name, None)
    return out


def add_shop(env: dict[str, str], *options: str) -> None:
    added = cli(
        env, "profiles", "add", "Shop", "--merchant-id", MID, "--gateway", "test",
        "--key-stdin", *options, stdin=f"{TX}\n{NOTIFY}\n",
    )  # fmt: skip
    assert added.code == 0, added.stderr


def shown(env: dict[str, str]) -> dict[str, object]:
    done = cli(env, "profiles", "show", "Shop", "--json")
    assert done.code == 0, done.stderr
    info: dict[str, object] = done.json()
    return info


def profile_id(home: Path, name: str = "Shop") -> str:
    data = json.loads((home / "config" / "profiles.json").read_text(encoding="utf-8"))
    return next(str(p["id"]) for p in data["profiles"] if p["name"] == name)


def test_edit_allows_and_forbids_closing_and_sets_the_time(
    env: dict[str, str], app_home: Path
) -> None:
    add_shop(env)
    before = shown(env)
    assert (before["allow_close"], before["close_after_minutes"]) == (False, 30)

    allowed = cli(env, "profiles", "edit", "Shop", "--allow-close", "yes", "--close-after", "0")
    assert allowed.code == 0, allowed.stderr
    after = shown(env)
    assert (after["allow_close"], after["close_after_minutes"]) == (True, 0)
    text = cli(env, "profiles", "show", "Shop", "--lang", "en").stdout.splitlines()
    assert "allow_close          allowed" in text
    assert "close_after_minutes  never" in text
    listed = cli(env, "profiles", "list", "--lang", "en")
    assert "closing orders: allowed, close after: never" in listed.stdout
    listed_zh = cli(env, "profiles", "list", "--keys", "--lang", "zh_CN")
    assert "关闭订单：允许，超时未支付提醒：不提醒" in listed_zh.stdout
    listed_json = cli(env, "profiles", "list", "--json").json()
    assert [(p["allow_close"], p["close_after_minutes"]) for p in listed_json] == [(True, 0)]

    forbidden = cli(env, "profiles", "edit", "shop", "--allow-close", "NO", "--close-after", "90")
    assert forbidden.code == 0, forbidden.stderr
    final = shown(env)
    assert (final["allow_close"], final["close_after_minutes"]) == (False, 90)
    zh_tw = cli(env, "profiles", "show", "Shop", "--lang", "zh_TW").stdout
    assert "允許關閉訂單" in zh_tw
    assert "不允許" in zh_tw
    assert "90 分鐘後" in zh_tw
    # the keys were not touched by any of it
    assert lookup_secret(env, profile_id(app_home), "transaction") == TX
    assert lookup_secret(env, profile_id(app_home), "notify") == NOTIFY


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--allow-close", "maybe", "say yes or no"),
        ("--allow-close", "", "say yes or no"),
        ("--close-after", "10081", "from 0 (never) to 10080"),
        ("--close-after", "-1", "from 0 (never) to 10080"),
        ("--close-after", "1.5", "from 0 (never) to 10080"),
        ("--close-after", "thirty", "from 0 (never) to 10080"),
        ("--close-after", "３０", "from 0 (never) to 10080"),  # full-width digits
    ],
)
def test_a_bad_value_is_refused_with_the_usage_status_and_changes_nothing(
    env: dict[str, str], app_home: Path, option: str, value: str, said: str
) -> None:
    add_shop(env)
    before = (app_home / "config" / "profiles.json").read_bytes()

    refused = cli(env, "profiles", "edit", "Shop", f"{option}={value}", "--note", "changed")

    assert refused.code == 2, refused.stdout + refused.stderr
    assert said in refused.stderr
    assert "Traceback" not in refused.stderr
    if value:
        assert value not in refused.stderr.split("error:")[-1]  # what was typed is not repeated
    assert (app_home / "config" / "profiles.json").read_bytes() == before
    bad_add = cli(
        env, "profiles", "add", "Other", "--merchant-id", MID, "--gateway", "test",
        f"{option}={value}", "--key-stdin", stdin=f"{TX}\n",
    )  # fmt: skip
    assert bad_add.code == 2
    assert (app_home / "config" / "profiles.json").read_bytes() == before


def test_add_takes_both_settings(env: dict[str, str]) -> None:
    add_shop(env, "--allow-close", "yes", "--close-after", "15")

    info = shown(env)
    assert (info["allow_close"], info["close_after_minutes"]) == (True, 15)


def test_an_exported_profile_is_imported_with_closing_off(
    env: dict[str, str], app_home: Path, tmp_path: Path
) -> None:
    add_shop(env, "--allow-close", "yes", "--close-after", "45")
    export = tmp_path / "for-a-colleague.json"
    written = cli(env, "profiles", "export", str(export))
    assert written.code == 0, written.stderr
    assert "allow_close" not in export.read_text(encoding="utf-8")

    colleague = {**env, "LESHUA_GUI_HOME": str(tmp_path / "colleague")}
    imported = cli(colleague, "profiles", "import", str(export), "--key-stdin", stdin=f"{TX}\n")

    assert imported.code == 0, imported.stderr
    info = cli(colleague, "profiles", "show", "Shop", "--json").json()
    assert (info["allow_close"], info["close_after_minutes"]) == (False, 45)
    assert lookup_secret(env, profile_id(tmp_path / "colleague"), "transaction") == TX
    assert shown(env)["allow_close"] is True  # the exporting machine keeps its own permission
