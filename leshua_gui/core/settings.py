"""The app's settings, declared once with a type and a default, kept in a versioned JSON file."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from leshua_gui.core.infra.atomic import write_text

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
LANGUAGES = ("system", "zh_CN", "en")


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

    def checked(self) -> Settings:
        """The same settings with out-of-range values replaced by their defaults."""
        default = Settings()
        fixes: dict[str, Any] = {}
        if self.language not in LANGUAGES:
            fixes["language"] = default.language
        if not 5 <= self.poll_deadline_s <= 3600:
            fixes["poll_deadline_s"] = default.poll_deadline_s
        if not 1 <= self.connect_timeout_s <= 60:
            fixes["connect_timeout_s"] = default.connect_timeout_s
        if not 1 <= self.read_timeout_s <= 120:
            fixes["read_timeout_s"] = default.read_timeout_s
        if self.history_retention_days < 0:
            fixes["history_retention_days"] = 0
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


def load(path: Path) -> Settings:
    """Settings from `path`; a missing, unreadable or odd file gives defaults, never a crash."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s): using defaults", path, exc)
        return Settings()
    if not isinstance(data, dict):
        return Settings()
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
    payload = {"schema_version": SCHEMA_VERSION, **asdict(settings.checked())}
    write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
