"""Profiles against a real Secret Service (gnome-keyring on a private D-Bus), in process and CLI."""

from __future__ import annotations

import gc
import json
import os
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest

from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.keystore import SERVICE, KeyringUnavailable, OsKeyStore
from leshua_gui.core.profiles.store import ProfileStore
from leshua_gui.sandbox import DEMO_MERCHANT_ID, DEMO_NOTIFY_KEY, DEMO_TRANSACTION_KEY
from tests.support.cli_runner import Run, run_cli
from tests.support.secret_service import KEYRING_PASSWORD, lookup_secret, require_tool

pytestmark = pytest.mark.keyring_service

TX = "TxKey-ss-4c1e9a7b2d6f8e0a3b5c7d9e1f2a4b6c"
NOTIFY = "NtKey-ss-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"
TX2 = "TxKey-ss-replacement-00000000000000000042"
WRONG = "WrongKey-ss-000000000000000000000000007q"
MID = "1234567890"


def cli(env: dict[str, str], *args: str, stdin: str = "") -> Run:
    """`leshua-query ARGS` in exactly `env` (no transaction key), none of the keys in its output."""
    return run_cli(*args, base=env, stdin=stdin, secrets=(TX, NOTIFY, TX2, WRONG))


def _cli_env(base: dict[str, str], home: Path) -> dict[str, str]:
    env = {**base, "LESHUA_GUI_HOME": str(home)}
    for name in ("LESHUA_TRANSACTION_KEY", "PYTHON_KEYRING_BACKEND"):
        env.pop(name, None)
    return env


def _profile_ids(home: Path) -> dict[str, str]:
    data = json.loads((home / "config" / "profiles.json").read_text(encoding="utf-8"))
    return {p["name"]: p["id"] for p in data["profiles"]}


def _files_with(roots: list[Path], *secrets: str) -> list[Path]:
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not path.is_socket():
                data = path.read_bytes()
                if any(s.encode() in data for s in secrets):
                    hits.append(path)
    return hits


@pytest.fixture
def secret_tool() -> str:
    """libsecret's secret-tool, to read the Secret Service without keyring: the test skips
    where it is missing (the daemons may be there without it), and fails under CI."""
    return require_tool("secret-tool")


@pytest.fixture
def store(secret_service_keyring: keyring.backend.KeyringBackend) -> ProfileStore:
    return ProfileStore(app_paths().profiles_file, OsKeyStore())


@pytest.fixture
def locked_read_leaks() -> Iterator[None]:
    """keyring 25's SecretService backend leaves its D-Bus connection open when the collection
    stays locked (get_preferred_collection raises before the caller's `closing`); the test ignores
    those sockets' ResourceWarning and they are collected here, not in a later test."""
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


# -- in process: ProfileStore over OsKeyStore over the Secret Service --------------------------


def test_keys_go_to_the_secret_service_and_follow_the_profile(
    store: ProfileStore, secret_service_env: dict[str, str], secret_tool: str
) -> None:
    assert "SecretService" in store.keys.description
    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)

    assert lookup_secret(secret_service_env, profile.id, "transaction") == TX
    assert lookup_secret(secret_service_env, profile.id, "notify") == NOTIFY
    assert store.key(profile) == TX
    raw = store.path.read_bytes()
    assert TX.encode() not in raw
    assert NOTIFY.encode() not in raw

    renamed = store.update("Shop", new_name="Shop Renamed")
    assert renamed.id == profile.id
    assert lookup_secret(secret_service_env, profile.id, "transaction") == TX
    assert store.key(store.get("shop renamed"), "notify") == NOTIFY

    store.update("Shop Renamed", transaction_key=TX2)
    assert lookup_secret(secret_service_env, profile.id, "transaction") == TX2

    store.remove("Shop Renamed")
    assert store.list() == []
    assert lookup_secret(secret_service_env, profile.id, "transaction") is None
    assert lookup_secret(secret_service_env, profile.id, "notify") is None


def test_saving_an_unchanged_key_leaves_the_secret_service_item_alone(
    store: ProfileStore, secret_service_env: dict[str, str]
) -> None:
    import secretstorage

    profile = store.add("Shop", MID, "test", transaction_key=TX)
    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(conn)
        attrs = {"service": SERVICE, "username": f"{profile.id}/transaction-key"}
        (item,) = collection.search_items(attrs)
        path, modified = item.item_path, item.get_modified()
        time.sleep(1.1)  # the Secret Service keeps times in whole seconds

        store.update("Shop", transaction_key=TX)

        (again,) = collection.search_items(attrs)
        assert (again.item_path, again.get_modified()) == (path, modified)
    finally:
        conn.close()
    store.remove("Shop")


@pytest.mark.timeout(30)
@pytest.mark.filterwarnings("ignore:unclosed <socket:ResourceWarning")  # see locked_read_leaks
def test_a_locked_keyring_is_reported_and_nothing_is_lost(
    store: ProfileStore,
    secret_service_env: dict[str, str],
    app_home: Path,
    locked_read_leaks: None,
) -> None:
    """gnome-keyring cannot show an unlock prompt here, so the unlock fails at once."""
    import secretstorage
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    before = store.path.read_bytes()
    env = _cli_env(secret_service_env, app_home)
    conn = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(conn)
    collection.lock()
    try:
        assert collection.is_locked()
        started = time.monotonic()
        with pytest.raises(KeyringUnavailable) as err:
            store.key(profile)
        assert time.monotonic() - started < 10
        assert err.value.reason == "locked"
        assert "locked" in err.value.message
        assert "unlock it" in err.value.message
        assert "SecretService" in err.value.message

        with pytest.raises(KeyringUnavailable):
            store.update("Shop", new_name="Renamed", transaction_key=TX2)
        with pytest.raises(KeyringUnavailable):
            store.remove("Shop")
        assert [p.id for p in store.list()] == [profile.id]
        assert store.path.read_bytes() == before

        shown = cli(env, "profiles", "show", "Shop", "--json")
        assert shown.code == 0, shown.stderr
        keys = json.loads(shown.stdout)["keys"]
        assert keys["transaction"]["set"] is None
        assert "locked" in keys["transaction"]["error"]
        status = cli(env, "status", "--profile", "Shop", "--third-order-id", "X-1")
        assert status.code == 2  # the status contract: nothing was sent
        assert "locked" in status.stderr
        removed = cli(env, "profiles", "remove", "Shop")
        assert removed.code == 6
        assert store.path.read_bytes() == before
    finally:
        # Unlock again without a prompt, as the fixture's gnome-keyring is shared by the run.
        service = DBusAddressWrapper(
            "/org/freedesktop/secrets", "org.freedesktop.Secret.Service", conn
        )
        (real_path,) = service.call("ReadAlias", "s", "default")
        guilt = DBusAddressWrapper(
            "/org/freedesktop/secrets",
            "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
            conn,
        )
        secret = format_secret(open_session(conn), KEYRING_PASSWORD, "text/plain")
        guilt.call("UnlockWithMasterPassword", "o(oayays)", real_path, secret)
        locked = collection.is_locked()
        conn.close()
    assert not locked
    assert store.key(profile) == TX
    assert store.key(profile, "notify") == NOTIFY
    store.remove("Shop")


# -- the command line as a real process ------------------------------------------------------


@pytest.fixture
def cli_env(
    secret_service_keyring: keyring.backend.KeyringBackend,
    secret_service_env: dict[str, str],
    app_home: Path,
) -> dict[str, str]:
    return _cli_env(secret_service_env, app_home)


def test_a_full_cli_session_keeps_keys_in_the_keyring_only(
    cli_env: dict[str, str], app_home: Path, tmp_path: Path, secret_tool: str
) -> None:
    env = cli_env
    secrets = (DEMO_TRANSACTION_KEY, DEMO_NOTIFY_KEY, WRONG, TX)

    added = cli(
        env, "profiles", "add", "Demo", "--merchant-id", DEMO_MERCHANT_ID, "--gateway", "sandbox",
        "--note", "demo merchant", "--key-stdin",
        stdin=f"{DEMO_TRANSACTION_KEY}\n{DEMO_NOTIFY_KEY}\n",
    )  # fmt: skip
    assert added.code == 0, added.stderr
    wrong = cli(
        env, "profiles", "add", "Wrong", "--merchant-id", DEMO_MERCHANT_ID, "--gateway",
        "sandbox", "--key-stdin", stdin=f"{WRONG}\n",
    )  # fmt: skip
    assert wrong.code == 0, wrong.stderr
    dup = cli(
        env, "profiles", "add", "demo", "--merchant-id", MID, "--gateway", "test",
        "--key-stdin", stdin=f"{TX}\n",
    )  # fmt: skip
    assert dup.code == 2
    ids = _profile_ids(app_home)
    assert set(ids) == {"Demo", "Wrong"}
    assert lookup_secret(env, ids["Demo"], "transaction") == DEMO_TRANSACTION_KEY
    assert lookup_secret(env, ids["Demo"], "notify") == DEMO_NOTIFY_KEY
    assert lookup_secret(env, ids["Wrong"], "transaction") == WRONG
    assert lookup_secret(env, ids["Wrong"], "notify") is None

    listed = cli(env, "profiles", "list", "--keys")
    listed_json = cli(env, "profiles", "list", "--keys", "--json")
    shown = cli(env, "profiles", "show", "Demo")
    shown_json = cli(env, "profiles", "show", "demo", "--json")
    for done in (listed, listed_json, shown, shown_json):
        assert done.code == 0, done.stderr
        for secret in secrets:
            assert secret not in done.stdout + done.stderr
    assert "Demo" in listed.stdout
    assert "Wrong" in listed.stdout
    assert f"set (…{DEMO_TRANSACTION_KEY[-2:]})" in shown.stdout
    rows = {p["name"]: p for p in json.loads(listed_json.stdout)}
    assert rows["Demo"]["keys"]["transaction"] == {
        "set": True, "hint": "…" + DEMO_TRANSACTION_KEY[-2:], "storage": "keyring"
    }  # fmt: skip
    assert rows["Wrong"]["keys"]["notify"]["set"] is False
    info = json.loads(shown_json.stdout)
    assert (info["merchant_id"], info["gateway"], info["note"]) == (
        DEMO_MERCHANT_ID,
        "sandbox",
        "demo merchant",
    )
    assert info["keys"]["notify"]["hint"] == "…" + DEMO_NOTIFY_KEY[-2:]

    ok = cli(env, "profiles", "test", "Demo", "--json")
    assert ok.code == 0, ok.stdout + ok.stderr
    assert json.loads(ok.stdout)["verdict"] == "ok"
    bad = cli(env, "profiles", "test", "Wrong", "--json")
    assert bad.code == 1, bad.stdout + bad.stderr
    assert json.loads(bad.stdout)["verdict"] == "wrong_key"
    assert WRONG not in bad.stdout

    paid = cli(env, "status", "--profile", "Demo", "--third-order-id", "DEMO-PAID-WX", "--json")
    assert paid.code == 0, paid.stderr
    answer = json.loads(paid.stdout)
    assert (answer["verification"], answer["status"]) == ("verified", "2")
    assert DEMO_TRANSACTION_KEY not in paid.stdout
    unknown = cli(env, "status", "--profile", "nosuch", "--third-order-id", "DEMO-PAID-WX")
    assert unknown.code == 2
    assert "nosuch" in unknown.stderr

    renamed = cli(env, "profiles", "edit", "Demo", "--rename", "Demo Shop", "--note", "renamed")
    assert renamed.code == 0, renamed.stderr
    assert _profile_ids(app_home)["Demo Shop"] == ids["Demo"]
    assert lookup_secret(env, ids["Demo"], "transaction") == DEMO_TRANSACTION_KEY
    after = cli(env, "status", "--profile", "demo shop", "--third-order-id", "DEMO-PAID-WX")
    assert after.code == 0, after.stderr
    assert cli(env, "status", "--profile", "Demo", "--third-order-id", "X-1").code == 2
    fixed = cli(env, "profiles", "edit", "Wrong", "--key-stdin", stdin=f"{DEMO_TRANSACTION_KEY}\n")
    assert fixed.code == 0, fixed.stderr
    assert lookup_secret(env, ids["Wrong"], "transaction") == DEMO_TRANSACTION_KEY
    assert cli(env, "profiles", "test", "Wrong").code == 0

    export = tmp_path / "handover" / "profiles.json"
    exported = cli(env, "profiles", "export", str(export))
    assert exported.code == 0, exported.stderr
    assert [p["name"] for p in json.loads(export.read_text(encoding="utf-8"))["profiles"]] == [
        "Demo Shop",
        "Wrong",
    ]
    other_home = tmp_path / "colleague-home"
    other = {**env, "LESHUA_GUI_HOME": str(other_home)}
    imported = cli(
        other, "profiles", "import", str(export), "--key-stdin",
        stdin=f"{DEMO_TRANSACTION_KEY}\n{DEMO_NOTIFY_KEY}\n{WRONG}\n\n",
    )  # fmt: skip
    assert imported.code == 0, imported.stderr
    other_ids = _profile_ids(other_home)
    assert set(other_ids) == {"Demo Shop", "Wrong"}
    assert not set(other_ids.values()) & set(ids.values())
    assert lookup_secret(env, other_ids["Demo Shop"], "transaction") == DEMO_TRANSACTION_KEY
    assert lookup_secret(env, other_ids["Wrong"], "transaction") == WRONG
    assert lookup_secret(env, other_ids["Wrong"], "notify") is None
    other_show = json.loads(cli(other, "profiles", "show", "Demo Shop", "--json").stdout)
    assert other_show["note"] == "renamed"
    assert cli(other, "profiles", "test", "Demo Shop").code == 0
    assert cli(other, "profiles", "test", "Wrong").code == 1

    for home_env, names in ((env, ("Demo Shop", "Wrong")), (other, ("Demo Shop", "Wrong"))):
        for name in names:
            removed = cli(home_env, "profiles", "remove", name)
            assert removed.code == 0, removed.stderr
    for profile_id in (*ids.values(), *other_ids.values()):
        assert lookup_secret(env, profile_id, "transaction") is None
        assert lookup_secret(env, profile_id, "notify") is None
    assert _profile_ids(app_home) == {}
    assert _profile_ids(other_home) == {}

    # No file the app or the session wrote holds a key: gnome-keyring's own file is encrypted.
    roots = [app_home, other_home, tmp_path / "handover", Path(env["HOME"])]
    assert any(p.suffix == ".keyring" for p in Path(env["HOME"]).rglob("*"))
    assert _files_with(roots, *secrets) == []


@pytest.mark.parametrize(
    "backend", [None, "keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"]
)
def test_without_a_safe_keyring_add_fails_and_writes_no_key(
    backend: str | None, app_home: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LESHUA_GUI_HOME": str(app_home),
    }
    for name in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "LESHUA_TRANSACTION_KEY"):
        env.pop(name, None)
    if backend:
        env["PYTHON_KEYRING_BACKEND"] = backend

    done = cli(
        env, "profiles", "add", "Shop", "--merchant-id", MID, "--gateway", "test",
        "--key-stdin", stdin=f"{TX}\n{NOTIFY}\n",
    )  # fmt: skip

    assert done.code == 6, done.stdout + done.stderr
    assert (backend or "keyring.backends.fail.Keyring") in done.stderr
    assert "gnome-keyring" in done.stderr.lower()
    assert TX not in done.stdout + done.stderr
    assert not (app_home / "config" / "profiles.json").exists()
    assert _files_with([app_home, home, tmp_path], TX, NOTIFY) == []
    listed = cli(env, "profiles", "list")
    assert listed.code == 0
    assert "no profiles yet" in listed.stdout
