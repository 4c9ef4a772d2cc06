"""The OS keyrings by the names people know them by, in zh_CN, zh_TW and en (the backend's class
path is for the About box and the logs)."""

from __future__ import annotations

from leshua_gui.core.text.labels import Lang, Text, pick

BACKENDS: dict[str, Text] = {
    "keyring.backends.SecretService.Keyring": (
        "Secret Service（GNOME 钥匙串等）",
        "Secret Service（GNOME 鑰匙圈等）",
        "Secret Service (GNOME Keyring and others)",
    ),
    "keyring.backends.libsecret.Keyring": (
        "Secret Service（libsecret）",
        "Secret Service（libsecret）",
        "Secret Service (libsecret)",
    ),
    "keyring.backends.kwallet.DBusKeyring": ("KDE 钱包", "KDE 錢包", "KDE Wallet"),
    "keyring.backends.macOS.Keyring": ("macOS 钥匙串", "macOS 鑰匙圈", "macOS Keychain"),
    "keyring.backends.Windows.WinVaultKeyring": (
        "Windows 凭据管理器",
        "Windows 認證管理員",
        "Windows Credential Manager",
    ),
}


def backend_name(class_path: str, lang: Lang) -> str:
    """A keyring backend as people know it; one not listed here, by its module and class."""
    text = BACKENDS.get(class_path)
    if text is not None:
        return pick(text, lang)
    return ".".join(class_path.split(".")[-2:])
