"""The answer's fields as rows, one section each: how it was paid, the amounts with their
arithmetic check, the refund, the times, the identifiers, the promotions and unknown fields."""

from __future__ import annotations

from typing import Any

from leshua_gui.core.present.rows import Cell, Kind, Row
from leshua_gui.core.present.state_rows import capital
from leshua_gui.core.protocol.answer import REFUND_AMOUNT_FIELDS, REFUND_ID_FIELDS, Answer
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang
from leshua_gui.core.text.words import word

ID_FIELDS = (
    "third_order_id",
    "leshua_order_id",
    "out_transaction_id",
    "channel_order_id",
    "sub_merchant_id",
    "openid",
    "sub_openid",
)
TIMES = ("pay_time", "channel_datetime")
#: promotion_detail's columns: the key in an entry, the title's word, money or not.
PROMOTION_COLUMNS = (
    ("name", "promo_name", False),
    ("promotion_id", "promo_id", False),
    ("type", "promo_type", False),
    ("scope", "promo_scope", False),
    ("amount", "promo_amount", True),
    ("merchant_contribute", "promo_merchant", True),
    ("wxpay_contribute", "promo_wxpay", True),
    ("other_contribute", "promo_other", True),
)


def title(name: str, lang: Lang) -> str:
    """A field's title as shown: its human name, first letter upper case."""
    return capital(labels.field_name(name, lang))


def code_row(name: str, words: str, code: str, lang: Lang) -> Row:
    """A code in words with the code in brackets (an unknown code's words hold it already);
    a copy gives the code."""
    shown = words if words == labels.unknown(code, lang) else f"{words} [{code}]"
    return Row(title(name, lang), shown, code, name, "code", code)


def field_row(answer: Answer, name: str, lang: Lang, kind: Kind = "id") -> Row:
    value = answer.get(name) or ""
    return Row(title(name, lang), value, value, name, kind, value)


def money_row(name: str, fen: int, lang: Lang, prefix: str = "") -> Row:
    """An amount in yuan; a copy gives the number without grouping, the hover its fen."""
    return Row(prefix + title(name, lang), "¥" + format_yuan(fen),
               format_yuan(fen, grouping=False), name, "money", str(fen))  # fmt: skip


def time_row(answer: Answer, name: str, lang: Lang) -> Row:
    """A time as YYYY-MM-DD HH:MM:SS (as sent when it does not read as a time)."""
    raw = answer.get(name) or ""
    parsed = answer.time(name)
    shown = parsed.strftime("%Y-%m-%d %H:%M:%S") if parsed else raw
    return Row(title(name, lang), shown, shown, name, "time", raw)


def payment_rows(answer: Answer, lang: Lang) -> list[Row]:
    """How it was paid: the payment method, the trade type, the campaign and the bank."""
    rows: list[Row] = []
    if answer.pay_way:
        rows.append(code_row("pay_way", labels.pay_way(answer.pay_way, lang), answer.pay_way, lang))
    if answer.trade_type:
        words = labels.trade_type(answer.trade_type, lang)
        rows.append(code_row("trade_type", words, answer.trade_type, lang))
    if answer.active_flag:
        words = labels.campaign(answer.active_flag, lang)
        rows.append(code_row("active_flag", words, answer.active_flag, lang))
    bank = answer.get("bank_type")
    if bank:
        rows.append(code_row("bank_type", labels.bank_type(bank, lang, answer.pay_way), bank, lang))
    return rows


def amount_rows(answer: Answer, lang: Lang) -> list[Row]:
    """Order amount − discount − coupon = buyer paid, the check of that sum, the settlement.
    An amount that does not read as one is shown as sent, with (?)."""
    amounts, invalid = answer.amounts_fen, answer.invalid_amounts
    rows: list[Row] = []
    for name, prefix in (("amount", ""), ("discount_amount", "− "), ("coupon", "− "),
                         ("buyer_pay_amount", "= ")):  # fmt: skip
        rows += _amount(name, amounts, invalid, lang, prefix)
    check = _check_row(amounts, lang)
    if check is not None:
        rows.append(check)
    rows += _amount("settlement_amount", amounts, invalid, lang)
    return rows


def _amount(name: str, amounts: dict[str, int], invalid: dict[str, str], lang: Lang,
            prefix: str = "") -> list[Row]:  # fmt: skip
    if name in amounts:
        return [money_row(name, amounts[name], lang, prefix)]
    if name in invalid:
        shown = word("not_an_amount", lang).format(value=invalid[name])
        return [Row(title(name, lang), shown, invalid[name], name, "text", invalid[name])]
    return []


def _check_row(amounts: dict[str, int], lang: Lang) -> Row | None:
    """Whether order amount − discount − coupon is what the buyer paid: said when something was
    taken off, and always when the sum is not what the buyer paid."""
    if "amount" not in amounts or "buyer_pay_amount" not in amounts:
        return None
    off = [amounts[n] for n in ("discount_amount", "coupon") if n in amounts]
    expected = amounts["amount"] - sum(off)
    paid = amounts["buyer_pay_amount"]
    if not off and expected == paid:
        return None
    calc = " − ".join(format_yuan(fen) for fen in (amounts["amount"], *off))
    calc += f" = {format_yuan(expected)}"
    if expected == paid:
        shown = word("check_ok", lang).format(calc=calc)
    else:
        shown = word("check_bad", lang).format(calc=calc, paid=format_yuan(paid))
    return Row(word("check", lang), shown, shown, None, "check", str(expected))


def refund_rows(answer: Answer, lang: Lang) -> list[Row]:
    """A refund answer's numbers, amounts and time."""
    refunds = answer.refund_amounts_fen
    if not (answer.is_refund or refunds or answer.get("refund_time")):
        return []
    rows = [field_row(answer, name, lang) for name in REFUND_ID_FIELDS if answer.get(name)]
    rows += [money_row(n, refunds[n], lang) for n in REFUND_AMOUNT_FIELDS if n in refunds]
    if answer.get("refund_time"):
        rows.append(time_row(answer, "refund_time", lang))
    return rows


def time_rows(answer: Answer, lang: Lang) -> list[Row]:
    return [time_row(answer, name, lang) for name in TIMES if answer.get(name)]


def id_rows(answer: Answer, lang: Lang) -> list[Row]:
    """The order's numbers and the payer's ids, then the merchant's attached data."""
    rows = [field_row(answer, name, lang) for name in ID_FIELDS if answer.get(name)]
    if answer.get("attach"):
        rows.append(field_row(answer, "attach", lang, "text"))
    return rows


def promotion_rows(answer: Answer, lang: Lang) -> list[Row]:
    """promotion_detail as a table, one row per promotion; as sent when it does not parse."""
    raw = answer.get("promotion_detail") or ""
    if not raw:
        return []
    promos = answer.promotion_detail
    if promos is None:
        return [Row(word("raw", lang), raw, raw, "promotion_detail", "text", raw)]
    return [_promotion_row(i, promo, lang) for i, promo in enumerate(promos, 1)]


def _promotion_row(number: int, promo: dict[str, Any], lang: Lang) -> Row:
    cells = tuple(_cell(promo.get(key, ""), word(words, lang), money)
                  for key, words, money in PROMOTION_COLUMNS)  # fmt: skip
    shown = " · ".join(f"{c.title}: {c.shown}" for c in cells if c.shown)
    return Row(f"#{number}", shown, shown, "promotion_detail", "table", cells=cells)


def _cell(value: object, column: str, money: bool) -> Cell:
    if money and isinstance(value, int) and not isinstance(value, bool):
        return Cell(column, "¥" + format_yuan(value), str(value), "money")
    return Cell(column, str(value), str(value))


def other_rows(answer: Answer) -> list[Row]:
    """Fields this app does not know: shown as they came, under their own names, never
    guessed."""
    return [Row(name, value, value, name, "text", value) for name, value in answer.unknown_fields]
