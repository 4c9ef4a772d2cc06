"""Whether an order may be closed now: the decision table, before anything is sent to close.

Closing changes the order at the gateway (a payment arriving later is refused), so every guard
must pass, in this order:

1. the profile's owner allowed closing orders ("not_allowed" otherwise);
2. the confirmation repeats the order number exactly ("confirm_mismatch"; only the blanks a
   paste adds around it are ignored);
3. the order's answer right now, asked immediately before, was answered ("not_answered": an
   error, no answer), verified ("not_verified": a signature that does not match is never taken
   for "paying") and says paying, `0` ("not_paying": paid, closed, failed and the rest cannot be
   closed; the verified state is reported)."""

from __future__ import annotations

from typing import Literal

from leshua_gui.core.gateway.polling import PAYING

#: Why closing was refused before a close was sent.
Refusal = Literal["not_allowed", "confirm_mismatch", "not_answered", "not_verified", "not_paying"]
REFUSALS: tuple[Refusal, ...] = (
    "not_allowed", "confirm_mismatch", "not_answered", "not_verified", "not_paying",
)  # fmt: skip

CLOSED = "6"
#: A barcode payment: the gateway closes one only 5 minutes after it was created.
MICROPAY = "MICROPAY"
MICROPAY_WAIT_MINUTES = 5


def confirmed(order_value: str, confirmation: str) -> bool:
    """The confirmation repeats the order number exactly (case and every inner character)."""
    return bool(order_value) and confirmation.strip() == order_value


def refusal_before_asking(
    *, allow_close: bool, order_value: str, confirmation: str
) -> Refusal | None:
    """Guards 1 and 2: what can be told before the gateway is asked anything."""
    if not allow_close:
        return "not_allowed"
    if not confirmed(order_value, confirmation):
        return "confirm_mismatch"
    return None


def refusal_of_answer(
    *, trusted: bool, status: str | None, signature_failed: bool
) -> Refusal | None:
    """Guard 3: the answer asked immediately before closing. `trusted`: the gateway answered
    with the order's state and the answer was verified; `status`: that state's code;
    `signature_failed`: an answer came whose signature did not match."""
    if signature_failed:
        return "not_verified"
    if not trusted:
        return "not_answered"
    if status != PAYING:
        return "not_paying"
    return None
