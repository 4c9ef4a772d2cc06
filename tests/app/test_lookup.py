"""One lookup, as both front ends run it: real HTTP to the demo gateway, the row in a real
history file, recorded once whether the lookup ended or was cancelled."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from leshua_gui.app.lookup import LookupRequest, run_lookup
from leshua_gui.app.services import Services
from leshua_gui.core.gateway.polling import Attempt
from leshua_gui.core.history.record import HistoryRecord
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox.orders import DEMO_MERCHANT_ID


@pytest.fixture
def app() -> Iterator[Services]:
    services = Services(demo=True)
    try:
        yield services
    finally:
        services.close()


def _rows(app: Services) -> list[HistoryRecord]:
    assert app.history_writer.flush(timeout=10)
    return list(app.history.page())


def _order(value: str) -> OrderRef:
    return OrderRef.of(third_order_id=value)


def test_a_paid_lookup_is_trusted_final_and_recorded_once(app: Services) -> None:
    demo = app.start_demo()
    lookup = run_lookup(app, LookupRequest(demo, _order("DEMO-PAID-WX")))
    assert lookup.trusted
    assert lookup.final
    assert (lookup.profile, lookup.merchant_id, lookup.environment) == (
        "Demo",
        DEMO_MERCHANT_ID,
        "sandbox",
    )
    (row,) = _rows(app)
    assert (row.order_id, row.lookup, row.profile) == ("DEMO-PAID-WX", "order", "Demo")
    assert row.final


def test_a_cancelled_lookup_is_recorded_once_and_not_final(app: Services) -> None:
    demo = app.start_demo()
    cancel = threading.Event()
    seen: list[Attempt] = []

    def attempted(attempt: Attempt) -> None:
        seen.append(attempt)
        cancel.set()  # the person presses Cancel while the order is still paying

    request = LookupRequest(demo, _order("DEMO-PAYING"), deadline_s=60.0)
    lookup = run_lookup(app, request, cancel, attempted)
    assert lookup.cancelled
    assert not lookup.final
    assert [a.number for a in seen] == [1]
    (row,) = _rows(app)
    assert row.order_id == "DEMO-PAYING"
    assert not row.final


def test_a_refund_lookup_records_the_refund_asked_for(app: Services) -> None:
    demo = app.start_demo()
    request = LookupRequest(
        demo,
        _order("DEMO-REFUNDED"),
        kind="refund",
        refund=("merchant_refund_id", "DEMO-REFUND-2"),
        deadline_s=60.0,  # a refund is asked once all the same
    )
    lookup = run_lookup(app, request)
    assert lookup.refund
    assert lookup.trusted
    assert len(lookup.result.attempts) == 1
    (row,) = _rows(app)
    assert (row.lookup, row.refund_id_kind, row.refund_id) == (
        "refund",
        "merchant_refund_id",
        "DEMO-REFUND-2",
    )


def test_an_answer_with_a_bad_signature_is_not_trusted(app: Services) -> None:
    demo = app.start_demo()
    lookup = run_lookup(app, LookupRequest(demo, _order("FAULT-BAD-SIGN")))
    assert not lookup.trusted
    assert not lookup.final
    (row,) = _rows(app)
    assert not row.trusted


def test_nothing_is_recorded_when_the_request_says_so(app: Services) -> None:
    demo = app.start_demo()
    run_lookup(app, LookupRequest(demo, _order("DEMO-PAID-WX"), record=False))
    assert _rows(app) == []


def test_a_lookup_that_ends_after_quitting_reopens_no_history() -> None:
    app = Services(demo=True)
    demo = app.start_demo()
    lookup = run_lookup(app, LookupRequest(demo, _order("DEMO-PAID-WX"), record=False))
    app.close()  # the window quit while an abandoned lookup was still asking
    app.record(lookup.result, lookup.queried_at, demo, lookup.request.order, lookup="order")
    assert not app.paths.history_db.exists()
