"""The typed errors every front end turns into a message for finance and support staff."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leshua_gui.core.gateway.exchange import Exchange
    from leshua_gui.core.protocol.answer import Answer
    from leshua_gui.core.protocol.signing import VerificationResult


class LeshuaError(Exception):
    """Base of every error the core raises on purpose.

    `kind` is stable and machine-readable (the CLI's JSON uses it); `reason` refines it;
    `exchange` carries what was sent and received; `answer` and `verification` the parsed
    answer and how its signature checked out, when there is one.
    """

    kind = "error"

    def __init__(
        self,
        message: str,
        *,
        reason: str = "",
        code: str | None = None,
        gateway_message: str = "",
        exchange: Exchange | None = None,
        answer: Answer | None = None,
        verification: VerificationResult | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.code = code
        self.gateway_message = gateway_message
        self.exchange = exchange
        self.answer = answer
        self.verification = verification


class InputError(LeshuaError):
    """Refused before anything was sent: a bad id, merchant id, gateway URL or missing key."""

    kind = "input"


class TransportError(LeshuaError):
    """Not reached, or a non-200 HTTP status. `reason`: connect, tls, http_status, timeout."""

    kind = "transport"


class GatewayTimeout(TransportError):
    """The gateway did not answer in time: the order's state is unknown, not unpaid."""

    kind = "timeout"


class ProtocolError(LeshuaError):
    """Unreadable answer. `reason`: malformed, too_large, hostile, not_leshua, empty."""

    kind = "protocol"


class GatewayError(LeshuaError):
    """`resp_code` (reason "resp", unsigned) or `result_code` (reason "result") non-zero."""

    kind = "gateway"


class SignatureError(LeshuaError):
    """Signature mismatch (reason "mismatch") or none on a success answer (reason "missing").

    The answer may be forged or the key wrong: never present its trade state as trustworthy.
    """

    kind = "signature"
