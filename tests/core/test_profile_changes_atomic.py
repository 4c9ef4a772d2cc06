"""Profile changes are all-or-nothing; names, notes and import files are checked; many profiles
list without keyring round trips and import with one write."""

from __future__ import annotations

import io
import json
import os
import sys
import unicodedata
from pathlib import Path

import keyring
import keyring.errors
import pytest

from leshua_gui import cli
from leshua_gui.core.errors import InputError
from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.keystore import SERVICE, KeyringUnavailable, OsKeyStore
from leshua_gui.core.profiles.store import (
    EXPORT_FORMAT,
    FILE_FORMAT,
    ProfileFileError,
    ProfileStore,
    read_export,
)
from tests.support.memory_keyring import MemoryKeyring

TX = "TxKey-atomic-7f3a9c2e5b1d4e6f8a0b1c2d3e"
NOTIFY = "NtKey-atomic-0a1b2c3d4e5f60718293a4b5c"
TX2 = "TxKey-atomic-second-00000000000000009z"
NOTIFY2 = "NtKey-atomic-second-0000000000000008y"
MID = "0000000018"
NOTE_MAX = 2000  # the documented bound of a note, in characters


@pytest.fixture
def memory(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    return memory_keyring


@pytest.fixture
def store(memory: MemoryKeyring) -> ProfileStore:
    return ProfileStore(app_paths().profiles_file, OsKeyStore())


def _refuse_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.replace

    def refuse(src: object, dst: object) -> None:
        if str(dst).endswith("profiles.json"):
            os.unlink(str(src))
            raise PermissionError(13, "Permission denied", str(dst))
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refuse)


def _user(profile_id: str, kind: str) -> tuple[str, str]:
    return (SERVICE, f"{profile_id}/{kind}-key")


def _run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(list(args))
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


# -- profiles.json cannot be written ------------------------------------------------------------


def test_add_with_an_unwritable_file_leaves_no_key_in_the_keyring(
    store: ProfileStore, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.add("First", MID, "test", transaction_key=TX2)
    before = app_paths().profiles_file.read_bytes()
    _refuse_writes(monkeypatch)

    with pytest.raises(ProfileFileError) as err:
        store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)

    assert err.value.reason == "unwritable"
    assert "could not be written" in err.value.message
    assert "Nothing was changed" in err.value.message
    assert str(app_paths().profiles_file) in err.value.message
    assert memory.entries == {_user(first.id, "transaction"): TX2}
    assert app_paths().profiles_file.read_bytes() == before


def test_remove_with_an_unwritable_file_keeps_the_keys_and_the_profile(
    store: ProfileStore, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    _refuse_writes(monkeypatch)

    with pytest.raises(ProfileFileError):
        store.remove("Shop")

    assert store.get("Shop").id == profile.id
    assert store.key(profile) == TX
    assert store.key(profile, "notify") == NOTIFY


def test_rename_and_new_keys_with_an_unwritable_file_change_nothing(
    store: ProfileStore, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX)
    _refuse_writes(monkeypatch)

    with pytest.raises(ProfileFileError):
        store.update("Shop", new_name="Renamed", transaction_key=TX2, notify_key=NOTIFY2)

    assert store.find("Renamed") is None
    assert store.get("Shop").id == profile.id
    assert store.key(profile) == TX
    assert store.key(profile, "notify") is None
    assert memory.values() == {TX}


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["add", "New", "--merchant-id", MID, "--gateway", "test", "--key-stdin"], f"{TX2}\n"),
        (["remove", "Shop"], ""),
        (["edit", "Shop", "--rename", "Renamed", "--key-stdin"], f"{TX2}\n{NOTIFY2}\n"),
    ],
    ids=["add", "remove", "edit"],
)
def test_the_cli_says_the_file_cannot_be_written_and_exits_6(
    store: ProfileStore,
    memory: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    stdin: str,
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    before = dict(memory.entries)
    _refuse_writes(monkeypatch)

    code, out, err = _run(capsys, "profiles", *argv, stdin=stdin)

    assert code == 6, out + err
    assert "could not be written" in err
    assert "Permission denied" in err
    assert "Traceback" not in err
    assert memory.entries == before
    assert [p.id for p in store.list()] == [profile.id]
    for secret in (TX, TX2, NOTIFY, NOTIFY2):
        assert secret not in out + err


# -- the keyring fails half-way -----------------------------------------------------------------


def _fail(operation: str, kind: str, error: Exception) -> object:
    def when(op: str, username: str) -> Exception | None:
        return error if op == operation and username.endswith(f"/{kind}-key") else None

    return when


def test_a_keyring_failure_on_the_second_new_key_puts_the_first_back(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    memory.fail_when = _fail("set", "notify", keyring.errors.PasswordSetError("Cancelled"))  # type: ignore[assignment]

    with pytest.raises(KeyringUnavailable):
        store.update("Shop", new_name="Renamed", transaction_key=TX2, notify_key=NOTIFY2)

    memory.fail_when = None
    assert store.key(profile) == TX, "the new transaction key stayed, with the old notify key"
    assert store.key(profile, "notify") == NOTIFY
    assert store.get("Shop").id == profile.id


def test_a_keyring_failure_on_a_first_notify_key_takes_the_new_transaction_key_back(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX)
    memory.fail_when = _fail("set", "notify", keyring.errors.PasswordSetError("Cancelled"))  # type: ignore[assignment]

    with pytest.raises(KeyringUnavailable):
        store.update("Shop", transaction_key=TX2, notify_key=NOTIFY2)

    memory.fail_when = None
    assert store.key(profile) == TX
    assert store.key(profile, "notify") is None


def test_adding_when_the_second_key_is_refused_leaves_no_first_key(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    memory.fail_when = _fail("set", "notify", keyring.errors.PasswordSetError("Cancelled"))  # type: ignore[assignment]

    with pytest.raises(KeyringUnavailable):
        store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)

    assert memory.entries == {}
    assert store.list() == []


def test_remove_when_the_second_delete_is_refused_puts_the_first_key_back(
    store: ProfileStore, memory: MemoryKeyring
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX, notify_key=NOTIFY)
    memory.fail_when = _fail("delete", "notify", keyring.errors.PasswordDeleteError("denied"))  # type: ignore[assignment]

    with pytest.raises(KeyringUnavailable):
        store.remove("Shop")

    memory.fail_when = None
    assert store.get("Shop").id == profile.id
    assert store.key(profile) == TX
    assert store.key(profile, "notify") == NOTIFY


def test_when_putting_back_fails_too_the_message_says_so(
    store: ProfileStore, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)
    _refuse_writes(monkeypatch)
    calls = {"set": 0}

    def second_set_fails(op: str, username: str) -> Exception | None:
        if op == "set":
            calls["set"] += 1
            if calls["set"] == 2:  # the first stores TX2, the second would put TX back
                return keyring.errors.KeyringError("D-Bus went away")
        return None

    memory.fail_when = second_set_fails

    with pytest.raises(ProfileFileError) as err:
        store.update("Shop", transaction_key=TX2, note="new note")

    assert "could not be put back" in err.value.message
    assert TX not in err.value.message
    assert TX2 not in err.value.message


# -- files nested too deeply ----------------------------------------------------------------------


def test_a_deeply_nested_profiles_file_is_refused_with_exit_6(
    memory: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    path = app_paths().profiles_file
    path.parent.mkdir(parents=True, exist_ok=True)
    content = '{"format": "leshua-desk-profiles", "version": 1, "profiles": ' + "[" * 200_000
    path.write_text(content + "]" * 200_000 + "}", encoding="utf-8")

    code, _out, err = _run(capsys, "profiles", "list")

    assert code == 6
    assert "cannot be read" in err
    assert "nested too deeply" in err
    assert "untouched" in err
    assert "Traceback" not in err
    assert path.read_text(encoding="utf-8").startswith(content[:100])


def test_a_deeply_nested_import_file_is_refused_with_exit_2(
    memory: MemoryKeyring, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "deep.json"
    bad.write_text(
        '{{"format": "{}", "profiles": {}}}'.format(EXPORT_FORMAT, "[" * 200_000 + "]" * 200_000)
    )

    code, _out, err = _run(capsys, "profiles", "import", str(bad), "--key-stdin")

    assert code == 2
    assert "cannot be imported" in err
    assert "nested too deeply" in err
    assert "Traceback" not in err


# -- import files: types and sizes ----------------------------------------------------------------


def _export_file(tmp_path: Path, *profiles: object) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": EXPORT_FORMAT, "profiles": list(profiles)}))
    return path


_GOOD = {"name": "Shop", "merchant_id": MID, "gateway": "test"}


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ({**_GOOD, "name": ["a", "b"]}, "'name' must be text, not a list"),
        ({**_GOOD, "merchant_id": 18}, "'merchant_id' must be text, not a number"),
        ({**_GOOD, "gateway": {"url": "test"}}, "'gateway' must be text, not an object"),
        ({**_GOOD, "note": ["x"]}, "'note' must be text, not a list"),
        ({**_GOOD, "note": None}, "'note' must be text, not null"),
        ("Shop", "a profile must be an object"),
    ],
)
def test_import_refuses_wrong_types(
    tmp_path: Path,
    entry: object,
    words: str,
    capsys: pytest.CaptureFixture[str],
    memory: MemoryKeyring,
) -> None:
    path = _export_file(tmp_path, _GOOD | {"name": "Fine"}, entry)

    with pytest.raises(InputError) as err:
        read_export(path)

    assert words in err.value.message
    assert "profile 2" in err.value.message
    code, _out, stderr = _run(
        capsys, "profiles", "import", str(path), "--key-stdin", stdin=f"{TX}\n\n{TX2}\n"
    )
    assert code == 2
    assert words in stderr
    assert not app_paths().profiles_file.exists()
    assert memory.entries == {}


def test_import_bounds_the_note(tmp_path: Path) -> None:
    longest = "备" * NOTE_MAX
    assert read_export(_export_file(tmp_path, {**_GOOD, "note": longest}))[0]["note"] == longest

    with pytest.raises(InputError) as err:
        read_export(_export_file(tmp_path, {**_GOOD, "note": "x" * (50 * 1024 * 1024)}))
    assert f"at most {NOTE_MAX} characters" in err.value.message
    assert len(err.value.message) < 300


def test_the_note_is_bounded_and_checked_when_typed_too(store: ProfileStore) -> None:
    with pytest.raises(InputError) as err:
        store.add("Shop", MID, "test", transaction_key=TX, note="x" * (NOTE_MAX + 1))
    assert err.value.reason == "profile_note"
    with pytest.raises(InputError) as err:
        store.add("Shop", MID, "test", transaction_key=TX, note="ok\x1b[2Jwiped")
    assert err.value.reason == "profile_note"
    store.add("Shop", MID, "test", transaction_key=TX, note="ok")
    with pytest.raises(InputError):
        store.update("Shop", note="x" * (NOTE_MAX + 1))
    assert store.get("Shop").note == "ok"


# -- names ----------------------------------------------------------------------------------------

_HIDING = [
    "real\b\b\b\bfake",
    "shop\x1b[2K",
    "bell\x07",
    "nel\x85next",
    "pay\u202eyap",
    "a\u202ab",
    "iso\u2066late\u2069",
    "zero\u200bwidth",
    "zw\u200cnj",
    "zw\u200dj",
    "lrm\u200e",
    "rlm\u200f",
    "bom\ufeff",
    "word\u2060joiner",
    "del\x7f",
]


@pytest.mark.parametrize("name", _HIDING)
def test_names_with_hiding_or_reordering_characters_are_refused(
    store: ProfileStore, memory: MemoryKeyring, name: str
) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)

    with pytest.raises(InputError) as err:
        store.add(name, MID, "test", transaction_key=TX2)
    assert err.value.reason in ("profile_name", "profile_name_chars")
    with pytest.raises(InputError):
        store.update("Shop", new_name=name)

    assert [p.name for p in store.list()] == ["Shop"]
    assert memory.values() == {TX}


@pytest.mark.parametrize("name", [*_HIDING[:3], "pay\u202eyap"])
def test_import_refuses_hiding_names(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError) as err:
        read_export(_export_file(tmp_path, {**_GOOD, "name": name}))
    assert "profile 1" in err.value.message


def test_names_are_normalised_so_look_alikes_are_one_name(store: ProfileStore) -> None:
    composed, decomposed = "Caf\u00e9", "Cafe\u0301"
    made = store.add(decomposed, MID, "test", transaction_key=TX)

    assert made.name == composed == unicodedata.normalize("NFC", decomposed)
    assert store.get(composed).id == made.id
    for twin in (composed, "CAFE\u0301", "ｃａｆé"):
        with pytest.raises(InputError) as err:
            store.add(twin, MID, "test", transaction_key=TX2)
        assert err.value.reason == "profile_exists"
        assert f"named {composed!r} already exists" in err.value.message  # the one that has it
    store.add("Other", MID, "test", transaction_key=TX2)
    with pytest.raises(InputError) as err:
        store.update("Other", new_name=decomposed)
    assert err.value.reason == "profile_exists"
    data = json.loads(app_paths().profiles_file.read_text(encoding="utf-8"))
    assert sorted(p["name"] for p in data["profiles"]) == [composed, "Other"]


def test_an_old_file_with_a_hiding_name_still_opens_and_prints_it_visibly(
    store: ProfileStore, memory: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    """Written before the rules: the file opens; each hidden character shows as <U+XXXX>."""
    path = app_paths().profiles_file
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = [
        {"name": "real\b\b\b\bfake", "merchant_id": MID, "gateway": "test", "id": "a" * 32},
        {"name": "Caf\u00e9", "merchant_id": MID, "gateway": "test", "id": "b" * 32},
        {"name": "Cafe\u0301", "merchant_id": MID, "gateway": "test", "id": "c" * 32},
        {
            "name": "x",
            "merchant_id": MID,
            "gateway": "test",
            "note": "\x1b]0;pwned\x07",
            "id": "d" * 32,
        },
    ]
    path.write_text(json.dumps({"format": FILE_FORMAT, "version": 1, "profiles": entries}))

    code, out, err = _run(capsys, "profiles", "list")

    assert code == 0, err
    assert "\b" not in out
    assert "real<U+0008><U+0008><U+0008><U+0008>fake" in out
    assert "Café" in out
    assert "Café (2)" in out
    shown = _run(capsys, "profiles", "show", "x")[1]
    assert "\x1b" not in shown
    assert "<U+001B>]0;pwned<U+0007>" in shown
    assert store.get("Café (2)").id == "c" * 32
    renamed = store.update("real<U+0008><U+0008><U+0008><U+0008>fake", new_name="Real")
    assert renamed.id == "a" * 32


# -- many profiles ------------------------------------------------------------------------------


def _many(n: int) -> None:
    path = app_paths().profiles_file
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = [
        {"name": f"Shop {i:05d}", "merchant_id": MID, "gateway": "test", "id": f"{i:032x}",
         "created": "2024-01-01T00:00:00+00:00", "updated": "2024-01-01T00:00:00+00:00"}
        for i in range(n)
    ]  # fmt: skip
    path.write_text(json.dumps({"format": FILE_FORMAT, "version": 1, "profiles": entries}))


def test_listing_10000_profiles_asks_the_keyring_nothing(
    memory: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    _many(10_000)

    code, out, err = _run(capsys, "profiles", "list")
    assert code == 0, err
    assert len(out.splitlines()) == 10_000
    assert "Shop 09999" in out
    code, out, err = _run(capsys, "profiles", "list", "--json")
    assert code == 0
    assert len(json.loads(out)) == 10_000

    assert memory.get_calls == 0


def test_list_keys_checks_the_keys_when_asked(
    store: ProfileStore, memory: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)
    memory.get_calls = 0

    code, out, _err = _run(capsys, "profiles", "list", "--keys", "--json")

    assert code == 0
    (row,) = json.loads(out)
    assert row["keys"]["transaction"]["set"] is True
    assert row["keys"]["notify"]["set"] is False
    assert memory.get_calls == 2


def test_importing_3000_profiles_writes_the_file_once(
    memory: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profiles = [
        {"name": f"Shop {i:04d}", "merchant_id": MID, "gateway": "test"} for i in range(3000)
    ]
    path = _export_file(tmp_path, *profiles)
    keys = "".join(f"TxKey-import-{i:020d}\n\n" for i in range(3000))
    fsyncs: list[int] = []
    real_fsync = os.fsync

    def counting(fd: int) -> None:
        fsyncs.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counting)

    code, out, err = _run(capsys, "profiles", "import", str(path), "--key-stdin", stdin=keys)

    assert code == 0, err
    assert len(fsyncs) == 1
    assert out.count("imported") == 3000
    assert "keys stored for 100 of 3000 profiles" in err
    assert "3000 of 3000" in err
    assert len(memory.entries) == 3000
    assert memory.get_calls == 0  # a new profile's keys are stored without reading first
    assert len(ProfileStore(app_paths().profiles_file, OsKeyStore()).list()) == 3000

    again = _run(capsys, "profiles", "import", str(path), "--key-stdin", stdin=keys)
    assert again[0] == 2
    assert again[2].count("skipped") == 3000
    assert len(fsyncs) == 1  # nothing new: the file is not written again


def test_an_import_is_all_or_nothing(
    store: ProfileStore, memory: MemoryKeyring, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store.add("Existing", MID, "test", transaction_key=TX)
    before = app_paths().profiles_file.read_bytes()
    path = _export_file(
        tmp_path,
        {**_GOOD, "name": "Existing"},
        {**_GOOD, "name": "One"},
        {**_GOOD, "name": "Two"},
        {**_GOOD, "name": "Three"},
    )
    calls = {"set": 0}

    def third_set_fails(op: str, username: str) -> Exception | None:
        if op == "set":
            calls["set"] += 1
            if calls["set"] == 3:
                return keyring.errors.PasswordSetError("Cancelled by user")
        return None

    memory.fail_when = third_set_fails
    stdin = f"\n\n{TX2}\n{NOTIFY2}\nTxKey-three-000000001\n\nTxKey-four-0000000001\n"

    code, out, err = _run(capsys, "profiles", "import", str(path), "--key-stdin", stdin=stdin)

    assert code == 6, out + err
    assert "skipped 'Existing'" in err
    assert "Traceback" not in err
    assert app_paths().profiles_file.read_bytes() == before
    assert memory.values() == {TX}
