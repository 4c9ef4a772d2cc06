"""Recognising the headers of a list: the order number column, its id kind, the amount column.

The words themselves are in core/text/batch_words.py; here is how a header is compared."""

from __future__ import annotations

import unicodedata
from typing import cast

from leshua_gui.core.protocol.validation import IdKind, clean
from leshua_gui.core.text import batch_words


def norm(text: str) -> str:
    """A header as compared: NFKC, case-folded, without spaces, underscores and hyphens."""
    value = unicodedata.normalize("NFKC", clean(text)).casefold()
    return "".join(ch for ch in value if not ch.isspace() and ch not in "_-")


#: normalised id headers, with the kind they name (None: either, per row)
ID_HEADERS: dict[str, IdKind | None] = {
    norm(h): cast("IdKind | None", k) for h, k in batch_words.ID_HEADERS.items()
}
AMOUNT_HEADERS = frozenset(norm(h) for h in batch_words.AMOUNT_HEADERS)


def is_id_header(text: str) -> bool:
    return norm(text) in ID_HEADERS


def is_amount_header(text: str) -> bool:
    return norm(text) in AMOUNT_HEADERS


def is_known_header(text: str) -> bool:
    return is_id_header(text) or is_amount_header(text)
