"""Merchant keys in the operating system's keyring, and nowhere else.

A keyring backend that cannot keep a secret safely (fail, null, the plaintext file backends of
keyrings.alt) is refused with a message that says which backend was found and what to do. The
session-only store is the explicit alternative: keys held in memory for this run only.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from leshua_gui import APP_ID
from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.infra import redact

if TYPE_CHECKING:  # keyring loads on first use: finding its backends is slow at start-up
    import keyring.backend

SERVICE = APP_ID
KeyKind = Literal["transaction", "notify"]
KEY_KINDS: tuple[KeyKind, ...] = ("transaction", "notify")

#: problem code -> what it means (front ends say it in their own words, keyed by the code)
PROBLEMS = {
    "none": "it stores nothing (no keyring was found)",
    "discards": "it silently discards every secret",
    "plaintext": "it keeps secrets in a file on disk that other programs can read",
    "broken": "the keyring could not be loaded",
}
_UNSAFE_CLASSES = {
    "keyring.backends.fail.Keyring": "none",
    "keyring.backends.null.Keyring": "discards",
}


class KeyringUnavailable(LeshuaError):
    """The keyring cannot be used now: unsafe backend, locked, access denied or failing."""

    kind = "keyring"


def _active_backend() -> keyring.backend.KeyringBackend:
    import keyring

    return keyring.get_keyring()


def backend_name(backend: keyring.backend.KeyringBackend | None = None) -> str:
    backend = backend or _active_backend()
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _problem(backend: keyring.backend.KeyringBackend) -> str | None:
    """The problem code of an unsafe backend, or None for a safe one."""
    name = backend_name(backend)
    if name in _UNSAFE_CLASSES:
        return _UNSAFE_CLASSES[name]
    if name.startswith("keyrings.alt") or "plaintext" in name.lower():
        return "plaintext"
    children = getattr(backend, "backends", None)
    if children is not None:  # the chainer is as safe as the backends it chains
        if not children:
            return "none"
        return next((p for p in map(_problem, children) if p), None)
    return None


def fix_advice() -> str:
    if sys.platform.startswith("linux"):
        return (
            "Install and unlock a Secret Service keyring such as GNOME Keyring or KWallet "
            "(Debian/Ubuntu: sudo apt install gnome-keyring). On a headless machine, run inside "
            "a D-Bus session with a keyring daemon: dbus-run-session -- sh -c "
            '"gnome-keyring-daemon --unlock --components=secrets && leshua-gui" '
            "(the daemon reads the keyring's password from standard input). "
            "Or use session-only keys, asked again at each start."
        )
    if sys.platform == "darwin":
        return "Allow access to the macOS Keychain when asked, or use session-only keys."
    return "Check that Windows Credential Manager is available, or use session-only keys."


def _safe_child(backend: keyring.backend.KeyringBackend) -> str | None:
    """In a chainer refused for an unsafe member, the name of a safe backend it also chains."""
    children = getattr(backend, "backends", None) or []
    return next((backend_name(c) for c in children if _problem(c) is None), None)


def _keyringrc_path() -> str:
    try:
        from keyring.util import platform_

        return str(platform_.config_root()) + "/keyringrc.cfg"
    except Exception:  # an odd platform: the name of the file is still right
        return "keyringrc.cfg in keyring's configuration folder"


def pick_advice(safe: str, unsafe: str) -> str:
    """What to do when a safe keyring is present but chained with an unsafe one."""
    return (
        f"A safe keyring ({safe}) is available, but keyring chains it with {unsafe}. "
        f"Pick the safe one explicitly: run with PYTHON_KEYRING_BACKEND={safe} in the "
        f'environment, or write "[backend]" and "default-keyring={safe}" on two lines to '
        f"{_keyringrc_path()}; or uninstall the package that provides {unsafe} "
        "(for keyrings.alt: pip uninstall keyrings.alt). Or use session-only keys."
    )


@dataclass(frozen=True)
class BackendStatus:
    name: str
    safe: bool
    reason: str | None
    #: none, discards, plaintext or broken (see PROBLEMS); None when safe
    problem: str | None = None
    #: a safe backend chained with the unsafe one: pick it explicitly (see pick_advice)
    safe_alternative: str | None = None
    #: the unsafe backend in the chain, when the refused backend is a chainer
    unsafe_member: str | None = None

    def advice(self) -> str:
        if self.safe_alternative:
            return pick_advice(self.safe_alternative, self.unsafe_member or self.name)
        return fix_advice()

    def message(self) -> str:
        if self.safe:
            return f"keys are kept in {self.name}"
        return (
            f"The keyring backend found is {self.name}, which cannot keep keys safely: "
            f"{self.reason}. {self.advice()}"
        )


def check_backend(backend: keyring.backend.KeyringBackend | None = None) -> BackendStatus:
    """Whether the active keyring backend may hold merchant keys."""
    try:
        backend = backend or _active_backend()
    except Exception as exc:  # a broken keyring configuration
        return BackendStatus("unknown", False, f"{PROBLEMS['broken']} ({exc})", "broken")
    problem = _problem(backend)
    reason = PROBLEMS[problem] if problem else None
    safe = _safe_child(backend) if problem else None
    unsafe = None
    if safe:
        children = getattr(backend, "backends", None) or []
        unsafe = next((backend_name(c) for c in children if _problem(c)), None)
    return BackendStatus(backend_name(backend), problem is None, reason, problem, safe, unsafe)


class KeyStore(Protocol):
    """Where a profile's two keys live. Errors are KeyringUnavailable, never lost data."""

    @property
    def description(self) -> str: ...

    def get(self, profile_id: str, kind: KeyKind) -> str | None: ...

    def set(self, profile_id: str, kind: KeyKind, value: str) -> None: ...

    def delete(self, profile_id: str) -> None: ...


def _username(profile_id: str, kind: KeyKind) -> str:
    return f"{profile_id}/{kind}-key"


class OsKeyStore:
    """The OS keyring through the `keyring` package: one service name, a user per profile key."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        status = check_backend(backend)
        if not status.safe:
            raise KeyringUnavailable(status.message(), reason="unsafe_backend")
        self._backend = backend or _active_backend()
        self.description = status.name

    def _fail(self, action: str, exc: Exception) -> KeyringUnavailable:
        import keyring.errors

        if isinstance(exc, keyring.errors.KeyringLocked):
            text, reason = "the keyring is locked: unlock it and try again", "locked"
        elif isinstance(exc, keyring.errors.InitError):
            text, reason = f"the keyring could not be opened ({exc})", "init"
        else:
            text, reason = f"the keyring refused to {action} ({type(exc).__name__}: {exc})", "error"
        return KeyringUnavailable(
            redact.scrub(f"Could not {action} a key in {self.description}: {text}."), reason=reason
        )

    def get(self, profile_id: str, kind: KeyKind) -> str | None:
        try:
            value = self._backend.get_password(SERVICE, _username(profile_id, kind))
        except Exception as exc:  # locked, denied, D-Bus gone...: say so, change nothing
            raise self._fail("read", exc) from None
        if value:
            redact.register_secret(value)
        return value or None

    def set(self, profile_id: str, kind: KeyKind, value: str) -> None:
        if self.get(profile_id, kind) == value:
            return  # unchanged: do not touch the keyring (no prompt, no rewrite)
        redact.register_secret(value)
        try:
            self._backend.set_password(SERVICE, _username(profile_id, kind), value)
        except Exception as exc:
            raise self._fail("store", exc) from None

    def set_fresh(self, profile_id: str, kind: KeyKind, value: str) -> None:
        """A key of a profile just made: nothing to compare with, so no read first."""
        redact.register_secret(value)
        try:
            self._backend.set_password(SERVICE, _username(profile_id, kind), value)
        except Exception as exc:
            raise self._fail("store", exc) from None

    def delete(self, profile_id: str) -> None:
        for kind in KEY_KINDS:
            try:
                if self._backend.get_password(SERVICE, _username(profile_id, kind)) is None:
                    continue  # never set, or already gone
                # A PasswordDeleteError here is a refusal (a denied prompt), not "already gone".
                self._backend.delete_password(SERVICE, _username(profile_id, kind))
            except Exception as exc:
                raise self._fail("delete", exc) from None

    def delete_key(self, profile_id: str, kind: KeyKind) -> None:
        """One of a profile's keys (putting a change back)."""
        try:
            if self._backend.get_password(SERVICE, _username(profile_id, kind)) is not None:
                self._backend.delete_password(SERVICE, _username(profile_id, kind))
        except Exception as exc:
            raise self._fail("delete", exc) from None


class SessionKeyStore:
    """Keys held in memory for this run only; asked again next time. Never written anywhere."""

    description = "session memory (keys are asked again at the next start)"

    def __init__(self) -> None:
        self._keys: dict[tuple[str, KeyKind], str] = {}
        self._lock = threading.Lock()

    def get(self, profile_id: str, kind: KeyKind) -> str | None:
        with self._lock:
            return self._keys.get((profile_id, kind))

    def set(self, profile_id: str, kind: KeyKind, value: str) -> None:
        redact.register_secret(value)
        with self._lock:
            self._keys[(profile_id, kind)] = value

    def delete(self, profile_id: str) -> None:
        with self._lock:
            for kind in KEY_KINDS:
                self._keys.pop((profile_id, kind), None)

    def delete_key(self, profile_id: str, kind: KeyKind) -> None:
        with self._lock:
            self._keys.pop((profile_id, kind), None)


class UnavailableKeyStore:
    """Stands in when the keyring cannot be used: profiles still list, keys raise the reason."""

    description = "unavailable"

    def __init__(self, error: KeyringUnavailable) -> None:
        self.error = error

    # The KeyStore interface, every call refused with the reason the keyring cannot be used.
    def get(self, profile_id: str, kind: KeyKind) -> str | None:  # noqa: ARG002
        raise self.error

    def set(self, profile_id: str, kind: KeyKind, value: str) -> None:  # noqa: ARG002
        raise self.error

    def delete(self, profile_id: str) -> None:  # noqa: ARG002
        raise self.error


def open_keystore() -> OsKeyStore | UnavailableKeyStore:
    """The OS keyring when it is safe, else a stand-in that explains why keys cannot be kept."""
    try:
        return OsKeyStore()
    except KeyringUnavailable as exc:
        return UnavailableKeyStore(exc)
