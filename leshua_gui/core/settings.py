"""The app's settings, declared once with a type and a default, kept in a versioned JSON file.

What each setting accepts (a numeric range or a list of choices) is declared once here, in
`ACCEPTED`: `Settings.checked()` (so every load and save) and the settings dialog both read it.

The file carries a `schema_version`. A file of this version or without a usable version is read
and written back in this version's shape (keys this version does not know are dropped). A file
written by a newer version of the app is read for the keys this version knows, and when this
version saves, it writes those keys and keeps every other key and the newer `schema_version` as
they were: running an older copy of the app once does not throw away what a newer one stored.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from leshua_gui.core.infra.atomic import write_text

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

N = TypeVar("N", int, float)


@dataclass(frozen=True)
class Span(Generic[N]):
    """The values a numeric setting accepts, both ends included."""

    low: N
    high: N

    def __contains__(self, value: object) -> bool:
        return isinstance(value, (int, float)) and self.low <= value <= self.high


LANGUAGES = ("system", "zh_CN", "zh_TW", "en")
POLL_DEADLINE_S = Span(5, 3600)
CONNECT_TIMEOUT_S = Span(1.0, 60.0)
READ_TIMEOUT_S = Span(1.0, 120.0)
HISTORY_RETENTION_DAYS = Span(0, 3650)  # ten years; 0 keeps everything
WATCH_HOURS = Span(1, 168)  # a week at most (core/watch/schedule.py MAX_HOURS)

#: What each setting accepts, by field name; a value outside it is replaced by the default.
ACCEPTED: Mapping[str, Span[int] | Span[float] | tuple[str, ...]] = {
    "language": LANGUAGES,
    "poll_deadline_s": POLL_DEADLINE_S,
    "connect_timeout_s": CONNECT_TIMEOUT_S,
    "read_timeout_s": READ_TIMEOUT_S,
    "history_retention_days": HISTORY_RETENTION_DAYS,
    "watch_hours": WATCH_HOURS,
}


@dataclass(frozen=True)
class Settings:
    """User settings. Window geometry and similar UI state live in QSettings, not here."""

    language: str = "system"
    keep_polling: bool = True
    poll_deadline_s: int = 60
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 15.0
    ca_bundle: str = ""
    last_profile: str = ""
    history_retention_days: int = 0  # 0 keeps everything
    watch_hours: int = 24  # how long a watched order is asked again before the watch gives up

    def checked(self) -> Settings:
        """The same settings with out-of-range values replaced by their defaults."""
        default = Settings()
        fixes = {
            name: getattr(default, name)
            for name, accepted in ACCEPTED.items()
            if getattr(self, name) not in accepted
        }
        return replace(self, **fixes) if fixes else self


def _coerce(value: Any, kind: type) -> Any:
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise TypeError
    if kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise TypeError
    if kind is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise TypeError
    if isinstance(value, str):
        return value
    raise TypeError


def _read(path: Path) -> dict[str, Any] | None:
    """The file's JSON object, or None when it is missing or not an object; raises OSError or
    ValueError when it cannot be read or parsed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return data if isinstance(data, dict) else None


def _version(data: Mapping[str, Any]) -> int:
    """The file's schema version; a missing or odd one counts as this version's."""
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool):
        return version
    return SCHEMA_VERSION


def load(path: Path) -> Settings:
    """Settings from `path`; a missing, unreadable or odd file gives defaults, never a crash."""
    try:
        data = _read(path)
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s): using defaults", path, exc)
        return Settings()
    if data is None:
        return Settings()
    if _version(data) > SCHEMA_VERSION:
        log.info(
            "settings file %s is from a newer version (schema %d): its other settings are kept",
            path,
            _version(data),
        )
    values: dict[str, Any] = {}
    types = {"str": str, "bool": bool, "int": int, "float": float}
    for f in fields(Settings):
        if f.name in data:
            try:
                values[f.name] = _coerce(data[f.name], types[str(f.type)])
            except TypeError:
                log.warning("setting %s has a value of the wrong type: default used", f.name)
    return Settings(**values).checked()


def save(path: Path, settings: Settings) -> None:
    """Write `settings`; over a newer version's file, its other keys and version are kept."""
    payload: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    try:
        existing = _read(path)
    except (OSError, ValueError):
        existing = None  # written over, as before
    if existing is not None and _version(existing) > SCHEMA_VERSION:
        payload = dict(existing)
    payload.update(asdict(settings.checked()))
    write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
