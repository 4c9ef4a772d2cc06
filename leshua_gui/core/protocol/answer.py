"""A typed view over an answer's fields; the fields themselves are kept exactly as received."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from leshua_gui.core.protocol.money import parse_fen

CHINA_TZ = timezone(timedelta(hours=8), "UTC+08:00")

#: Trade states after which polling stops (section 7).
FINAL_STATES = frozenset({"2", "6", "8", "11", "12"})
PAYING = "0"
PAID = "2"
REFUNDING = "10"
#: Every state code of section 7; any other is shown as unknown with its code.
KNOWN_STATES = FINAL_STATES | {PAYING, REFUNDING}

AMOUNT_FIELDS = ("amount", "buyer_pay_amount", "discount_amount", "coupon", "settlement_amount")
#: Amounts of a refund answer (`unified_query_refund`, section 8), in fen.
REFUND_AMOUNT_FIELDS = (
    "total_amount", "refund_amount", "discount_refund_amount", "settlement_refund_amount",
)  # fmt: skip
REFUND_ID_FIELDS = ("merchant_refund_id", "leshua_refund_id")
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y%m%d%H%M%S")

#: Fields of the query, refund and close answers that the product knows and shows by name.
KNOWN_FIELDS = frozenset(
    {
        "resp_code", "resp_msg", "result_code", "error_code", "error_msg", "merchant_id",
        "sub_merchant_id", "third_order_id", "nonce_str", "sign", "status", "leshua_order_id",
        "amount", "pay_way", "pay_time", "bank_type", "openid", "out_transaction_id",
        "sub_openid", "attach", "trade_type", "channel_order_id", "channel_datetime", "coupon",
        "settlement_amount", "discount_amount", "promotion_detail", "active_flag",
        "buyer_pay_amount", "merchant_refund_id", "leshua_refund_id", "refund_amount",
        "settlement_refund_amount", "total_amount", "refund_time", "discount_refund_amount",
        "refund_detail",
    }
)  # fmt: skip


_DASHED = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})")
_DIGITS = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})")


def quick_time(value: str, zone: tzinfo) -> datetime | None:
    """`value` in the gateway's two usual forms, exactly (``2026-11-20 14:03:27`` or
    ``20261121093015``), read without strptime (every answer and record has one); None when it
    is in neither, and the caller reads it as it reads any other."""
    match = _DASHED.fullmatch(value) or _DIGITS.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = map(int, match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def parse_time(raw: str) -> datetime | None:
    """A gateway time in either documented format, as China time; None if it is neither."""
    quick = quick_time(raw, CHINA_TZ)
    if quick is not None:
        return quick
    for fmt in TIME_FORMATS:
        try:
            return datetime.strptime(raw, fmt).replace(tzinfo=CHINA_TZ)
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class Answer:
    """One parsed gateway answer. `fields` is every field in document order, as strings."""

    fields: tuple[tuple[str, str], ...]
    _index: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", dict(self.fields))

    def get(self, name: str) -> str | None:
        return self._index.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._index

    def as_dict(self) -> dict[str, str]:
        return dict(self._index)

    @property
    def resp_code(self) -> str | None:
        return self.get("resp_code")

    @property
    def result_code(self) -> str | None:
        return self.get("result_code")

    @property
    def status(self) -> str | None:
        return self.get("status") or None

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATES

    @property
    def pay_way(self) -> str | None:
        return self.get("pay_way") or None

    @property
    def trade_type(self) -> str | None:
        return self.get("trade_type") or None

    @property
    def active_flag(self) -> str | None:
        return self.get("active_flag") or None

    @property
    def amounts_fen(self) -> dict[str, int]:
        """Amount fields that are present and valid integers, in fen."""
        out: dict[str, int] = {}
        for name in AMOUNT_FIELDS:
            raw = self.get(name)
            if raw:
                fen = parse_fen(raw)
                if fen is not None:
                    out[name] = fen
        return out

    @property
    def refund_amounts_fen(self) -> dict[str, int]:
        """Refund amount fields that are present and valid integers, in fen."""
        out: dict[str, int] = {}
        for name in REFUND_AMOUNT_FIELDS:
            fen = parse_fen(self.get(name) or "")
            if fen is not None:
                out[name] = fen
        return out

    @property
    def is_refund(self) -> bool:
        return any(self.get(name) for name in REFUND_ID_FIELDS)

    @property
    def invalid_amounts(self) -> dict[str, str]:
        """Amount fields present with text that is not an integer of fen (shown raw, flagged)."""
        return {n: v for n in AMOUNT_FIELDS if (v := self.get(n)) and parse_fen(v) is None}

    def time(self, name: str) -> datetime | None:
        raw = self.get(name)
        return parse_time(raw) if raw else None

    @property
    def pay_time(self) -> datetime | None:
        return self.time("pay_time")

    @property
    def channel_datetime(self) -> datetime | None:
        return self.time("channel_datetime")

    @property
    def promotion_detail(self) -> list[dict[str, Any]] | None:
        """`promotion_detail` parsed when it is WeChat-style JSON, else None (show it raw)."""
        return parse_promotion_detail(self.get("promotion_detail") or "")

    @property
    def unknown_fields(self) -> list[tuple[str, str]]:
        return [(n, v) for n, v in self.fields if n not in KNOWN_FIELDS]


def parse_promotion_detail(raw: str) -> list[dict[str, Any]] | None:
    """Accept a JSON list of objects, or an object holding one (`{"promotion_detail": [...]}`)."""
    if not raw.strip():
        return None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if isinstance(data, dict):
        inner = data.get("promotion_detail", data.get("voucher_detail_list"))
        data = inner if isinstance(inner, list) else [data]
    if isinstance(data, list) and all(isinstance(x, dict) for x in data):
        return data
    return None
