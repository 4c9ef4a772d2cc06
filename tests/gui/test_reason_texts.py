"""Every error reason the window words itself has its own words, in Chinese and in English: none
falls back to the core's English message or to the generic "the disk reported an error"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import get_args

import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import Services
from leshua_gui.core.errors import HistoryReason, InputError, ProfileFormReason
from leshua_gui.ui import i18n
from leshua_gui.ui.history_unavailable import history_reason_text, reason_text
from leshua_gui.ui.profile_dialog import ProfileDialog
from leshua_gui.ui.tasks import TaskRunner
from tests.support.memory_keyring import MemoryKeyring

CHINESE = re.compile(r"[\u4e00-\u9fff]")
FALLBACK = "THE CORE'S ENGLISH MESSAGE"


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture
def dialog(
    qtbot: QtBot, memory_keyring: MemoryKeyring, runner: TaskRunner, lang: str
) -> Iterator[ProfileDialog]:
    ctx = Services()
    shown = ProfileDialog(ctx, runner, lang)
    qtbot.addWidget(shown)
    yield shown
    ctx.close()


def _in_language(text: str, lang: str) -> bool:
    return bool(text.strip()) and bool(CHINESE.search(text)) == (lang == "zh_CN")


@pytest.mark.parametrize("reason", get_args(ProfileFormReason))
def test_every_profile_form_reason_has_its_own_words(
    dialog: ProfileDialog, lang: str, reason: ProfileFormReason
) -> None:
    text = dialog._input_text(InputError(FALLBACK, reason=reason))
    assert text != FALLBACK
    assert _in_language(text, lang), text


def test_other_input_reasons_keep_the_core_message(dialog: ProfileDialog) -> None:
    assert dialog._input_text(InputError(FALLBACK, reason="import")) == FALLBACK


@pytest.mark.parametrize("reason", get_args(HistoryReason))
def test_every_history_reason_has_words(lang: str, reason: HistoryReason) -> None:
    text = reason_text(reason)
    assert text == history_reason_text(reason)
    assert _in_language(text, lang), text
    if reason != "io":  # a disk error is the one said as "the disk reported an error"
        assert text != history_reason_text("io")


def test_an_unknown_history_reason_is_said_as_a_disk_error(lang: str) -> None:
    assert reason_text("something new") == history_reason_text("io")
