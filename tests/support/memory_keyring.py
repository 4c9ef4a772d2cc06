"""A keyring in a dict, a real KeyringBackend standing in for the OS keyring in tests."""

from __future__ import annotations

import keyring.backend
import keyring.errors
from jaraco.classes import properties


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict that counts writes; `fail_*` make one operation raise."""

    viable = False  # keyring's own discovery must never pick a test backend

    @properties.classproperty
    def priority(cls) -> float:
        return 1.0

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.set_calls = 0
        self.delete_calls = 0
        self.fail_get: Exception | None = None
        self.fail_set: Exception | None = None
        self.fail_delete: Exception | None = None

    def get_password(self, service: str, username: str) -> str | None:
        if self.fail_get is not None:
            raise self.fail_get
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail_set is not None:
            raise self.fail_set
        self.set_calls += 1
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.fail_delete is not None:
            raise self.fail_delete
        self.delete_calls += 1
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("No such password!")
        del self.entries[(service, username)]

    def values(self) -> set[str]:
        return set(self.entries.values())
