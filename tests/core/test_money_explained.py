"""The amounts block reads top-down as arithmetic and says where the money went: who funded what
was taken off, promotions in words, fee fields labelled in fen; trade types and bank types worded
by the pay way. Built from the sandbox's own demo orders."""

from __future__ import annotations

import re

import pytest

from leshua_gui.core.gateway.client import Reply
from leshua_gui.core.gateway.polling import Attempt, PollResult
from leshua_gui.core.present.plain_text import as_text
from leshua_gui.core.present.rows import Section
from leshua_gui.core.present.sections import present
from leshua_gui.core.protocol.answer import Answer
from leshua_gui.core.text.labels import LANGS, Lang
from leshua_gui.sandbox.orders import DEMO_ORDERS
from tests.core.test_present_sections import AT, exchange, verification


def demo(order_id: str, **extra: str) -> PollResult:
    order = next(o for o in DEMO_ORDERS if o.third_order_id == order_id)
    fields = {"resp_code": "0", "result_code": "0", "merchant_id": "0000000018",
              "third_order_id": order_id, "leshua_order_id": order.leshua_order_id,
              **order.fields, **extra}  # fmt: skip
    reply = Reply(exchange(), Answer(tuple(fields.items())), verification("verified"))
    return PollResult([Attempt(1, AT, 0.1, reply, None)], final=True)


def amounts(result: PollResult, lang: Lang) -> list[tuple[str, str]]:
    sections = present(result, lang, refund=False, queried_at=AT)
    section: Section = next(s for s in sections if s.name == "amounts")
    return [(r.title, r.shown) for r in section.rows]


def test_alipay_red_packet_says_the_platform_funds_it_and_the_merchant_still_receives_it() -> None:
    rows = amounts(demo("DEMO-PAID-ALIPAY"), "en")
    assert rows[:6] == [
        ("Order amount", "¥50.00"),
        ("− Coupon", "¥5.00"),
        ("= Buyer paid", "¥45.00"),
        ("Check", "50.00 − 5.00 = 45.00: matches what the buyer paid"),
        ("+ Funded by the platform", "¥5.00"),
        ("= Settlement amount", "¥50.00"),
    ]
    went = dict(rows)["Where the money went"]
    assert went == (
        "The buyer paid ¥45.00; ¥5.00 is funded by the platform (coupon) and still reaches "
        "the merchant; the merchant settles ¥50.00"
    )
    zh = dict(amounts(demo("DEMO-PAID-ALIPAY"), "zh_CN"))
    assert zh["+ 平台出资"] == "¥5.00"
    assert (
        zh["资金去向"] == "买家实付¥45.00；¥5.00由平台出资（红包），商户仍然收到；商户按¥50.00结算"
    )
    tw = dict(amounts(demo("DEMO-PAID-ALIPAY"), "zh_TW"))
    assert (
        tw["資金去向"] == "買家實付¥45.00；¥5.00由平台出資（紅包），商戶仍然收到；商戶按¥50.00結算"
    )


def test_wechat_discount_names_the_merchant_funded_promotion_in_words() -> None:
    rows = amounts(demo("DEMO-PAID-WX"), "en")
    assert rows[:5] == [
        ("Order amount", "¥128.00"),
        ("− Discount", "¥10.00"),
        ("= Buyer paid", "¥118.00"),
        ("Check", "128.00 − 10.00 = 118.00: matches what the buyer paid"),
        ("Settlement amount", "¥118.00"),  # nothing added: the merchant funded the discount
    ]
    assert dict(rows)["Where the money went"] == (
        "The buyer paid ¥118.00; the ¥10.00 off is funded by the merchant (单品惠-10元, "
        "non-prefunded discount, single item, ¥10.00 funded by the merchant), so the "
        "merchant receives that much less; the merchant settles ¥118.00"
    )
    zh = dict(amounts(demo("DEMO-PAID-WX"), "zh_CN"))["资金去向"]
    assert zh == (
        "买家实付¥118.00；¥10.00的优惠由商户出资（单品惠-10元，免充值优惠券，单品优惠，"
        "商户出资¥10.00），商户少收这部分；商户按¥118.00结算"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_promotion_type_and_scope_are_words_not_codes(lang: Lang) -> None:
    sections = present(demo("DEMO-PAID-WX"), lang, refund=False, queried_at=AT)
    text = "\n".join(as_text(sections, lang))
    assert "DISCOUNT" not in text
    assert "SINGLE" not in text
    promos = next(s for s in sections if s.name == "promotions")
    cells = {c.sent: c.shown for c in promos.rows[0].cells}
    assert cells["DISCOUNT"] == {"zh_CN": "免充值优惠券", "zh_TW": "免充值優惠券",
                                 "en": "non-prefunded discount"}[lang]  # fmt: skip
    assert cells["SINGLE"] == {"zh_CN": "单品优惠", "zh_TW": "單品優惠", "en": "single item"}[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_fee_field_is_shown_in_fen_labelled_with_the_amounts(lang: Lang) -> None:
    result = demo("DEMO-PAID-WX", fee_amount="6")
    sections = present(result, lang, refund=False, queried_at=AT)
    fee = {"en": ("fee_amount (a field not in the protocol, read as fen)", "6 fen (¥0.06)"),
           "zh_CN": ("fee_amount（协议未列出的字段，按分读取）", "6分（¥0.06）"),
           "zh_TW": ("fee_amount（協議未列出的欄位，按分讀取）", "6分（¥0.06）")}[lang]  # fmt: skip
    assert fee in amounts(result, lang)
    other = [s for s in sections if s.name == "other"]
    assert not other or all(r.field != "fee_amount" for r in other[0].rows)


def test_trade_type_is_worded_by_the_pay_way_and_alipay_balance_in_words() -> None:
    def payment(result: PollResult, lang: Lang) -> dict[str, str]:
        sections = present(result, lang, refund=False, queried_at=AT)
        return {r.title: r.shown for r in next(s for s in sections if s.name == "payment").rows}

    wx = payment(demo("DEMO-PAID-WX"), "en")
    assert wx["Trade type"] == "WeChat official account payment [JSAPI]"
    assert "Alipay" not in wx["Trade type"]
    assert payment(demo("DEMO-PAID-WX"), "zh_CN")["交易类型"] == "公众号支付 [JSAPI]"
    ali = payment(demo("DEMO-PAID-ALIPAY", trade_type="JSAPI"), "en")
    assert ali["Trade type"] == "Alipay window payment [JSAPI]"
    bank = payment(demo("DEMO-PAID-ALIPAY"), "en")["Payer's bank"]
    assert bank == "Alipay balance [ALIPAYACCOUNT]"
    assert not re.search("unknown", bank)
    assert payment(demo("DEMO-PAID-ALIPAY"), "zh_CN")["付款银行"] == "支付宝余额 [ALIPAYACCOUNT]"
