"""The command line speaks the chosen language throughout (`callback`, `profiles list` and
`show`), and `callback` with both keys in the environment says when a body was signed with the
transaction key by mistake."""

from __future__ import annotations

import re
from pathlib import Path

from leshua_gui.sandbox import DEMO_NOTIFY_KEY, DEMO_ORDERS, DEMO_TRANSACTION_KEY, notification
from tests.support.cli_runner import run_cli

ENGLISH_WORD = re.compile(r"\b[a-z]{3,}\b")  # codes and hex are upper case or digits


def labels_of(stdout: str) -> list[str]:
    """What each line says before its value (all of a line that has no "："), codes in
    brackets left out."""
    lines = [line.split("：", 1)[0] for line in stdout.splitlines() if line.strip()]
    return [re.sub(r"\[[^\]]*\]", "", line) for line in lines]


def test_callback_speaks_chinese_throughout(tmp_path: Path) -> None:
    body = tmp_path / "paid.xml"
    body.write_bytes(notification(DEMO_ORDERS[0]))
    done = run_cli(
        "callback", str(body), "--lang", "zh_CN",
        env={"LESHUA_NOTIFY_KEY": DEMO_NOTIFY_KEY}, secrets=[DEMO_NOTIFY_KEY],
    )  # fmt: skip
    assert done.code == 0, done.stderr
    assert "签名已验证 [verified]" in done.stdout
    assert "匹配的规则：按协议规定的规则 [doc]" in done.stdout
    assert "商户服务器应回复：" in done.stdout
    english = [label for label in labels_of(done.stdout) if ENGLISH_WORD.search(label)]
    assert english == []


def test_callback_says_an_unreadable_body_in_chinese(tmp_path: Path) -> None:
    body = tmp_path / "empty.xml"
    body.write_bytes(b"")
    done = run_cli(
        "callback", str(body), "--lang", "zh_CN", env={"LESHUA_NOTIFY_KEY": DEMO_NOTIFY_KEY}
    )
    assert done.code == 3
    assert done.stdout.strip() == "报文无法解析：内容为空"


def test_a_body_signed_with_the_transaction_key_is_named_with_both_keys_in_the_environment(
    tmp_path: Path,
) -> None:
    body = tmp_path / "mistake.xml"
    body.write_bytes(notification(DEMO_ORDERS[0], notify_key=DEMO_TRANSACTION_KEY))
    env = {"LESHUA_NOTIFY_KEY": DEMO_NOTIFY_KEY, "LESHUA_TRANSACTION_KEY": DEMO_TRANSACTION_KEY}
    keys = [DEMO_NOTIFY_KEY, DEMO_TRANSACTION_KEY]
    done = run_cli("callback", str(body), "--lang", "en", env=env, secrets=keys)
    assert done.code == 4
    assert "signed with the TRANSACTION key, not the notify key" in done.stdout
    as_json = run_cli("callback", str(body), "--json", env=env, secrets=keys)
    assert as_json.json()["signed_with_transaction_key"] is True


def test_profiles_list_and_show_in_chinese(app_home: Path) -> None:
    added = run_cli(
        "profiles", "add", "Shop", "--merchant-id", "0000000018", "--gateway", "sandbox",
        "--session-only",
    )  # fmt: skip
    assert added.code == 0, added.stderr
    listed = run_cli("profiles", "list", "--lang", "zh_CN")
    assert listed.code == 0, listed.stderr
    assert "密钥：每次使用时询问" in listed.stdout
    shown = run_cli("profiles", "show", "Shop", "--lang", "zh_CN")
    assert shown.code == 0, shown.stderr
    titles = [line.split()[0] for line in shown.stdout.splitlines()]
    assert titles[:2] == ["名称", "商户号"]
    assert "交易密钥" in titles
    assert not [t for t in titles if ENGLISH_WORD.search(t)]
    english = run_cli("profiles", "show", "Shop", "--lang", "en")
    assert english.stdout.splitlines()[1].split()[0] == "merchant_id"  # as before, the JSON key


def test_status_text_says_which_rule_verified_the_answer() -> None:
    done = run_cli(
        "status", "--gateway", "sandbox", "--third-order-id", "DEMO-PAID-WX", "--no-history",
        "--lang", "en",
    )  # fmt: skip
    assert done.code == 0, done.stderr
    assert "Signature: signature verified (by the protocol's rule [doc])" in done.stdout
