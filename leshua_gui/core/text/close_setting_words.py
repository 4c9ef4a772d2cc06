"""How the command line says a profile's two closing settings (whether its orders may be closed,
and when an unpaid watched order is called stale), in zh_CN, zh_TW and en."""

from __future__ import annotations

from leshua_gui.core.text.labels import Lang, Text, pick

WORDS: dict[str, Text] = {
    # `profiles show`: the English titles are the --json keys, as the other titles
    "allow_close": ("允许关闭订单", "允許關閉訂單", "allow_close"),
    "close_after_minutes": ("超时未支付提醒", "逾時未付款提醒", "close_after_minutes"),
    "allowed": ("允许", "允許", "allowed"),
    "not_allowed": ("不允许", "不允許", "not allowed"),
    "after": ("{minutes} 分钟后", "{minutes} 分鐘後", "{minutes} min"),
    "never": ("不提醒", "不提醒", "never"),
    # `profiles list`: one line per profile, this at its end
    "listed": (
        "关闭订单：{allowed}，超时未支付提醒：{after}",
        "關閉訂單：{allowed}，逾時未付款提醒：{after}",
        "closing orders: {allowed}, close after: {after}",
    ),
}


def word(key: str, lang: Lang) -> str:
    return pick(WORDS[key], lang)


def allowed(allow_close: bool, lang: Lang) -> str:
    """ "allowed" or "not allowed"."""
    return word("allowed" if allow_close else "not_allowed", lang)


def close_after(minutes: int, lang: Lang) -> str:
    """ "30 min", or "never" for 0."""
    return word("after", lang).format(minutes=minutes) if minutes else word("never", lang)


def listed(allow_close: bool, minutes: int, lang: Lang) -> str:
    """The closing settings as `profiles list` ends a profile's line."""
    return word("listed", lang).format(
        allowed=allowed(allow_close, lang), after=close_after(minutes, lang)
    )
