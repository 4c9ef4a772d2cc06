"""The answer's fields as rows, one section each: how it was paid, the amounts with their
arithmetic check, the refund, the times, the identifiers, the promotions and unknown fields."""

from __future__ import annotations

from typing import Any

from leshua_gui.core.present.rows import Cell, Kind, Row
from leshua_gui.core.protocol.answer import REFUND_AMOUNT_FIELDS, REFUND_ID_FIELDS, Answer
from leshua_gui.core.protocol.money import format_yuan
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang, capital
from leshua_gui.core.text.words import promo_scope, promo_type, word

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
#: The payer's identifiers: masked in a ticket that leaves the company.
PAYER_FIELDS = frozenset({"openid", "sub_openid", "attach"})
#: promotion_detail's funders: the key in an entry and the funder's word.
FUNDERS = (("merchant_contribute", "who_merchant"), ("wxpay_contribute", "who_wxpay"),
           ("other_contribute", "who_other"))  # fmt: skip
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
        words = labels.trade_type(answer.trade_type, lang, answer.pay_way)
        rows.append(code_row("trade_type", words, answer.trade_type, lang))
    if answer.active_flag:
        words = labels.campaign(answer.active_flag, lang)
        rows.append(code_row("active_flag", words, answer.active_flag, lang))
    bank = answer.get("bank_type")
    if bank:
        rows.append(code_row("bank_type", labels.bank_type(bank, lang, answer.pay_way), bank, lang))
    return rows


def amount_rows(answer: Answer, lang: Lang) -> list[Row]:
    """Top-down arithmetic: order amount − discount − coupon = buyer paid, the check of that
    sum, + what the platform funded = the settlement; then where the money went (who funded
    what was taken off) and the fee fields the gateway sent. An amount that does not read as
    one is shown as sent, with (?)."""
    amounts, invalid = answer.amounts_fen, answer.invalid_amounts
    rows: list[Row] = []
    for name, prefix in (("amount", ""), ("discount_amount", "− "), ("coupon", "− "),
                         ("buyer_pay_amount", "= ")):  # fmt: skip
        rows += _amount(name, amounts, invalid, lang, prefix)
    check = _check_row(amounts, lang)
    if check is not None:
        rows.append(check)
    platform = _platform_fen(amounts)
    if platform > 0:
        title = "+ " + word("platform_funded", lang)
        copy = format_yuan(platform, grouping=False)
        rows.append(Row(title, _y(platform), copy, None, "money", str(platform)))
    rows += _amount("settlement_amount", amounts, invalid, lang, "= " if platform > 0 else "")
    went = _where_it_went(answer, amounts, lang)
    if went:
        rows.append(Row(word("where_money", lang), went, went, None, "check"))
    rows += fee_rows(answer, lang)
    return rows


def _platform_fen(amounts: dict[str, int]) -> int:
    """How much more the merchant settles than the buyer paid: funded by the platform."""
    if "buyer_pay_amount" not in amounts or "settlement_amount" not in amounts:
        return 0
    return max(0, amounts["settlement_amount"] - amounts["buyer_pay_amount"])


def _where_it_went(answer: Answer, amounts: dict[str, int], lang: Lang) -> str:
    """Why the settlement differs from what the buyer paid, in one sentence: the platform-funded
    part (a coupon or red packet the merchant still receives) and the merchant-funded part (a
    discount the merchant gives), named from promotion_detail where it is sent. Empty when
    nothing was taken off."""
    if "buyer_pay_amount" not in amounts or "settlement_amount" not in amounts:
        return ""
    paid, settled = amounts["buyer_pay_amount"], amounts["settlement_amount"]
    total = amounts.get("amount")
    if total is None or total == paid == settled:
        return ""
    parts = [word("went_paid", lang).format(paid=_y(paid))]
    promos = answer.promotion_detail or []
    if settled > paid:
        what = _funders(promos, ("wxpay_contribute", "other_contribute"), lang)
        if not what:
            name = "coupon" if amounts.get("coupon") else "discount_amount"
            what = labels.field_name(name, lang)
        parts.append(word("went_platform", lang).format(funded=_y(settled - paid), what=what))
    elif settled < paid:
        parts.append(word("went_less", lang).format(less=_y(paid - settled)))
    merchant = total - max(paid, settled)
    if merchant > 0:
        what = _funders(promos, ("merchant_contribute",), lang)
        if not what:
            what = labels.field_name("discount_amount", lang)
        parts.append(word("went_merchant", lang).format(funded=_y(merchant), what=what))
    parts.append(word("went_settles", lang).format(settled=_y(settled)))
    return ("；" if lang != "en" else "; ").join(parts)


def _y(fen: int) -> str:
    return "¥" + format_yuan(fen)


def _funders(promos: list[dict[str, Any]], keys: tuple[str, ...], lang: Lang) -> str:
    """The promotions a funder paid for: each one's name, type and scope in words, and who put
    in how much."""
    sep = "，" if lang != "en" else ", "
    found: list[str] = []
    for promo in promos:
        funded: list[tuple[str, int]] = []
        for k in keys:
            v = promo.get(k)
            if isinstance(v, int) and not isinstance(v, bool) and v > 0:
                funded.append((k, v))
        if not funded:
            continue
        bits = [str(promo[n]) for n in ("name",) if promo.get(n)]
        bits += [f(str(promo[n]), lang) for n, f in (("type", promo_type), ("scope", promo_scope))
                 if promo.get(n)]  # fmt: skip
        who = dict(FUNDERS)
        bits += [word("funded_by", lang).format(who=word(who[k], lang), amount="¥" + format_yuan(v))
                 for k, v in funded]  # fmt: skip
        found.append(sep.join(bits))
    return sep.join(found)


def is_fee_field(name: str) -> bool:
    """An undocumented field that names a fee or a net amount (fee_amount, net_amount ...)."""
    low = name.lower()
    return "fee" in low or low.startswith("net_")


def fee_rows(answer: Answer, lang: Lang) -> list[Row]:
    """Fee or net amounts the gateway sent although the protocol lists none: labelled as
    such, read as fen (as every amount of the protocol), the field's own name kept."""
    rows: list[Row] = []
    for name, value in answer.unknown_fields:
        if not is_fee_field(name):
            continue
        text = value.strip()
        if text.isdigit():
            fen = int(text)
            shown = word("fen_and_yuan", lang).format(fen=fen, yuan=format_yuan(fen))
        else:
            shown = word("not_an_amount", lang).format(value=value)
        title = word("fee_field", lang).format(name=name)
        rows.append(Row(title, shown, text, name, "text", value))
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


def id_rows(answer: Answer, lang: Lang, *, mask_payer: bool = False) -> list[Row]:
    """The order's numbers and the payer's ids, then the merchant's attached data; with
    `mask_payer`, the payer's identifiers and the attached data masked (mask())."""
    rows = [field_row(answer, name, lang) for name in ID_FIELDS if answer.get(name)]
    if answer.get("attach"):
        rows.append(field_row(answer, "attach", lang, "text"))
    if mask_payer:
        rows = [_masked(row, lang) if row.field in PAYER_FIELDS else row for row in rows]
    return rows


def mask(name: str, value: str, lang: Lang) -> str:
    """A payer's identifier as a ticket leaving the company shows it: an id keeps its first and
    last 3 characters (enough to match it, not to use it), the attached data is hidden."""
    if name == "attach":
        return word("masked", lang)
    if len(value) <= 8:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 6) + value[-3:]


def _masked(row: Row, lang: Lang) -> Row:
    hidden = mask(row.field or "", row.copy, lang)
    return Row(row.title, hidden, hidden, row.field, row.kind, hidden)


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
    cells = tuple(_word_cell(key, promo.get(key, ""), word(words, lang), lang)
                  or _cell(promo.get(key, ""), word(words, lang), money)
                  for key, words, money in PROMOTION_COLUMNS)  # fmt: skip
    colon = ": " if lang == "en" else "："
    shown = " · ".join(f"{c.title}{colon}{c.shown}" for c in cells if c.shown)
    return Row(f"#{number}", shown, shown, "promotion_detail", "table", cells=cells)


def _cell(value: object, column: str, money: bool) -> Cell:
    if money and isinstance(value, int) and not isinstance(value, bool):
        return Cell(column, "¥" + format_yuan(value), str(value), "money")
    return Cell(column, str(value), str(value))


def _word_cell(key: str, value: object, column: str, lang: Lang) -> Cell | None:
    """A promotion's type or scope in words (the code kept as sent)."""
    if key == "type" and value:
        return Cell(column, promo_type(str(value), lang), str(value))
    if key == "scope" and value:
        return Cell(column, promo_scope(str(value), lang), str(value))
    return None


def other_rows(answer: Answer) -> list[Row]:
    """Fields this app does not know: shown as they came, under their own names, never
    guessed."""
    return [Row(name, value, value, name, "text", value) for name, value in answer.unknown_fields
            if not is_fee_field(name)]  # fmt: skip
