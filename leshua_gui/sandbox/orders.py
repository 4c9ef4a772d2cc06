"""The demo merchant and its orders: together they show everything the product must render."""

from __future__ import annotations

from dataclasses import dataclass, field

from leshua_gui.core.text import demo_words
from leshua_gui.core.text.labels import Lang

DEMO_MERCHANT_ID = "0000000018"
# Published sandbox credentials: they open nothing but this local demo gateway.
DEMO_TRANSACTION_KEY = "SANDBOX0DEMO0TRANSACTION0KEY0000"
DEMO_NOTIFY_KEY = "SANDBOX0DEMO0NOTIFY0KEY000000000"
DEMO_SUB_MERCHANT_ID = "1900000109"
#: The batch orders' numbers start so (batch_orders.py computes them on lookup).
BATCH_PREFIX = "DEMO-B-"
BATCH_LESHUA_PREFIX = "0003495003"

PROMOTION_DETAIL = (
    '[{"promotion_id":"1095190000","name":"单品惠-10元","scope":"SINGLE","type":"DISCOUNT",'
    '"amount":1000,"activity_id":"9313860","wxpay_contribute":0,"merchant_contribute":1000,'
    '"other_contribute":0}]'
)


@dataclass(frozen=True)
class DemoOrder:
    """One demo order. `fields` are the order's own answer fields (envelope added by the server)."""

    third_order_id: str
    leshua_order_id: str
    fields: dict[str, str] = field(default_factory=dict)
    #: None, or the fault the server acts out for this order
    fault: str | None = None
    #: queries answered "paying" before the order turns paid (None: never changes by itself)
    paying_for: int | None = None
    #: the fields answered once the order has been watched for SandboxState.watch_paid_after_s
    #: seconds after its first query (None: time does not change it); `fields` until then
    paid_when_watched: dict[str, str] | None = None
    #: refunds of this order: merchant_refund_id -> refund answer fields
    refunds: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def description(self) -> str:
        """What the order shows (core/text/demo_words.py has it in every language)."""
        return demo_words.order(self.third_order_id, "en")


def _paid_wechat(amount: int, **extra: str) -> dict[str, str]:
    return {
        "status": "2",
        "amount": str(amount),
        "pay_way": "WXZF",
        "sub_merchant_id": DEMO_SUB_MERCHANT_ID,
        **extra,
    }


DEMO_ORDERS: tuple[DemoOrder, ...] = (
    DemoOrder(
        "DEMO-PAID-WX",
        "0003495002500081",
        {
            "status": "2",
            "amount": "12800",
            "discount_amount": "1000",
            "buyer_pay_amount": "11800",
            "settlement_amount": "11800",
            "pay_way": "WXZF",
            "trade_type": "JSAPI",
            "pay_time": "2026-11-20 14:03:27",
            "channel_datetime": "20261120140321",
            "bank_type": "CMB_CREDIT",
            "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
            "sub_openid": "o0Demo9sub_openid_4xYz",
            "out_transaction_id": "4200002026112014032712345678",
            "channel_order_id": "102026112014032100018",
            "sub_merchant_id": DEMO_SUB_MERCHANT_ID,
            "attach": "table 12; member 8816",
            "promotion_detail": PROMOTION_DETAIL,
            "active_flag": "WXLZ",
        },
    ),
    DemoOrder(
        "DEMO-PAID-ALIPAY",
        "0003495002500082",
        {
            "status": "2",
            "amount": "5000",
            "coupon": "500",
            "buyer_pay_amount": "4500",
            "settlement_amount": "5000",
            "pay_way": "ZFBZF",
            "trade_type": "NATIVE",
            "pay_time": "20261121093015",
            "channel_datetime": "2026-11-21 09:30:02",
            "openid": "2088102122524333",
            "sub_openid": "2088102122524333",
            "out_transaction_id": "TA2026112122001424330500012345",
            "channel_order_id": "2026112122001424330500012345",
            "sub_merchant_id": "2088621900001234",
            "bank_type": "ALIPAYACCOUNT",
            "active_flag": "ZFBLH",
            "attach": "",
        },
    ),
    DemoOrder(
        "000120261122",
        "0003495002500083",
        {
            "status": "2",
            "amount": "100",
            "settlement_amount": "100",
            "pay_way": "UPSMZF",
            "trade_type": "MICROPAY",
            "pay_time": "2026-11-22 08:00:05",
            "bank_type": "2",
            "openid": "",
            "sub_openid": "",
            "out_transaction_id": "",
            "channel_order_id": "0000620261122080005",
            "sub_merchant_id": "0000777290058120001",
            "attach": "",
        },
    ),
    DemoOrder(
        "DEMO-PAYING",
        "0003495002500084",
        _paid_wechat(
            2500,
            trade_type="MICROPAY",
            settlement_amount="2500",
            buyer_pay_amount="2500",
            pay_time="2026-11-25 10:15:44",
            bank_type="CFT",
            openid="oUpF8uN95-Ptaags6E_roPHg7AG0",
            out_transaction_id="4200002026112510154412340000",
            channel_order_id="102026112510154400084",
        ),
        paying_for=2,
    ),
    DemoOrder(
        "DEMO-PENDING",
        "0003495002500085",
        {
            "status": "0",
            "amount": "990",
            "pay_way": "WXZF",
            "trade_type": "H5Pay",
            "sub_merchant_id": DEMO_SUB_MERCHANT_ID,
        },
    ),
    DemoOrder(
        "DEMO-WATCH-PAID",
        "0003495002500092",
        {
            "status": "0",
            "amount": "3600",
            "pay_way": "WXZF",
            "trade_type": "NATIVE",
            "sub_merchant_id": DEMO_SUB_MERCHANT_ID,
        },
        paid_when_watched=_paid_wechat(
            3600,
            trade_type="NATIVE",
            settlement_amount="3600",
            buyer_pay_amount="3600",
            pay_time="2026-11-26 15:41:08",
            channel_datetime="20261126154102",
            bank_type="CCB_DEBIT",
            openid="oUpF8uPq7Wd2sV9xW4tCh0Pa1d92",
            out_transaction_id="4200002026112615410812340092",
            channel_order_id="102026112615410200092",
        ),
    ),
    DemoOrder(
        "DEMO-BARCODE-PAYING",
        "0003495002500093",
        {
            "status": "0",
            "amount": "1200",
            "pay_way": "WXZF",
            "trade_type": "MICROPAY",
            "sub_merchant_id": DEMO_SUB_MERCHANT_ID,
        },
    ),
    DemoOrder(
        "DEMO-CLOSED",
        "0003495002500086",
        {
            "status": "6",
            "amount": "3000",
            "pay_way": "ZFBZF",
            "trade_type": "JSAPI",
            "sub_merchant_id": "2088621900001234",
        },
    ),
    DemoOrder(
        "DEMO-FAILED",
        "0003495002500087",
        {
            "status": "8",
            "amount": "4200",
            "pay_way": "WXZF",
            "trade_type": "APP",
            "sub_merchant_id": DEMO_SUB_MERCHANT_ID,
        },
    ),
    DemoOrder(
        "DEMO-REFUNDING",
        "0003495002500088",
        {
            "status": "10",
            "amount": "8800",
            "settlement_amount": "8800",
            "buyer_pay_amount": "8800",
            "pay_way": "ZFBZF",
            "trade_type": "SmPgPay",
            "pay_time": "2026-11-23 19:42:10",
            "openid": "2088102122524999",
            "out_transaction_id": "2026112322001424990500067890",
            "channel_order_id": "2026112322001424990500067890",
            "sub_merchant_id": "2088621900001234",
        },
        refunds={
            "DEMO-REFUND-1": {
                "merchant_refund_id": "DEMO-REFUND-1",
                "leshua_refund_id": "0008495002500088",
                "status": "10",
                "refund_amount": "3000",
                "settlement_refund_amount": "3000",
                "total_amount": "8800",
                "discount_refund_amount": "0",
                "refund_time": "",
            }
        },
    ),
    DemoOrder(
        "DEMO-REFUNDED",
        "0003495002500089",
        _paid_wechat(
            6600,
            status="11",
            trade_type="SmPgPay",
            settlement_amount="6600",
            pay_time="2026-11-18 12:00:00",
            bank_type="ICBC_DEBIT",
            openid="oUpF8uMEb4qRXf22hE3X68TekukE",
            out_transaction_id="4200002026111812000000000089",
            channel_order_id="102026111812000000089",
        ),
        refunds={
            "DEMO-REFUND-2": {
                "merchant_refund_id": "DEMO-REFUND-2",
                "leshua_refund_id": "0008495002500089",
                "status": "11",
                "refund_amount": "6600",
                "settlement_refund_amount": "6600",
                "total_amount": "6600",
                "discount_refund_amount": "0",
                "refund_time": "2026-11-19 09:12:40",
            }
        },
    ),
    DemoOrder(
        "DEMO-REFUND-FAILED",
        "0003495002500090",
        _paid_wechat(
            1999,
            status="12",
            trade_type="JSAPIQuick",
            settlement_amount="1999",
            pay_time="2026-11-17 16:20:00",
            bank_type="OTHERS",
        ),
        refunds={
            "DEMO-REFUND-3": {
                "merchant_refund_id": "DEMO-REFUND-3",
                "leshua_refund_id": "0008495002500090",
                "status": "12",
                "refund_amount": "1999",
                "settlement_refund_amount": "1999",
                "total_amount": "1999",
                "refund_time": "",
            }
        },
    ),
    DemoOrder(
        "DEMO-UNKNOWN-STATE",
        "0003495002500091",
        {
            "status": "99",
            "amount": "1500",
            "pay_way": "DCEPZF",
            "trade_type": "FACEPAY",
            "sub_merchant_id": DEMO_SUB_MERCHANT_ID,
            "settle_batch_no": "B20261124-0007",
            "fee_amount": "6",
        },
    ),
)

#: Orders whose answers are broken on purpose: what each one does.
FAULT_ORDERS: dict[str, str] = {
    order_id: demo_words.order(order_id, "en")
    for order_id in (
        "FAULT-SLOW", "FAULT-502", "FAULT-HTML", "FAULT-TRUNCATED", "FAULT-BAD-SIGN",
        "FAULT-NO-SIGN", "FAULT-RESP-CODE", "FAULT-HOSTILE", "FAULT-HUGE", "FAULT-CLOSE-FORGED",
    )
}  # fmt: skip

NOT_FOUND_EXAMPLE = "DEMO-NOT-FOUND"


def all_demo_ids(lang: Lang = "en") -> list[tuple[str, str]]:
    """(third_order_id, description in `lang`) for every demo and fault order, in showing
    order."""
    ids = [o.third_order_id for o in DEMO_ORDERS] + list(FAULT_ORDERS) + [NOT_FOUND_EXAMPLE]
    return [(order_id, demo_words.order(order_id, lang)) for order_id in ids]


#: A refund number no demo order has: its lookup answers -4006 "refund not found".
REFUND_NOT_FOUND_EXAMPLE = ("DEMO-REFUNDED", "DEMO-REFUND-NONE")


def demo_refunds(lang: Lang = "en") -> list[tuple[str, str, str]]:
    """(merchant_refund_id, third_order_id of its order, description in `lang`) for every demo
    refund, then one that does not exist."""
    rows = [
        (refund_id, o.third_order_id,
         demo_words.refund(o.third_order_id, fields.get("status", ""), lang))
        for o in DEMO_ORDERS
        for refund_id, fields in o.refunds.items()
    ]  # fmt: skip
    order, refund = REFUND_NOT_FOUND_EXAMPLE
    rows.append((refund, order, demo_words.refund_missing(order, lang)))
    return rows
