"""The settings file: what each setting accepts is declared once, and a file written by a newer
version of the app is not silently rewritten into this version's shape."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

import pytest

from leshua_gui.core import settings
from leshua_gui.core.settings import ACCEPTED, SCHEMA_VERSION, Settings


def write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def test_every_setting_that_can_be_out_of_range_declares_what_it_accepts() -> None:
    bounded = {f.name for f in fields(Settings) if f.type in ("int", "float")} | {"language"}
    assert set(ACCEPTED) == bounded


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_a_value_outside_the_declared_range_loads_as_the_default(tmp_path: Path, name: str) -> None:
    accepted = ACCEPTED[name]
    outside = "xx_XX" if isinstance(accepted, tuple) else accepted.high + 1
    path = tmp_path / "settings.json"
    write(path, {"schema_version": SCHEMA_VERSION, name: outside})
    assert getattr(settings.load(path), name) == getattr(Settings(), name)


def test_the_longest_history_retention_the_dialog_offers_is_kept_and_one_day_more_is_not(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    write(path, {"schema_version": 1, "history_retention_days": 3650})
    assert settings.load(path).history_retention_days == 3650
    write(path, {"schema_version": 1, "history_retention_days": 3651})
    assert settings.load(path).history_retention_days == 0  # the default: keep everything


def test_a_file_from_this_version_is_read_and_written_back_with_its_schema_version(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    write(path, {"schema_version": 1, "poll_deadline_s": 90, "stray": "x"})
    loaded = settings.load(path)
    assert loaded.poll_deadline_s == 90
    settings.save(path, loaded)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 1
    assert "stray" not in saved  # a key this version does not know is not its own: dropped


def test_a_file_from_a_newer_version_keeps_its_own_keys_and_version_when_saved(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    write(
        path,
        {
            "schema_version": SCHEMA_VERSION + 1,
            "language": "en",
            "poll_deadline_s": 120,
            "theme": {"name": "dark", "contrast": 2},
            "batch_size": 50,
        },
    )
    loaded = settings.load(path)
    assert (loaded.language, loaded.poll_deadline_s) == ("en", 120)  # what it knows, it reads

    settings.save(path, replace(loaded, read_timeout_s=30.0))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION + 1
    assert saved["theme"] == {"name": "dark", "contrast": 2}
    assert saved["batch_size"] == 50
    assert saved["read_timeout_s"] == 30.0
    assert saved["poll_deadline_s"] == 120


@pytest.mark.parametrize("version", ["2", None, 1.5, True])
def test_an_odd_schema_version_is_read_as_this_version(tmp_path: Path, version: object) -> None:
    path = tmp_path / "settings.json"
    write(path, {"schema_version": version, "poll_deadline_s": 90, "theme": "dark"})
    loaded = settings.load(path)
    assert loaded.poll_deadline_s == 90
    settings.save(path, loaded)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION
    assert "theme" not in saved
