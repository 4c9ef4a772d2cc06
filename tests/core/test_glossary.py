"""One term per concept: every word of the core and the command line lives in `core/text/`, in
zh_CN, zh_TW and en, and no text uses a variant the glossary rejects (網關 beside 閘道)."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import get_args

import pytest

import leshua_gui
from leshua_gui.core.profiles.check import Verdict
from leshua_gui.core.text import check_words
from leshua_gui.core.text.glossary import GLOSSARY
from leshua_gui.core.text.labels import LANGS

PACKAGE = Path(leshua_gui.__file__).parent
TEXT_PACKAGE = PACKAGE / "core" / "text"
SOURCES = sorted([*(PACKAGE / "core").rglob("*.py"), *(PACKAGE / "cli").rglob("*.py")])
CJK = re.compile(r"[\u3400-\u9fff]")

# Characters that exist only in simplified Chinese: none may appear in a zh_TW text.
SIMPLIFIED_ONLY = set(
    "订单关闭败验签银宝码号户务统错误设据时间结优实红详标识类态账网请连为这没还应与页证数询乐"
    "记录说环认钥给"
)


def _strings(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Tuple) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
    ):
        return [e.value for e in node.elts]  # type: ignore[attr-defined]
    return None


@cache
def _trees() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in SOURCES]


@cache
def texts() -> list[tuple[str, tuple[str, str, str]]]:
    """Every (zh_CN, zh_TW, en) text written in the core and the command line."""
    found = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            strings = _strings(node) if isinstance(node, ast.expr) else None
            if strings and len(strings) == 3 and CJK.search(strings[0]):
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"  # type: ignore[attr-defined]
                found.append((where, (strings[0], strings[1], strings[2])))
    return found


def test_the_scan_finds_the_tables() -> None:
    found = texts()
    assert len(found) > 200
    assert any(text[2] == "paid" for _, text in found)
    assert any(text[2] == "Order number queried" for _, text in found)  # the export's headers


@pytest.mark.parametrize("concept", GLOSSARY)
def test_no_text_uses_a_rejected_variant(concept: str) -> None:
    term = GLOSSARY[concept]
    bad = [
        (where, lang, variant, text[i])
        for where, text in texts()
        for i, lang in enumerate(LANGS)
        for variant in term.rejected.get(lang, ())
        if variant.lower() in text[i].lower()
    ]
    assert bad == [], f"{concept} is {term.text}"


@pytest.mark.parametrize("concept", GLOSSARY)
def test_a_term_is_not_its_own_rejected_variant(concept: str) -> None:
    term = GLOSSARY[concept]
    for i, lang in enumerate(LANGS):
        for variant in term.rejected.get(lang, ()):
            assert variant not in term.text[i]
    assert not SIMPLIFIED_ONLY.intersection(term.text[1])


def test_every_verdict_of_a_profile_check_has_its_words() -> None:
    assert set(get_args(Verdict)) == set(check_words.VERDICTS)


def test_gateway_is_one_word_in_each_language() -> None:
    """The case the issue names: 網關 in one table, 閘道 in another."""
    tw = [text[1] for _, text in texts() if "网关" in text[0]]
    assert tw
    assert all("閘道" in t and "網關" not in t for t in tw)


def test_no_zh_tw_text_has_simplified_characters() -> None:
    bad = [(w, t[1]) for w, t in texts() if SIMPLIFIED_ONLY.intersection(t[1])]
    assert bad == []


def test_every_chinese_word_of_the_core_lives_in_text() -> None:
    """Outside core/text/, the core and the command line write no Chinese of their own."""
    outside = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value}"
        for path, tree in _trees()
        if TEXT_PACKAGE not in path.parents
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)
    ]
    assert outside == []


def test_every_word_table_has_all_three_languages() -> None:
    """A (zh, en) pair has no zh_TW: every word is a (zh_CN, zh_TW, en) text (the glossary's
    lists of rejected words are not texts)."""
    pairs = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"  # type: ignore[attr-defined]
        for path, tree in _trees()
        if path != TEXT_PACKAGE / "glossary.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.expr)
        and (strings := _strings(node)) is not None
        and len(strings) != 3
        and any(CJK.search(s) for s in strings)
    ]
    assert pairs == []
