"""A keyring in a dict, a real KeyringBackend standing in for the OS keyring in tests."""

from __future__ import annotations

from collections.abc import Callable

import keyring.backend
import keyring.errors
from jaraco.classes import properties


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict that counts calls; `fail_*` make one operation raise.

    `fail_when(operation, username)` may return an exception to raise for that one call
    (operation: get, set or delete), to fail half-way through a change.
    """

    viable = False  # keyring's own discovery must never pick a test backend

    @properties.classproperty
    def priority(cls) -> float:
        return 1.0

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.get_calls = 0
        self.set_calls = 0
        self.delete_calls = 0
        self.fail_when: Callable[[str, str], Exception | None] | None = None
        self.fail_get: Exception | None = None
        self.fail_set: Exception | None = None
        self.fail_delete: Exception | None = None

    def _maybe_fail(self, operation: str, username: str) -> None:
        failure = self.fail_when(operation, username) if self.fail_when else None
        if failure is not None:
            raise failure

    def get_password(self, service: str, username: str) -> str | None:
        self.get_calls += 1
        if self.fail_get is not None:
            raise self.fail_get
        self._maybe_fail("get", username)
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail_set is not None:
            raise self.fail_set
        self._maybe_fail("set", username)
        self.set_calls += 1
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.fail_delete is not None:
            raise self.fail_delete
        self._maybe_fail("delete", username)
        self.delete_calls += 1
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("No such password!")
        del self.entries[(service, username)]

    def values(self) -> set[str]:
        return set(self.entries.values())
