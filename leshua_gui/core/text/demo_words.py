"""What each demo and fault order of the sandbox shows, in zh_CN, zh_TW and en (the demo menu
and `leshua-sandbox`'s list), and the batch orders DEMO-B-00001 to DEMO-B-99999 by kind."""

from __future__ import annotations

from leshua_gui.core.text.labels import Lang, Text, pick

ORDERS: dict[str, Text] = {
    "DEMO-PAID-WX": (
        "微信支付已支付：商户优惠、优惠详情和绿洲活动",
        "微信支付已付款：商戶優惠、優惠明細和綠洲活動",
        "paid by WeChat Pay with a merchant discount, a promotion_detail and the Oasis campaign",
    ),
    "DEMO-PAID-ALIPAY": (
        "支付宝已支付：红包代金券和蓝海活动（纯文本 XML）",
        "支付寶已付款：紅包代金券和藍海活動（純文字 XML）",
        "paid by Alipay with a red-packet coupon and the Blue Sea campaign (plain-text XML)",
    ),
    "000120261122": (
        "银联二维码信用卡已支付：以 0 开头的订单号和空字段",
        "銀聯 QR 碼信用卡已付款：以 0 開頭的訂單號和空欄位",
        "paid by UnionPay QR with a credit card; leading zeros and empty fields",
    ),
    "DEMO-PAYING": (
        "支付中（付款人正在输入密码）：第三次查询时变为已支付",
        "付款中（付款人正在輸入密碼）：第三次查詢時變為已付款",
        "paying (the payer is entering a password): turns paid on the third query",
    ),
    "DEMO-PENDING": (
        "一直支付中：付款人始终未确认（查询到截止时间为止，非终态；可以关闭）",
        "一直付款中：付款人始終未確認（查詢到截止時間為止，非終態；可以關閉）",
        "stays paying: the payer never confirms (polling ends at its deadline, not final; it can "
        "be closed)",
    ),
    "DEMO-WATCH-PAID": (
        "支付中：首次查询约 1 分钟后变为已支付（持续查询才能看到终态）",
        "付款中：首次查詢約 1 分鐘後變為已付款（持續查詢才能看到終態）",
        "paying: turns paid about a minute after its first query (keep watching to see it final)",
    ),
    "DEMO-BARCODE-PAYING": (
        "付款码支付中（付款人未输入密码）：沙箱启动 5 分钟后才能关闭",
        "付款碼付款中（付款人未輸入密碼）：沙箱啟動 5 分鐘後才能關閉",
        "barcode payment still paying (no PIN entered): can be closed only 5 minutes after the "
        "sandbox started",
    ),
    "DEMO-CLOSED": (
        "未支付即关闭（支付宝服务窗）",
        "未付款即關閉（支付寶服務窗）",
        "closed without payment (Alipay window)",
    ),
    "DEMO-FAILED": (
        "支付失败（微信 App 内支付）",
        "付款失敗（微信 App 內付款）",
        "payment failed (WeChat in-app)",
    ),
    "DEMO-REFUNDING": (
        "已支付，随后退款中（支付宝小程序）",
        "已付款，隨後退款中（支付寶小程式）",
        "paid, then a refund in progress (Alipay mini program)",
    ),
    "DEMO-REFUNDED": (
        "已全额退款（微信小程序）",
        "已全額退款（微信小程式）",
        "refunded in full (WeChat mini program)",
    ),
    "DEMO-REFUND-FAILED": (
        "退款失败（微信简易支付）",
        "退款失敗（微信簡易支付）",
        "refund failed (WeChat simple pay)",
    ),
    "DEMO-UNKNOWN-STATE": (
        "本产品尚不认识的交易状态和字段（原样显示，绝不猜测）",
        "本產品尚不認識的交易狀態和欄位（原樣顯示，絕不猜測）",
        "a trade state and fields this product does not know yet (shown, never guessed)",
    ),
    "FAULT-SLOW": (
        "应答正确（已支付），但有延迟（默认 3 秒）",
        "應答正確（已付款），但有延遲（預設 3 秒）",
        "answers correctly (paid), but only after a delay (default 3 s)",
    ),
    "FAULT-502": (
        "HTTP 502 和 HTML 错误页面，如网关前的代理所返回",
        "HTTP 502 和 HTML 錯誤頁面，如閘道前的代理所返回",
        "HTTP 502 with an HTML error page, as a proxy in front of the gateway would",
    ),
    "FAULT-HTML": (
        "HTTP 200，但返回 HTML 登录页面而不是 XML",
        "HTTP 200，但返回 HTML 登入頁面而不是 XML",
        "HTTP 200 with an HTML login page instead of XML",
    ),
    "FAULT-TRUNCATED": ("XML 在中途被截断", "XML 在中途被截斷", "XML cut off in the middle"),
    "FAULT-BAD-SIGN": (
        "声称已支付，但签名不符",
        "聲稱已付款，但簽名不符",
        "claims paid, but the signature does not match",
    ),
    "FAULT-NO-SIGN": (
        "声称已支付，但完全没有签名",
        "聲稱已付款，但完全沒有簽名",
        "claims paid, with no signature at all",
    ),
    "FAULT-RESP-CODE": (
        "通信失败：resp_code -20010，未签名",
        "通訊失敗：resp_code -20010，未簽名",
        "communication failure: resp_code -20010, unsigned",
    ),
    "FAULT-HOSTILE": (
        "含实体声明的 XML（“十亿笑声”炸弹）",
        "含實體宣告的 XML（「十億笑聲」炸彈）",
        "XML with entity declarations (a billion-laughs bomb)",
    ),
    "FAULT-HUGE": ("2 MiB 的应答", "2 MiB 的應答", "an answer of 2 MiB"),
    "FAULT-CLOSE-FORGED": (
        "查询答复支付中（签名正确）；关闭订单的应答声称已关闭，但签名不符，订单并未关闭",
        "查詢答覆付款中（簽名正確）；關閉訂單的應答聲稱已關閉，但簽名不符，訂單並未關閉",
        "queries answer paying (correctly signed); the close answer claims closed, but its "
        "signature does not match and the order stays open",
    ),
    "DEMO-NOT-FOUND": (
        "网关不认识的订单：-4006 订单不存在",
        "閘道不認識的訂單：-4006 訂單不存在",
        "an order the gateway does not know: -4006 order not found",
    ),
}

#: A demo refund's description: its order, and its state in words.
REFUND_OF: Text = (
    "{order} 的退款：{state}",
    "{order} 的退款：{state}",
    "refund of {order}: {state}",
)
REFUND_STATES: dict[str, Text] = {
    "10": ("退款中", "退款中", "in progress"),
    "11": ("退款成功", "退款成功", "succeeded"),
    "12": ("退款失败", "退款失敗", "failed"),
}
REFUND_MISSING: Text = (
    "{order} 没有的退款：-4006 退款订单不存在",
    "{order} 沒有的退款：-4006 退款訂單不存在",
    "a refund {order} does not have: -4006 refund not found",
)


#: The batch orders as a whole (sandbox/batch_orders.py derives each one from its number).
BATCH_RANGE: Text = (
    "批量演示订单 DEMO-B-00001 至 DEMO-B-99999：状态、支付方式和金额由编号决定",
    "批量示範訂單 DEMO-B-00001 至 DEMO-B-99999：狀態、付款方式和金額由編號決定",
    "batch demo orders DEMO-B-00001 to DEMO-B-99999: state, pay way and amount follow from "
    "the number",
)
#: What a batch order of each kind shows (the keys are sandbox/batch_orders.BatchKind).
BATCH_ORDERS: dict[str, Text] = {
    "paid": (
        "已支付：结算金额为扣除 0.38% 手续费后的金额",
        "已付款：結算金額為扣除 0.38% 手續費後的金額",
        "paid; the settlement is the amount less a 0.38% fee",
    ),
    "paying": (
        "一直支付中：付款人始终未确认",
        "一直付款中：付款人始終未確認",
        "stays paying: the payer never confirms",
    ),
    "turns_paid": (
        "支付中：第三次查询时变为已支付",
        "付款中：第三次查詢時變為已付款",
        "paying: turns paid on the third query",
    ),
    "failed": ("支付失败", "付款失敗", "payment failed"),
    "closed": ("未支付即关闭", "未付款即關閉", "closed without payment"),
    "refunded": ("已全额退款", "已全額退款", "refunded in full"),
    "refunding": ("已支付，随后退款中", "已付款，隨後退款中", "paid, then a refund in progress"),
    "refund_failed": ("退款失败", "退款失敗", "refund failed"),
    "untrusted": (
        "声称已支付，但金额在签名后被改动：签名不符",
        "聲稱已付款，但金額在簽名後被改動：簽名不符",
        "claims paid, but the amount was changed after signing: the signature does not match",
    ),
    "not_found": (
        "网关不认识的订单：-4006 订单不存在",
        "閘道不認識的訂單：-4006 訂單不存在",
        "an order the gateway does not know: -4006 order not found",
    ),
    "slow": (
        "应答正确（已支付），但有延迟（约 1.5 秒）",
        "應答正確（已付款），但有延遲（約 1.5 秒）",
        "answers correctly (paid), but only after a delay (about 1.5 s)",
    ),
}
#: The sample lists in resources/samples/ (batch-demo.csv and batch-demo.xlsx).
BATCH_SAMPLE: Text = (
    "示例清单：200 行批量演示订单及财务记录的金额，其中几笔金额故意写错，另有重复、无效、"
    "不存在和签名不符的行",
    "範例清單：200 列批量示範訂單及財務記錄的金額，其中幾筆金額故意寫錯，另有重複、無效、"
    "不存在和簽名不符的列",
    "a sample list: 200 rows of batch demo orders with the amounts the books hold, a few of "
    "them wrong on purpose, and duplicate, invalid, unknown and untrusted rows",
)


def order(order_id: str, lang: Lang) -> str:
    """What a demo order shows, in `lang` (the sandbox's orders are described here only)."""
    return pick(ORDERS[order_id], lang)


def refund(order_id: str, status: str, lang: Lang) -> str:
    state = REFUND_STATES.get(status)
    words = pick(state, lang) if state is not None else status
    return pick(REFUND_OF, lang).format(order=order_id, state=words)


def refund_missing(order_id: str, lang: Lang) -> str:
    return pick(REFUND_MISSING, lang).format(order=order_id)


def batch_order(kind: str, lang: Lang) -> str:
    """What a batch order of `kind` shows, in `lang`."""
    return pick(BATCH_ORDERS[kind], lang)


def batch_range(lang: Lang) -> str:
    return pick(BATCH_RANGE, lang)


def batch_sample(lang: Lang) -> str:
    return pick(BATCH_SAMPLE, lang)
