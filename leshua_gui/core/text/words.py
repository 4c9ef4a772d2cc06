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
    "rule_doc": ("按协议规定的规则", "按協議規定的規則", "by the protocol's rule"),
    "rule_without_error_code": (
        "按网关的变体规则（不含错误码字段）",
        "按閘道的變體規則（不含錯誤碼欄位）",
        "by the gateway's variant (error_code left out)",
    ),
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
    # An untrusted answer's headline: the distrust first, then what the answer claims.
    "untrusted_answer": ("不可信的应答", "不可信的應答", "Untrusted answer"),
    "distrust_mismatch": ("签名不符", "簽名不符", "signature mismatch"),
    "distrust_unsigned": (
        "成功应答却没有签名", "成功應答卻沒有簽名", "a success answer without a signature",
    ),
    "distrust_other": ("应答有误", "應答有誤", "faulty answer"),
    "claims": (
        "应答声称的{what}：{state}", "應答聲稱的{what}：{state}", "{what} it claims: {state}",
    ),
    "claims_short": ("应答声称：{state}", "應答聲稱：{state}", "claims: {state}"),
    # What was asked (the ticket's first lines).
    "sec_asked": ("所查询的", "所查詢的", "Asked"),
    "profile": ("商户配置", "商戶設定檔", "Profile"),
    "refund_of": ("所属订单", "所屬訂單", "Of the order"),
    # Errors in words (the window's titles), never the core's internal kind or English text.
    "kind_input": ("未发送：请检查输入", "未送出：請檢查輸入", "Not sent: check the input"),
    "kind_transport": ("无法连接网关", "無法連線閘道", "Gateway not reached"),
    "no_result_code": (
        "应答中没有业务结果码（result_code）：结果未知",
        "應答中沒有業務結果碼（result_code）：結果未知",
        "the answer has no result_code: the outcome is unknown",
    ),
    "kind_http_status": (
        "网关返回了错误页面",
        "閘道返回了錯誤頁面",
        "The gateway answered with an error page",
    ),
    "kind_timeout": ("网关未及时应答", "閘道未及時應答", "No answer in time"),
    "kind_protocol": ("应答无法解析", "應答無法解析", "Unreadable answer"),
    "kind_wrong_order": ("应答与所查订单不符", "應答與所查訂單不符", "Answer about another order"),
    "kind_wrong_refund": (
        "应答说的是另一笔退款", "應答說的是另一筆退款", "Answer about another refund",
    ),
    "kind_gateway": ("网关返回错误", "閘道返回錯誤", "The gateway reported an error"),
    "kind_signature": ("签名有问题", "簽名有問題", "Signature problem"),
    "kind_keyring": ("钥匙串不可用", "鑰匙圈不可用", "Keyring unavailable"),
    "kind_other": ("错误", "錯誤", "Error"),
    # Masked payer identifiers (a ticket that leaves the company).
    "masked": ("（已隐藏）", "（已隱藏）", "(hidden)"),
    # Where the money went.
    "platform_funded": ("平台出资", "平台出資", "Funded by the platform"),
    "merchant_funded": ("商户出资", "商戶出資", "Funded by the merchant"),
    "where_money": ("资金去向", "資金去向", "Where the money went"),
    "went_paid": ("买家实付{paid}", "買家實付{paid}", "The buyer paid {paid}"),
    "went_platform": (
        "{funded}由平台出资（{what}），商户仍然收到",
        "{funded}由平台出資（{what}），商戶仍然收到",
        "{funded} is funded by the platform ({what}) and still reaches the merchant",
    ),
    "went_merchant": (
        "{funded}的优惠由商户出资（{what}），商户少收这部分",
        "{funded}的優惠由商戶出資（{what}），商戶少收這部分",
        "the {funded} off is funded by the merchant ({what}), so the merchant receives that "
        "much less",
    ),
    "went_settles": (
        "商户按{settled}结算", "商戶按{settled}結算", "the merchant settles {settled}",
    ),
    "went_less": (
        "结算金额比买家实付少{less}，应答没有说明原因",
        "結算金額比買家實付少{less}，應答沒有說明原因",
        "settlement is {less} less than the buyer paid, and the answer does not say why",
    ),
    "funded_by": ("{who}出资{amount}", "{who}出資{amount}", "{amount} funded by the {who}"),
    "who_merchant": ("商户", "商戶", "merchant"),
    "who_wxpay": ("微信支付", "微信支付", "WeChat Pay"),
    "who_other": ("其他方", "其他方", "others"),
    "fee_field": (
        "{name}（协议未列出的字段，按分读取）",
        "{name}（協議未列出的欄位，按分讀取）",
        "{name} (a field not in the protocol, read as fen)",
    ),
    "fen_and_yuan": ("{fen}分（¥{yuan}）", "{fen}分（¥{yuan}）", "{fen} fen (¥{yuan})"),
}  # fmt: skip

#: promotion_detail `type` values (WeChat's format).
PROMO_TYPES: dict[str, tuple[str, str, str]] = {
    "DISCOUNT": ("免充值优惠券", "免充值優惠券", "non-prefunded discount"),
    "COUPON": ("充值代金券", "充值代金券", "prefunded coupon"),
}

#: promotion_detail `scope` values.
PROMO_SCOPES: dict[str, tuple[str, str, str]] = {
    "SINGLE": ("单品优惠", "單品優惠", "single item"),
    "GLOBAL": ("全场优惠", "全場優惠", "whole order"),
}


def promo_type(code: str, lang: Lang) -> str:
    text = PROMO_TYPES.get(code.strip().upper())
    return labels.unknown(code, lang) if text is None else labels.pick(text, lang)


def promo_scope(code: str, lang: Lang) -> str:
    text = PROMO_SCOPES.get(code.strip().upper())
    return labels.unknown(code, lang) if text is None else labels.pick(text, lang)


def error_kind(kind: str, reason: str, lang: Lang) -> str:
    """An error's kind in the window's words (its badge title), never the internal name."""
    key = reason if reason in ("wrong_order", "wrong_refund", "http_status") else kind
    return word(f"kind_{key}" if f"kind_{key}" in WORDS else "kind_other", lang)


def distrust(outcome: str | None, lang: Lang) -> str:
    """Why an answer is not trusted, in words (no "UNTRUSTED:" prefix)."""
    key = {"mismatch": "distrust_mismatch", "unsigned": "distrust_unsigned"}.get(
        outcome or "", "distrust_other"
    )
    return word(key, lang)


def untrusted(outcome: str | None, lang: Lang) -> str:
    """ "UNTRUSTED: ..." for an answer that did not verify, by how it failed."""
    key = {"mismatch": "untrusted", "unsigned": "untrusted_unsigned"}.get(
        outcome or "", "untrusted_other"
    )
    return word(key, lang)


#: Why an answer or a body could not be read (ProtocolError.reason).
UNREADABLE: dict[str, tuple[str, str, str]] = {
    "empty": ("内容为空", "內容為空", "it is empty"),
    "too_large": ("内容过大", "內容過大", "it is too large"),
    "hostile": (
        "含有实体声明（可能是恶意构造的 XML）",
        "含有實體宣告（可能是惡意構造的 XML）",
        "it declares entities (possibly hostile XML)",
    ),
    "not_leshua": ("不是乐刷的 XML 报文", "不是樂刷的 XML 報文", "it is not Leshua's XML"),
    "malformed": ("不是格式正确的 XML", "不是格式正確的 XML", "it is not well-formed XML"),
}


def unreadable_why(reason: str, lang: Lang) -> str:
    """Why an answer or a body could not be read, by the error's reason (malformed when the
    reason is not one of these)."""
    return labels.pick(UNREADABLE.get(reason, UNREADABLE["malformed"]), lang)


def rule_words(rule: str, lang: Lang) -> str:
    """The verification rule that matched, in words with its name ("by the protocol's rule
    [doc]"); a rule this app does not know, by its name."""
    key = f"rule_{rule}"
    return f"{word(key, lang)} [{rule}]" if key in WORDS else rule


def word(key: str, lang: Lang) -> str:
    return labels.pick(WORDS[key], lang)
