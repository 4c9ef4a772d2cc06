"""Checks made before anything is sent: merchant ids, order ids, pasted text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from leshua_gui.core.errors import InputError

IdKind = Literal["third_order_id", "leshua_order_id"]
ID_KINDS: tuple[IdKind, ...] = ("third_order_id", "leshua_order_id")

_MERCHANT_ID = re.compile(r"[0-9]{10}")
_THIRD_ORDER_ID = re.compile(r"[\x21-\x7e]{1,64}")
_LESHUA_ORDER_ID = re.compile(r"[A-Za-z0-9]{1,32}")
# What Excel, chat apps and web pages wrap around a pasted id: spaces, tabs, line breaks,
# no-break and ideographic spaces, zero-width characters and a byte-order mark.
_PASTE_JUNK = " \t\r\n\v\f\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff"


def clean(text: str) -> str:
    """Trim what pasting wraps around an id."""
    return text.strip(_PASTE_JUNK)


def check_merchant_id(text: str) -> str:
    """A merchant id, trimmed; InputError (reason "merchant_id") unless it is 10 digits."""
    value = clean(text)
    if not _MERCHANT_ID.fullmatch(value):
        raise InputError(
            f"merchant id must be exactly 10 digits (leading zeros count), got {value!r}",
            reason="merchant_id",
        )
    return value


def check_order_id(kind: IdKind, text: str) -> str:
    """An order id of `kind`, trimmed; InputError (reason: the kind) unless it fits the kind."""
    value = clean(text)
    if kind == "third_order_id":
        if not _THIRD_ORDER_ID.fullmatch(value):
            raise InputError(
                "merchant order number (third_order_id) must be 1-64 printable ASCII characters "
                f"without spaces, got {value!r}",
                reason="third_order_id",
            )
    elif kind == "leshua_order_id":
        if not _LESHUA_ORDER_ID.fullmatch(value):
            raise InputError(
                "Leshua order number (leshua_order_id) must be 1-32 letters or digits, "
                f"got {value!r}",
                reason="leshua_order_id",
            )
    else:  # pragma: no cover - guarded by the type
        raise InputError(f"unknown id kind {kind!r}", reason="id_kind")
    return value


def check_refund_id(text: str) -> str:
    """A merchant or Leshua refund number: 1-64 printable ASCII characters without spaces."""
    value = clean(text)
    if not _THIRD_ORDER_ID.fullmatch(value):
        raise InputError(
            f"a refund number is 1-64 printable ASCII characters without spaces, got {value!r}",
            reason="refund_id",
        )
    return value


def id_problem(kind: IdKind, text: str) -> str | None:
    """The input reason code if `text` is not a valid id of `kind` (for live validation)."""
    try:
        check_order_id(kind, text)
    except InputError as exc:
        return exc.reason
    return None


@dataclass(frozen=True)
class OrderRef:
    """Exactly one order id, validated and trimmed."""

    kind: IdKind
    value: str

    @classmethod
    def of(
        cls, *, third_order_id: str | None = None, leshua_order_id: str | None = None
    ) -> OrderRef:
        if (third_order_id is None) == (leshua_order_id is None):
            raise InputError(
                "give exactly one of third_order_id or leshua_order_id", reason="one_id"
            )
        if third_order_id is not None:
            return cls("third_order_id", check_order_id("third_order_id", third_order_id))
        assert leshua_order_id is not None
        return cls("leshua_order_id", check_order_id("leshua_order_id", leshua_order_id))
