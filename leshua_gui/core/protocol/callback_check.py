"""Check a pasted asynchronous notification (callback) with the notify key, for support.

Shows what support needs for "the callback failed": the fields, the string that was signed (key
masked), the expected and received signatures, and which rule matched.
"""

from __future__ import annotations

from dataclasses import dataclass

from leshua_gui.core.errors import ProtocolError
from leshua_gui.core.protocol.answer import Answer
from leshua_gui.core.protocol.signing import VerificationResult, verify_notify, verify_response
from leshua_gui.core.protocol.xml_reader import read_fields

#: What the merchant's server must answer so that Leshua stops retrying.
ACKNOWLEDGEMENT = "000000"


@dataclass(frozen=True)
class CallbackCheck:
    answer: Answer | None
    verification: VerificationResult | None
    error: ProtocolError | None
    #: the notify key did not match but the transaction key did: a configuration mix-up
    signed_with_transaction_key: bool = False

    @property
    def trusted(self) -> bool:
        return self.verification is not None and self.verification.trusted


def check_callback(
    body: bytes | str, notify_key: str, transaction_key: str | None = None
) -> CallbackCheck:
    raw = body.encode("utf-8") if isinstance(body, str) else body
    try:
        fields = read_fields(raw.strip())
    except ProtocolError as exc:
        return CallbackCheck(None, None, exc)
    answer = Answer(tuple(fields))
    verification = verify_notify(fields, notify_key)
    mixed_up = False
    if verification.status == "mismatch" and transaction_key:
        mixed_up = (
            verify_notify(fields, transaction_key).trusted
            or verify_response(fields, transaction_key).trusted
        )
    return CallbackCheck(answer, verification, None, mixed_up)
