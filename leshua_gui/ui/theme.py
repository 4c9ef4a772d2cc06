"""Colours for the state and verification badges that read well on light and dark palettes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Tone:
    fg: str
    bg: str


# (light, dark) per tone
_TONES = {
    "good": (Tone("#0B6B2E", "#DDF5E4"), Tone("#8BE0A4", "#12361F")),
    "wait": (Tone("#8A5A00", "#FFF1CC"), Tone("#FFD27A", "#3D2E0A")),
    "bad": (Tone("#A8201A", "#FCE1DF"), Tone("#FF9C94", "#4A1714")),
    "info": (Tone("#1E4FA3", "#E0EBFF"), Tone("#9CC0FF", "#15284A")),
    "muted": (Tone("#555B66", "#ECEEF1"), Tone("#B6BCC6", "#2C3038")),
}

STATE_TONES = {"0": "wait", "2": "good", "6": "muted", "8": "bad", "10": "info", "11": "info",
               "12": "bad"}  # fmt: skip
STATE_ICONS = {"0": "state-paying", "2": "state-paid", "6": "state-closed", "8": "state-failed",
               "10": "state-refunding", "11": "state-refunded", "12": "state-refund-failed"}  # fmt: skip
VERIFY_TONES = {"verified": "good", "mismatch": "bad", "unsigned": "muted"}
PAY_WAY_ICONS = {"WXZF": "wechat", "ZFBZF": "alipay", "UPSMZF": "unionpay"}


def is_dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone(name: str) -> Tone:
    light, dark = _TONES[name]
    return dark if is_dark() else light
