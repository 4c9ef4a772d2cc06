"""Merchant profiles: the non-secret part in a JSON file, the two keys in a KeyStore."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from leshua_gui.core import endpoints
from leshua_gui.core.atomic import write_text
from leshua_gui.core.errors import InputError, LeshuaError
from leshua_gui.core.keystore import KEY_KINDS, KeyKind, KeyStore
from leshua_gui.core.validation import merchant_id as check_merchant_id

FILE_FORMAT = "leshua-desk-profiles"
EXPORT_FORMAT = "leshua-desk-profile-export"
VERSION = 1
SANDBOX = "sandbox"
NAMED_GATEWAYS = ("production", "test", SANDBOX)
KeyStorage = Literal["keyring", "session"]


class ProfileFileError(LeshuaError):
    """The profiles file cannot be read; it is left exactly as it is."""

    kind = "profiles"


def _new_id() -> str:
    import uuid  # only when a profile is made

    return uuid.uuid4().hex


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_gateway(gateway: str) -> str:
    """A profile's gateway: production, test, sandbox, or a checked URL."""
    value = gateway.strip()
    if value.lower() in NAMED_GATEWAYS or value.lower() == "legacy":
        return value.lower()
    return endpoints.check_url(value)


def check_name(name: str) -> str:
    value = name.strip()
    if not value or len(value) > 80 or any(ch in value for ch in "\r\n\t"):
        raise InputError("a profile name is 1-80 characters on one line", reason="profile_name")
    return value


@dataclass(frozen=True)
class Profile:
    name: str
    merchant_id: str
    gateway: str
    note: str = ""
    key_storage: KeyStorage = "keyring"
    id: str = field(default_factory=lambda: _new_id())
    created: str = field(default_factory=_now)
    updated: str = field(default_factory=_now)

    @property
    def is_sandbox(self) -> bool:
        return self.gateway == SANDBOX

    def endpoint(self, sandbox_url: str | None = None) -> str:
        """The URL to send to; a sandbox profile needs the running sandbox's URL."""
        if self.is_sandbox:
            if not sandbox_url:
                raise InputError(
                    "this profile uses the sandbox, which is not running", reason="sandbox"
                )
            return sandbox_url
        return endpoints.resolve(self.gateway)

    @property
    def environment(self) -> str:
        if self.gateway in NAMED_GATEWAYS or self.gateway == "legacy":
            return self.gateway
        return endpoints.environment_of(self.gateway)

    def public_dict(self) -> dict[str, str]:
        """What may leave the machine: never a key, nor whether one is set."""
        return {
            "name": self.name,
            "merchant_id": self.merchant_id,
            "gateway": self.gateway,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        storage = data.get("key_storage", "keyring")
        return cls(
            name=check_name(str(data["name"])),
            merchant_id=check_merchant_id(str(data["merchant_id"])),
            gateway=check_gateway(str(data["gateway"])),
            note=str(data.get("note", "")),
            key_storage="session" if storage == "session" else "keyring",
            id=str(data.get("id") or _new_id()),
            created=str(data.get("created") or _now()),
            updated=str(data.get("updated") or _now()),
        )


class ProfileStore:
    """Load-modify-save on every change, so a window and a command line can share the file."""

    def __init__(self, path: Path, keys: KeyStore) -> None:
        self.path = path
        self.keys = keys

    # -- file ------------------------------------------------------------------------------

    def _load(self) -> list[Profile]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") != FILE_FORMAT:
                raise ValueError("not a Leshua Desk profiles file")
            if int(data.get("version", 0)) > VERSION:
                raise ValueError(f"written by a newer version (format {data['version']})")
            return [Profile.from_dict(p) for p in data.get("profiles", [])]
        except (OSError, ValueError, KeyError, TypeError, AttributeError, InputError) as exc:
            detail = exc.message if isinstance(exc, InputError) else str(exc)
            raise ProfileFileError(
                f"The profiles file {self.path} cannot be read ({detail}). It was left untouched; "
                "move it aside to start with no profiles.",
                reason="corrupt",
            ) from None

    def _save(self, profiles: Iterable[Profile]) -> None:
        payload = {
            "format": FILE_FORMAT,
            "version": VERSION,
            "profiles": [asdict(p) for p in sorted(profiles, key=lambda p: p.name.casefold())],
        }
        write_text(self.path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> list[Profile]:
        return sorted(self._load(), key=lambda p: p.name.casefold())

    def find(self, name: str) -> Profile | None:
        wanted = name.strip().casefold()
        return next((p for p in self._load() if p.name.casefold() == wanted), None)

    def get(self, name: str) -> Profile:
        profile = self.find(name)
        if profile is None:
            raise InputError(
                f"there is no profile named {name.strip()!r}", reason="unknown_profile"
            )
        return profile

    def key(self, profile: Profile, kind: KeyKind = "transaction") -> str | None:
        return self.keys.get(profile.id, kind)

    def key_hint(self, profile: Profile, kind: KeyKind) -> str | None:
        """`…XY`: the last two characters, enough to tell keys apart, never more."""
        value = self.key(profile, kind)
        if not value:
            return None
        return "…" + value[-2:] if len(value) >= 8 else "…"

    # -- changing --------------------------------------------------------------------------

    def add(
        self,
        name: str,
        merchant_id: str,
        gateway: str,
        *,
        transaction_key: str,
        notify_key: str | None = None,
        note: str = "",
        key_storage: KeyStorage = "keyring",
    ) -> Profile:
        profiles = self._load()
        name = check_name(name)
        if any(p.name.casefold() == name.casefold() for p in profiles):
            raise InputError(f"a profile named {name!r} already exists", reason="profile_exists")
        if not transaction_key:
            raise InputError("a profile needs its transaction key", reason="key_missing")
        profile = Profile(
            name=name,
            merchant_id=check_merchant_id(merchant_id),
            gateway=check_gateway(gateway),
            note=note.strip(),
            key_storage=key_storage,
        )
        # Keys first: if the keyring refuses, no half-made profile is left behind.
        self.keys.set(profile.id, "transaction", transaction_key)
        if notify_key:
            self.keys.set(profile.id, "notify", notify_key)
        self._save([*profiles, profile])
        return profile

    def update(
        self,
        name: str,
        *,
        new_name: str | None = None,
        merchant_id: str | None = None,
        gateway: str | None = None,
        note: str | None = None,
        transaction_key: str | None = None,
        notify_key: str | None = None,
    ) -> Profile:
        """Change what is given; renaming keeps the keys (they are filed under the profile id)."""
        profiles = self._load()
        old = self.get(name)
        changes: dict[str, Any] = {}
        if new_name is not None and check_name(new_name) != old.name:
            target = check_name(new_name)
            clash = [
                p for p in profiles if p.name.casefold() == target.casefold() and p.id != old.id
            ]
            if clash:
                raise InputError(
                    f"a profile named {target!r} already exists", reason="profile_exists"
                )
            changes["name"] = target
        if merchant_id is not None:
            changes["merchant_id"] = check_merchant_id(merchant_id)
        if gateway is not None:
            changes["gateway"] = check_gateway(gateway)
        if note is not None:
            changes["note"] = note.strip()
        if transaction_key:
            self.keys.set(old.id, "transaction", transaction_key)
        if notify_key:
            self.keys.set(old.id, "notify", notify_key)
        new = replace(old, **changes, updated=_now()) if changes else old
        if changes:
            self._save([new if p.id == old.id else p for p in profiles])
        return new

    def remove(self, name: str) -> None:
        profile = self.get(name)
        self.keys.delete(profile.id)  # keyring first: if it fails, the profile stays
        self._save([p for p in self._load() if p.id != profile.id])

    # -- handing a setup to a colleague ----------------------------------------------------

    def export(self, path: Path, names: Iterable[str] | None = None) -> int:
        chosen = self.list() if names is None else [self.get(n) for n in names]
        payload = {
            "format": EXPORT_FORMAT,
            "version": VERSION,
            "note": "Merchant profiles without keys: importing asks for the keys.",
            "profiles": [p.public_dict() for p in chosen],
        }
        write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return len(chosen)


def read_export(path: Path) -> list[dict[str, str]]:
    """The profiles in an export file, checked; keys are asked for when each is added."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != EXPORT_FORMAT:
            raise ValueError("not a Leshua Desk profile export")
        out = []
        for item in data["profiles"]:
            profile = Profile.from_dict(item)
            out.append(profile.public_dict())
        return out
    except InputError as exc:
        raise InputError(f"{path}: {exc.message}", reason="import") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path} cannot be imported: {exc}", reason="import") from None


__all__ = ["KEY_KINDS", "Profile", "ProfileFileError", "ProfileStore", "read_export"]
