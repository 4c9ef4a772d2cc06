"""Demo orders for batches, DEMO-B-00001 to DEMO-B-99999, each derived from its number on lookup.

Nothing is stored: an order is computed when it is asked for, the same every time. Its Leshua
order number is 0003495003 followed by the number in six digits (DEMO-B-00042 is
0003495003000042). What a number is, by its last digits (the last three decide first):

    last 3 digits   333, 666    untrusted: claims paid, but the amount was changed after signing
                    404, 808    not found: -4006 订单不存在 (so are DEMO-B-00000 and DEMO-B-100000)
                    999         slow: answers paid after SandboxState.batch_slow_seconds (1.5 s)
    last 2 digits   07, 46      paying (0), and stays so (the payer never confirms)
                    21, 83      paying (0) for two queries, paid (2) from the third on
                    13, 58, 92  failed (8)
                    35, 64, 77  closed (6)
                    29, 50, 71  refunded (11), refund DEMO-B-nnnnn-R1
                    88          refunding (10), refund DEMO-B-nnnnn-R1
                    17          refund failed (12), refund DEMO-B-nnnnn-R1
                    any other   paid (2): about 85 in 100

The pay way, amount, discount and times come from a hash of the number: WeChat Pay (WXZF) about
55 in 100, Alipay (ZFBZF) 35, UnionPay QR (UPSMZF) 10; amounts from 1.00 to 2,000.00 yuan, most
under 100. A paid WeChat order may carry a merchant discount (discount_amount; the buyer pays
amount - discount), a paid Alipay order a platform red packet (coupon; the buyer pays amount -
coupon, the merchant settles the whole amount). The settlement is what the merchant receives
less a 0.38% fee rounded to the fen: WeChat amount - discount - fee, Alipay and UnionPay amount -
fee. Pay times are in November 2026.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Literal

from leshua_gui.core.text import demo_words
from leshua_gui.core.text.labels import Lang

from .orders import BATCH_LESHUA_PREFIX, BATCH_PREFIX, DEMO_SUB_MERCHANT_ID, DemoOrder

BatchKind = Literal[
    "paid", "paying", "turns_paid", "failed", "closed", "refunded", "refunding",
    "refund_failed", "untrusted", "not_found", "slow",
]  # fmt: skip

PREFIX = BATCH_PREFIX
FIRST, LAST = 1, 99_999
LESHUA_PREFIX = BATCH_LESHUA_PREFIX
LESHUA_REFUND_PREFIX = "0008495003"
#: the fee taken from the settlement, per ten thousand (0.38%)
FEE_PER_10000 = 38

#: by the last three digits (checked first)
SPECIAL: dict[int, BatchKind] = {
    333: "untrusted", 666: "untrusted", 404: "not_found", 808: "not_found", 999: "slow",
}  # fmt: skip
#: by the last two digits; any other is paid
BY_LAST_TWO: dict[int, BatchKind] = {
    7: "paying", 46: "paying",
    21: "turns_paid", 83: "turns_paid",
    13: "failed", 58: "failed", 92: "failed",
    35: "closed", 64: "closed", 77: "closed",
    29: "refunded", 50: "refunded", 71: "refunded",
    88: "refunding",
    17: "refund_failed",
}  # fmt: skip
#: the trade state each kind answers with (untrusted: what it claims)
STATUS: dict[BatchKind, str] = {
    "paid": "2", "paying": "0", "turns_paid": "2", "failed": "8", "closed": "6",
    "refunded": "11", "refunding": "10", "refund_failed": "12", "untrusted": "2", "slow": "2",
}  # fmt: skip

#: the first number of each kind, for tests and the demo to name
BATCH_PAID_EXAMPLE = "DEMO-B-00001"
BATCH_PAYING_EXAMPLE = "DEMO-B-00007"
BATCH_TURNS_PAID_EXAMPLE = "DEMO-B-00021"
BATCH_FAILED_EXAMPLE = "DEMO-B-00013"
BATCH_CLOSED_EXAMPLE = "DEMO-B-00035"
BATCH_REFUNDED_EXAMPLE = "DEMO-B-00029"
BATCH_REFUNDING_EXAMPLE = "DEMO-B-00088"
BATCH_REFUND_FAILED_EXAMPLE = "DEMO-B-00017"
BATCH_UNTRUSTED_EXAMPLE = "DEMO-B-00333"
BATCH_NOT_FOUND_EXAMPLE = "DEMO-B-00404"
BATCH_SLOW_EXAMPLE = "DEMO-B-00999"

EXAMPLES: dict[BatchKind, str] = {
    "paid": BATCH_PAID_EXAMPLE,
    "paying": BATCH_PAYING_EXAMPLE,
    "turns_paid": BATCH_TURNS_PAID_EXAMPLE,
    "failed": BATCH_FAILED_EXAMPLE,
    "closed": BATCH_CLOSED_EXAMPLE,
    "refunded": BATCH_REFUNDED_EXAMPLE,
    "refunding": BATCH_REFUNDING_EXAMPLE,
    "refund_failed": BATCH_REFUND_FAILED_EXAMPLE,
    "untrusted": BATCH_UNTRUSTED_EXAMPLE,
    "not_found": BATCH_NOT_FOUND_EXAMPLE,
    "slow": BATCH_SLOW_EXAMPLE,
}

_THIRD = re.compile(r"DEMO-B-([0-9]{5})")
_LESHUA = re.compile(LESHUA_PREFIX + r"([0-9]{6})")
_MASK = (1 << 64) - 1

_SUB_MERCHANTS = {"WXZF": DEMO_SUB_MERCHANT_ID, "ZFBZF": "2088621900001234",
                  "UPSMZF": "0000777290058120001"}  # fmt: skip
_TRADE_TYPES = {
    "WXZF": ("JSAPI", "NATIVE", "MICROPAY", "SmPgPay", "APP", "H5Pay"),
    "ZFBZF": ("NATIVE", "JSAPI", "MICROPAY", "SmPgPay"),
    "UPSMZF": ("MICROPAY", "NATIVE"),
}
_WECHAT_BANKS = ("CMB_CREDIT", "ICBC_DEBIT", "CCB_DEBIT", "CFT", "OTHERS")
_OFF_FEN = (100, 200, 500, 1000)  # the discounts and red packets given


class BatchOrder(DemoOrder):
    """A batch demo order: a DemoOrder described by its kind."""

    @property
    def description(self) -> str:
        return describe(self.third_order_id, "en")


def third_order_id(number: int) -> str:
    return f"{PREFIX}{number:05d}"


def leshua_order_id(number: int) -> str:
    return f"{LESHUA_PREFIX}{number:06d}"


def number_of(third_order_id: str) -> int | None:
    """The number in a DEMO-B-nnnnn merchant order number (None for any other id)."""
    match = _THIRD.fullmatch(third_order_id)
    number = int(match.group(1)) if match else 0
    return number if FIRST <= number <= LAST else None


def number_of_leshua(leshua_order_id: str) -> int | None:
    """The number in a batch order's Leshua order number (None for any other id)."""
    match = _LESHUA.fullmatch(leshua_order_id)
    number = int(match.group(1)) if match else 0
    return number if FIRST <= number <= LAST else None


def kind(number: int) -> BatchKind:
    """What order `number` is (the table in this module's docstring)."""
    if not FIRST <= number <= LAST:
        return "not_found"
    return SPECIAL.get(number % 1000) or BY_LAST_TWO.get(number % 100, "paid")


def find(third_order_id: str = "", leshua_order_id: str = "") -> DemoOrder | None:
    """The batch order with that number (a Leshua order number first, as the gateway does);
    None when there is none."""
    number = number_of_leshua(leshua_order_id) if leshua_order_id else number_of(third_order_id)
    return None if number is None else order(number)


def order(number: int) -> DemoOrder | None:
    """Order `number`, computed; None for a number the gateway does not know."""
    what = kind(number)
    if what == "not_found":
        return None
    pay_way = pay_way_of(number)
    status = STATUS[what]
    if status in ("0", "6", "8"):
        fields = {
            "status": status,
            "amount": str(amount_fen(number)),
            "pay_way": pay_way,
            "trade_type": _trade_type(number, pay_way),
            "sub_merchant_id": _SUB_MERCHANTS[pay_way],
        }
        return BatchOrder(third_order_id(number), leshua_order_id(number), fields)
    fields = paid_fields(number) | {"status": status}
    refunds: dict[str, dict[str, str]] = {}
    if status in ("10", "11", "12"):
        refund = _refund(number, fields)
        refunds[refund["merchant_refund_id"]] = refund
    return BatchOrder(
        third_order_id(number),
        leshua_order_id(number),
        fields,
        fault={"untrusted": "tampered", "slow": "slow"}.get(what),
        paying_for=2 if what == "turns_paid" else None,
        refunds=refunds,
    )


def amount_fen(number: int) -> int:
    """The order amount: 1.00 to 2,000.00 yuan, about half under 100 and a quarter whole yuan."""
    h = _mix(number, 2)
    band = h % 100
    low, high = (100, 10_000) if band < 50 else (10_000, 50_000) if band < 85 else (50_000, 200_000)
    fen = low + (h >> 8) % (high - low + 1)
    if (h >> 40) % 4 == 0:
        fen = max(100, fen - fen % 100)
    return fen


def pay_way_of(number: int) -> str:
    h = _mix(number, 1) % 100
    return "WXZF" if h < 55 else "ZFBZF" if h < 90 else "UPSMZF"


def fee_fen(base_fen: int) -> int:
    """0.38% of what the merchant receives, rounded half up to the fen."""
    return (base_fen * FEE_PER_10000 + 5_000) // 10_000


def paid_fields(number: int) -> dict[str, str]:
    """Order `number`'s answer fields once paid (status 2)."""
    pay_way = pay_way_of(number)
    amount = amount_fen(number)
    h = _mix(number, 3)
    off = _OFF_FEN[h % len(_OFF_FEN)]
    off = off if (h >> 8) % 100 < (20 if pay_way == "WXZF" else 15) and 2 * off <= amount else 0
    paid_at = _paid_at(number)
    day = paid_at.strftime("%Y%m%d")
    fields = {
        "status": "2",
        "amount": str(amount),
        "pay_way": pay_way,
        "trade_type": _trade_type(number, pay_way),
        "sub_merchant_id": _SUB_MERCHANTS[pay_way],
    }
    channel_at = paid_at - timedelta(seconds=1 + (h >> 44) % 9)
    if pay_way == "WXZF":
        fields |= {
            "pay_time": f"{paid_at:%Y-%m-%d %H:%M:%S}",
            "channel_datetime": f"{channel_at:%Y%m%d%H%M%S}",
            "bank_type": _WECHAT_BANKS[(h >> 52) % len(_WECHAT_BANKS)],
            "openid": f"oUpF8uDemoBatch{number:05d}{h % 0xFFFFFFFF:08x}",
            "out_transaction_id": f"4200002{day}{number:013d}",
            "channel_order_id": f"10{day}{number:011d}",
            "attach": "",
        }
        if off:
            fields["discount_amount"] = str(off)
        fields["buyer_pay_amount"] = str(amount - off)
        fields["settlement_amount"] = str(amount - off - fee_fen(amount - off))
    elif pay_way == "ZFBZF":
        buyer = f"2088{number:012d}"
        fields |= {
            "pay_time": f"{paid_at:%Y%m%d%H%M%S}",
            "channel_datetime": f"{channel_at:%Y-%m-%d %H:%M:%S}",
            "bank_type": "ALIPAYACCOUNT",
            "openid": buyer,
            "sub_openid": buyer,
            "out_transaction_id": f"{day}2200{number:016d}",
            "channel_order_id": f"{day}2200{number:016d}",
            "attach": "",
        }
        if off:
            fields["coupon"] = str(off)
        fields["buyer_pay_amount"] = str(amount - off)
        fields["settlement_amount"] = str(amount - fee_fen(amount))
    else:
        fields |= {
            "pay_time": f"{paid_at:%Y-%m-%d %H:%M:%S}",
            "bank_type": "1" if (h >> 52) % 3 else "2",
            "openid": "",
            "out_transaction_id": "",
            "channel_order_id": f"00006{day}{number:06d}",
            "attach": "",
            "settlement_amount": str(amount - fee_fen(amount)),
        }
    return fields


def describe(third_order_id: str, lang: Lang) -> str:
    """What a batch order shows, in `lang` (its kind, from core/text/demo_words.py)."""
    number = number_of(third_order_id)
    return demo_words.batch_order(kind(number) if number is not None else "not_found", lang)


def batch_examples(lang: Lang = "en") -> list[tuple[str, str]]:
    """(third_order_id, description in `lang`) of one batch order of each kind."""
    return [(order_id, demo_words.batch_order(k, lang)) for k, order_id in EXAMPLES.items()]


def _refund(number: int, fields: dict[str, str]) -> dict[str, str]:
    status = fields["status"]
    refunded_at = _paid_at(number) + timedelta(days=1, hours=2)
    return {
        "merchant_refund_id": f"{third_order_id(number)}-R1",
        "leshua_refund_id": f"{LESHUA_REFUND_PREFIX}{number:06d}",
        "status": status,
        "refund_amount": fields["amount"],
        "settlement_refund_amount": fields["settlement_amount"],
        "total_amount": fields["amount"],
        "discount_refund_amount": fields.get("discount_amount", "0"),
        "refund_time": (f"{refunded_at:%Y-%m-%d %H:%M:%S}" if status == "11" else ""),
    }


def _paid_at(number: int) -> datetime:
    """When order `number` was paid: a day of November 2026, between 08:00 and 21:59."""
    h = _mix(number, 5)
    return datetime(2026, 11, 1 + h % 25, 8 + (h >> 8) % 14, (h >> 16) % 60, (h >> 24) % 60)


def _trade_type(number: int, pay_way: str) -> str:
    types = _TRADE_TYPES[pay_way]
    return types[_mix(number, 4) % len(types)]


def _mix(number: int, salt: int) -> int:
    """64 well-mixed bits from a number and a salt (splitmix64): the same on every run."""
    z = (number * 0x9E3779B97F4A7C15 + salt * 0xD1B54A32D192ED03) & _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)
