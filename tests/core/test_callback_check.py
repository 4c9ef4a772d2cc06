"""Checking a pasted callback: genuine, tampered, signed with the wrong key, unreadable."""

from __future__ import annotations

import hashlib

from leshua_gui.core.protocol.callback_check import check_callback
from leshua_gui.sandbox import DEMO_NOTIFY_KEY, DEMO_ORDERS, DEMO_TRANSACTION_KEY, notification

PAID = DEMO_ORDERS[0]


def test_a_genuine_callback_verifies_with_the_notify_key() -> None:
    check = check_callback(notification(PAID), DEMO_NOTIFY_KEY)
    assert check.trusted
    assert check.verification is not None
    assert check.verification.rule == "doc"
    assert check.answer is not None
    assert check.answer.status == "2"
    assert "key=********" in (check.verification.signed_string_masked or "")
    assert DEMO_NOTIFY_KEY not in (check.verification.signed_string_masked or "")


def test_pasted_text_with_surrounding_whitespace_is_accepted() -> None:
    body = "\n\n  " + notification(PAID).decode() + "\n  "
    assert check_callback(body, DEMO_NOTIFY_KEY).trusted


def test_a_changed_amount_is_a_mismatch() -> None:
    body = notification(PAID).replace(b"<![CDATA[12800]]>", b"<![CDATA[128000]]>")
    check = check_callback(body, DEMO_NOTIFY_KEY)
    assert not check.trusted
    assert check.verification is not None
    assert check.verification.status == "mismatch"
    assert check.answer is not None
    assert check.answer.get("amount") == "128000"


def test_the_transaction_key_never_verifies_a_callback_but_the_mix_up_is_named() -> None:
    check = check_callback(notification(PAID), DEMO_TRANSACTION_KEY)
    assert not check.trusted
    signed_with_transaction = notification(PAID, notify_key=DEMO_TRANSACTION_KEY)
    mixed = check_callback(signed_with_transaction, DEMO_NOTIFY_KEY, DEMO_TRANSACTION_KEY)
    assert not mixed.trusted
    assert mixed.signed_with_transaction_key


def test_notify_signature_is_lowercase_md5_of_the_documented_string() -> None:
    body = notification(PAID)
    check = check_callback(body, DEMO_NOTIFY_KEY)
    assert check.verification is not None
    source = (check.verification.signed_string_masked or "").replace("********", DEMO_NOTIFY_KEY)
    assert "error_code=" not in source  # left out of a callback's signature
    assert check.verification.received == hashlib.md5(source.encode()).hexdigest()


def test_unreadable_and_hostile_bodies_are_reported_not_raised() -> None:
    for body in (b"", b"not xml", b"<!DOCTYPE x [<!ENTITY a 'b'>]><leshua><a>&a;</a></leshua>"):
        check = check_callback(body, DEMO_NOTIFY_KEY)
        assert check.error is not None
        assert not check.trusted
