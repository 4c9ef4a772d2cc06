"""Answer bodies as text for support screens: pretty-printed when safe, raw otherwise."""

from __future__ import annotations

from leshua_gui.core.errors import ProtocolError
from leshua_gui.core.protocol.xml_reader import looks_like_html, read_fields


def pretty_xml(body: bytes) -> str:
    """One field per line with CDATA kept, from the safe reader; the raw text if it cannot read it.

    Re-rendering from the reader's fields (untrimmed) never parses anything the reader refused.
    """
    text = body.decode("utf-8", errors="replace")
    if not body.strip() or looks_like_html(body):
        return text
    try:
        fields = read_fields(body, trim=False)
    except ProtocolError:
        return text
    lines = ["<leshua>"]
    for name, value in fields:
        shown = value if "]]>" not in value else value.replace("]]>", "]]]]><![CDATA[>")
        lines.append(f"  <{name}><![CDATA[{shown}]]></{name}>")
    lines.append("</leshua>")
    return "\n".join(lines)
