"""Merchant profiles: the non-secret part in a JSON file, the two keys in a KeyStore.

Every change is all-or-nothing: keys are written first, then the file; if either step fails,
what was already done is put back, and the error says so.
"""

from __future__ import annotations

import builtins
import json
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypedDict

from leshua_gui.core.errors import InputError, LeshuaError
from leshua_gui.core.gateway import endpoints
from leshua_gui.core.infra.atomic import write_text
from leshua_gui.core.profiles.close_settings import (
    CLOSE_AFTER_DEFAULT,
    check_allow_close,
    check_close_after,
)
from leshua_gui.core.profiles.keystore import KEY_KINDS, KeyKind, KeyStore
from leshua_gui.core.protocol.validation import check_merchant_id

FILE_FORMAT = "leshua-desk-profiles"
EXPORT_FORMAT = "leshua-desk-profile-export"
VERSION = 1
SANDBOX = "sandbox"
NAMED_GATEWAYS = ("production", "test", SANDBOX)
NAME_MAX = 80
NOTE_MAX = 2000
KeyStorage = Literal["keyring", "session"]

#: control (C0, DEL, C1), format (bidi overrides and isolates, zero-width, BOM...), surrogates,
#: line and paragraph separators: none of them may be in a name; they hide or reorder text
_NAME_REFUSED = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)
)


class ProfileFileError(LeshuaError):
    """The profiles file cannot be read or written; it is left exactly as it is."""

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


def _refused_in_name(ch: str) -> bool:
    return unicodedata.category(ch) in _NAME_REFUSED


def _refused_in_note(ch: str) -> bool:
    if ch in "\t\n":
        return False
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI_CONTROLS


def _visible(text: str, refused: Any) -> str:
    """`text` with each refused character shown as <U+XXXX>, so it can neither hide nor reorder."""
    return "".join(f"<U+{ord(ch):04X}>" if refused(ch) else ch for ch in text)


def name_key(name: str) -> str:
    """What makes two names the same name: compatibility-normalised, case-folded.

    "Café" typed composed or decomposed, "ＳＨＯＰ" (full width) and "shop" are one name.
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name.strip()).casefold())
    return folded.strip()


def check_name(name: str) -> str:
    """A profile name, NFC-normalised; control, bidi and invisible characters are refused."""
    value = unicodedata.normalize("NFC", name).strip()
    if not value or len(value) > NAME_MAX or any(ch in value for ch in "\r\n\t"):
        raise InputError(
            f"a profile name is 1-{NAME_MAX} characters on one line", reason="profile_name"
        )
    bad = sorted({f"U+{ord(ch):04X}" for ch in value if _refused_in_name(ch)})
    if bad:
        raise InputError(
            "a profile name cannot contain control, direction-changing or invisible characters "
            f"(found {', '.join(bad)})",
            reason="profile_name_chars",
        )
    return value


def check_note(note: str) -> str:
    value = note.strip()
    if len(value) > NOTE_MAX:
        raise InputError(
            f"a note is at most {NOTE_MAX} characters (this one has {len(value)})",
            reason="profile_note",
        )
    bad = sorted({f"U+{ord(ch):04X}" for ch in value if _refused_in_note(ch)})
    if bad:
        raise InputError(
            "a note cannot contain control or direction-changing characters "
            f"(found {', '.join(bad)})",
            reason="profile_note",
        )
    return value


_JSON_TYPES = {list: "a list", dict: "an object", bool: "true/false", int: "a number",
               float: "a number", type(None): "null"}  # fmt: skip


def _text(data: dict[str, Any], name: str, *, required: bool = True) -> str:
    if name not in data:
        if required:
            raise InputError(f"{name!r} is missing", reason="profile_field")
        return ""
    value = data[name]
    if not isinstance(value, str):
        kind = _JSON_TYPES.get(type(value), type(value).__name__)
        raise InputError(f"{name!r} must be text, not {kind}", reason="profile_field")
    return value


class PublicProfile(TypedDict):
    """A profile as it may leave the machine (an export): no key, and closing never allowed."""

    name: str
    merchant_id: str
    gateway: str
    note: str
    close_after_minutes: int


@dataclass(frozen=True)
class Profile:
    name: str
    merchant_id: str
    gateway: str
    note: str = ""
    key_storage: KeyStorage = "keyring"
    #: whether orders of this merchant may be closed at the gateway (the owner allows it here)
    allow_close: bool = False
    #: minutes a watched order may stay unpaid before the user is told it is stale (0: never)
    close_after_minutes: int = CLOSE_AFTER_DEFAULT
    id: str = field(default_factory=lambda: _new_id())
    created: str = field(default_factory=_now)
    updated: str = field(default_factory=_now)

    @property
    def is_sandbox(self) -> bool:
        return self.gateway == SANDBOX

    def endpoint(self) -> str:
        """The URL to send to; a sandbox profile's is the running sandbox's (the services')."""
        if self.is_sandbox:
            raise InputError(
                "this profile uses the sandbox, which is not running", reason="sandbox"
            )
        return endpoints.resolve(self.gateway)

    @property
    def environment(self) -> str:
        if self.gateway in NAMED_GATEWAYS or self.gateway == "legacy":
            return self.gateway
        return endpoints.environment_of(self.gateway)

    def public_dict(self) -> PublicProfile:
        """What may leave the machine: never a key, nor whether one is set, nor `allow_close`
        (closing is allowed by the owner of each machine, never by a file from elsewhere)."""
        return {
            "name": self.name,
            "merchant_id": self.merchant_id,
            "gateway": self.gateway,
            "note": self.note,
            "close_after_minutes": self.close_after_minutes,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, strict: bool = True) -> Profile:
        """A profile from JSON. Strict (an import): every rule of a new profile applies.

        Not strict (the profiles file): a name or note written before the character rules is
        kept, with each refused character shown as <U+XXXX>, so an old file still opens and
        such a name can neither hide nor reorder text when printed.

        `allow_close` is read from the profiles file only: an import always starts with
        closing off, whatever its file says. A file written before the closing settings reads
        as closing off and `close_after_minutes` 30.
        """
        if not isinstance(data, dict):
            kind = _JSON_TYPES.get(type(data), type(data).__name__)
            raise InputError(f"a profile must be an object, not {kind}", reason="profile_field")
        storage = data.get("key_storage", "keyring")
        name, note = _text(data, "name"), _text(data, "note", required=False)
        if strict:
            name, note = check_name(name), check_note(note)
        else:
            name = _visible(unicodedata.normalize("NFC", name), _refused_in_name).strip()
            note = _visible(note, _refused_in_note)
            if not name:
                raise InputError("a profile has no name", reason="profile_name")
        allow_close = False if strict else check_allow_close(data.get("allow_close", False))
        return cls(
            name=name,
            merchant_id=check_merchant_id(_text(data, "merchant_id")),
            gateway=check_gateway(_text(data, "gateway")),
            note=note,
            key_storage="session" if storage == "session" else "keyring",
            allow_close=allow_close,
            close_after_minutes=check_close_after(
                data.get("close_after_minutes", CLOSE_AFTER_DEFAULT)
            ),
            id=_text(data, "id", required=False) or _new_id(),
            created=_text(data, "created", required=False) or _now(),
            updated=_text(data, "updated", required=False) or _now(),
        )


@dataclass(frozen=True)
class NewProfile:
    """One profile to add, with its keys (see ProfileStore.add_many)."""

    name: str
    merchant_id: str
    gateway: str
    transaction_key: str
    notify_key: str | None = None
    note: str = ""
    key_storage: KeyStorage = "keyring"
    allow_close: bool = False
    close_after_minutes: int = CLOSE_AFTER_DEFAULT


def _with_note(exc: BaseException, note: str) -> None:
    if isinstance(exc, LeshuaError):
        exc.message = f"{exc.message} {note}"
        exc.args = (exc.message,)


class _KeyChanges:
    """The key writes of one change, put back in reverse order if the change fails."""

    def __init__(self, keys: KeyStore) -> None:
        self.keys = keys
        self._undo: list[tuple[str, KeyKind, str | None]] = []
        self._new_ids: list[str] = []

    def set_new(self, profile_id: str, kind: KeyKind, value: str) -> None:
        """A key of a profile made by this change (its id is fresh: nothing to read first)."""
        if profile_id not in self._new_ids:
            self._new_ids.append(profile_id)
        set_fresh = getattr(self.keys, "set_fresh", None)  # skips a keyring read when it can
        if set_fresh is not None:
            set_fresh(profile_id, kind, value)
        else:
            self.keys.set(profile_id, kind, value)

    def set(self, profile_id: str, kind: KeyKind, value: str) -> None:
        old = self.keys.get(profile_id, kind)
        if old == value:
            return
        self._undo.append((profile_id, kind, old))
        self.keys.set(profile_id, kind, value)

    def delete_all(self, profile_id: str) -> None:
        old = {kind: self.keys.get(profile_id, kind) for kind in KEY_KINDS}
        for kind, value in old.items():
            if value is not None:
                self._undo.append((profile_id, kind, value))
        self.keys.delete(profile_id)

    def rollback(self) -> list[str]:
        """Undo everything; what could not be undone, in words (never a key)."""
        problems: list[str] = []
        for profile_id, kind, old in reversed(self._undo):
            try:
                current = self.keys.get(profile_id, kind)
                if current == old:
                    continue
                if old is not None:
                    self.keys.set(profile_id, kind, old)
                else:
                    self._delete_one(profile_id, kind)
            except LeshuaError as exc:
                problems.append(f"the previous {kind} key could not be put back ({exc.message})")
        for profile_id in self._new_ids:
            try:
                self.keys.delete(profile_id)
            except LeshuaError as exc:
                problems.append(f"a new key could not be taken out again ({exc.message})")
        self._undo.clear()
        self._new_ids.clear()
        return problems

    def _delete_one(self, profile_id: str, kind: KeyKind) -> None:
        delete_key = getattr(self.keys, "delete_key", None)
        if delete_key is not None:
            delete_key(profile_id, kind)
            return
        others = {k: self.keys.get(profile_id, k) for k in KEY_KINDS if k != kind}
        self.keys.delete(profile_id)
        for other, value in others.items():
            if value is not None:
                self.keys.set(profile_id, other, value)


#: The settings ProfileStore.update checks on their own (a name and a note need more).
_UPDATE_CHECKS: dict[str, Callable[[Any], Any]] = {
    "merchant_id": check_merchant_id,
    "gateway": check_gateway,
    "allow_close": check_allow_close,
    "close_after_minutes": check_close_after,
}


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
            if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
                raise ValueError("not a Leshua Desk profiles file")
            if int(data.get("version", 0)) > VERSION:
                raise ValueError(f"written by a newer version (format {data['version']})")
            items = data.get("profiles", [])
            if not isinstance(items, list):
                raise ValueError("'profiles' is not a list")
            profiles = [Profile.from_dict(p, strict=False) for p in items]
        except RecursionError:
            detail = "nested too deeply"
        except (OSError, ValueError, KeyError, TypeError, AttributeError, InputError) as exc:
            detail = exc.message if isinstance(exc, InputError) else str(exc)
        else:
            return self._distinct(profiles)
        raise ProfileFileError(
            f"The profiles file {self.path} cannot be read ({detail}). It was left untouched; "
            "move it aside to start with no profiles.",
            reason="corrupt",
        )

    @staticmethod
    def _distinct(profiles: list[Profile]) -> list[Profile]:
        """Names written before normalisation may now be one name: the later ones get (2)..."""
        seen: set[str] = set()
        out = []
        for p in profiles:
            name, n = p.name, 1
            while name_key(name) in seen:
                n += 1
                name = f"{p.name} ({n})"
            seen.add(name_key(name))
            out.append(p if name == p.name else replace(p, name=name))
        return out

    def _save(self, profiles: Iterable[Profile]) -> None:
        payload = {
            "format": FILE_FORMAT,
            "version": VERSION,
            "profiles": [asdict(p) for p in sorted(profiles, key=lambda p: p.name.casefold())],
        }
        try:
            write_text(self.path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            raise ProfileFileError(
                f"The profiles file {self.path} could not be written "
                f"({exc.strerror or exc}). Nothing was changed.",
                reason="unwritable",
            ) from None

    def _commit(self, changes: _KeyChanges, work: Any) -> Any:
        """Run `work` (key writes, then the file); on any failure undo the key writes."""
        try:
            return work()
        except BaseException as exc:
            problems = changes.rollback()
            if problems:
                _with_note(exc, "Also: " + "; ".join(problems) + ".")
            raise

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> list[Profile]:
        return sorted(self._load(), key=lambda p: p.name.casefold())

    def find(self, name: str) -> Profile | None:
        wanted = name_key(name)
        return next((p for p in self._load() if name_key(p.name) == wanted), None)

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
        allow_close: bool = False,
        close_after_minutes: int = CLOSE_AFTER_DEFAULT,
    ) -> Profile:
        spec = NewProfile(
            name,
            merchant_id,
            gateway,
            transaction_key,
            notify_key,
            note,
            key_storage,
            allow_close=allow_close,
            close_after_minutes=close_after_minutes,
        )
        return self.add_many([spec], name_each=False)[0]

    def add_many(
        self,
        specs: Sequence[NewProfile],
        *,
        name_each: bool = True,
        progress: Callable[[int, int], None] | None = None,
    ) -> builtins.list[Profile]:
        """Add several profiles at once: all checked first, keys stored, the file written once.

        All or nothing: if a key or the file cannot be written, no new key and no new profile
        is left behind. `name_each` puts the profile's name in the messages (an import);
        `progress(done, total)` is called after each profile's keys are stored.
        """
        existing = self._load()
        if not specs:
            return []
        taken = {name_key(p.name): p.name for p in existing}
        made: list[tuple[Profile, NewProfile]] = []
        for spec in specs:
            try:
                name = check_name(spec.name)
                if name_key(name) in taken:
                    raise InputError(_exists(name, taken[name_key(name)]), reason="profile_exists")
                if not spec.transaction_key:
                    raise InputError("a profile needs its transaction key", reason="key_missing")
                profile = Profile(
                    name=name,
                    merchant_id=check_merchant_id(spec.merchant_id),
                    gateway=check_gateway(spec.gateway),
                    note=check_note(spec.note),
                    key_storage=spec.key_storage,
                    allow_close=check_allow_close(spec.allow_close),
                    close_after_minutes=check_close_after(spec.close_after_minutes),
                )
            except InputError as exc:
                if not name_each:
                    raise
                raise InputError(
                    f"{spec.name.strip()!r}: {exc.message}", reason=exc.reason
                ) from None
            taken[name_key(name)] = name
            made.append((profile, spec))
        changes = _KeyChanges(self.keys)

        def work() -> list[Profile]:
            # Keys first: if the keyring refuses, no half-made profile is left behind.
            for done, (profile, spec) in enumerate(made, 1):
                changes.set_new(profile.id, "transaction", spec.transaction_key)
                if spec.notify_key:
                    changes.set_new(profile.id, "notify", spec.notify_key)
                if progress is not None:
                    progress(done, len(made))
            self._save([*existing, *(p for p, _ in made)])
            return [p for p, _ in made]

        result: list[Profile] = self._commit(changes, work)
        return result

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
        allow_close: bool | None = None,
        close_after_minutes: int | None = None,
    ) -> Profile:
        """Change what is given; renaming keeps the keys (they are filed under the profile id)."""
        profiles = self._load()
        wanted = name_key(name)
        old = next((p for p in profiles if name_key(p.name) == wanted), None)
        if old is None:
            raise InputError(
                f"there is no profile named {name.strip()!r}", reason="unknown_profile"
            )
        changes: dict[str, Any] = {}
        if new_name is not None and unicodedata.normalize("NFC", new_name).strip() != old.name:
            target = check_name(new_name)
            clash = [p for p in profiles if name_key(p.name) == name_key(target) and p.id != old.id]
            if clash:
                raise InputError(_exists(target, clash[0].name), reason="profile_exists")
            changes["name"] = target
        given = {"merchant_id": merchant_id, "gateway": gateway, "allow_close": allow_close,
                 "close_after_minutes": close_after_minutes}  # fmt: skip
        changes.update({k: _UPDATE_CHECKS[k](v) for k, v in given.items() if v is not None})
        if note is not None and note.strip() != old.note:  # an old note is kept as it was read
            changes["note"] = check_note(note)
        changes = {k: v for k, v in changes.items() if getattr(old, k) != v}
        new = replace(old, **changes, updated=_now()) if changes else old
        keys = _KeyChanges(self.keys)

        def work() -> Profile:
            if transaction_key:
                keys.set(old.id, "transaction", transaction_key)
            if notify_key:
                keys.set(old.id, "notify", notify_key)
            if changes:
                self._save([new if p.id == old.id else p for p in profiles])
            return new

        result: Profile = self._commit(keys, work)
        return result

    def remove(self, name: str) -> None:
        profiles = self._load()
        wanted = name_key(name)
        profile = next((p for p in profiles if name_key(p.name) == wanted), None)
        if profile is None:
            raise InputError(
                f"there is no profile named {name.strip()!r}", reason="unknown_profile"
            )
        keys = _KeyChanges(self.keys)

        def work() -> None:
            keys.delete_all(profile.id)  # keyring first: if it fails, the profile stays
            self._save([p for p in profiles if p.id != profile.id])

        self._commit(keys, work)

    # -- handing a setup to a colleague ----------------------------------------------------

    def export(self, path: Path, names: Iterable[str] | None = None) -> int:
        """Write the chosen profiles (all by default) without keys and without `allow_close`:
        the one who imports them decides on their own machine whether orders may be closed."""
        chosen = self.list() if names is None else [self.get(n) for n in names]
        payload = {
            "format": EXPORT_FORMAT,
            "version": VERSION,
            "note": "Merchant profiles without keys: importing asks for the keys.",
            "profiles": [p.public_dict() for p in chosen],
        }
        write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return len(chosen)


def read_export(path: Path) -> list[PublicProfile]:
    """The profiles in an export file, checked; keys are asked for when each is added.

    Every text field must be text (a list or number is refused, never turned into a string),
    names follow the rules of a new profile, a note is at most NOTE_MAX characters, and
    `close_after_minutes` is a number of minutes in its range (30 when the file has none). An
    `allow_close` in the file is ignored: an imported profile starts with closing off, until
    the owner of this machine allows it.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise ValueError("not a Leshua Desk profile export")
        items = data.get("profiles")
        if not isinstance(items, list):
            raise ValueError("'profiles' is not a list")
        out = []
        for i, item in enumerate(items, 1):
            try:
                out.append(Profile.from_dict(item).public_dict())
            except InputError as exc:
                raise InputError(f"{path}: profile {i}: {exc.message}", reason="import") from None
        return out
    except RecursionError:
        raise InputError(f"{path} cannot be imported: nested too deeply", reason="import") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path} cannot be imported: {exc}", reason="import") from None


__all__ = [
    "KEY_KINDS",
    "NAME_MAX",
    "NOTE_MAX",
    "NewProfile",
    "Profile",
    "ProfileFileError",
    "ProfileStore",
    "PublicProfile",
    "check_name",
    "check_note",
    "name_key",
    "read_export",
]


def _exists(asked: str, existing: str) -> str:
    """A name taken already, by the profile that has it (a look-alike counts as the same)."""
    if asked == existing:
        return f"a profile named {asked!r} already exists"
    return f"a profile named {existing!r} already exists ({asked!r} counts as the same name)"
