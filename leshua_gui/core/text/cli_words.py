"""The command line's own words (the callback check and the profile listing) in zh_CN, zh_TW and
en, and the words for why an answer or a notification body could not be read."""

from __future__ import annotations

from leshua_gui.core.text.labels import Lang, Text, pick

WORDS: dict[str, Text] = {
    "rule": ("匹配的规则", "符合的規則", "rule that matched"),
    "received": ("收到的签名", "收到的簽名", "received"),
    "expected": ("应有的签名", "應有的簽名", "expected"),
    "signed_string": (
        "验签的字符串（密钥已遮盖）",
        "驗簽的字串（金鑰已遮蓋）",
        "signed string (key masked)",
    ),
    "transaction_key_used": (
        "此报文是用交易密钥签名的，不是异步通知密钥：请检查乐刷后台的异步通知配置",
        "此報文是用交易金鑰簽名的，不是非同步通知金鑰：請檢查樂刷後台的非同步通知設定",
        "signed with the TRANSACTION key, not the notify key: check Leshua's setup",
    ),
    "acknowledge": (
        "商户服务器应回复：{ack}",
        "商戶伺服器應回覆：{ack}",
        "the merchant's server should answer: {ack}",
    ),
    "unreadable": ("报文无法解析：{why}", "報文無法解析：{why}", "unreadable: {why}"),
    "no_profiles": (
        "还没有商户配置：leshua-query profiles add 名称 --merchant-id 商户号 --gateway …",
        "還沒有商戶設定檔：leshua-query profiles add 名稱 --merchant-id 商戶號 --gateway …",
        "no profiles yet: leshua-query profiles add NAME --merchant-id MID --gateway ...",
    ),
    "keys": ("密钥", "金鑰", "keys"),
    "asked": ("每次使用时询问", "每次使用時詢問", "asked at each use"),
    "keyring": ("系统钥匙串", "系統鑰匙圈", "keyring"),
    "key_set": ("已保存（{hint}）", "已儲存（{hint}）", "set ({hint})"),
    "key_not_set": ("未设置", "未設定", "not set"),
    "key_unknown": (
        "未知（钥匙串不可用）",
        "未知（鑰匙圈不可用）",
        "unknown (keyring unavailable)",
    ),
    "transaction_key": ("交易密钥", "交易金鑰", "transaction key"),
    "notify_key": ("异步通知密钥", "非同步通知金鑰", "notify key"),
    # `profiles show`: the English names are the --json keys
    "name": ("名称", "名稱", "name"),
    "merchant_id": ("商户号", "商戶號", "merchant_id"),
    "gateway": ("网关", "閘道", "gateway"),
    "environment": ("环境", "環境", "environment"),
    "note": ("备注", "備註", "note"),
    "created": ("创建于", "建立於", "created"),
    "updated": ("修改于", "修改於", "updated"),
    # a profile's two closing settings (whether its orders may be closed, and when an unpaid
    # watched order is called stale): `profiles show` titles, then their values
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


def unreadable(reason: str, lang: Lang) -> str:
    """ "unreadable: it is empty", by the error's reason (malformed when not known)."""
    from leshua_gui.core.text.words import unreadable_why

    return word("unreadable", lang).format(why=unreadable_why(reason, lang))


def rule(name: str, lang: Lang) -> str:
    """The verification rule that matched, in words with its name."""
    from leshua_gui.core.text.words import rule_words

    return rule_words(name, lang)
