"""A profile's closing settings: off and 30 minutes by default, saved and read back, changed
all-or-nothing, and never allowed by a file from another machine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring.errors
import pytest

from leshua_gui.core.errors import InputError
from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.close_settings import check_allow_close, check_close_after
from leshua_gui.core.profiles.keystore import KeyringUnavailable, OsKeyStore
from leshua_gui.core.profiles.store import (
    EXPORT_FORMAT,
    FILE_FORMAT,
    NewProfile,
    ProfileFileError,
    ProfileStore,
    read_export,
)
from tests.support.memory_keyring import MemoryKeyring

TX = "TxKey-close-9c2e5b1d4e6f8a0b1c2d3e4f5a6b"
TX2 = "TxKey-close-second-000000000000000042"
MID = "0000000018"


@pytest.fixture
def store(memory_keyring: MemoryKeyring) -> ProfileStore:
    return ProfileStore(app_paths().profiles_file, OsKeyStore())


def reopened() -> ProfileStore:
    """The same profiles file read afresh, as the next start (or the command line) reads it."""
    return ProfileStore(app_paths().profiles_file, OsKeyStore())


def saved() -> list[dict[str, Any]]:
    data = json.loads(app_paths().profiles_file.read_text(encoding="utf-8"))
    profiles: list[dict[str, Any]] = data["profiles"]
    return profiles


def write_profiles_file(*entries: dict[str, Any]) -> None:
    path = app_paths().profiles_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": FILE_FORMAT, "version": 1, "profiles": list(entries)}))


def write_export(path: Path, *entries: dict[str, Any]) -> Path:
    path.write_text(json.dumps({"format": EXPORT_FORMAT, "version": 1, "profiles": list(entries)}))
    return path


OLD_ENTRY = {
    "name": "Old shop",
    "merchant_id": MID,
    "gateway": "test",
    "note": "",
    "key_storage": "keyring",
    "id": "a" * 32,
    "created": "2024-01-01T00:00:00+00:00",
    "updated": "2024-01-01T00:00:00+00:00",
}


# -- saved and read back ------------------------------------------------------------------------


def test_a_new_profile_does_not_allow_closing_and_says_30_minutes(store: ProfileStore) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)

    profile = reopened().get("Shop")
    assert profile.allow_close is False
    assert profile.close_after_minutes == 30
    assert saved()[0]["allow_close"] is False
    assert saved()[0]["close_after_minutes"] == 30


def test_both_settings_are_saved_and_read_back(store: ProfileStore) -> None:
    store.add("Shop", MID, "test", transaction_key=TX, allow_close=True, close_after_minutes=0)
    store.add("Lab", "1234567890", "test", transaction_key=TX2, close_after_minutes=10080)

    shop, lab = reopened().get("Shop"), reopened().get("Lab")
    assert (shop.allow_close, shop.close_after_minutes) == (True, 0)
    assert (lab.allow_close, lab.close_after_minutes) == (False, 10080)


def test_a_profiles_file_from_before_the_settings_reads_as_closing_off_and_30(
    store: ProfileStore,
) -> None:
    write_profiles_file(OLD_ENTRY)

    profile = store.get("Old shop")
    assert (profile.allow_close, profile.close_after_minutes) == (False, 30)
    # a change of another field writes the settings beside it, as they were read
    store.update("Old shop", note="front desk")
    assert saved()[0]["allow_close"] is False
    assert saved()[0]["close_after_minutes"] == 30
    assert saved()[0]["id"] == "a" * 32


@pytest.mark.parametrize(
    "entry",
    [
        {"allow_close": "yes"},
        {"allow_close": 1},
        {"allow_close": None},
        {"close_after_minutes": -1},
        {"close_after_minutes": 10081},
        {"close_after_minutes": "30"},
        {"close_after_minutes": 2.5},
        {"close_after_minutes": True},
    ],
    ids=["yes-text", "one", "null", "negative", "over-a-week", "text", "fraction", "true"],
)
def test_a_profiles_file_with_a_wrong_setting_is_refused_and_left_as_it_is(
    store: ProfileStore, entry: dict[str, Any]
) -> None:
    write_profiles_file({**OLD_ENTRY, **entry})
    before = app_paths().profiles_file.read_bytes()

    with pytest.raises(ProfileFileError) as err:
        store.list()

    assert err.value.reason == "corrupt"
    assert ("allow close" if "allow_close" in entry else "close after") in err.value.message
    assert app_paths().profiles_file.read_bytes() == before


@pytest.mark.parametrize("minutes", [0, 1, 30, 10080])
def test_close_after_takes_0_to_a_week(minutes: int) -> None:
    assert check_close_after(minutes) == minutes


@pytest.mark.parametrize("minutes", [-1, 10081, "30", 30.0, True, None])
def test_close_after_refuses_anything_else(minutes: object) -> None:
    with pytest.raises(InputError) as err:
        check_close_after(minutes)
    assert err.value.reason == "profile_field"
    assert "10080" in err.value.message


@pytest.mark.parametrize("value", ["yes", "true", 1, 0, None])
def test_allow_close_is_true_or_false_only(value: object) -> None:
    with pytest.raises(InputError) as err:
        check_allow_close(value)
    assert err.value.reason == "profile_field"


def test_adding_with_a_wrong_close_after_adds_nothing(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(InputError):
        store.add("Shop", MID, "test", transaction_key=TX, close_after_minutes=-5)
    assert store.list() == []
    assert memory_keyring.entries == {}


# -- changed ------------------------------------------------------------------------------------


def test_update_changes_both_settings_and_keeps_the_rest(store: ProfileStore) -> None:
    before = store.add("Shop", MID, "test", transaction_key=TX, note="front")

    after = store.update("Shop", allow_close=True, close_after_minutes=45)

    assert (after.allow_close, after.close_after_minutes) == (True, 45)
    again = reopened().get("Shop")
    assert (again.allow_close, again.close_after_minutes) == (True, 45)
    assert (again.id, again.note, again.merchant_id) == (before.id, "front", MID)
    assert again.key_storage == "keyring"
    assert reopened().key(again) == TX

    off = store.update("Shop", allow_close=False)
    assert (off.allow_close, off.close_after_minutes) == (False, 45)
    assert reopened().get("Shop").allow_close is False


def test_update_without_the_settings_leaves_them_alone(store: ProfileStore) -> None:
    store.add("Shop", MID, "test", transaction_key=TX, allow_close=True, close_after_minutes=5)

    store.update("Shop", new_name="Shop 2", note="moved")

    profile = reopened().get("Shop 2")
    assert (profile.allow_close, profile.close_after_minutes) == (True, 5)


def test_update_to_the_same_values_does_not_write_the_file(store: ProfileStore) -> None:
    store.add("Shop", MID, "test", transaction_key=TX, allow_close=True, close_after_minutes=5)
    before = app_paths().profiles_file.read_bytes()

    store.update("Shop", allow_close=True, close_after_minutes=5)

    assert app_paths().profiles_file.read_bytes() == before


def test_a_wrong_close_after_on_update_changes_nothing(store: ProfileStore) -> None:
    store.add("Shop", MID, "test", transaction_key=TX)
    before = app_paths().profiles_file.read_bytes()

    with pytest.raises(InputError):
        store.update("Shop", allow_close=True, close_after_minutes=20000)

    assert app_paths().profiles_file.read_bytes() == before
    assert store.get("Shop").allow_close is False


def test_allowing_closing_with_a_key_the_keyring_refuses_changes_nothing(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    profile = store.add("Shop", MID, "test", transaction_key=TX)
    before = app_paths().profiles_file.read_bytes()
    memory_keyring.fail_set = keyring.errors.KeyringLocked("locked")

    with pytest.raises(KeyringUnavailable):
        store.update("Shop", allow_close=True, close_after_minutes=5, transaction_key=TX2)

    assert app_paths().profiles_file.read_bytes() == before
    assert store.get("Shop").allow_close is False
    assert store.key(profile) == TX


# -- handed to a colleague ----------------------------------------------------------------------


def test_an_export_carries_close_after_but_never_allow_close(
    store: ProfileStore, tmp_path: Path
) -> None:
    store.add("Shop", MID, "test", transaction_key=TX, allow_close=True, close_after_minutes=45)
    target = tmp_path / "export.json"

    store.export(target)

    raw = target.read_text(encoding="utf-8")
    assert "allow_close" not in raw
    [entry] = json.loads(raw)["profiles"]
    assert entry["close_after_minutes"] == 45
    [spec] = read_export(target)
    assert "allow_close" not in spec
    assert spec["close_after_minutes"] == 45
    assert "allow_close" not in store.get("Shop").public_dict()


def test_an_imported_profile_starts_with_closing_off_whatever_its_file_says(
    store: ProfileStore, tmp_path: Path
) -> None:
    path = write_export(
        tmp_path / "hand-made.json",
        {"name": "Shop", "merchant_id": MID, "gateway": "test", "note": "",
         "allow_close": True, "close_after_minutes": 12},
    )  # fmt: skip

    [spec] = read_export(path)
    assert "allow_close" not in spec
    store.add_many(
        [
            NewProfile(
                spec["name"],
                spec["merchant_id"],
                spec["gateway"],
                transaction_key=TX,
                note=spec["note"],
                close_after_minutes=spec["close_after_minutes"],
            )
        ]
    )

    profile = reopened().get("Shop")
    assert profile.allow_close is False
    assert profile.close_after_minutes == 12


def test_an_export_from_before_the_settings_reads_as_30_minutes(tmp_path: Path) -> None:
    path = write_export(
        tmp_path / "old.json", {"name": "Shop", "merchant_id": MID, "gateway": "test", "note": ""}
    )
    assert read_export(path)[0]["close_after_minutes"] == 30


@pytest.mark.parametrize("minutes", [-1, 10081, "45", None])
def test_an_export_with_a_wrong_close_after_is_refused(tmp_path: Path, minutes: object) -> None:
    path = write_export(
        tmp_path / "bad.json",
        {"name": "Shop", "merchant_id": MID, "gateway": "test", "close_after_minutes": minutes},
    )
    with pytest.raises(InputError) as err:
        read_export(path)
    assert err.value.reason == "import"
    assert "close after" in err.value.message
