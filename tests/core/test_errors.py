"""Every error a front end words is a LeshuaError: a stable kind, a reason, a message."""

from __future__ import annotations

from typing import get_args

import pytest

from leshua_gui.cli.parser import UsageError
from leshua_gui.core.errors import (
    HistoryReason,
    InputError,
    LeshuaError,
    ProtocolReason,
    SignatureReason,
    TimeoutReason,
    TransportReason,
)
from leshua_gui.core.history.store import _WORDS as store_words
from leshua_gui.core.history.store import HistoryUnavailable
from leshua_gui.core.text import labels


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


@pytest.mark.parametrize(
    ("reasons", "table"),
    [
        (TransportReason, labels.TRANSPORT_ADVICE),
        (ProtocolReason, labels.PROTOCOL_ADVICE),
        (SignatureReason, labels.SIGNATURE_ADVICE),
    ],
    ids=["transport", "protocol", "signature"],
)
def test_every_reason_of_a_failure_has_its_own_advice_and_every_advice_a_reason(
    reasons: object, table: dict[str, object]
) -> None:
    assert set(table) == set(get_args(reasons))


def test_a_timeout_is_a_transport_reason() -> None:
    assert set(get_args(TimeoutReason)) <= set(get_args(TransportReason))


def test_the_history_reasons_are_the_ones_the_store_gives() -> None:
    assert set(store_words) | {"missing"} == set(get_args(HistoryReason))
