"""The typed errors every front end turns into a message for finance and support staff."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing import Unpack

    from leshua_gui.core.gateway.exchange import Exchange
    from leshua_gui.core.protocol.answer import Answer
    from leshua_gui.core.protocol.signing import VerificationResult

# The reasons of each error kind. The UI and the advice tables are keyed by them; a new reason
# goes here first, then into those tables (tests/core/test_errors.py checks they cover these).
#: The input reasons the profile form says in its own words (ui/profile_dialog.py).
ProfileFormReason = Literal[
    "merchant_id", "gateway_url", "key_missing", "profile_name", "profile_name_chars",
    "profile_note", "profile_exists",
]  # fmt: skip
InputReason = Literal[
    ProfileFormReason,
    # ids and numbers (protocol/validation.py, gateway/client.py)
    "third_order_id", "leshua_order_id", "id_kind", "one_id", "refund_id", "one_refund_id",
    # gateways, keys, profiles (gateway/endpoints.py, profiles/store.py, the front ends)
    "sandbox", "profile_field", "unknown_profile", "import",
    # the command line: arguments, files, a keyring or profiles file that cannot be used
    "usage", "date", "export", "file", "keyring", "profiles",
    # lists of orders (core/batch/): an amount, a list that cannot be read, a column not found
    "amount", "batch_input", "batch_column",
]  # fmt: skip
TransportReason = Literal["connect", "tls", "http_status", "timeout", "redirect", "ca_bundle"]
TimeoutReason = Literal["timeout"]
ProtocolReason = Literal[
    "malformed", "too_large", "hostile", "not_leshua", "empty", "wrong_order", "wrong_refund"
]  # fmt: skip
GatewayReason = Literal["resp", "result"]
SignatureReason = Literal["mismatch", "missing"]
HistoryReason = Literal["busy", "full", "readonly", "cannot_open", "io", "damaged", "missing"]


class Details(TypedDict, total=False):
    """What an error may carry besides its message and reason (LeshuaError's keywords)."""

    code: str | None
    gateway_message: str
    exchange: Exchange | None
    answer: Answer | None
    verification: VerificationResult | None


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
    reason: InputReason

    if TYPE_CHECKING:

        def __init__(
            self, message: str, *, reason: InputReason, **details: Unpack[Details]
        ) -> None: ...


class TransportError(LeshuaError):
    """Not reached, or a non-200 HTTP status. `reason`: connect, tls, http_status, timeout."""

    kind = "transport"
    reason: TransportReason

    if TYPE_CHECKING:

        def __init__(
            self, message: str, *, reason: TransportReason, **details: Unpack[Details]
        ) -> None: ...


class GatewayTimeout(TransportError):
    """The gateway did not answer in time: the order's state is unknown, not unpaid."""

    kind = "timeout"
    reason: TimeoutReason

    if TYPE_CHECKING:

        def __init__(
            self, message: str, *, reason: TimeoutReason, **details: Unpack[Details]
        ) -> None: ...


class ProtocolError(LeshuaError):
    """Unreadable answer. `reason`: malformed, too_large, hostile, not_leshua, empty."""

    kind = "protocol"
    reason: ProtocolReason

    if TYPE_CHECKING:

        def __init__(
            self, message: str, *, reason: ProtocolReason, **details: Unpack[Details]
        ) -> None: ...


class GatewayError(LeshuaError):
    """`resp_code` (reason "resp", unsigned) or `result_code` (reason "result") non-zero."""

    kind = "gateway"
    reason: GatewayReason

    if TYPE_CHECKING:

        def __init__(
            self, message: str, *, reason: GatewayReason, **details: Unpack[Details]
        ) -> None: ...


class SignatureError(LeshuaError):
    """Signature mismatch (reason "mismatch") or none on a success answer (reason "missing").

    The answer may be forged or the key wrong: never present its trade state as trustworthy.
    """

    kind = "signature"
    reason: SignatureReason

    if TYPE_CHECKING:

        def __init__(
            self, message: str, *, reason: SignatureReason, **details: Unpack[Details]
        ) -> None: ...
