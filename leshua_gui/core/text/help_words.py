"""In-app help: each trade and refund state, what it means for the money and the next step, and
where refund numbers come from; in zh_CN, zh_TW and en."""

from __future__ import annotations

from leshua_gui.core.text.labels import REFUND_STATES, TRADE_STATES, Lang, Text, pick

#: Trade state code -> (what it means, what to do next).
TRADE_NEXT: dict[str, tuple[Text, Text]] = {
    "0": (
        (
            "付款人尚未完成支付（例如正在输入密码）。",
            "付款人尚未完成付款（例如正在輸入密碼）。",
            "The payer has not finished paying yet (entering a password, for example).",
        ),
        (
            "稍后再查，或勾选“持续查询直到终态”。长时间未支付的订单可以关闭。",
            "稍後再查，或勾選「持續查詢直到終態」。長時間未付款的訂單可以關閉。",
            "Query again in a moment, or tick “Keep querying until final”. An order left unpaid "
            "for long can be closed.",
        ),
    ),
    "2": (
        (
            "已收到付款：这是终态。",
            "已收到付款：這是終態。",
            "The payment went through: this is final.",
        ),
        (
            "核对金额和结算金额；商户一方显示未支付时，请检查商户系统是否收到了异步通知。",
            "核對金額和結算金額；商戶一方顯示未付款時，請檢查商戶系統是否收到了非同步通知。",
            "Check the amounts and the settlement. If the shop says unpaid, check that its system "
            "received the notification (Tools > Check a callback).",
        ),
    ),
    "6": (
        (
            "订单未支付就已关闭：不会再收到付款。",
            "訂單未付款就已關閉：不會再收到付款。",
            "The order was closed without payment: no payment will come for it.",
        ),
        (
            "如需付款，请让付款人重新下单。",
            "如需付款，請讓付款人重新下單。",
            "If the payer still wants to pay, a new order is needed.",
        ),
    ),
    "8": (
        ("支付失败：没有扣款。", "付款失敗：沒有扣款。", "The payment failed: no money was taken."),
        (
            "请付款人重新支付或换一种支付方式。",
            "請付款人重新付款或換一種付款方式。",
            "Ask the payer to pay again or with another method.",
        ),
    ),
    "10": (
        (
            "付款已成功，退款正在处理，钱尚未退回付款人。",
            "付款已成功，退款正在處理，錢尚未退回付款人。",
            "The payment succeeded and a refund is being processed: the money is not back with "
            "the payer yet.",
        ),
        (
            "退款通常需要 1-3 个工作日；用退款单号查询该退款（工具 > 查询退款）。",
            "退款通常需要 1-3 個工作天；用退款單號查詢該退款（工具 > 查詢退款）。",
            "Refunds usually take 1-3 working days; look the refund up by its refund number "
            "(Tools > Look up a refund).",
        ),
    ),
    "11": (
        (
            "已全额退款：钱已退回付款人。",
            "已全額退款：錢已退回付款人。",
            "Refunded: the money went back to the payer.",
        ),
        (
            "付款人未收到时，请其查看支付应用中的退款记录。",
            "付款人未收到時，請其查看付款應用程式中的退款紀錄。",
            "If the payer says it has not arrived, ask them to look at the refund in their payment "
            "app.",
        ),
    ),
    "12": (
        (
            "退款失败：钱没有退回付款人。",
            "退款失敗：錢沒有退回付款人。",
            "The refund failed: the money did not go back to the payer.",
        ),
        (
            "请联系乐刷或重新发起退款。",
            "請聯絡樂刷或重新發起退款。",
            "Contact Leshua, or start the refund again.",
        ),
    ),
}

#: Refund state code (a refund lookup) -> what to do next.
REFUND_NEXT: dict[str, Text] = {
    "10": (
        "稍后再查：退款通常需要 1-3 个工作日。",
        "稍後再查：退款通常需要 1-3 個工作天。",
        "Query again later: refunds usually take 1-3 working days.",
    ),
    "11": ("钱已退回付款人。", "錢已退回付款人。", "The money went back to the payer."),
    "12": (
        "请联系乐刷或重新发起退款。",
        "請聯絡樂刷或重新發起退款。",
        "Contact Leshua, or start the refund again.",
    ),
}

WORDS: dict[str, Text] = {
    "trade_states": ("交易状态", "交易狀態", "Trade states"),
    "refund_states": (
        "退款状态（查询退款）",
        "退款狀態（查詢退款）",
        "Refund states (a refund lookup)",
    ),
    "unknown": (
        "其他代码：本产品不认识的状态，原样显示其代码，绝不猜测；请联系乐刷确认。",
        "其他代碼：本產品不認識的狀態，原樣顯示其代碼，絕不猜測；請聯絡樂刷確認。",
        "Any other code: a state this product does not know, shown with its code and never "
        "guessed; ask Leshua what it means.",
    ),
    "untrusted": (
        "不可信的应答（签名不符或未签名）：不能作为已支付的证据，请稍后再查并检查交易密钥。",
        "不可信的應答（簽名不符或未簽名）：不能作為已付款的證據，請稍後再查並檢查交易金鑰。",
        "An untrusted answer (a signature that does not match, or none): it is no evidence of "
        "payment; query again later and check the transaction key.",
    ),
    "refund_numbers": ("在哪里找到退款单号", "在哪裡找到退款單號", "Where to find refund numbers"),
    "refund_numbers_text": (
        "商户退款单号是商户系统发起退款时自己生成的编号（在商户的后台或退款记录中）；"
        "乐刷退款单号在乐刷商户后台的退款记录中，也在退款应答和退款通知里。"
        "演示模式下可用 DEMO-REFUND-1、DEMO-REFUND-2、DEMO-REFUND-3。",
        "商戶退款單號是商戶系統發起退款時自己產生的編號（在商戶的後台或退款紀錄中）；"
        "樂刷退款單號在樂刷商戶後台的退款紀錄中，也在退款應答和退款通知裡。"
        "示範模式下可用 DEMO-REFUND-1、DEMO-REFUND-2、DEMO-REFUND-3。",
        "The merchant refund number is the one the shop's system made when it started the "
        "refund (in its back office or refund records); the Leshua refund number is in the "
        "refund records of Leshua's merchant back office, and in refund answers and "
        "notifications. The demo has DEMO-REFUND-1, DEMO-REFUND-2 and DEMO-REFUND-3.",
    ),
}


def word(key: str, lang: Lang) -> str:
    return pick(WORDS[key], lang)


def trade_states(lang: Lang) -> list[tuple[str, str, str, str]]:
    """(code, state, what it means, what to do) for every trade state."""
    return [
        (code, pick(TRADE_STATES[code], lang), pick(means, lang), pick(next_step, lang))
        for code, (means, next_step) in TRADE_NEXT.items()
    ]


def refund_states(lang: Lang) -> list[tuple[str, str, str]]:
    """(code, refund state, what to do) for every refund state."""
    return [
        (code, pick(REFUND_STATES[code], lang), pick(text, lang))
        for code, text in REFUND_NEXT.items()
    ]
