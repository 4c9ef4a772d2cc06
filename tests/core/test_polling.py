"""Polling: query again until a final state or the deadline; never call unknown unpaid."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

import pytest

from leshua_gui.core.errors import (
    GatewayError,
    GatewayTimeout,
    InputError,
    LeshuaError,
    ProtocolError,
    SignatureError,
    TransportError,
)
from leshua_gui.core.gateway.client import Reply
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult, default_schedule, poll
from leshua_gui.core.protocol.answer import Answer
from leshua_gui.core.protocol.signing import VerificationResult

VERIFIED = VerificationResult("verified", "doc", "AB" * 16, "AB" * 16, "status=0&key=********")


def reply(status: str) -> Reply:
    exchange = Exchange(
        "https://t-paygate.lepass.cn/cgi-bin/lepos_pay_gateway.cgi",
        "query_status",
        {"service": "query_status"},
        "service=query_status&key=********",
    )
    fields = (("resp_code", "0"), ("result_code", "0"), ("status", status))
    return Reply(exchange, Answer(fields), VERIFIED)


class FakeClock:
    """Each query takes one second of fake time; the schedule's waits take none."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Gateway:
    """Plays back replies and errors in order; the last one repeats forever."""

    def __init__(self, script: Iterable[Reply | LeshuaError], clock: FakeClock) -> None:
        self.script = list(script)
        self.clock = clock
        self.calls = 0

    def __call__(self) -> Reply:
        self.calls += 1
        self.clock.now += 1.0
        item = self.script[min(self.calls, len(self.script)) - 1]
        if isinstance(item, LeshuaError):
            raise item
        return item


def no_wait(_attempt: int) -> float:
    return 0.0


def run(
    script: Iterable[Reply | LeshuaError], *, deadline_s: float = 5.0, **kwargs: object
) -> tuple[Gateway, list[Attempt], PollResult]:
    clock = FakeClock()
    gateway = Gateway(script, clock)
    seen: list[Attempt] = []
    result = poll(
        gateway,
        deadline_s=deadline_s,
        on_attempt=seen.append,
        schedule=no_wait,
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )
    return gateway, seen, result


# --- schedule --------------------------------------------------------------------------------


def test_default_schedule_starts_at_two_seconds_and_settles_at_five() -> None:
    waits = [default_schedule(n) for n in range(1, 101)]
    assert waits[0] == 2.0
    assert 5.0 in waits
    assert waits[-1] == 5.0
    assert all(2.0 <= w <= 5.0 for w in waits)
    assert waits == sorted(waits)  # never speeds up again


def test_default_schedule_fits_the_usual_window() -> None:
    """Within 60 s the gateway is asked at most about 15 times (2-5 s apart)."""
    total, asks = 0.0, 1
    while total + default_schedule(asks) <= 60:
        total += default_schedule(asks)
        asks += 1
    assert 12 <= asks <= 16


# --- final and non-final states --------------------------------------------------------------


@pytest.mark.parametrize("final", ["2", "6", "8", "11", "12"])
def test_final_state_stops_polling(final: str) -> None:
    gateway, seen, result = run([reply("0"), reply("0"), reply(final)], deadline_s=60)
    assert gateway.calls == 3
    assert result.final is True
    assert result.deadline_reached is False
    assert result.cancelled is False
    assert result.error is None
    assert result.answer is not None
    assert result.answer.status == final
    assert [a.status for a in seen] == ["0", "0", final]


@pytest.mark.parametrize("status", ["0"])
def test_non_final_state_polls_until_the_deadline(status: str) -> None:
    gateway, _, result = run([reply(status)], deadline_s=5)
    # One query per fake second: queries start at 0..5 s, the next would start after 5 s.
    assert gateway.calls == 6
    assert len(result.attempts) == 6
    assert result.final is False
    assert result.deadline_reached is True
    assert result.cancelled is False
    assert result.error is None  # running out of time is not an error
    assert result.answer is not None
    assert result.answer.status == status


def test_refunding_ends_a_payment_lookup_at_once() -> None:
    """The payment's outcome is known (it was paid; a refund is under way): refund progress
    takes 1-3 working days and belongs to the refund lookup, not to 60 s of polling."""
    gateway, _, result = run([reply("0"), reply("10")], deadline_s=60)
    assert gateway.calls == 2
    assert result.settled is True
    assert result.deadline_reached is False
    assert result.final is False  # a refund in progress is not a final state of the refund
    assert result.unknown_state is False


@pytest.mark.parametrize("status", ["99", "1", "-1", "paid"])
def test_an_unknown_state_code_ends_the_poll_shown_with_its_code(status: str) -> None:
    from leshua_gui.core.present import report

    gateway, _, result = run([reply(status)], deadline_s=60)
    assert gateway.calls == 1
    assert result.settled is True
    assert result.unknown_state is True
    assert result.final is False
    assert result.deadline_reached is False
    head = report.summary_lines(result, "en")[0]
    assert f"unknown ({status})" in head
    assert f"[{status}]" in head
    assert "stopped asking" in head
    assert report.to_json(result, "en")["status_label"] == f"unknown ({status})"


def test_only_paying_is_asked_again() -> None:
    for status in ("2", "6", "8", "10", "11", "12", "77"):
        gateway, _, result = run([reply(status)], deadline_s=60)
        assert gateway.calls == 1, status
    gateway, _, result = run([reply("0")], deadline_s=60)
    assert gateway.calls > 1
    assert result.settled is False


def test_deadline_zero_is_exactly_one_query() -> None:
    gateway, seen, result = run([reply("0")], deadline_s=0)
    assert gateway.calls == 1
    assert len(seen) == 1
    assert result.final is False
    assert result.cancelled is False
    assert result.answer is not None
    assert result.answer.status == "0"


def test_deadline_zero_with_a_final_answer() -> None:
    gateway, _, result = run([reply("2")], deadline_s=0)
    assert gateway.calls == 1
    assert result.final is True


def test_attempts_record_elapsed_time_on_the_clock() -> None:
    _, seen, _ = run([reply("0"), reply("0"), reply("2")], deadline_s=60)
    assert [a.elapsed_s for a in seen] == [1.0, 2.0, 3.0]
    assert [a.outcome for a in seen] == ["verified"] * 3


# --- errors ----------------------------------------------------------------------------------

RETRIED: dict[str, Callable[[], LeshuaError]] = {
    "transport": lambda: TransportError("connection refused", reason="connect"),
    "timeout": lambda: GatewayTimeout("read timed out", reason="timeout"),
    "malformed": lambda: ProtocolError("not XML", reason="malformed"),
    "-4006": lambda: GatewayError(
        "order not found", reason="result", code="-4006", gateway_message="订单不存在"
    ),
}

STOPPING: dict[str, Callable[[], LeshuaError]] = {
    "signature": lambda: SignatureError(
        "signature mismatch",
        reason="mismatch",
        answer=Answer((("resp_code", "0"), ("result_code", "0"), ("status", "2"))),
    ),
    "input": lambda: InputError("bad id", reason="third_order_id"),
    "-20006": lambda: GatewayError(
        "signature check failed", reason="result", code="-20006", gateway_message="验签失败"
    ),
}


@pytest.mark.parametrize("name", list(RETRIED))
def test_passing_trouble_is_retried_until_a_final_state(name: str) -> None:
    error = RETRIED[name]()
    gateway, seen, result = run([error, error, reply("2")], deadline_s=60)
    assert gateway.calls == 3
    assert [a.outcome for a in seen] == [error.kind, error.kind, "verified"]
    assert result.final is True
    assert result.error is None


@pytest.mark.parametrize("name", list(RETRIED))
def test_passing_trouble_until_the_deadline_is_unknown_not_final(name: str) -> None:
    error = RETRIED[name]()
    gateway, _, result = run([error], deadline_s=3)
    assert gateway.calls == 4
    assert result.final is False
    assert result.deadline_reached is True
    assert result.error is error


@pytest.mark.parametrize("name", list(STOPPING))
def test_lasting_errors_stop_at_once(name: str) -> None:
    error = STOPPING[name]()
    gateway, seen, result = run([error, reply("2")], deadline_s=60)
    assert gateway.calls == 1
    assert len(seen) == 1
    assert result.error is error
    assert result.final is False
    assert result.deadline_reached is False
    assert result.cancelled is False


def test_signature_error_with_paid_status_is_not_final() -> None:
    _, _, result = run([STOPPING["signature"]()], deadline_s=60)
    assert result.answer is not None
    assert result.answer.status == "2"
    assert result.reply is None  # untrusted
    assert result.final is False


def test_errors_other_than_leshua_errors_propagate() -> None:
    def broken() -> Reply:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        poll(broken, deadline_s=5, schedule=no_wait, clock=FakeClock())


# --- cancel ----------------------------------------------------------------------------------


def test_cancel_before_start_makes_no_query() -> None:
    cancel = threading.Event()
    cancel.set()
    gateway, seen, result = run([reply("2")], deadline_s=60, cancel=cancel)
    assert gateway.calls == 0
    assert seen == []
    assert result.attempts == []
    assert result.cancelled is True
    assert result.final is False


def test_cancel_during_the_wait_returns_at_once() -> None:
    cancel = threading.Event()
    calls: list[float] = []

    def query() -> Reply:
        calls.append(time.monotonic())
        return reply("0")

    timer = threading.Timer(0.1, cancel.set)
    started = time.monotonic()
    timer.start()
    try:
        result = poll(query, deadline_s=600, cancel=cancel, schedule=lambda _n: 30.0)
    finally:
        timer.cancel()
        timer.join()
    took = time.monotonic() - started
    assert took < 1.0
    assert len(calls) == 1
    assert result.cancelled is True
    assert result.final is False
    assert result.deadline_reached is False
    assert len(result.attempts) == 1


def test_answer_after_cancel_is_not_reported() -> None:
    cancel = threading.Event()
    seen: list[Attempt] = []

    def query() -> Reply:
        cancel.set()  # the user pressed Cancel while this query was on the wire
        return reply("2")

    result = poll(query, deadline_s=60, cancel=cancel, on_attempt=seen.append, schedule=no_wait)
    assert seen == []
    assert result.attempts == []
    assert result.answer is None
    assert result.final is False
    assert result.cancelled is True


def test_an_answer_after_cancel_is_kept_as_the_last_when_asked_to_keep_it() -> None:
    """A batch keeps what was asked: the answer on the wire at cancel is its outcome."""
    cancel = threading.Event()
    seen: list[Attempt] = []
    calls: list[int] = []

    def query() -> Reply:
        calls.append(1)
        cancel.set()
        return reply("0")  # paying: would be asked again, but the lookup was cancelled

    result = poll(query, deadline_s=60, cancel=cancel, on_attempt=seen.append, schedule=no_wait,
                  keep_late=True)  # fmt: skip
    assert len(calls) == 1
    assert len(seen) == 1
    assert len(result.attempts) == 1
    assert result.answer is not None
    assert result.answer.status == "0"
    assert result.cancelled is True
    assert result.final is False


def test_error_after_cancel_is_not_reported() -> None:
    cancel = threading.Event()

    def query() -> Reply:
        cancel.set()
        raise GatewayTimeout("read timed out", reason="timeout")

    result = poll(query, deadline_s=60, cancel=cancel, schedule=no_wait)
    assert result.attempts == []
    assert result.error is None
    assert result.cancelled is True


# --- progress --------------------------------------------------------------------------------


def test_on_attempt_is_called_once_per_attempt_with_increasing_numbers() -> None:
    timeout = RETRIED["timeout"]()
    gateway, seen, result = run([reply("0"), timeout, reply("0"), reply("2")], deadline_s=60)
    assert gateway.calls == 4
    assert [a.number for a in seen] == [1, 2, 3, 4]
    assert seen == result.attempts
    assert [a.status for a in seen] == ["0", None, "0", "2"]
    assert [a.outcome for a in seen] == ["verified", "timeout", "verified", "verified"]
    assert [a.at for a in seen] == sorted(a.at for a in seen)


@pytest.mark.parametrize("reason", ["redirect", "ca_bundle"])
def test_a_redirect_or_an_unusable_ca_bundle_is_not_asked_again(reason: str) -> None:
    gateway, _, result = run([TransportError("x", reason=reason)], deadline_s=60)
    assert gateway.calls == 1
    assert result.error is not None
    assert result.error.reason == reason
