"""The words of a history export: column headers, the sheet's name, yes and no, lookup kinds."""

from __future__ import annotations

from leshua_gui.core.text.labels import Lang, Text, pick

#: Headers of the columns that are not answer fields (those take labels.FIELD_NAMES).
HEADERS: dict[str, Text] = {
    "queried_at": ("查询时间", "查詢時間", "Queried at"),
    "os_user": ("操作系统用户", "作業系統使用者", "OS user"),
    "profile": ("商户配置", "商戶設定檔", "Profile"),
    "environment": ("环境", "環境", "Environment"),
    "id_kind": ("订单号类型", "訂單號類型", "Id kind"),
    "order_id": ("查询的订单号", "查詢的訂單號", "Order number queried"),
    "lookup": ("查询类型", "查詢類型", "Lookup"),
    "refund_id_kind": ("退款单号类型", "退款單號類型", "Refund number kind"),
    "refund_id": ("查询的退款单号", "查詢的退款單號", "Refund number queried"),
    "outcome": ("签名核验", "簽名驗證", "Signature check"),
    "trusted": ("应答可信", "應答可信", "Answer trusted"),
    "error": ("错误", "錯誤", "Error"),
    "status_label": ("交易状态说明", "交易狀態說明", "Trade state (words)"),
    "attempts": ("查询次数", "查詢次數", "Attempts"),
    "elapsed_ms": ("耗时（毫秒）", "耗時（毫秒）", "Elapsed (ms)"),
}

#: What a row looked up, in words.
LOOKUP_WORDS: dict[str, Text] = {
    "order": ("订单", "訂單", "order"),
    "refund": ("退款", "退款", "refund"),
}

SHEET_NAME: Text = ("查询记录", "查詢記錄", "history")
YES: Text = ("是", "是", "yes")
NO: Text = ("否", "否", "no")


def header(key: str, lang: Lang) -> str | None:
    """The header of a column that is not an answer field; None for an answer field."""
    text = HEADERS.get(key)
    return None if text is None else pick(text, lang)


def lookup_word(kind: str, lang: Lang) -> str:
    """ "order" or "refund" in words; an unknown kind as it is."""
    text = LOOKUP_WORDS.get(kind)
    return kind if text is None else pick(text, lang)


def yes_no(value: bool, lang: Lang) -> str:
    return pick(YES if value else NO, lang)


def sheet_name(lang: Lang) -> str:
    return pick(SHEET_NAME, lang)
