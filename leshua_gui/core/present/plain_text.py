"""Sections as plain text: the Copy summary and the command line's text output."""

from __future__ import annotations

from leshua_gui.core.present.rows import Section
from leshua_gui.core.text.labels import Lang


def as_text(sections: list[Section], lang: Lang = "en") -> list[str]:
    """The sections as plain-text lines, in their order: a section's title, then its rows
    indented under it ("title: value", with a full-width colon in Chinese; a note, its
    text)."""
    colon = ": " if lang == "en" else "："
    lines: list[str] = []
    for section in sections:
        if not section.rows:
            continue
        indent = "  " if section.title else ""
        if section.title:
            lines.append(section.title)
        lines.extend(
            f"{indent}{row.title}{colon}{row.shown}" if row.title else f"{indent}{row.shown}"
            for row in section.rows
        )
    return lines
