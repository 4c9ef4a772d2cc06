"""A safe reader for the gateway's flat `<leshua>` XML: fields kept as received, in order."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as SafeET

from leshua_gui.core.errors import ProtocolError

MAX_BODY = 1024 * 1024  # 1 MiB: an answer is a few hundred bytes; more is a fault or an attack
ROOT = "leshua"
_WS = " \t\r\n"
_DECLARED = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")


def declared_encoding(body: bytes) -> str | None:
    """The encoding an XML declaration names, when it is not UTF-8."""
    match = _DECLARED.match(body[:200])
    declared = match.group(1).decode("ascii") if match else None
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        return declared
    return None


def encoding_problem(body: bytes) -> str | None:
    """Why the body is not the UTF-8 the gateway sends, or None."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            return None  # cut off in the middle of a character: a truncated answer, said later
        declared = declared_encoding(body)
        if declared:
            return f"the answer is encoded as {declared}, not UTF-8, and could not be read"
        try:
            body.decode("gb18030")
            guess = " (it looks like GBK)"
        except UnicodeDecodeError:
            guess = ""
        return f"the answer is not UTF-8 text{guess} and could not be read"
    return None


def looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def read_fields(body: bytes, *, trim: bool = True) -> list[tuple[str, str]]:
    """Parse an answer body into (name, value) pairs in document order.

    Raises only ProtocolError (reason: empty, too_large, hostile, malformed, not_leshua); an
    answer that is not UTF-8 (GBK...) is malformed, and its message says so.
    Values are the element text, CDATA or plain; with `trim`, surrounding whitespace is removed
    (pretty-printed answers put line breaks around values). The untrimmed reading exists for
    verifying a value whose real content begins or ends with whitespace.
    """
    _refuse_before_parsing(body)
    root = _parse(body)
    _check_root(root)
    fields: list[tuple[str, str]] = []
    seen: set[str] = set()
    for child in root:
        if not isinstance(child.tag, str):  # comments and processing instructions
            continue
        _check_field(child, seen)
        seen.add(child.tag)
        text = child.text or ""
        fields.append((child.tag, text.strip(_WS) if trim else text))
        if (child.tail or "").strip(_WS):
            raise ProtocolError("the answer has text outside any field", reason="malformed")
    return fields


def _refuse_before_parsing(body: bytes) -> None:
    """The refusals that need no parse: too large, empty, an HTML page, not UTF-8."""
    if len(body) > MAX_BODY:
        raise ProtocolError(
            f"the answer is {len(body)} bytes, over the {MAX_BODY}-byte limit", reason="too_large"
        )
    if not body.strip():
        raise ProtocolError("the answer is empty", reason="empty")
    if looks_like_html(body):
        raise ProtocolError("the answer is an HTML page, not gateway XML", reason="not_leshua")
    problem = encoding_problem(body)
    if problem is not None:
        raise ProtocolError(problem, reason="malformed")


def _parse(body: bytes) -> ET.Element:
    """The root element, with DTDs, entities and external references refused."""
    try:
        root: ET.Element = SafeET.fromstring(
            body, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
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
        raise _unreadable(body, exc) from None
    return root


def _unreadable(body: bytes, exc: Exception) -> ProtocolError:
    declared = declared_encoding(body)
    if declared:  # e.g. GBK: expat reads no multi-byte encoding but UTF-8 (and UTF-16)
        return ProtocolError(
            f"the answer declares the encoding {declared}, not UTF-8, and could not be read",
            reason="malformed",
        )
    return ProtocolError(
        f"the answer could not be read as XML ({type(exc).__name__})", reason="malformed"
    )


def _check_root(root: ET.Element) -> None:
    if root.tag != ROOT:
        raise ProtocolError(
            f"the answer's root element is <{root.tag}>, not <{ROOT}>", reason="not_leshua"
        )
    if (root.text or "").strip(_WS):
        raise ProtocolError("the answer has text outside any field", reason="malformed")


def _check_field(child: ET.Element, seen: set[str]) -> None:
    """Refuse a field that is not one flat, attribute-free, first-seen element."""
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
