"""Hints about the kind of order number: a Leshua order number typed as a merchant's (and the
reverse), the one-click switch, and what "not found" means when the kind may be wrong.

Keys are the id kinds (third_order_id, leshua_order_id); the rule the hint follows is in
core/gateway/advice.py (kind_hint)."""

from __future__ import annotations

from leshua_gui.core.text.labels import Lang, Text, pick

#: the hint under the query bar, by the kind the text looks like
LOOKS_LIKE: dict[str, Text] = {
    "leshua_order_id": (
        "这看起来像乐刷订单号（16–32 位数字），而不是商户订单号。",
        "這看起來像樂刷訂單號（16–32 位數字），而不是商戶訂單號。",
        "This looks like a Leshua order number (16–32 digits), not a merchant order number.",
    ),
    "third_order_id": (
        "这看起来不像乐刷订单号（乐刷订单号为 16–32 位数字），可能是商户订单号。",
        "這看起來不像樂刷訂單號（樂刷訂單號為 16–32 位數字），可能是商戶訂單號。",
        "This does not look like a Leshua order number (16–32 digits): it may be a merchant "
        "order number.",
    ),
}

#: the button beside the hint, by the kind it switches to
SWITCH_TO: dict[str, Text] = {
    "leshua_order_id": ("改为乐刷订单号", "改為樂刷訂單號", "Switch to Leshua order number"),
    "third_order_id": ("改为商户订单号", "改為商戶訂單號", "Switch to merchant order number"),
}

#: added to the "not found" advice, by the kind that was asked
NOT_FOUND_KIND: dict[str, Text] = {
    "third_order_id": (
        "也请核对编号类型：这次是按商户订单号查询的；"
        "如果这是乐刷订单号（16–32 位数字），请改为乐刷订单号后重新查询。",
        "也請核對編號類型：這次是按商戶訂單號查詢的；"
        "如果這是樂刷訂單號（16–32 位數字），請改為樂刷訂單號後重新查詢。",
        "Check the kind of number too: this was asked as a merchant order number; if it is a "
        "Leshua order number (16–32 digits), switch the kind and query again.",
    ),
    "leshua_order_id": (
        "也请核对编号类型：这次是按乐刷订单号查询的；"
        "如果这是商户自己的订单号，请改为商户订单号后重新查询。",
        "也請核對編號類型：這次是按樂刷訂單號查詢的；"
        "如果這是商戶自己的訂單號，請改為商戶訂單號後重新查詢。",
        "Check the kind of number too: this was asked as a Leshua order number; if it is the "
        "merchant's own order number, switch the kind and query again.",
    ),
}


def looks_like_text(kind: str, lang: Lang) -> str:
    return pick(LOOKS_LIKE[kind], lang)


def switch_to_text(kind: str, lang: Lang) -> str:
    return pick(SWITCH_TO[kind], lang)


def not_found_kind_text(asked: str, lang: Lang) -> str:
    return pick(NOT_FOUND_KIND[asked], lang)
