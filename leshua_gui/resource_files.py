"""Where the shipped resources (icons, translations) are, from source or in a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    candidates += [here.parent / "resources", here / "_resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(f"resources not found (looked in {', '.join(map(str, candidates))})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
