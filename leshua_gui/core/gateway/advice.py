"""What to do about an error, in plain words for finance and support staff."""

from __future__ import annotations

from leshua_gui.core.errors import (
    GatewayError,
    LeshuaError,
    ProtocolError,
    SignatureError,
    TransportError,
)
from leshua_gui.core.gateway.polling import code_unconfirmed
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang


def advice(error: LeshuaError, lang: Lang) -> str | None:
    """A plain-language explanation of an error for finance and support staff."""
    if isinstance(error, GatewayError):
        if code_unconfirmed(error) and error.code:
            return labels.unconfirmed_code_advice(error.code, lang)
        refund = error.exchange is not None and error.exchange.service == "unified_query_refund"
        if refund:
            return labels.refund_error_advice(error.code or "", lang)
        return labels.error_advice(error.code or "", lang)
    if isinstance(error, SignatureError):
        return labels.signature_advice(error.reason, lang)
    if isinstance(error, ProtocolError):
        return labels.protocol_advice(error.reason, lang)
    if isinstance(error, TransportError):
        return labels.transport_advice(error.reason, lang)
    return None
