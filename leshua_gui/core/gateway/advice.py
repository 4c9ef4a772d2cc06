"""What to do about an error, in plain words for finance and support staff."""

from __future__ import annotations

import re

from leshua_gui.core.errors import (
    GatewayError,
    LeshuaError,
    ProtocolError,
    SignatureError,
    TransportError,
)
from leshua_gui.core.protocol.validation import ID_KINDS, IdKind, clean
from leshua_gui.core.text import hint_words, labels
from leshua_gui.core.text.labels import Lang

#: Leshua order numbers are the gateway's own 16-32 digits (e.g. 0003495002500081)
_LESHUA_SHAPE = re.compile(r"[0-9]{16,32}")
#: the codes that say "no such order": the kind of number asked may be the wrong one
_NOT_FOUND = {"-4006", "-20004", "-20016", "-20018"}


def looks_like(text: str) -> IdKind | None:
    """The kind `text` looks like: a Leshua order number if it is 16-32 digits, else a
    merchant's; None for nothing typed."""
    value = clean(text)
    if not value:
        return None
    return "leshua_order_id" if _LESHUA_SHAPE.fullmatch(value) else "third_order_id"


def kind_hint(kind: IdKind, text: str) -> IdKind | None:
    """The kind to suggest switching to, when `text` looks like the other kind; else None."""
    seen = looks_like(text)
    return seen if seen is not None and seen != kind else None


def advice(error: LeshuaError, lang: Lang) -> str | None:
    """A plain-language explanation of an error for finance and support staff."""
    from leshua_gui.core.gateway.polling import code_unconfirmed  # not needed at start-up

    if isinstance(error, GatewayError):
        if code_unconfirmed(error) and error.code:
            return labels.unconfirmed_code_advice(error.code, lang)
        refund = error.exchange is not None and error.exchange.service == "unified_query_refund"
        if refund:
            return labels.refund_error_advice(error.code or "", lang)
        found = labels.error_advice(error.code or "", lang)
        asked = _asked_kind(error)
        if found is not None and asked is not None and error.code in _NOT_FOUND:
            space = "" if lang.startswith("zh") else " "  # Chinese sentences run on
            found += space + hint_words.not_found_kind_text(asked, lang)
        return found
    if isinstance(error, SignatureError):
        return labels.signature_advice(error.reason, lang)
    if isinstance(error, ProtocolError):
        return labels.protocol_advice(error.reason, lang)
    if isinstance(error, TransportError):
        return labels.transport_advice(error.reason, lang)
    return None


def _asked_kind(error: GatewayError) -> IdKind | None:
    """Which kind of order number the failed query sent (None when it is not known)."""
    form = error.exchange.form if error.exchange is not None else {}
    return next((kind for kind in ID_KINDS if form.get(kind)), None)
