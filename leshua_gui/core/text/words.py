"""The few words of summaries and states that are not domain labels, in zh_CN, zh_TW, en."""

from __future__ import annotations

from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import Lang

WORDS: dict[str, tuple[str, str, str]] = {
    "untrusted": ("不可信：签名不符", "不可信：簽名不符", "UNTRUSTED: signature mismatch"),
    "untrusted_unsigned": ("不可信：没有签名", "不可信：沒有簽名", "UNTRUSTED: no signature"),
    "untrusted_other": ("不可信：应答有误", "不可信：應答有誤", "UNTRUSTED: faulty answer"),
    "not_final": ("尚未终态", "尚未終態", "not final yet"),
    "final": ("终态", "終態", "final"),
    "error": ("错误", "錯誤", "Error"),
    "gateway_said": ("网关返回", "閘道返回", "Gateway said"),
    "queried_at": ("查询时间", "查詢時間", "Queried at"),
    "attempts": ("查询次数", "查詢次數", "Attempts"),
    "endpoint": ("网关地址", "閘道位址", "Gateway"),
    "other_fields": ("其他字段", "其他欄位", "Other fields"),
    "cancelled": ("已取消", "已取消", "cancelled"),
    "code_unsigned": (
        "错误码{code}不在应答的签名范围内：未经确认，可能在途中被改动。",
        "錯誤碼{code}不在應答的簽名範圍內：未經確認，可能在途中被改動。",
        "The error code {code} is not covered by the answer's signature: it is not confirmed "
        "and may have been changed on the way.",
    ),
    "code_unsigned_polled": (
        "未经确认的错误码不能决定是否停止查询，因此继续查询了。",
        "未經確認的錯誤碼不能決定是否停止查詢，因此繼續查詢了。",
        "An unconfirmed code cannot decide that asking again is useless, so it was asked again.",
    ),
    "unknown_state": (
        "本程序不认识这个状态码：已停止查询；请带上状态码联系乐刷",
        "本程式不認識這個狀態碼：已停止查詢；請帶上狀態碼聯絡樂刷",
        "a state code this app does not know: it stopped asking; ask Leshua about the code",
    ),
    "refund_in_progress": (
        "付款已成功，退款正在处理（通常需要1-3个工作日）：退款的进度请用退款查询查看。",
        "付款已成功，退款正在處理（通常需要1-3個工作日）：退款的進度請用退款查詢查看。",
        "The payment succeeded and a refund is in progress (refunds take 1-3 working days): "
        "follow it with a refund lookup.",
    ),
    "deadline": (
        "已到截止时间，订单尚未终态：状态未知，并非未支付",
        "已到截止時間，訂單尚未終態：狀態未知，並非未支付",
        "deadline reached before a final state: the state is unknown, not unpaid",
    ),
    # The result's sections and rows (window, Copy summary and command line alike).
    "sec_payment": ("支付信息", "支付資訊", "Payment"),
    "sec_amounts": ("金额（元）", "金額（元）", "Amounts (yuan)"),
    "sec_refund": ("退款", "退款", "Refund"),
    "sec_times": ("时间（北京时间）", "時間（北京時間）", "Times (China time)"),
    "sec_ids": ("单号与标识", "單號與識別碼", "Identifiers"),
    "sec_query": ("查询", "查詢", "Query"),
    "signature": ("签名", "簽名", "Signature"),
    "raw": ("原始内容", "原始內容", "Raw"),
    "not_an_amount": (
        "{value} (?)：不是整数分",
        "{value} (?)：不是整數分",
        "{value} (?): not a whole number of fen",
    ),
    "check": ("核对", "核對", "Check"),
    "check_ok": (
        "{calc}，与实付金额相符",
        "{calc}，與實付金額相符",
        "{calc}: matches what the buyer paid",
    ),
    "check_bad": (
        "注意：{calc}，与实付金额{paid}不符",
        "注意：{calc}，與實付金額{paid}不符",
        "Note: {calc}, not what the buyer paid ({paid})",
    ),
    "promo_name": ("名称", "名稱", "Name"),
    "promo_id": ("优惠编号", "優惠編號", "Promotion id"),
    "promo_type": ("类型", "類型", "Type"),
    "promo_scope": ("范围", "範圍", "Scope"),
    "promo_amount": ("金额", "金額", "Amount"),
    "promo_merchant": ("商户出资", "商戶出資", "Merchant funds"),
    "promo_wxpay": ("微信出资", "微信出資", "WeChat funds"),
    "promo_other": ("其他出资", "其他出資", "Other funds"),
}  # fmt: skip


def untrusted(outcome: str | None, lang: Lang) -> str:
    """ "UNTRUSTED: ..." for an answer that did not verify, by how it failed."""
    key = {"mismatch": "untrusted", "unsigned": "untrusted_unsigned"}.get(
        outcome or "", "untrusted_other"
    )
    return word(key, lang)


def word(key: str, lang: Lang) -> str:
    return labels.pick(WORDS[key], lang)
