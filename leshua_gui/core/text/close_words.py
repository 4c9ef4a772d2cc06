"""The words of closing an order on the command line (`leshua-query close`): why closing was
refused before a close was sent, what the outcome says beyond its states, the headings of its
report and its result, in zh_CN, zh_TW and en.

Keys of REFUSALS are the Refusal literals of core/closing/guard.py; keys of EXPLANATIONS the
Explanation literals of app/close.py."""

from __future__ import annotations

import shlex

from leshua_gui.core.text.labels import Lang, Text, pick

#: Why nothing was sent to close ({profile}: the profile's name, {quoted}: the same as a shell
#: argument, {order}: the order number, {state}: the verified state right before, in words).
REFUSALS: dict[str, Text] = {
    "not_allowed": (
        "商户配置 {profile} 不允许关闭订单：如需允许，请运行 "
        "`leshua-query profiles edit {quoted} --allow-close yes`",
        "商戶設定檔 {profile} 不允許關閉訂單：如需允許，請執行 "
        "`leshua-query profiles edit {quoted} --allow-close yes`",
        "closing orders is not allowed for profile {profile}: allow it with "
        "`leshua-query profiles edit {quoted} --allow-close yes`",
    ),
    "confirm_mismatch": (
        "--confirm 与订单号 {order} 不完全一致：请在 --confirm 后原样重复订单号",
        "--confirm 與訂單號 {order} 不完全一致：請在 --confirm 後原樣重複訂單號",
        "--confirm does not repeat the order number {order} exactly: give the same number "
        "to --confirm",
    ),
    "not_answered": (
        "关闭前的查询没有得到订单状态：状态不明的订单不会被关闭，请稍后重试",
        "關閉前的查詢沒有得到訂單狀態：狀態不明的訂單不會被關閉，請稍後重試",
        "the query right before closing did not get the order's state: an order whose state "
        "is not known is not closed; try again later",
    ),
    "not_verified": (
        "关闭前查询的应答签名不符：未经验证的“支付中”不能作为关闭的依据",
        "關閉前查詢的應答簽名不符：未經驗證的「支付中」不能作為關閉的依據",
        "the answer to the query right before closing did not verify: an unverified "
        "\u201cpaying\u201d is never taken for one",
    ),
    "not_paying": (
        "订单现在是“{state}”，不是“支付中”：只有支付中的订单可以关闭"
        "（已支付、支付失败或已关闭的订单不能关闭）",
        "訂單現在是「{state}」，不是「支付中」：只有支付中的訂單可以關閉"
        "（已支付、支付失敗或已關閉的訂單不能關閉）",
        "the order is {state} right now, not paying: only a paying order can be closed (a "
        "paid, failed or closed order cannot)",
    ),
}

#: What the outcome says beyond its states ({minutes}: the barcode wait; {state}: the verified
#: state after the close, in words).
EXPLANATIONS: dict[str, Text] = {
    "micropay_wait": (
        "付款码（MICROPAY）订单在创建{minutes}分钟后才能关闭：请稍后再试",
        "付款碼（MICROPAY）訂單在建立{minutes}分鐘後才能關閉：請稍後再試",
        "a barcode (MICROPAY) order can be closed only {minutes} minutes after it was "
        "created: try again later",
    ),
    "state_changed": (
        "订单在查询与关闭之间发生了变化：现在是“{state}”",
        "訂單在查詢與關閉之間發生了變化：現在是「{state}」",
        "the order changed in the meantime: it is {state} now",
    ),
    "unconfirmed": (
        "关闭请求已发送，但没有得到确认：请再查询一次订单，确认状态后再告知客户",
        "關閉請求已送出，但沒有得到確認：請再查詢一次訂單，確認狀態後再告知客戶",
        "the close was sent but not confirmed: query the order again before telling "
        "anyone it is closed",
    ),
}

WORDS: dict[str, Text] = {
    # the report's headings, in its order
    "before": (
        "关闭前的查询（刚刚查询）",
        "關閉前的查詢（剛剛查詢）",
        "Right before closing (queried just now)",
    ),
    "sent": ("已向网关发送关闭请求", "已向閘道送出關閉請求", "Close sent to the gateway"),
    "not_sent": ("没有发送关闭请求", "沒有送出關閉請求", "nothing was sent to close"),
    "answer": ("网关对关闭请求的应答", "閘道對關閉請求的應答", "The gateway's answer to the close"),
    "after": (
        "关闭后的查询（以此为准）",
        "關閉後的查詢（以此為準）",
        "After the close (queried again: this is the state)",
    ),
    # the result, last
    "closed": (
        "订单 {order} 已关闭：关闭应答已验证，关闭后的查询也确认“订单关闭”；之后到达的付款将被拒绝",
        "訂單 {order} 已關閉：關閉應答已驗證，關閉後的查詢也確認「訂單關閉」；"
        "之後到達的付款將被拒絕",
        "order {order} is closed: the close's answer verified and a query after it says "
        "closed; a payment arriving later will be refused",
    ),
    "refused": (
        "订单 {order} 没有关闭：网关拒绝了关闭请求",
        "訂單 {order} 沒有關閉：閘道拒絕了關閉請求",
        "order {order} was not closed: the gateway refused to close it",
    ),
    "not_closed": (
        "订单 {order} 没有确认关闭",
        "訂單 {order} 沒有確認關閉",
        "order {order} is not confirmed closed",
    ),
    "state_now": (
        "现在已验证的状态：{state}",
        "現在已驗證的狀態：{state}",
        "its verified state now: {state}",
    ),
    "state_unknown": (
        "现在的状态未经验证，不能当作事实",
        "現在的狀態未經驗證，不能當作事實",
        "its state now is not verified: do not take it as a fact",
    ),
    # `--merchant-id` (a key from the environment): closing needs a profile
    "needs_profile": (
        "关闭订单需要一个已允许关闭订单的商户配置：请用 --profile NAME"
        "（--merchant-id 和环境变量中的密钥不能关闭订单）",
        "關閉訂單需要一個已允許關閉訂單的商戶設定檔：請用 --profile NAME"
        "（--merchant-id 和環境變數中的金鑰不能關閉訂單）",
        "closing an order needs a profile whose owner allowed it: give --profile NAME "
        "(--merchant-id with a key from the environment cannot close orders)",
    ),
    "interrupted": (
        "已中断：关闭请求可能已经发送，请再查询一次订单",
        "已中斷：關閉請求可能已經送出，請再查詢一次訂單",
        "interrupted: the close may have been sent; query the order again",
    ),
}


def word(key: str, lang: Lang) -> str:
    return pick(WORDS[key], lang)


def refusal(key: str, lang: Lang, *, profile: str, order: str, state: str) -> str:
    """Why nothing was sent to close, in one sentence."""
    text = pick(REFUSALS[key], lang)
    return text.format(profile=profile, quoted=shlex.quote(profile), order=order, state=state)


def explanation(key: str, lang: Lang, *, minutes: int, state: str) -> str:
    """What the outcome says beyond its states, in one sentence."""
    return pick(EXPLANATIONS[key], lang).format(minutes=minutes, state=state)
