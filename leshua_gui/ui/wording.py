"""Placing values into translated sentences.

`fill(self.tr("Saved “%1”."), name)` puts the values into the %1, %2 … %99 placeholders of a
tr() string in one pass, as Qt's QString.arg does: a value that itself contains "%2" (a profile
named "Shop %2 East", an order id) is placed as it is and never filled in again. A placeholder
with no value given stays as it is; "%n" (Qt's plural count) is not a placeholder here.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(template: str, *values: object) -> str:
    """`template` with %1 replaced by str(values[0]), %2 by str(values[1]) and so on."""
    texts = [str(value) for value in values]

    def placed(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return texts[n - 1] if n <= len(texts) else match.group(0)

    return _PLACEHOLDER.sub(placed, template)
