"""Every error a front end words is a LeshuaError: a stable kind, a reason, a message."""

from __future__ import annotations

import pytest

from leshua_gui.cli.parser import UsageError
from leshua_gui.core.errors import InputError, LeshuaError
from leshua_gui.core.history.store import HistoryUnavailable


def test_a_history_that_cannot_be_used_is_a_typed_error_with_its_reason() -> None:
    exc = HistoryUnavailable("the query history h.sqlite3 cannot be used now: busy", "busy")
    assert isinstance(exc, LeshuaError)
    assert (exc.kind, exc.reason) == ("history", "busy")
    assert exc.message == str(exc) == "the query history h.sqlite3 cannot be used now: busy"
    with pytest.raises(LeshuaError):
        raise HistoryUnavailable("no query has been recorded yet", reason="missing")


def test_a_usage_error_is_a_typed_input_failure_but_not_an_input_error() -> None:
    exc = UsageError("give --merchant-id MID (or --profile NAME)")
    assert isinstance(exc, LeshuaError)
    # the command line says it through the parser (exit 2), before any `except InputError`
    assert not isinstance(exc, InputError)
    assert (exc.kind, exc.reason) == ("input", "usage")
    assert exc.message == str(exc) == "give --merchant-id MID (or --profile NAME)"
