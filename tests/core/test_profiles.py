"""Merchant profiles: the JSON file, the keys in a keyring, unsafe backends, failures, checks."""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail, null
from keyring.compat import properties

from leshua_gui.core.errors import InputError
from leshua_gui.core.gateway.client import GatewayClient
from leshua_gui.core.infra.atomic import write_text
from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.check import check_profile
from leshua_gui.core.profiles.keystore import (
    SERVICE,
    KeyringUnavailable,
    OsKeyStore,
    SessionKeyStore,
    check_backend,
    fix_advice,
)
from leshua_gui.core.profiles.store import (
    EXPORT_FORMAT,
    FILE_FORMAT,
    VERSION,
    ProfileFileError,
    ProfileStore,
    read_export,
)
from leshua_gui.sandbox import Sandbox
from tests.support.memory_keyring import MemoryKeyring

TX = "TxKey-7f3a9c2e5b1d4e6f8a0b1c2d3e4f5a6b"
NOTIFY = "NtKey-0a1b2c3d4e5f60718293a4b5c6d7e8f9"
TX2 = "TxKey-second-key-0000000000000000009z"
MID = "0000000018"


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's file backend: records writes it should never receive."""

    __module__ = "keyrings.alt.file"
    viable = False

    @properties.classproperty
    def priority(cls) -> float:
        return 0.5

    def __init__(self) -> None:
        super().__init__()
        self.written: list[str] = []

    # keyring's backend interface: every secret is recorded, none is kept
    def get_password(self, service: str, username: str) -> str | None:  # noqa: ARG002
        return None

    def set_password(self, service: str, username: str, password: str) -> None:  # noqa: ARG002
        self.written.append(password)

    def delete_password(self, service: str, username: str) -> None:  # noqa: ARG002
        return None


class Chainer:
    """Looks like keyring's ChainerBackend: as safe as the backends it chains."""

    def __init__(self, *backends: object) -> None:
        self.backends = list(backends)


@pytest.fixture
def memory(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    return memory_keyring


@pytest.fixture
def store(memory: MemoryKeyring) -> ProfileStore:
    return ProfileStore(app_paths().profiles_file, OsKeyStore())


def _user(profile_id: str, kind: str) -> tuple[str, str]:
    return (SERVICE, f"{profile_id}/{kind}-key")


def _files_with(root: Path, *secrets: str) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(s.encode() in data for s in secrets):
                hits.append(path)
    return hits


# -- adding, finding, naming -------------------------------------------------------------------


def test_added_profile_is_listed_and_found_whatever_the_case(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    shop = store.add(
        "Main Shop", MID, "production", transaction_key=TX, notify_key=NOTIFY, note=" front "
    )
    store.add("another", "1234567890", "test", transaction_key=TX2)

    assert [p.name for p in store.list()] == ["another", "Main Shop"]
    assert store.get("main shop") == shop
    assert store.find("  MAIN SHOP ") == shop
    assert store.find("Main") is None
    with pytest.raises(InputError) as err:
        store.get("nosuch")
    assert err.value.reason == "unknown_profile"
    assert (shop.merchant_id, shop.gateway, shop.environment, shop.note) == (
        MID,
        "production",
        "production",
        "front",
    )
    assert datetime.fromisoformat(shop.created) <= datetime.fromisoformat(shop.updated)
    assert store.key(shop) == TX
    assert store.key(shop, "notify") == NOTIFY
    assert memory.entries[_user(shop.id, "transaction")] == TX


def test_profile_file_is_small_json_without_keys(store: ProfileStore) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)

    path = app_paths().profiles_file
    assert path.parent == Path(os.environ["LESHUA_GUI_HOME"]) / "config"
    raw = path.read_bytes()
    assert TX.encode() not in raw
    assert NOTIFY.encode() not in raw
    data = json.loads(raw)
    assert (data["format"], data["version"]) == (FILE_FORMAT, VERSION)
    (stored,) = data["profiles"]
    assert stored["id"] == profile.id
    assert {"name", "merchant_id", "gateway", "note", "created", "updated"} <= set(stored)
    assert not any("key" in name and name != "key_storage" for name in stored)
    assert sorted(p.name for p in path.parent.iterdir()) == ["profiles.json"]


def test_names_are_unique_ignoring_case(store: ProfileStore, memory: MemoryKeyring) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)
    store.add("Other", MID, "test", transaction_key=TX2)
    writes = memory.set_calls

    with pytest.raises(InputError) as err:
        store.add(" shop ", MID, "test", transaction_key="another-key-000000")
    assert err.value.reason == "profile_exists"
    with pytest.raises(InputError) as err:
        store.update("Other", new_name="SHOP")
    assert err.value.reason == "profile_exists"

    assert memory.set_calls == writes
    assert [p.name for p in store.list()] == ["Other", "Shop"]


def test_renaming_keeps_id_and_keys_and_does_not_touch_the_keyring(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    old = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    writes = memory.set_calls

    new = store.update("shop", new_name="Shop Two", note="moved")

    assert (new.id, new.created, new.name, new.note) == (old.id, old.created, "Shop Two", "moved")
    assert store.find("Shop") is None
    assert store.get("shop two").id == old.id
    assert store.key(new) == TX
    assert store.key(new, "notify") == NOTIFY
    assert memory.set_calls == writes
    assert store.update("Shop Two", new_name="SHOP TWO").name == "SHOP TWO"  # own name, new case


def test_saving_an_unchanged_key_does_not_touch_the_keyring(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    assert memory.set_calls == 2
    before = app_paths().profiles_file.read_bytes()

    store.update("Shop", transaction_key=TX, notify_key=NOTIFY)

    assert memory.set_calls == 2
    assert app_paths().profiles_file.read_bytes() == before

    store.update("Shop", transaction_key=TX2)
    assert memory.set_calls == 3
    assert store.key(store.get("Shop")) == TX2
    assert store.key(store.get("Shop"), "notify") == NOTIFY


@pytest.mark.parametrize(
    "bad", ["", "12345", "12345678901", "00000000ab", "0000 000018", "０００００００００１８"]
)
def test_merchant_id_must_be_ten_digits(store: ProfileStore, bad: str) -> None:
    with pytest.raises(InputError) as err:
        store.add("Shop", bad, "test", transaction_key=TX)
    assert err.value.reason == "merchant_id"
    assert not app_paths().profiles_file.exists()

    store.add("Shop", " 0000000018\t", "test", transaction_key=TX)
    assert store.get("Shop").merchant_id == "0000000018"  # leading zeros kept
    with pytest.raises(InputError):
        store.update("Shop", merchant_id=bad)
    assert store.get("Shop").merchant_id == "0000000018"


@pytest.mark.parametrize(
    ("given", "stored", "environment"),
    [
        ("production", "production", "production"),
        (" TEST ", "test", "test"),
        ("Sandbox", "sandbox", "sandbox"),
        ("https://gw.example.com/cgi-bin/x.cgi", "https://gw.example.com/cgi-bin/x.cgi", "custom"),
        ("http://127.0.0.1:8765/gw", "http://127.0.0.1:8765/gw", "sandbox"),
        ("http://localhost:8765/gw", "http://localhost:8765/gw", "sandbox"),
    ],
)
def test_gateway_accepted(store: ProfileStore, given: str, stored: str, environment: str) -> None:
    profile = store.add("Shop", MID, given, transaction_key=TX)
    assert (profile.gateway, profile.environment) == (stored, environment)
    assert store.get("Shop").gateway == stored


@pytest.mark.parametrize(
    "bad",
    [
        "http://gw.example.com/cgi-bin/x.cgi",
        "http://192.168.1.10/gw",
        "ftp://gw.example.com/",
        "https://user:pw@gw.example.com/",
        "nowhere",
        "",
    ],
)
def test_gateway_refused(store: ProfileStore, memory: MemoryKeyring, bad: str) -> None:
    with pytest.raises(InputError) as err:
        store.add("Shop", MID, bad, transaction_key=TX)
    assert err.value.reason == "gateway_url"
    assert memory.set_calls == 0
    store.add("Shop", MID, "test", transaction_key=TX)
    with pytest.raises(InputError):
        store.update("Shop", gateway=bad)
    assert store.get("Shop").gateway == "test"


def test_a_profile_needs_a_transaction_key(store: ProfileStore, memory: MemoryKeyring) -> None:
    with pytest.raises(InputError) as err:
        store.add("Shop", MID, "test", transaction_key="")
    assert err.value.reason == "key_missing"
    assert memory.entries == {}
    assert not app_paths().profiles_file.exists()


def test_removing_a_profile_deletes_its_keyring_entries(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    gone = store.add("Gone", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    kept = store.add("Kept", MID, "test", transaction_key=TX2)

    store.remove("GONE")

    assert [p.name for p in store.list()] == ["Kept"]
    assert not any(user.startswith(gone.id) for _, user in memory.entries)
    assert memory.values() == {TX2}
    assert store.key(kept) == TX2


# -- keyring failures: a clear message, nothing lost or rewritten -------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        keyring.errors.PasswordSetError("Cancelled by user"),
        keyring.errors.KeyringError("org.freedesktop.DBus.Error.AccessDenied"),
    ],
)
def test_a_new_key_the_keyring_refuses_changes_nothing(
    store: ProfileStore, memory: MemoryKeyring, failure: Exception
) -> None:
    store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    path = app_paths().profiles_file
    before = path.read_bytes()
    memory.fail_set = failure

    with pytest.raises(KeyringUnavailable) as err:
        store.update("Shop", new_name="Renamed", note="new", transaction_key=TX2)

    assert "store" in err.value.message
    assert type(failure).__name__ in err.value.message
    assert TX2 not in err.value.message
    assert path.read_bytes() == before
    memory.fail_set = None
    assert store.key(store.get("Shop")) == TX


def test_a_locked_keyring_on_update_changes_nothing(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)
    path = app_paths().profiles_file
    before = path.read_bytes()
    memory.fail_get = keyring.errors.KeyringLocked("Failed to unlock the collection!")

    with pytest.raises(KeyringUnavailable) as err:
        store.update("Shop", new_name="Renamed", transaction_key=TX2)

    assert err.value.reason == "locked"
    assert path.read_bytes() == before
    memory.fail_get = None
    assert memory.values() == {TX}


@pytest.mark.parametrize(
    ("failure", "reason", "words"),
    [
        (keyring.errors.KeyringLocked("Failed to unlock the collection!"), "locked", "unlock"),
        (keyring.errors.InitError("Failed to create the collection"), "init", "opened"),
        (keyring.errors.KeyringError("org.freedesktop.DBus.Error.AccessDenied"), "error", "read"),
    ],
)
def test_reading_a_key_from_a_failing_keyring_says_so_and_keeps_the_profile(
    store: ProfileStore, memory: MemoryKeyring, failure: Exception, reason: str, words: str
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX)
    path = app_paths().profiles_file
    before = path.read_bytes()
    memory.fail_get = failure

    for read in (lambda: store.key(profile), lambda: store.key_hint(profile, "notify")):
        with pytest.raises(KeyringUnavailable) as err:
            read()
        assert err.value.reason == reason
        assert words in err.value.message
        assert "MemoryKeyring" in err.value.message  # which keyring it was

    assert [p.id for p in store.list()] == [profile.id]
    assert path.read_bytes() == before
    memory.fail_get = None
    assert store.key(profile) == TX


def test_adding_when_the_keyring_refuses_leaves_no_profile(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    store.add("First", MID, "test", transaction_key=TX2)
    before = app_paths().profiles_file.read_bytes()
    memory.fail_set = keyring.errors.PasswordSetError("Cancelled by user")

    with pytest.raises(KeyringUnavailable):
        store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)

    assert app_paths().profiles_file.read_bytes() == before
    assert memory.values() == {TX2}


def test_remove_with_a_locked_keyring_keeps_profile_and_keys(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    before = app_paths().profiles_file.read_bytes()
    memory.fail_get = keyring.errors.KeyringLocked("Failed to unlock the collection!")

    with pytest.raises(KeyringUnavailable):
        store.remove("Shop")

    assert app_paths().profiles_file.read_bytes() == before
    memory.fail_get = None
    assert store.get("Shop").id == profile.id
    assert memory.values() == {TX, NOTIFY}


@pytest.mark.parametrize(
    "failure",
    [
        keyring.errors.KeyringError("org.freedesktop.DBus.Error.AccessDenied"),
        # What keyring's macOS backend raises for any Keychain error (a denied prompt too),
        # and KWallet when the user cancels the unlock prompt: the key is still there.
        keyring.errors.PasswordDeleteError("Can't delete password in keychain: User canceled"),
    ],
)
def test_remove_when_the_keyring_refuses_to_delete_keeps_the_profile(
    store: ProfileStore, memory: MemoryKeyring, failure: Exception
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    before = app_paths().profiles_file.read_bytes()
    memory.fail_delete = failure

    refused = None
    try:
        store.remove("Shop")
    except KeyringUnavailable as exc:
        refused = exc

    assert store.find("Shop") is not None, (
        f"profile removed from the file, {len(memory.entries)} of its keys left in the keyring"
    )
    assert refused is not None
    assert "delete" in refused.message
    assert app_paths().profiles_file.read_bytes() == before
    assert store.get("Shop").id == profile.id
    assert memory.values() == {TX, NOTIFY}


# -- which keyrings may hold keys -------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (fail.Keyring, "keyring.backends.fail.Keyring"),
        (null.Keyring, "keyring.backends.null.Keyring"),
        (PlaintextKeyring, "keyrings.alt.file.PlaintextKeyring"),
        (lambda: Chainer(null.Keyring()), "Chainer"),
        (lambda: Chainer(PlaintextKeyring()), "Chainer"),
        (lambda: Chainer(), "Chainer"),
    ],
)
def test_unsafe_backends_are_refused_naming_the_backend(make: object, name: str) -> None:
    status = check_backend(make())  # type: ignore[operator]

    assert not status.safe
    assert name in status.name
    message = status.message()
    assert name in message
    assert status.reason
    assert status.reason in message
    assert fix_advice() in message
    assert "gnome-keyring" in message.lower()


def test_a_safe_keyring_chained_with_a_plaintext_one_is_refused_with_how_to_pick_it() -> None:
    """keyrings.alt installed beside a running Secret Service: keyring chains both. The advice
    is to pick the safe one, not to install a Secret Service that is already there."""
    safe = "tests.support.memory_keyring.MemoryKeyring"
    status = check_backend(Chainer(MemoryKeyring(), PlaintextKeyring()))  # type: ignore[arg-type]

    assert not status.safe
    assert status.problem == "plaintext"
    assert status.safe_alternative == safe
    message = status.message()
    assert "Chainer" in message
    assert "keyrings.alt.file.PlaintextKeyring" in message
    assert f"PYTHON_KEYRING_BACKEND={safe}" in message
    assert f"default-keyring={safe}" in message
    assert "keyringrc.cfg" in message
    assert "apt install" not in message
    assert fix_advice() not in message
    # Nothing safe in the chain: installing a Secret Service is still the advice.
    assert "apt install" in check_backend(Chainer(PlaintextKeyring())).message()  # type: ignore[arg-type]


def test_safe_backends_are_accepted() -> None:
    assert check_backend(MemoryKeyring()).safe
    assert check_backend(Chainer(MemoryKeyring())).safe  # type: ignore[arg-type]


@pytest.mark.parametrize("make", [fail.Keyring, null.Keyring, PlaintextKeyring])
def test_the_os_key_store_refuses_an_unsafe_active_backend(make: type, app_home: Path) -> None:
    previous = keyring.get_keyring()
    backend = make()
    keyring.set_keyring(backend)
    try:
        with pytest.raises(KeyringUnavailable) as err:
            OsKeyStore()
        with pytest.raises(KeyringUnavailable):
            OsKeyStore(backend)
    finally:
        keyring.set_keyring(previous)
    assert err.value.reason == "unsafe_backend"
    assert f"{make.__module__}.{make.__qualname__}" in err.value.message
    assert getattr(backend, "written", []) == []
    assert not app_home.exists() or _files_with(app_home, TX) == []


def test_session_keys_stay_in_memory(memory: MemoryKeyring, app_home: Path) -> None:
    keys = SessionKeyStore()
    store = ProfileStore(app_paths().profiles_file, keys)
    profile = store.add(
        "Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY, key_storage="session"
    )

    assert store.key(profile) == TX
    assert store.key(profile, "notify") == NOTIFY
    assert memory.set_calls == 0
    assert memory.entries == {}
    assert _files_with(app_home, TX, NOTIFY) == []
    assert ProfileStore(store.path, SessionKeyStore()).get("shop").key_storage == "session"
    assert SessionKeyStore().get(profile.id, "transaction") is None
    assert ProfileStore(store.path, OsKeyStore()).key(profile) is None

    store.remove("Shop")
    assert keys.get(profile.id, "transaction") is None
    assert keys.get(profile.id, "notify") is None


# -- the profiles file: unreadable files are left alone, writes are atomic -----------------------


def _write_raw(data: bytes) -> Path:
    path = app_paths().profiles_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


_GOOD_ENTRY = {"name": "Shop", "merchant_id": MID, "gateway": "test"}


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": "leshua-desk-profiles", "version": 1, "profiles": [',
        b"\xff\xfe not text",
        b"[]",
        b'{"format": "something-else", "version": 1, "profiles": []}',
        json.dumps({"format": FILE_FORMAT, "version": 1, "profiles": [{"name": "x"}]}).encode(),
        json.dumps(
            {"format": FILE_FORMAT, "version": 1, "profiles": [{**_GOOD_ENTRY, "merchant_id": "1"}]}
        ).encode(),
        json.dumps(
            {"format": FILE_FORMAT, "version": VERSION + 1, "profiles": [_GOOD_ENTRY]}
        ).encode(),
    ],
    ids=["truncated", "binary", "list", "other-format", "no-fields", "bad-mid", "newer-version"],
)
def test_an_unreadable_profiles_file_is_refused_and_left_untouched(
    store: ProfileStore, memory: MemoryKeyring, content: bytes
) -> None:
    path = _write_raw(content)

    for action in (
        store.list,
        lambda: store.find("Shop"),
        lambda: store.add("New", MID, "test", transaction_key=TX),
        lambda: store.update("Shop", note="x"),
        lambda: store.remove("Shop"),
        lambda: store.export(path.parent / "export.json"),
    ):
        with pytest.raises(ProfileFileError) as err:
            action()
        assert str(path) in err.value.message
        assert "untouched" in err.value.message

    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == ["profiles.json"]
    assert memory.set_calls == 0
    assert memory.entries == {}


def test_a_newer_version_is_named_in_the_message(store: ProfileStore) -> None:
    _write_raw(json.dumps({"format": FILE_FORMAT, "version": 7, "profiles": []}).encode())
    with pytest.raises(ProfileFileError) as err:
        store.list()
    assert "newer version" in err.value.message


def test_atomic_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.json"
    write_text(target, "one\n")
    write_text(target, "two\n")
    assert target.read_text(encoding="utf-8") == "two\n"
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_a_failed_write_leaves_the_old_file_intact(
    store: ProfileStore, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)
    path = app_paths().profiles_file
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ProfileFileError, match="No space left") as err:
        store.update("Shop", new_name="Renamed")
    assert err.value.reason == "unwritable"
    assert "Nothing was changed" in err.value.message
    with pytest.raises(OSError, match="No space left"):
        write_text(path, "half")
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["profiles.json"]
    assert store.get("Shop").name == "Shop"


# -- handing profiles to a colleague ------------------------------------------------------------


def test_export_has_no_keys_and_reads_back(
    store: ProfileStore, tmp_path: Path, memory: MemoryKeyring
) -> None:
    store.add("Shop", MID, "production", transaction_key=TX, notify_key=NOTIFY, note="front")
    store.add("Lab", "1234567890", "https://gw.example.com/gw", transaction_key=TX2)
    store.add("Demo", "0000000019", "sandbox", transaction_key=TX2 + "x")
    target = tmp_path / "out" / "profiles-export.json"

    assert store.export(target) == 3

    raw = target.read_bytes()
    for secret in (TX, NOTIFY, TX2):
        assert secret.encode() not in raw
    data = json.loads(raw)
    assert data["format"] == EXPORT_FORMAT
    fields = {"name", "merchant_id", "gateway", "note", "close_after_minutes"}
    assert all(set(p) == fields for p in data["profiles"])
    assert read_export(target) == [
        {"name": "Demo", "merchant_id": "0000000019", "gateway": "sandbox", "note": "",
         "close_after_minutes": 30},
        {"name": "Lab", "merchant_id": "1234567890", "gateway": "https://gw.example.com/gw",
         "note": "", "close_after_minutes": 30},
        {"name": "Shop", "merchant_id": MID, "gateway": "production", "note": "front",
         "close_after_minutes": 30},
    ]  # fmt: skip
    assert store.export(target, ["shop"]) == 1
    assert [p["name"] for p in read_export(target)] == ["Shop"]
    assert [p.name for p in target.parent.iterdir()] == ["profiles-export.json"]


def test_read_export_refuses_other_files(store: ProfileStore, tmp_path: Path) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)
    with pytest.raises(InputError) as err:
        read_export(app_paths().profiles_file)
    assert err.value.reason == "import"
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"format": EXPORT_FORMAT, "profiles": [{**_GOOD_ENTRY, "gateway": "http://x"}]}),
        encoding="utf-8",
    )
    with pytest.raises(InputError) as err:
        read_export(bad)
    assert str(bad) in err.value.message


@pytest.mark.parametrize(
    ("key", "hint"),
    [(TX, "…6b"), ("12345678", "…78"), ("1234567", "…"), ("ab", "…"), (None, None)],
)
def test_key_hint_shows_at_most_two_characters(
    store: ProfileStore, memory: MemoryKeyring, key: str | None, hint: str | None
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key="placeholder-key")
    if key is None:
        memory.entries.pop(_user(profile.id, "transaction"))
    else:
        memory.entries[_user(profile.id, "transaction")] = key
    assert store.key_hint(profile, "transaction") == hint
    assert store.key_hint(profile, "notify") is None
    shown = (hint or "").lstrip("…")
    assert len(shown) <= 2


# -- "Test this profile" against the sandbox ---------------------------------------------------


def _client(url: str, merchant_id: str, key: str) -> GatewayClient:
    return GatewayClient(url, merchant_id, key, connect_timeout=2.0, read_timeout=5.0, backoff=0.01)


def test_check_profile_right_key_is_ok(sandbox: Sandbox) -> None:
    with _client(sandbox.url, sandbox.merchant_id, sandbox.transaction_key) as client:
        check = check_profile(client)
    assert (check.verdict, check.ok, check.code) == ("ok", True, "-4006")
    assert "transaction key are right" in check.text("en")


def test_check_profile_wrong_key(sandbox: Sandbox) -> None:
    with _client(sandbox.url, sandbox.merchant_id, "not-the-demo-key-0000000000000000") as client:
        check = check_profile(client)
    assert (check.verdict, check.ok, check.code) == ("wrong_key", False, "-20006")
    assert "check the transaction key" in check.text("en")


def test_check_profile_unknown_merchant(sandbox: Sandbox) -> None:
    with _client(sandbox.url, "9999999999", sandbox.transaction_key) as client:
        check = check_profile(client)
    assert (check.verdict, check.ok, check.code) == ("wrong_merchant", False, "-20002")
    assert "check the merchant id" in check.text("en")


def test_check_profile_closed_port_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with _client(f"http://127.0.0.1:{port}/gw", MID, TX) as client:
        check = check_profile(client)
    assert (check.verdict, check.ok) == ("unreachable", False)
    assert "could not reach the gateway" in check.detail
    assert str(port) in check.detail
    text = check.text("en")  # explained, never the HTTP library's exception text
    assert f"127.0.0.1:{port} could not be reached (connection refused)" in text
    assert "Pool" not in text
    assert "Max retries" not in text
    assert "连接被拒绝" in check.text("zh_CN")
    assert TX not in check.detail
