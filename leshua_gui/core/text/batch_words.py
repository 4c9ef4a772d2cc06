"""The words of a list of orders read for a batch: the headers recognised in a spreadsheet or a
pasted column, and why a row cannot be sent, in zh_CN, zh_TW and en.

Keys of PROBLEMS and NOTES are the RowProblem and RowNote literals of core/batch/rows.py."""

from __future__ import annotations

from leshua_gui.core.text.labels import Lang, Text, pick

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
        "這一行沒有訂單號",
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
        "行數太多（最多{limit}行）",
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
