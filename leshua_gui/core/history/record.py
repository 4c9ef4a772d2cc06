"""One history row: what a query found, flattened for SQLite, and back into a result to show."""

# The record's fields are declared with `stored(...)`, a dataclasses.field with the row codec.

from __future__ import annotations

import getpass
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from functools import cache
from typing import Any

from leshua_gui.core import errors as err
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.history.times import pay_moment
from leshua_gui.core.infra.redact import scrub
from leshua_gui.core.protocol.answer import (
    AMOUNT_FIELDS,
    FINAL_STATES,
    REFUND_AMOUNT_FIELDS,
    REFUND_ID_FIELDS,
    Answer,
)
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.protocol.signing import VerificationResult
from leshua_gui.core.protocol.validation import IdKind
from leshua_gui.core.text import labels
from leshua_gui.core.text.words import untrusted

ERROR_CLASSES: dict[str, type[err.LeshuaError]] = {
    "input": err.InputError,
    "transport": err.TransportError,
    "timeout": err.GatewayTimeout,
    "protocol": err.ProtocolError,
    "gateway": err.GatewayError,
    "signature": err.SignatureError,
}

#: What a row looked up: an order's payment state (query_status), one refund of it, or an
#: attempt to close it (close_order: what the gateway said to the request, never the order's
#: payment state for anything asking whether it was paid).
LOOKUPS = ("order", "refund", "close")
#: The lookup a service's exchange is, when the caller does not name it (any other: "order").
SERVICE_LOOKUPS = {"unified_query_refund": "refund", "close_order": "close"}
#: Every amount a row can keep, in fen: the order's, then a refund answer's.
ALL_AMOUNT_FIELDS = (*AMOUNT_FIELDS, *REFUND_AMOUNT_FIELDS)


@cache
def os_user() -> str:
    """The login name (looked up once: a batch records thousands of rows)."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers and services)
        return ""


def to_ms(moment: datetime) -> int:
    """A moment as stored: UTC, milliseconds since the epoch."""
    return int(moment.astimezone(UTC).timestamp() * 1000)


def from_ms(value: int) -> datetime:
    return datetime.fromtimestamp(value / 1000, UTC)


def dumps(data: dict[str, Any] | None) -> str | None:
    return None if data is None else json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Stored:
    """How one field of HistoryRecord is kept in its row and shown in `history --json`.

    A field without this metadata is one TEXT column of its own name, read back as it was,
    and the last entry of the JSON under its own name: adding such a field to the record (and
    its column to a new migration in schema.py) is all it takes.
    """

    #: value -> column value (one column), or a tuple of values (`columns` given)
    encode: Callable[[Any], Any] = _same
    #: column value (or the tuple of them) -> value; None is passed on to it too
    decode: Callable[[Any], Any] = _same
    #: the columns a value is spread into; () = one column named after the field
    columns: tuple[str, ...] = ()
    #: in the list's SELECT (False: loaded for one row only, such as the raw answer)
    listed: bool = True
    #: not written by INSERT (the row id SQLite gives)
    generated: bool = False
    #: the JSON key ("" = the field's name, None = not a JSON entry of its own)
    json: str | None = ""
    to_json: Callable[[Any], Any] = _same
    #: the entry's place in the JSON object (smaller first; ties in field order)
    at: float = math.inf


ROW = "history_row"  # the dataclass field metadata key of a Stored


def stored(**spec: Any) -> Any:
    """A HistoryRecord field with its row codec: `stored(default=..., decode=..., at=...)`."""
    options = {k: spec.pop(k) for k in ("default", "default_factory") if k in spec}
    return field(**options, metadata={ROW: Stored(**spec)})


def _amounts_in(amounts: dict[str, int]) -> tuple[int | None, ...]:
    return tuple(amounts.get(name) for name in ALL_AMOUNT_FIELDS)


def _amounts_out(values: tuple[Any, ...]) -> dict[str, int]:
    return {k: int(v) for k, v in zip(ALL_AMOUNT_FIELDS, values, strict=True) if v is not None}


def _amounts_json(amounts: dict[str, int]) -> dict[str, int]:
    return {k: amounts[k] for k in ALL_AMOUNT_FIELDS if k in amounts}


def _moment_in(value: datetime | None) -> int | None:
    return None if value is None else to_ms(value)


def _moment_out(value: Any) -> datetime | None:
    return None if value is None else from_ms(int(value))


#: How a poll stopped before a final state: cancelled by the person, or at the deadline.
STOPS = ("cancelled", "deadline")


def _ms_or_none(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _raw_text(raw: bytes | None) -> str | None:
    return None if raw is None else raw.decode("utf-8", errors="replace")


@dataclass
class HistoryRecord:
    """Amounts in fen, ids and codes as strings, time in UTC. The key is never in here.

    The fields are the stored row (see `Stored`): the store's columns, its row codec and the
    JSON of `history --json` are all read from them.
    """

    queried_at: datetime = stored(
        encode=to_ms, decode=lambda v: from_ms(int(v)), json="time",
        to_json=datetime.isoformat, at=1,
    )  # fmt: skip
    profile: str = stored(at=3)
    merchant_id: str = stored(at=4)
    environment: str = stored(at=5)
    id_kind: IdKind = stored(at=6)
    order_id: str = stored(at=7)
    # verified, mismatch, unsigned, or None when nothing was parsed
    outcome: str | None = stored(default=None, json="verification", at=11)
    # in JSON together as "error" (ERROR_JSON)
    error_kind: str | None = stored(default=None, json=None)
    error_code: str | None = stored(default=None, json=None)
    error_message: str | None = stored(default=None, json=None)
    status: str | None = stored(default=None, at=14)
    pay_way: str | None = stored(default=None, at=15)
    trade_type: str | None = stored(default=None, at=16)
    amounts: dict[str, int] = stored(
        default_factory=dict, columns=ALL_AMOUNT_FIELDS, encode=_amounts_in,
        decode=_amounts_out, json="amounts_fen", to_json=_amounts_json, at=17,
    )  # fmt: skip
    pay_time: str | None = stored(default=None, at=18)
    third_order_id: str | None = stored(default=None, at=19)
    leshua_order_id: str | None = stored(default=None, at=20)
    out_transaction_id: str | None = stored(default=None, at=21)
    channel_order_id: str | None = stored(default=None, at=22)
    elapsed_ms: float | None = stored(default=None, to_json=_ms_or_none, at=25)
    attempts: int = stored(default=1, decode=lambda v: int(v or 1), at=26)
    final: bool = stored(default=False, encode=int, decode=bool, at=27)
    os_user: str = stored(default_factory=os_user, decode=lambda v: v or "", at=2)
    raw_answer: bytes | None = stored(default=None, listed=False, to_json=_raw_text, at=29)
    # endpoint, form with sign, masked strings, status: what support needs to see again (the
    # form sent, sign included but never the key, the masked signed string, endpoint and HTTP
    # status); the answer exactly as received is raw_answer
    exchange: dict[str, Any] | None = stored(
        default=None, listed=False, encode=dumps,
        decode=lambda v: json.loads(v) if v else None, at=28,
    )  # fmt: skip
    #: "order" (payment state), "refund" (one refund of the order) or "close" (an attempt to
    #: close the order)
    lookup: str = stored(default="order", decode=lambda v: v or "order", at=8)
    #: the refund number asked for and its kind (merchant_refund_id or leshua_refund_id)
    refund_id_kind: str | None = stored(default=None, at=9)
    refund_id: str | None = stored(default=None, at=10)
    #: the refund numbers the answer named
    merchant_refund_id: str | None = stored(default=None, at=23)
    leshua_refund_id: str | None = stored(default=None, at=24)
    id: int | None = stored(default=None, generated=True, decode=int, at=0)
    #: pay_time as a moment (the gateway writes Beijing time, in one of two formats)
    paid_at: datetime | None = stored(
        default=None, encode=_moment_in, decode=_moment_out, json=None
    )
    #: "cancelled" or "deadline": the poll stopped before a final state (None: it did not)
    stopped: str | None = stored(default=None, json=None)
    #: the error's reason key (connect, tls, malformed, mismatch ...), worded by the front ends
    error_reason: str | None = stored(default=None, json=None)
    #: the batch job the query was asked for (None: a query of its own); last in the JSON
    job: str | None = None

    def __post_init__(self) -> None:
        if self.paid_at is None and self.pay_time:
            self.paid_at = pay_moment(self.pay_time)

    # -- from a query -------------------------------------------------------------------

    @classmethod
    def from_result(
        cls,
        result: PollResult,
        *,
        queried_at: datetime,
        profile: str,
        merchant_id: str,
        environment: str,
        id_kind: IdKind,
        order_id: str,
        lookup: str | None = None,
        refund_id_kind: str | None = None,
        refund_id: str | None = None,
        job: str | None = None,
    ) -> HistoryRecord:
        """The lookup kind and refund number are the caller's; without them, what was sent.
        `job` is the batch job the query was asked for (None for a query of its own)."""
        answer = result.answer
        error = result.error
        exchange = result.exchange
        verification = result.verification
        if lookup is None and exchange is not None:
            lookup = SERVICE_LOOKUPS.get(exchange.service, "order")
            if lookup == "refund" and refund_id is None:
                for name in REFUND_ID_FIELDS:
                    if exchange.form.get(name):
                        refund_id_kind, refund_id = name, exchange.form[name]
                        break
        if lookup not in LOOKUPS:
            lookup = "refund" if refund_id else "order"
        record = cls(
            queried_at=queried_at.astimezone(UTC),
            profile=profile,
            merchant_id=merchant_id,
            environment=environment,
            id_kind=id_kind,
            order_id=order_id,
            outcome=verification.status if verification else None,
            error_kind=error.kind if error else None,
            error_code=error.code if error else None,
            error_message=scrub(error.gateway_message or error.message) if error else None,
            error_reason=(error.reason or None) if error else None,
            attempts=len(result.attempts),
            final=bool(result.reply is not None and answer is not None and answer.is_final),
            lookup=lookup,
            refund_id_kind=refund_id_kind if lookup == "refund" else None,
            refund_id=refund_id if lookup == "refund" else None,
            job=job or None,
        )
        if not record.final:
            record.stopped = (
                "cancelled" if result.cancelled else "deadline" if result.deadline_reached else None
            )
        if answer is not None:
            record.status = answer.status
            record.pay_way = answer.pay_way
            record.trade_type = answer.trade_type
            record.amounts = {**answer.amounts_fen, **answer.refund_amounts_fen}
            record.merchant_refund_id = answer.get("merchant_refund_id") or None
            record.leshua_refund_id = answer.get("leshua_refund_id") or None
            record.pay_time = answer.get("pay_time") or None
            record.paid_at = pay_moment(record.pay_time)
            for name in (
                "third_order_id",
                "leshua_order_id",
                "out_transaction_id",
                "channel_order_id",
            ):
                setattr(record, name, answer.get(name) or None)
        if exchange is not None:
            record.elapsed_ms = exchange.elapsed_ms
            record.raw_answer = exchange.body or None
            data = exchange.to_json()
            data.pop("body", None)
            if verification is not None:
                data["verification"] = {
                    "status": verification.status,
                    "rule": verification.rule,
                    "received": verification.received,
                    "expected": verification.expected,
                    "signed_string_masked": verification.signed_string_masked,
                }
            if error is not None:
                data["error"] = {"reason": error.reason, "message": scrub(error.message)}
            record.exchange = data
        return record

    # -- back into something the window can show ---------------------------------------------

    def to_result(self) -> PollResult:
        """The stored answer as a PollResult (trust exactly as recorded, never upgraded)."""
        data = self.exchange or {}
        exchange: Exchange | None = None
        if data:
            exchange = Exchange(
                endpoint=str(data.get("endpoint", "")),
                service=str(data.get("service", "query_status")),
                form=dict(data.get("form") or {}),
                signed_string_masked=str(data.get("signed_string_masked", "")),
                started_at=self.queried_at,
                http_status=data.get("http_status"),
                elapsed_ms=data.get("elapsed_ms"),
                body=self.raw_answer or b"",
                tries=int(data.get("tries") or 0),
            )
        answer = self._stored_answer()
        v = data.get("verification")
        verification = (
            VerificationResult(
                v["status"], v.get("rule"), v.get("received"), v.get("expected"),
                v.get("signed_string_masked"),
            )
            if isinstance(v, dict) and v.get("status") in ("verified", "mismatch", "unsigned")
            else None
        )  # fmt: skip
        result = PollResult(final=self.final)
        reply = None
        error: err.LeshuaError | None = None
        if self.error_kind:
            cls = ERROR_CLASSES.get(self.error_kind, err.LeshuaError)
            detail = data.get("error") or {}
            error = cls(
                str(detail.get("message") or self.error_message or ""),
                reason=str(detail.get("reason") or ""),
                code=self.error_code,
                gateway_message=self.error_message or "",
                exchange=exchange,
                answer=answer,
                verification=verification,
            )
        elif answer is not None and exchange is not None and verification is not None:
            from leshua_gui.core.gateway.client import Reply

            reply = Reply(exchange, answer, verification)
        for number in range(1, self.attempts + 1):
            last = number == self.attempts
            result.attempts.append(
                Attempt(number, self.queried_at, 0.0, reply if last else None,
                        error if last else None)
            )  # fmt: skip
        return result

    def _stored_answer(self) -> Answer | None:
        if not self.raw_answer:
            return None
        from leshua_gui.core.errors import ProtocolError
        from leshua_gui.core.protocol.xml_reader import read_fields

        try:
            return Answer(tuple(read_fields(self.raw_answer)))
        except ProtocolError:
            return None

    @property
    def trusted(self) -> bool:
        """Whether the stored answer verified (an untrusted state is never shown as a fact)."""
        return self.outcome == "verified" and self.error_kind is None

    def state_text(self, lang: labels.Lang) -> str:
        """The trade state in words, marked when the answer is not to be trusted."""
        if not self.status:
            return ""
        state = labels.trade_state(self.status, lang)
        if not self.untrusted_state:
            return state
        words = untrusted(self.outcome, lang)
        return f"{state}（{words}）" if lang.startswith("zh") else f"{state} ({words})"

    def untrusted_words(self, lang: labels.Lang) -> str:
        """How the answer failed, e.g. "UNTRUSTED: signature mismatch", in `lang`."""
        return untrusted(self.outcome, lang)

    def money_text(self, name: str, lang: labels.Lang) -> str:
        """An amount as "¥128.00", or "¥888.00 (UNTRUSTED: ...)" when the answer is not
        trusted: a claimed amount is never a plain number ("" when absent)."""
        fen = self.amounts.get(name)
        if fen is None:
            return ""
        text = format_yuan(fen, symbol="¥")
        return text if self.trusted else f"{text} ({self.untrusted_words(lang)})"

    @property
    def watchable(self) -> bool:
        """An order lookup that was sent and got no trusted final state (paying, not found,
        unknown, a transport error): what "Watch until final" offers. A refund lookup or a
        close attempt is never watched (watching asks the order's payment state)."""
        if self.lookup != "order" or self.error_kind == "input":
            return False
        return not (self.final or (self.trusted and self.status in FINAL_STATES))

    @property
    def untrusted_state(self) -> bool:
        """A trade state is present but the answer is not to be trusted (any error)."""
        return self.status is not None and not self.trusted

    # -- JSON (leshua-query history --json) -------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The row for `history --json`: every field by its Stored entry, plus "trusted" and
        "error", in the declared order."""
        return {key: value(self) for key, value in json_entries(type(self))}


#: JSON entries that are no field of their own: (key, place, value).
JSON_EXTRAS: tuple[tuple[str, float, Callable[[HistoryRecord], Any]], ...] = (
    ("trusted", 12, lambda r: r.trusted),
    (
        "error",
        13,
        lambda r: (
            None
            if r.error_kind is None
            else {"kind": r.error_kind, "code": r.error_code, "message": r.error_message}
        ),
    ),
)


@dataclass(frozen=True)
class Column:
    """One field of the record as stored: derived from the dataclass, never listed by hand."""

    name: str  # the field
    spec: Stored

    @property
    def sql(self) -> tuple[str, ...]:
        return self.spec.columns or (self.name,)

    def encode(self, record: HistoryRecord) -> tuple[Any, ...]:
        value = self.spec.encode(getattr(record, self.name))
        return tuple(value) if self.spec.columns else (value,)

    def decode(self, values: tuple[Any, ...]) -> Any:
        return self.spec.decode(values if self.spec.columns else values[0])


_ROWS: dict[type[HistoryRecord], tuple[Column, ...]] = {}
_JSON: dict[type[HistoryRecord], tuple[tuple[str, Callable[[HistoryRecord], Any]], ...]] = {}


def row_columns(cls: type[HistoryRecord] = HistoryRecord) -> tuple[Column, ...]:
    """Every field of `cls` as a stored column (or group of columns), in field order."""
    if cls not in _ROWS:
        _ROWS[cls] = tuple(Column(f.name, f.metadata.get(ROW, Stored())) for f in fields(cls))
    return _ROWS[cls]


def row_values(record: HistoryRecord) -> list[Any]:
    """The values of every column an INSERT writes (all but the generated ones), in the order
    of `row_columns`: every record of the history passes here, so the plan is made once."""
    values: list[Any] = []
    for name, encode, spread in _row_plan(type(record)):
        value = getattr(record, name)
        if encode is not None:
            value = encode(value)
        if spread:
            values.extend(value)
        else:
            values.append(value)
    return values


_Plan = tuple[tuple[str, Callable[[Any], Any] | None, bool], ...]
_PLANS: dict[type[HistoryRecord], _Plan] = {}


def _row_plan(cls: type[HistoryRecord]) -> _Plan:
    """(field, its encoder or None when it is stored as it is, spread into several columns)."""
    if cls not in _PLANS:
        _PLANS[cls] = tuple(
            (c.name, None if c.spec.encode is _same else c.spec.encode, bool(c.spec.columns))
            for c in row_columns(cls)
            if not c.spec.generated
        )
    return _PLANS[cls]


def json_entries(
    cls: type[HistoryRecord] = HistoryRecord,
) -> tuple[tuple[str, Callable[[HistoryRecord], Any]], ...]:
    """(key, value of a record) for `to_json`, in their declared places."""
    if cls not in _JSON:
        _JSON[cls] = _json_entries(cls)
    return _JSON[cls]


def _json_entries(
    cls: type[HistoryRecord],
) -> tuple[tuple[str, Callable[[HistoryRecord], Any]], ...]:
    entries: list[tuple[float, int, str, Callable[[HistoryRecord], Any]]] = []
    for n, column in enumerate(row_columns(cls)):
        spec = column.spec
        if spec.json is None:
            continue

        def value(r: HistoryRecord, name: str = column.name, out: Any = spec.to_json) -> Any:
            return out(getattr(r, name))

        entries.append((spec.at, n, spec.json or column.name, value))
    entries += [(at, -1, key, fn) for key, at, fn in JSON_EXTRAS]
    return tuple((key, fn) for _, _, key, fn in sorted(entries, key=lambda e: (e[0], e[1])))
