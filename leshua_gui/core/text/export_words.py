"""The words of a history export (and of the History grid): column headers, the sheet's name,
yes and no, lookup kinds, environments, error kinds, how a poll stopped, the totals row; and of
a batch job's export: its sheets, the Rows sheet's headers and cells, the job's particulars."""

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
    "attempts": ("查询次数", "查詢次數", "Attempts"),
    "elapsed_ms": ("耗时（毫秒）", "耗時（毫秒）", "Elapsed (ms)"),
    "environment_code": ("环境代码", "環境代碼", "Environment code"),
    "id_kind_code": ("订单号类型代码", "訂單號類型代碼", "Id kind code"),
    "outcome_code": ("签名核验代码", "簽名驗證代碼", "Signature check code"),
    "error_kind": ("错误类型", "錯誤類型", "Error kind"),
    "error_kind_code": ("错误类型代码", "錯誤類型代碼", "Error kind code"),
    "error_code": ("网关错误码", "閘道錯誤碼", "Gateway error code"),
    "error_message": ("错误详情（原文）", "錯誤詳情（原文）", "Error details (as recorded)"),
    "status": ("交易状态代码", "交易狀態代碼", "Trade state code"),
    "status_label": ("交易状态", "交易狀態", "Trade state"),
    "pay_way": ("支付方式", "支付方式", "Pay way"),
    "pay_way_code": ("支付方式代码", "支付方式代碼", "Pay way code"),
    "trade_type": ("交易类型", "交易類型", "Trade type"),
    "trade_type_code": ("交易类型代码", "交易類型代碼", "Trade type code"),
    "pay_time": ("支付时间（北京时间）", "支付時間（北京時間）", "Paid at (Beijing time)"),
    "stopped": ("轮询结束方式", "輪詢結束方式", "Polling stopped"),
}

#: The environment a profile points at, in words (endpoints.environment_of's names).
ENVIRONMENTS: dict[str, Text] = {
    "production": ("生产环境", "正式環境", "production"),
    "test": ("测试环境", "測試環境", "test"),
    "legacy": ("旧版生产环境", "舊版正式環境", "legacy production"),
    "sandbox": ("本机演示网关", "本機示範閘道", "local demo gateway"),
    "custom": ("自定义地址", "自訂網址", "custom address"),
}

#: What went wrong, by the recorded kind of error.
ERROR_KINDS: dict[str, Text] = {
    "input": ("未发送：输入有误", "未送出：輸入有誤", "not sent: the input is wrong"),
    "transport": ("无法连接网关", "無法連線閘道", "gateway not reached"),
    "timeout": ("网关未及时应答", "閘道未及時應答", "no answer in time"),
    "protocol": ("应答无法解析", "應答無法解析", "unreadable answer"),
    "gateway": ("网关返回错误", "閘道返回錯誤", "the gateway reported an error"),
    "signature": ("签名有问题", "簽名有問題", "signature problem"),
}
OTHER_ERROR: Text = ("错误", "錯誤", "error")

#: How a poll stopped before a final state, as the History grid and the export say it: with a
#: state seen on the way, and without one.
STOPPED: dict[str, Text] = {
    "cancelled": (
        "已取消，未到最终状态",
        "已取消，未到最終狀態",
        "cancelled before a final state",
    ),
    "deadline": (
        "到时限仍未到最终状态",
        "到時限仍未到最終狀態",
        "deadline reached before a final state",
    ),
}
STOPPED_UNKNOWN: dict[str, Text] = {
    "cancelled": ("已取消：状态未知", "已取消：狀態未知", "cancelled: state unknown"),
    "deadline": ("到时限：状态未知", "到時限：狀態未知", "deadline reached: state unknown"),
}
#: The state of a lookup that got no readable answer.
STATE_UNKNOWN: Text = ("状态未知", "狀態未知", "state unknown")

#: The totals row of an .xlsx export ({n}: the orders counted).
TOTALS: Text = (
    "合计：{n} 笔（仅计可信应答，每笔订单或退款只计最新一次应答）",
    "合計：{n} 筆（僅計可信應答，每筆訂單或退款只計最新一次應答）",
    "Total of {n} (trusted answers only; each order or refund counted once, by its latest answer)",
)

#: What a row looked up, in words.
LOOKUP_WORDS: dict[str, Text] = {
    "order": ("订单", "訂單", "order"),
    "refund": ("退款", "退款", "refund"),
    "close": ("关闭订单请求", "關閉訂單請求", "close attempt"),
}

SHEET_NAME: Text = ("查询记录", "查詢記錄", "history")
YES: Text = ("是", "是", "yes")
NO: Text = ("否", "否", "no")


def header(key: str, lang: Lang) -> str | None:
    """The header of a column that is not an answer field; None for an answer field."""
    text = HEADERS.get(key)
    return None if text is None else pick(text, lang)


def lookup_word(kind: str, lang: Lang) -> str:
    """ "order", "refund" or "close" in words; an unknown kind as it is."""
    text = LOOKUP_WORDS.get(kind)
    return kind if text is None else pick(text, lang)


def yes_no(value: bool, lang: Lang) -> str:
    return pick(YES if value else NO, lang)


def sheet_name(lang: Lang) -> str:
    return pick(SHEET_NAME, lang)


def environment(code: str, lang: Lang) -> str:
    text = ENVIRONMENTS.get(code)
    return code if text is None else pick(text, lang)


def error_kind(kind: str, lang: Lang) -> str:
    return pick(ERROR_KINDS.get(kind, OTHER_ERROR), lang)


def stopped(stop: str, lang: Lang, *, state_known: bool) -> str:
    """How a poll stopped short ("cancelled" or "deadline"), in words; "" for anything else."""
    text = (STOPPED if state_known else STOPPED_UNKNOWN).get(stop)
    return "" if text is None else pick(text, lang)


def state_unknown(lang: Lang) -> str:
    return pick(STATE_UNKNOWN, lang)


def totals(count: int, lang: Lang) -> str:
    return pick(TOTALS, lang).format(n=count)


# -- a batch job's export (core/batch/export.py) ----------------------------------------------

#: The sheets of a batch export.
BATCH_SHEETS: dict[str, Text] = {
    "summary": ("汇总", "彙總", "Summary"),
    "rows": ("明细", "明細", "Rows"),
}

#: Headers of the Rows sheet (and the .csv), by column key; the amounts' are the totals' labels
#: (batch_words.TOTALS), so that a column and its total say the same.
BATCH_HEADERS: dict[str, Text] = {
    "row": ("行号", "列號", "Row"),
    "id": ("订单号", "訂單號", "Order number"),
    "kind": HEADERS["id_kind"],
    "state": HEADERS["status_label"],
    "state_code": HEADERS["status"],
    "verification": ("核验结果", "驗證結果", "Verification"),
    "pay_way": HEADERS["pay_way"],
    "expected": ("账上金额", "帳上金額", "Expected amount (books)"),
    "difference": ("差额（网关减账上）", "差額（閘道減帳上）", "Difference (gateway minus books)"),
    "pay_time": HEADERS["pay_time"],
    "error": HEADERS["error"],
    "error_code": HEADERS["error_code"],
    "error_detail": HEADERS["error_message"],
    "remarks": ("备注", "備註", "Remarks"),
}

#: The trade state an answer that did not verify claimed ({state}: the state in words).
CLAIMED_STATE: Text = (
    "{state}（不可信：应答验证失败）",
    "{state}（不可信：應答驗證失敗）",
    "{state} (UNTRUSTED: the answer did not verify)",
)

#: A row naming the same order as an earlier one ({row}: that row's number).
DUPLICATE_OF: Text = (
    "与第 {row} 行的订单相同（只查询一次）",
    "與第 {row} 列的訂單相同（只查詢一次）",
    "the same order as row {row} (asked once)",
)

#: The particulars of a job, at the top of the Summary sheet (with batch_words.TOTALS' rows
#: read and orders asked).
JOB_FIELDS: dict[str, Text] = {
    "job": ("批量任务", "批量任務", "Batch job"),
    "created": ("创建时间", "建立時間", "Created"),
    "profile": HEADERS["profile"],
    "merchant_id": ("商户号", "商戶號", "Merchant id"),
    "environment": HEADERS["environment"],
    "source": ("订单列表", "訂單清單", "List of orders"),
    "pasted": ("（粘贴的列表）", "（貼上的清單）", "(a pasted list)"),
    "state": ("任务状态", "任務狀態", "Job state"),
    "completed": ("已有结果的订单数", "已有結果的訂單數", "Orders answered"),
}

#: The Summary sheet's own words (the totals' labels are batch_words.TOTALS).
SUMMARY: dict[str, Text] = {
    "all_verified": ("全部已验证的应答", "全部已驗證的應答", "all verified answers"),
    "apart": ("单独计数（不计入金额）", "單獨計數（不計入金額）", "Counted apart (never in money)"),
    "books": ("与账上核对", "與帳上核對", "Checked against the books"),
    "expected_rows": ("有账上金额的行", "有帳上金額的列", "rows with an expected amount"),
    "books_total": ("账上金额合计", "帳上金額合計", "expected amounts in total"),
}


def batch_sheet(key: str, lang: Lang) -> str:
    return pick(BATCH_SHEETS[key], lang)


def batch_header(key: str, lang: Lang) -> str:
    return pick(BATCH_HEADERS[key], lang)


def claimed_state(state: str, lang: Lang) -> str:
    """A state that an unverified answer claimed, marked as not to be trusted."""
    return pick(CLAIMED_STATE, lang).format(state=state)


def duplicate_of(row: int, lang: Lang) -> str:
    return pick(DUPLICATE_OF, lang).format(row=row)


def job_field(key: str, lang: Lang) -> str:
    return pick(JOB_FIELDS[key], lang)


def summary_word(key: str, lang: Lang) -> str:
    return pick(SUMMARY[key], lang)
