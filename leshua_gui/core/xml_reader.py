"""A safe reader for the gateway's flat `<leshua>` XML: fields kept as received, in order."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as SafeET

from .errors import ProtocolError

MAX_BODY = 1024 * 1024  # 1 MiB: an answer is a few hundred bytes; more is a fault or an attack
ROOT = "leshua"
_WS = " \t\r\n"


def looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def read_fields(body: bytes, *, trim: bool = True) -> list[tuple[str, str]]:
    """Parse an answer body into (name, value) pairs in document order.

    Raises only ProtocolError (reason: empty, too_large, hostile, malformed, not_leshua).
    Values are the element text, CDATA or plain; with `trim`, surrounding whitespace is removed
    (pretty-printed answers put line breaks around values). The untrimmed reading exists for
    verifying a value whose real content begins or ends with whitespace.
    """
    if len(body) > MAX_BODY:
        raise ProtocolError(
            f"the answer is {len(body)} bytes, over the {MAX_BODY}-byte limit", reason="too_large"
        )
    if not body.strip():
        raise ProtocolError("the answer is empty", reason="empty")
    if looks_like_html(body):
        raise ProtocolError("the answer is an HTML page, not gateway XML", reason="not_leshua")
    try:
        root = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise ProtocolError(
            "the answer contains a DTD or entity declarations and was refused "
            f"({type(exc).__name__})",
            reason="hostile",
        ) from None
    except ET.ParseError as exc:
        raise ProtocolError(
            f"the answer is not well-formed XML ({exc})", reason="malformed"
        ) from None
    except Exception as exc:  # expat can also raise ValueError, LookupError...: all mean unreadable
        raise ProtocolError(
            f"the answer could not be read as XML ({type(exc).__name__})", reason="malformed"
        ) from None
    if root.tag != ROOT:
        raise ProtocolError(
            f"the answer's root element is <{root.tag}>, not <{ROOT}>", reason="not_leshua"
        )
    if (root.text or "").strip(_WS):
        raise ProtocolError("the answer has text outside any field", reason="malformed")
    fields: list[tuple[str, str]] = []
    seen: set[str] = set()
    for child in root:
        if not isinstance(child.tag, str):  # comments and processing instructions
            continue
        if len(child):
            raise ProtocolError(f"field <{child.tag}> has nested elements", reason="malformed")
        if child.attrib:
            raise ProtocolError(f"field <{child.tag}> has attributes", reason="malformed")
        if child.tag == ROOT:
            # Left out of signatures as the root: as a field it would be shown unverified.
            raise ProtocolError(f"a field is named <{ROOT}>", reason="malformed")
        if child.tag in seen:
            # A second <status> could make the typed view and the signature disagree.
            raise ProtocolError(f"field <{child.tag}> appears twice", reason="malformed")
        seen.add(child.tag)
        text = child.text or ""
        fields.append((child.tag, text.strip(_WS) if trim else text))
        if (child.tail or "").strip(_WS):
            raise ProtocolError("the answer has text outside any field", reason="malformed")
    return fields
