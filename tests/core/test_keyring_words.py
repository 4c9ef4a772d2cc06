"""Keyrings are named as people know them, in each language; the class path stays for support."""

from __future__ import annotations

import pytest

from leshua_gui.core.text.keyring_words import backend_name


@pytest.mark.parametrize(
    ("backend", "lang", "name"),
    [
        (
            "keyring.backends.SecretService.Keyring",
            "en",
            "Secret Service (GNOME Keyring and others)",
        ),
        ("keyring.backends.Windows.WinVaultKeyring", "zh_CN", "Windows 凭据管理器"),
        ("keyring.backends.macOS.Keyring", "zh_TW", "macOS 鑰匙圈"),
        ("tests.support.memory_keyring.MemoryKeyring", "zh_CN", "memory_keyring.MemoryKeyring"),
    ],
)
def test_backend_names(backend: str, lang: str, name: str) -> None:
    assert backend_name(backend, lang) == name  # type: ignore[arg-type]
