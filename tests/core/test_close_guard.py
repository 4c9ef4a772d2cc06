"""The guards in front of a close, as a decision table: each refusal, in its order."""

from __future__ import annotations

import pytest

from leshua_gui.core.closing.guard import (
    REFUSALS,
    confirmed,
    refusal_before_asking,
    refusal_of_answer,
)


@pytest.mark.parametrize(
    ("order", "typed", "ok"),
    [
        ("DEMO-PENDING", "DEMO-PENDING", True),
        ("DEMO-PENDING", " DEMO-PENDING\n", True),  # what a paste adds around it
        ("DEMO-PENDING", "demo-pending", False),  # case matters: order numbers are exact
        ("DEMO-PENDING", "DEMO-PENDIN", False),
        ("DEMO-PENDING", "DEMO-PENDING2", False),
        ("DEMO-PENDING", "DEMO- PENDING", False),
        ("0001202611", "1202611", False),  # leading zeros are part of the number
        ("DEMO-PENDING", "", False),
        ("", "", False),
    ],
)
def test_the_confirmation_repeats_the_order_number_exactly(
    order: str, typed: str, ok: bool
) -> None:
    assert confirmed(order, typed) is ok


def test_nothing_is_asked_unless_closing_is_allowed_and_confirmed() -> None:
    def before(allow: bool, typed: str) -> str | None:
        return refusal_before_asking(allow_close=allow, order_value="X1", confirmation=typed)

    assert before(False, "X1") == "not_allowed"
    assert before(False, "nope") == "not_allowed"  # permission is checked first
    assert before(True, "nope") == "confirm_mismatch"
    assert before(True, "X1") is None


@pytest.mark.parametrize(
    ("trusted", "status", "signature_failed", "refusal"),
    [
        (True, "0", False, None),  # a verified paying order: the only one closed
        (False, "0", True, "not_verified"),  # "paying", but the signature does not match
        (False, None, True, "not_verified"),
        (False, None, False, "not_answered"),  # a timeout, an HTML page, not found
        (True, "2", False, "not_paying"),  # paid
        (True, "6", False, "not_paying"),  # closed already
        (True, "8", False, "not_paying"),  # failed
        (True, "99", False, "not_paying"),  # unknown: never guessed to be paying
        (True, None, False, "not_paying"),
    ],
)
def test_only_a_verified_paying_answer_lets_a_close_be_sent(
    trusted: bool, status: str | None, signature_failed: bool, refusal: str | None
) -> None:
    assert (
        refusal_of_answer(trusted=trusted, status=status, signature_failed=signature_failed)
        == refusal
    )
    assert refusal is None or refusal in REFUSALS
