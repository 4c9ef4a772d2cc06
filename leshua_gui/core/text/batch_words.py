"""The words of a batch: the headers recognised in a spreadsheet or a pasted column, why a row
cannot be sent, why a row needs a look, how a row and a job stand, the totals' labels and the
jobs file's troubles, in zh_CN, zh_TW and en.

Keys of PROBLEMS and NOTES are the RowProblem and RowNote literals of core/batch/preview.py;
keys of ATTENTION the Attention literal of core/batch/job.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from leshua_gui.core.text.labels import Lang, Text, pick

if TYPE_CHECKING:  # only read here: the text layer sits below the batch package
    from leshua_gui.core.batch.preview import Preview

#: Headers of an order number column, by the id kind they name (None: either kind, per row).
#: Compared after NFKC, case folding and removing spaces, underscores and hyphens.
ID_HEADERS: dict[str, str | None] = {
    "订单号": None,
    "訂單號": None,
    "订单编号": None,
    "訂單編號": None,
    "单号": None,
    "單號": None,
    "order_id": None,
    "order_no": None,
    "order": None,
    "商户订单号": "third_order_id",
    "商戶訂單號": "third_order_id",
    "商户单号": "third_order_id",
    "商戶單號": "third_order_id",
    "外部订单号": "third_order_id",
    "外部訂單號": "third_order_id",
    "third_order_id": "third_order_id",
    "out_trade_no": "third_order_id",
    "merchant_order_id": "third_order_id",
    "乐刷订单号": "leshua_order_id",
    "樂刷訂單號": "leshua_order_id",
    "乐刷单号": "leshua_order_id",
    "樂刷單號": "leshua_order_id",
    "leshua_order_id": "leshua_order_id",
}

#: Headers of an expected amount column (yuan, as finance writes it); a set of words, not texts.
AMOUNT_HEADERS: frozenset[str] = frozenset({
    "金额", "金額", "订单金额", "訂單金額", "应收", "應收", "应收金额", "應收金額",
    "交易金额", "交易金額", "预期金额", "預期金額", "实收金额", "實收金額",
    "amount", "expected", "expected_amount", "total_amount", "total",
})  # fmt: skip

#: What may follow an amount in yuan, besides the currency signs before it (¥, ￥).
YUAN_SUFFIX = "元"

#: Why a row of the list is not sent.
PROBLEMS: dict[str, Text] = {
    "id_missing": (
        "这一行没有订单号",
        "這一列沒有訂單號",
        "no order number on this row",
    ),
    "id_space": (
        "订单号中间有空格",
        "訂單號中間有空格",
        "the order number has a space inside",
    ),
    "id_too_long": (
        "订单号太长（商户订单号最多64个字符，乐刷订单号最多32个）",
        "訂單號太長（商戶訂單號最多64個字元，樂刷訂單號最多32個）",
        "the order number is too long (a merchant order number has at most 64 characters, "
        "a Leshua order number 32)",
    ),
    "id_chars": (
        "订单号只能包含英文字母、数字和英文标点（不能有中文或全角字符）",
        "訂單號只能包含英文字母、數字和英文標點（不能有中文或全形字元）",
        "an order number has only ASCII letters, digits and punctuation (no Chinese or "
        "full-width characters)",
    ),
    "id_leshua_chars": (
        "乐刷订单号只能包含字母和数字",
        "樂刷訂單號只能包含字母和數字",
        "a Leshua order number has only letters and digits",
    ),
    "id_number": (
        "Excel把订单号存成了带小数或位数过多的数字，原来的订单号已无法还原：请把这一列设为文本后重新输入",
        "Excel把訂單號存成了帶小數或位數過多的數字，原來的訂單號已無法還原：請把這一欄設為文字後重新輸入",
        "Excel stored this order number as a number with decimals or too many digits: the "
        "original cannot be recovered; format the column as text and enter it again",
    ),
    "id_cell": (
        "这个单元格不是文本或数字（例如日期），不能作为订单号",
        "這個儲存格不是文字或數字（例如日期），不能作為訂單號",
        "this cell is not text or a number (a date, for example): it cannot be an order number",
    ),
    "amount_format": (
        "金额看不懂：请写成 12.34、¥12.34 或 1,234.50",
        "金額看不懂：請寫成 12.34、¥12.34 或 1,234.50",
        "the amount cannot be read: write it as 12.34, ¥12.34 or 1,234.50",
    ),
    "amount_decimals": (
        "金额最多两位小数（到分）",
        "金額最多兩位小數（到分）",
        "an amount has at most 2 decimals (fen)",
    ),
    "amount_negative": (
        "金额不能为负数",
        "金額不能為負數",
        "an amount cannot be negative",
    ),
    "amount_too_large": (
        "金额太大",
        "金額太大",
        "the amount is too large",
    ),
}

#: What to check on a row that is sent all the same.
NOTES: dict[str, Text] = {
    "excel_number": (
        "Excel把订单号存成了数字：若原来的订单号以0开头，开头的0已经丢失，请核对",
        "Excel把訂單號存成了數字：若原來的訂單號以0開頭，開頭的0已經遺失，請核對",
        "stored as a number by Excel: check leading zeros",
    ),
    "leading_zeros": (
        "Excel把订单号存成了数字，位数比其他订单号少：开头的0很可能已经丢失，请核对",
        "Excel把訂單號存成了數字，位數比其他訂單號少：開頭的0很可能已經遺失，請核對",
        "stored as a number by Excel and shorter than the other order numbers: leading zeros "
        "were probably lost; check it",
    ),
}

#: Why a whole list cannot be read (InputError reasons batch_input and batch_column).
LIST_PROBLEMS: dict[str, Text] = {
    "too_large": (
        "文件太大（最多{limit} MB）",
        "檔案太大（最多{limit} MB）",
        "the file is too large (at most {limit} MB)",
    ),
    "too_many_rows": (
        "行数太多（最多{limit}行）",
        "列數太多（最多{limit}列）",
        "too many rows (at most {limit})",
    ),
    "encoding": (
        "文件既不是UTF-8也不是GBK编码，无法读取",
        "檔案既不是UTF-8也不是GBK編碼，無法讀取",
        "the file is neither UTF-8 nor GBK: it cannot be read",
    ),
    "not_xlsx": (
        "这不是可以读取的Excel（.xlsx）文件",
        "這不是可以讀取的Excel（.xlsx）檔案",
        "this is not an Excel (.xlsx) file that can be read",
    ),
    "hostile": (
        "这个Excel文件解压后过大，为安全起见不予读取",
        "這個Excel檔案解壓縮後過大，為安全起見不予讀取",
        "this Excel file expands to too much data: it is not read, to be safe",
    ),
    "column": (
        "找不到列“{column}”",
        "找不到欄「{column}」",
        "no column {column!r}",
    ),
}


def problem_text(problem: str, lang: Lang) -> str:
    """Why a row is not sent, in `lang`."""
    return pick(PROBLEMS[problem], lang)


def note_text(note: str, lang: Lang) -> str:
    """What to check on a row, in `lang`."""
    return pick(NOTES[note], lang)


def list_problem_text(problem: str, lang: Lang, **values: object) -> str:
    """Why a list cannot be read, in `lang`."""
    return pick(LIST_PROBLEMS[problem], lang).format(**values)


#: Why a row of a job needs a look (job.Attention).
ATTENTION: dict[str, Text] = {
    "invalid": (
        "无法查询：这一行的订单号或金额有误",
        "無法查詢：這一列的訂單號或金額有誤",
        "not sent: the order number or the amount on this row is wrong",
    ),
    "duplicate": (
        "与前面一行的订单重复（只查询一次）",
        "與前面一列的訂單重複（只查詢一次）",
        "repeats the order of an earlier row (asked once)",
    ),
    "untrusted": (
        "应答签名验证失败：其中的交易状态和金额不可信",
        "應答簽名驗證失敗：其中的交易狀態和金額不可信",
        "the answer's signature did not verify: its trade state and amounts cannot be trusted",
    ),
    "error": (
        "没有得到可用的应答",
        "沒有得到可用的應答",
        "no usable answer",
    ),
    "not_found": (
        "网关查不到这个订单",
        "閘道查不到這個訂單",
        "the gateway has no such order",
    ),
    "not_final": (
        "订单还没有最终状态（例如仍在支付中）",
        "訂單還沒有最終狀態（例如仍在支付中）",
        "the order is not in a final state yet (still paying, for example)",
    ),
    "amount_differs": (
        "金额与账上的不一致",
        "金額與帳上的不一致",
        "the amount differs from the books",
    ),
}

#: How a row of a job stands (outcome.Verdict, or not asked yet, or not sent).
ROW_VERDICTS: dict[str, Text] = {
    "trusted": ("已验证", "已驗證", "verified"),
    "untrusted": ("验证失败", "驗證失敗", "not verified"),
    "error": ("出错", "出錯", "error"),
    "not_found": ("查无此单", "查無此單", "not found"),
    "pending": ("待查询", "待查詢", "not asked yet"),
    "invalid": ("未发送", "未發送", "not sent"),
}

#: How a job stands (job.JobState).
JOB_STATES: dict[str, Text] = {
    "running": ("进行中", "進行中", "running"),
    "paused": ("已暂停", "已暫停", "paused"),
    "cancelled": ("已取消", "已取消", "cancelled"),
    "done": ("已完成", "已完成", "done"),
}

#: The labels of a job's totals and reconciliation (core/batch/totals.py).
TOTALS: dict[str, Text] = {
    "rows": ("读取的行数", "讀取的列數", "rows read"),
    "orders": ("查询的订单数", "查詢的訂單數", "orders asked"),
    "count": ("笔数", "筆數", "orders"),
    "amount": ("订单金额", "訂單金額", "order amount"),
    "buyer_paid": ("付款人实付", "付款人實付", "buyer paid"),
    "discount": ("优惠（含红包）", "優惠（含紅包）", "discount (coupons included)"),
    "settlement": ("结算金额", "結算金額", "settlement"),
    "untrusted": ("应答签名验证失败", "應答簽名驗證失敗", "answers not verified"),
    "errors": ("没有可用应答", "沒有可用應答", "no usable answer"),
    "not_final": ("未到最终状态", "未到最終狀態", "not final yet"),
    "not_found": ("网关查无此单", "閘道查無此單", "not found at the gateway"),
    "pending": ("尚未查询", "尚未查詢", "not asked yet"),
    "invalid": ("无法查询的行", "無法查詢的列", "rows not sent"),
    "duplicates": ("重复的行", "重複的列", "repeated rows"),
    "matched": ("与账上一致的行", "與帳上一致的列", "rows matching the books"),
    "mismatches": ("金额不一致的行", "金額不一致的列", "rows whose amount differs"),
    "difference": ("差额合计（网关减账上）", "差額合計（閘道減帳上）",
                   "sum of differences (gateway minus books)"),
    "expected_not_found": ("账上有而网关查无此单的行", "帳上有而閘道查無此單的列",
                           "rows in the books not found at the gateway"),
    "none": ("（无）", "（無）", "(none)"),
    "by_state": ("按交易状态", "按交易狀態", "by trade state"),
    "by_pay_way": ("按支付方式", "按支付方式", "by pay way"),
    "separator": ("；", "；", "; "),
    "pair": ("{label}：{value}", "{label}：{value}", "{label}: {value}"),
    "job": (
        "批量任务 {job}：读取 {rows} 行，查询 {orders} 个订单，{completed} 个已有结果",
        "批量任務 {job}：讀取 {rows} 列，查詢 {orders} 個訂單，{completed} 個已有結果",
        "batch job {job}: {rows} rows read, {orders} orders asked, {completed} answered",
    ),
    "group": (
        "{name}：{count} 笔，订单金额 {amount}，付款人实付 {paid}，优惠 {discount}，"
        "结算金额 {settlement}",
        "{name}：{count} 筆，訂單金額 {amount}，付款人實付 {paid}，優惠 {discount}，"
        "結算金額 {settlement}",
        "{name}: {count} orders, amount {amount}, buyer paid {paid}, discount {discount}, "
        "settlement {settlement}",
    ),
    "money_note": (
        "金额只统计签名已验证的应答；签名验证失败和出错的订单单独计数，不计入金额。",
        "金額只統計簽名已驗證的應答；簽名驗證失敗和出錯的訂單單獨計數，不計入金額。",
        "Money is counted over verified answers only; orders whose answer did not verify or "
        "that ended in an error are counted apart and never added to money.",
    ),
}  # fmt: skip

#: Why the jobs file cannot be used now, by reason (jobstore.JobStoreUnavailable), and what
#: was done with a damaged one.
JOBS_FILE: dict[str, Text] = {
    "busy": (
        "批量任务文件正被其他程序占用：请稍后再试",
        "批量任務檔案正被其他程式占用：請稍後再試",
        "the batch jobs file is in use by another program: try again later",
    ),
    "full": (
        "磁盘已满，无法写入批量任务文件",
        "磁碟已滿，無法寫入批量任務檔案",
        "the disk is full: the batch jobs file cannot be written",
    ),
    "readonly": (
        "批量任务文件或其所在文件夹不可写",
        "批量任務檔案或其所在資料夾不可寫入",
        "the batch jobs file or its folder cannot be written",
    ),
    "cannot_open": (
        "无法打开批量任务文件",
        "無法開啟批量任務檔案",
        "the batch jobs file cannot be opened",
    ),
    "io": (
        "读写批量任务文件时磁盘出错",
        "讀寫批量任務檔案時磁碟出錯",
        "the disk reported an error on the batch jobs file",
    ),
    "damaged": (
        "批量任务文件已损坏",
        "批量任務檔案已損毀",
        "the batch jobs file is damaged",
    ),
    "missing": (
        "还没有批量任务文件",
        "還沒有批量任務檔案",
        "there is no batch jobs file yet",
    ),
    "set_aside": (
        "批量任务文件无法读取，已改名为 {name} 保留，并新建了一个空文件",
        "批量任務檔案無法讀取，已改名為 {name} 保留，並建立了一個空檔案",
        "the batch jobs file could not be read: it was kept as {name} and a new one was started",
    ),
}


def attention_text(reason: str, lang: Lang) -> str:
    """Why a row needs a look, in `lang`."""
    return pick(ATTENTION[reason], lang)


def row_verdict_text(verdict: str, lang: Lang) -> str:
    """How a row stands (trusted ... pending, invalid), in `lang`."""
    return pick(ROW_VERDICTS[verdict], lang)


def job_state_text(state: str, lang: Lang) -> str:
    return pick(JOB_STATES[state], lang)


def totals_label(key: str, lang: Lang, **values: object) -> str:
    """A label of the totals (with its placeholders filled, if given), in `lang`."""
    text = pick(TOTALS[key], lang)
    return text.format(**values) if values else text


def jobs_file_text(reason: str, lang: Lang, **values: object) -> str:
    """Why the jobs file cannot be used, or that it was set aside (`name`), in `lang`."""
    return pick(JOBS_FILE[reason], lang).format(**values)


#: What `leshua-query batch` says on stderr while it runs.
RUN: dict[str, Text] = {
    "started": (
        "批量任务 {job}：要查询 {count} 个订单；如被中断，可用 --resume {job} 继续",
        "批量任務 {job}：要查詢 {count} 個訂單；如被中斷，可用 --resume {job} 繼續",
        "batch job {job}: {count} orders to ask; if it is interrupted, go on with --resume {job}",
    ),
    "progress": (
        "已查询 {done}/{total} · 每秒 {rate} 个 · 预计还需 {eta} · {counts}",
        "已查詢 {done}/{total} · 每秒 {rate} 個 · 預計還需 {eta} · {counts}",
        "{done}/{total} asked · {rate}/s · {eta} left · {counts}",
    ),
    "resume": (
        "批量任务 {job} 还有订单没有查询：用 --resume {job} 继续",
        "批量任務 {job} 還有訂單沒有查詢：用 --resume {job} 繼續",
        "batch job {job} has orders not asked yet: go on with --resume {job}",
    ),
    "nothing_valid": (
        "列表中没有可以查询的订单号（读取 {rows} 行，其中 {invalid} 行有误）",
        "清單中沒有可以查詢的訂單號（讀取 {rows} 列，其中 {invalid} 列有誤）",
        "no order number in the list can be asked ({rows} rows read, {invalid} of them wrong)",
    ),
    "exported": (
        "已导出到 {path}",
        "已匯出到 {path}",
        "exported to {path}",
    ),
    "running_elsewhere": (
        "批量任务 {job} 正在另一个程序中运行（主机 {host} 上的进程 {pid}）：请等它结束，或先停止它",
        "批量任務 {job} 正在另一個程式中執行（主機 {host} 上的行程 {pid}）：請等它結束，或先停止它",
        "job {job} is running in another program (pid {pid} on {host}): wait for it or stop it",
    ),
}


def pair(label: str, value: object, lang: Lang) -> str:
    """``label: value`` as the language writes it."""
    return pick(TOTALS["pair"], lang).format(label=label, value=value)


def duration(seconds: float | None) -> str:
    """A time left as ``h:mm:ss`` or ``m:ss``; ``-`` when unknown."""
    if seconds is None or seconds != seconds or seconds < 0:
        return "-"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def progress_line(
    done: int,
    total: int,
    rate: float,
    eta_s: float | None,
    by_verdict: Mapping[str, int],
    lang: Lang,
) -> str:
    """``done/total``, orders per second, the time left and the counts so far by verdict."""
    counts = pick(TOTALS["separator"], lang).join(
        pair(row_verdict_text(v, lang), by_verdict[v], lang)
        for v in ROW_VERDICTS
        if by_verdict.get(v)
    )
    return pick(RUN["progress"], lang).format(
        done=done, total=total, rate=f"{rate:.1f}", eta=duration(eta_s), counts=counts or "-"
    )


def job_started_text(job_id: str, to_ask: int, lang: Lang) -> str:
    return pick(RUN["started"], lang).format(job=job_id, count=to_ask)


def resume_text(job_id: str, lang: Lang) -> str:
    return pick(RUN["resume"], lang).format(job=job_id)


def nothing_valid_text(preview: Preview, lang: Lang) -> str:
    return pick(RUN["nothing_valid"], lang).format(
        rows=preview.rows_read, invalid=len(preview.invalid)
    )


def exported_text(path: str, lang: Lang) -> str:
    return pick(RUN["exported"], lang).format(path=path)


def job_running_text(job_id: str, pid: int, host: str, lang: Lang) -> str:
    """Another program runs the job now (its lease on it is live), and which one."""
    return pick(RUN["running_elsewhere"], lang).format(job=job_id, pid=pid, host=host)
