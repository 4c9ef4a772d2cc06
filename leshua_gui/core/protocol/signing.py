"""MD5 signatures of the Leshua protocol: requests, synchronous answers and notifications.

The rules are in docs/protocol-notes.md (section numbers below refer to the protocol page).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

KEY_MASK = "********"

Verification = Literal["verified", "mismatch", "unsigned"]

# Fields left out of a synchronous answer's signature (section 5).
RESPONSE_EXCLUDED = frozenset({"sign", "leshua", "resp_code"})
# Fields left out of a notification's signature (section 9).
NOTIFY_EXCLUDED = frozenset({"sign", "error_code"})


def sign_source(pairs: Iterable[tuple[str, str]], *, include_empty: bool) -> str:
    """Sorted `name=value` pairs joined with `&`, raw values, without the key."""
    kept = [(n, v) for n, v in pairs if include_empty or v != ""]
    # Plain code-point order equals UTF-8 byte order: never a locale-aware sort.
    kept.sort(key=lambda nv: nv[0])
    return "&".join(f"{n}={v}" for n, v in kept)


def md5_hex(text: str) -> str:
    """Uppercase hex MD5 of the UTF-8 bytes."""
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest().upper()


def _with_key(source: str, key: str) -> str:
    return f"{source}&key={key}" if source else f"key={key}"


def masked(source: str) -> str:
    """The string that was signed, as support may see it: the key replaced by a fixed mask."""
    return _with_key(source, KEY_MASK)


@dataclass(frozen=True)
class SignedForm:
    """A request form ready to send: `form` includes `sign`; the key is nowhere in here."""

    form: dict[str, str]
    signed_string_masked: str


def sign_request(fields: Mapping[str, str], key: str) -> SignedForm:
    """Sign a request (section 3): empty values are dropped, so what is signed is what is sent."""
    form = {n: v for n, v in fields.items() if v != "" and n != "sign"}
    source = sign_source(form.items(), include_empty=False)
    form["sign"] = md5_hex(_with_key(source, key))
    return SignedForm(form=form, signed_string_masked=masked(source))


@dataclass(frozen=True)
class VerificationResult:
    """How an answer's signature checked out, with what support needs to see why."""

    status: Verification
    #: "doc" (protocol rule), "without_error_code" (the variant), or None when not verified
    rule: str | None
    received: str | None
    expected: str | None
    signed_string_masked: str | None
    #: fields of the answer the matching rule leaves out of the signature (beyond `sign`,
    #: `resp_code`): their values are not vouched for by the signature
    unsigned_fields: tuple[str, ...] = ()

    @property
    def trusted(self) -> bool:
        return self.status == "verified"

    @property
    def error_code_signed(self) -> bool:
        """False when the answer has an `error_code` that the signature does not cover."""
        return self.trusted and "error_code" not in self.unsigned_fields


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.upper().encode(), b.upper().encode())


def _verify(
    fields: Iterable[tuple[str, str]],
    key: str,
    excluded: frozenset[str],
    variants: tuple[tuple[str, frozenset[str]], ...],
) -> VerificationResult:
    fields = list(fields)
    received = next((v for n, v in fields if n == "sign"), None)
    if received is None or received == "":
        return VerificationResult("unsigned", None, None, None, None)
    names = {n for n, _ in fields}
    first: tuple[str, str] | None = None
    for rule, extra in variants:
        if extra and not extra & names:
            continue  # the variant differs from the doc rule only when the field is present
        drop = excluded | extra
        source = sign_source(((n, v) for n, v in fields if n not in drop), include_empty=True)
        expected = md5_hex(_with_key(source, key))
        if first is None:
            first = (expected, masked(source))
        if _same(expected, received):
            unsigned = tuple(sorted(extra & names))
            return VerificationResult(
                "verified", rule, received, expected, masked(source), unsigned
            )
    assert first is not None
    return VerificationResult("mismatch", None, received, first[0], first[1])


def verify_response(fields: Iterable[tuple[str, str]], key: str) -> VerificationResult:
    """Verify a synchronous answer (section 5): the doc rule, then without `error_code`."""
    return _verify(
        fields,
        key,
        RESPONSE_EXCLUDED,
        (("doc", frozenset()), ("without_error_code", frozenset({"error_code"}))),
    )


def verify_notify(fields: Iterable[tuple[str, str]], notify_key: str) -> VerificationResult:
    """Verify an asynchronous notification with the notify key (section 9)."""
    return _verify(fields, notify_key, NOTIFY_EXCLUDED, (("doc", frozenset()),))


def sign_response(fields: Iterable[tuple[str, str]], key: str) -> str:
    """The signature a gateway puts on an answer (doc rule); the sandbox signs with it."""
    source = sign_source(
        ((n, v) for n, v in fields if n not in RESPONSE_EXCLUDED), include_empty=True
    )
    return md5_hex(_with_key(source, key))


def sign_notify(fields: Iterable[tuple[str, str]], notify_key: str) -> str:
    """The signature on a notification (lowercase hex, as in the samples)."""
    source = sign_source(
        ((n, v) for n, v in fields if n not in NOTIFY_EXCLUDED), include_empty=True
    )
    return md5_hex(_with_key(source, notify_key)).lower()
