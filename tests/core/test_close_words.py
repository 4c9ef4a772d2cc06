"""Every refusal of the close guard and every explanation of a close's outcome has its words in
each language, and each fills in what it names (a missing one would end `close` in a crash)."""

from __future__ import annotations

from typing import get_args

import pytest

from leshua_gui.app.close import Explanation
from leshua_gui.core.closing.guard import REFUSALS, Refusal
from leshua_gui.core.text import close_words
from leshua_gui.core.text.labels import LANGS, Lang


def test_every_refusal_and_explanation_has_words() -> None:
    assert set(get_args(Refusal)) == set(REFUSALS) == set(close_words.REFUSALS)
    assert set(get_args(Explanation)) == set(close_words.EXPLANATIONS)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", REFUSALS)
def test_a_refusal_names_what_it_is_about(key: str, lang: Lang) -> None:
    said = close_words.refusal(key, lang, profile="Front desk", order="DEMO-1", state="PAID!")
    assert "{" not in said
    if key == "not_allowed":
        assert "Front desk" in said
        assert "profiles edit 'Front desk' --allow-close yes" in said  # a command to paste
    if key == "confirm_mismatch":
        assert "DEMO-1" in said
    if key == "not_paying":
        assert "PAID!" in said


@pytest.mark.parametrize("lang", LANGS)
def test_the_barcode_wait_says_its_minutes(lang: Lang) -> None:
    said = close_words.explanation("micropay_wait", lang, minutes=5, state="")
    assert "5" in said
    assert "MICROPAY" in said
    changed = close_words.explanation("state_changed", lang, minutes=5, state="PAID!")
    assert "PAID!" in changed
