"""Write the sample lists the batch demo offers: resources/samples/batch-demo.csv and .xlsx.

    python resources/make_samples.py

200 rows of the sandbox's batch demo orders (leshua_gui/sandbox/batch_orders.py), sorted by
order number as a shop system exports them, with the amount the books hold, written as finance
writes it (12.34, ¥12.34, 1,234.50). Most amounts match the sandbox's; WRONG_COUNT do not
(typing slips); two orders are listed twice; one id has a space inside (INVALID); one order is
unknown at the gateway, one answers with a signature that does not match, one answers slowly
and one is still being paid. The .csv is UTF-8 with a BOM, as Excel saves it; the .xlsx
has the ids as text and most amounts as number cells. Both files come out the same, byte for
byte, on every run: they are committed; run this again after changing batch_orders.py.
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout without installing

from leshua_gui.sandbox import batch_orders  # noqa: E402

OUT = HERE / "samples"
CSV_NAME = "batch-demo.csv"
XLSX_NAME = "batch-demo.xlsx"
HEADER = ("商户订单号", "金额")
SEED = 20261126
#: the zip entries' time and the workbook's dates: fixed, so a run changes nothing
STAMP = (2026, 11, 26, 9, 0, 0)
STAMP_ISO = "2026-11-26T09:00:00Z"

#: how many amounts in the books differ from the gateway's
WRONG_COUNT = 8
#: the row that cannot be sent: a space inside the id
INVALID = "DEMO-B 04321"
#: orders named for what they show
SPECIALS = (
    batch_orders.BATCH_NOT_FOUND_EXAMPLE,
    batch_orders.BATCH_UNTRUSTED_EXAMPLE,
    batch_orders.BATCH_SLOW_EXAMPLE,
    batch_orders.BATCH_PAYING_EXAMPLE,
)
ROWS = 200
#: what the books hold for the order the gateway does not know
NOT_FOUND_FEN = 8800


@dataclass(frozen=True)
class SampleRow:
    """One row of the list: the id as written and the amount the books hold (fen), and how the
    amount is written (0: 1234.50, 1: ¥1234.50, 2: 1,234.50)."""

    order_id: str
    expected_fen: int
    style: int


@dataclass(frozen=True)
class Sample:
    """The list's rows; the orders whose amount in the books is wrong, with the slip; and the
    orders listed twice."""

    rows: list[SampleRow]
    wrong: dict[str, str]
    duplicates: tuple[str, str]


def _slip(fen: int, which: int) -> tuple[int, str]:
    """An amount mistyped as finance mistypes one, never equal to the right one."""
    yuan, cents = divmod(fen, 100)
    slips = (
        (fen + 1, "one fen more"),
        (yuan * 100 + (cents % 10) * 10 + cents // 10, "the fen digits swapped"),
        (fen + 1000, "ten yuan more"),
        (max(100, fen - 100), "one yuan less"),
        (fen * 10, "the decimal point one place off"),
        ((yuan + 1) * 100 if cents else fen + 50, "rounded up to the yuan"),
    )
    for k in range(len(slips)):
        wrong, why = slips[(which + k) % len(slips)]
        if wrong != fen:
            return wrong, why
    raise AssertionError(fen)  # pragma: no cover - "one fen more" always differs


def sample() -> Sample:
    """The sample list, the same on every run."""
    rng = random.Random(SEED)
    special_numbers = {n for n in map(batch_orders.number_of, SPECIALS) if n is not None}
    pool = [
        n
        for n in range(batch_orders.FIRST, batch_orders.LAST + 1)
        if batch_orders.kind(n) not in ("untrusted", "not_found", "slow")
        and n not in special_numbers
    ]
    distinct = ROWS - len(SPECIALS) - 3  # two duplicates and the invalid row
    numbers = sorted(rng.sample(pool, distinct) + sorted(special_numbers))
    paid_at = [i for i, n in enumerate(numbers) if batch_orders.kind(n) == "paid"]
    wrong_at = set(rng.sample(paid_at, WRONG_COUNT))
    wrong: dict[str, str] = {}
    out: list[SampleRow] = []
    for i, n in enumerate(numbers):
        order_id = batch_orders.third_order_id(n)
        fen = NOT_FOUND_FEN if batch_orders.kind(n) == "not_found" else batch_orders.amount_fen(n)
        if i in wrong_at:
            fen, wrong[order_id] = _slip(fen, len(wrong))
        out.append(SampleRow(order_id, fen, i % 3))
    # A clerk pasted two orders a second time, further down; and typed one id with a space.
    first, second = out[40], out[121]
    out.insert(150, SampleRow(first.order_id, first.expected_fen, 1))
    out.insert(170, SampleRow(second.order_id, second.expected_fen, 0))
    out.insert(95, SampleRow(INVALID, 4321, 0))
    assert len(out) == ROWS
    return Sample(out, wrong, (first.order_id, second.order_id))


def yuan_text(fen: int, style: int) -> str:
    """An amount as finance writes it: 1234.50, ¥1234.50 or 1,234.50."""
    whole, cents = divmod(fen, 100)
    if style == 2:
        return f"{whole:,}.{cents:02d}"
    return ("¥" if style == 1 else "") + f"{whole}.{cents:02d}"


def csv_bytes(rows: list[SampleRow]) -> bytes:
    """The list as Excel saves a .csv: UTF-8 with a BOM, CRLF line ends."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow((row.order_id, yuan_text(row.expected_fen, row.style)))
    return text.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: list[SampleRow]) -> bytes:
    """The list as a workbook: ids as text cells; amounts as number cells shown with two
    decimals, except the ¥ ones, typed in as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "订单"
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        amount: Decimal | str
        if row.style == 1:
            amount = yuan_text(row.expected_fen, 1)
        else:
            amount = Decimal(row.expected_fen) / 100
        sheet.append((row.order_id, amount))
        if not isinstance(amount, str):
            sheet.cell(sheet.max_row, 2).number_format = "#,##0.00"
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 14
    sheet.freeze_panes = "A2"
    book.properties.creator = "Leshua Desk"
    raw = io.BytesIO()
    book.save(raw)
    return _fixed_times(raw.getvalue())


def _fixed_times(xlsx: bytes) -> bytes:
    """The same workbook with every date fixed: the zip entries' and docProps' created and
    modified (openpyxl writes the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                    rf"\g<1>{STAMP_ISO}\g<2>",
                    text,
                )
                data = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=STAMP)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    return out.getvalue()


def main() -> int:
    made = sample()
    OUT.mkdir(exist_ok=True)
    (OUT / CSV_NAME).write_bytes(csv_bytes(made.rows))
    (OUT / XLSX_NAME).write_bytes(xlsx_bytes(made.rows))
    print(f"wrote {OUT / CSV_NAME} and {OUT / XLSX_NAME}: {len(made.rows)} rows")
    for order_id, why in made.wrong.items():
        print(f"  {order_id}: the amount in the books is wrong ({why})")
    print(f"  listed twice: {', '.join(made.duplicates)}; invalid: {INVALID!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
