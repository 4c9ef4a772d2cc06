"""Reading a list of orders for a batch: a pasted column, a .txt, a GBK or UTF-8 .csv, an .xlsx;
the id and amount columns, the id kind, invalid rows kept with their reason, duplicates."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from leshua_gui.core.batch import reader
from leshua_gui.core.batch.preview import (
    ROW_NOTES,
    ROW_PROBLEMS,
    InputRow,
    Preview,
    preview_file,
    preview_text,
)
from leshua_gui.core.errors import InputError
from leshua_gui.core.text import batch_words
from leshua_gui.core.text.labels import LANGS

LESHUA = "0003495002500081"


def by_row(preview: Preview) -> dict[int, InputRow]:
    return {row.row: row for row in preview.rows}


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


# --- pasted text and text files -------------------------------------------------------------


def test_a_column_pasted_from_excel_with_its_header_is_read_row_by_row() -> None:
    pasted = "商户订单号\r\nA001\r\n\r\nA002\r\n  A003  \r\n"
    preview = preview_text(pasted)
    assert preview.header_row == 1
    assert preview.id_header == "商户订单号"
    assert [(r.row, r.id, r.kind) for r in preview.rows] == [
        (2, "A001", "third_order_id"),
        (4, "A002", "third_order_id"),
        (5, "A003", "third_order_id"),
    ]
    assert preview.blank == 1
    assert preview.rows_read == 3
    assert preview.unique == tuple(("third_order_id", i) for i in ("A001", "A002", "A003"))


def test_a_pasted_column_without_header_guesses_each_rows_kind_from_its_shape() -> None:
    preview = preview_text(f"A001\n{LESHUA}\nDEMO-PAID\n")
    assert preview.header_row is None
    assert [(r.row, r.kind) for r in preview.rows] == [
        (1, "third_order_id"),
        (2, "leshua_order_id"),
        (3, "third_order_id"),
    ]


def test_the_caller_overrides_the_kind() -> None:
    preview = preview_text(f"A001\n{LESHUA}\n", kind="third_order_id")
    assert {r.kind for r in preview.rows} == {"third_order_id"}
    preview = preview_text(f"订单号\n{LESHUA}\n", kind="leshua_order_id")
    assert [r.kind for r in preview.rows] == ["leshua_order_id"]


def test_several_pasted_columns_are_split_by_tabs_and_the_id_and_amount_found_by_header() -> None:
    pasted = "日期\t乐刷订单号\t应收金额\n2026-11-30\t0003495002500081\t¥1,234.50\n"
    preview = preview_text(pasted)
    assert (preview.id_column, preview.amount_column) == (2, 3)
    [row] = preview.rows
    assert (row.id, row.kind, row.expected_fen) == (LESHUA, "leshua_order_id", 123450)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_numbers_are_an_editors_whatever_the_line_endings(newline: str) -> None:
    preview = preview_text(newline.join(["A001", "", "A002", "\u2028A003", ""]))
    assert [(r.row, r.id) for r in preview.rows] == [(1, "A001"), (3, "A002"), (4, "\u2028A003")]
    assert preview.rows[2].problem == "id_space"  # a line separator is no line end: it is kept
    assert preview.blank == 1  # the end of the last line is not a blank line


def test_a_comma_in_a_pasted_id_is_part_of_the_id_unless_a_header_says_it_is_a_table() -> None:
    assert [r.id for r in preview_text("A,1\nB,2\n").rows] == ["A,1", "B,2"]
    preview = preview_text("order_id,amount\nA1,2.00\n")
    assert [(r.id, r.expected_fen) for r in preview.rows] == [("A1", 200)]


def test_a_txt_file_is_one_id_a_line(tmp_path: Path) -> None:
    path = tmp_path / "orders.txt"
    path.write_text("A001\nA002\n\nA003\n", encoding="utf-8")
    preview = preview_file(path)
    assert preview.source == "txt"
    assert [(r.row, r.id) for r in preview.rows] == [(1, "A001"), (2, "A002"), (4, "A003")]
    assert preview.blank == 1


def test_a_gbk_csv_saved_by_chinese_excel_is_read_with_its_chinese_headers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "orders.csv"
    text = '序号,商户订单号,订单金额,备注\r\n1,A001,12.34,已核对\r\n2,A002,"1,234.50",\r\n'
    path.write_bytes(text.encode("gbk"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # the file really is GBK
    preview = preview_file(path)
    assert preview.source == "csv"
    assert (preview.id_header, preview.amount_header) == ("商户订单号", "订单金额")
    assert [(r.row, r.id, r.expected_fen) for r in preview.rows] == [
        (2, "A001", 1234),
        (3, "A002", 123450),
    ]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "utf-16"])
def test_a_utf8_csv_with_or_without_bom_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("third_order_id,amount\nA001,1.00\nA002,2\n", encoding=encoding)
    preview = preview_file(path)
    assert preview.id_header == "third_order_id"  # no BOM left on the first header
    assert [(r.id, r.expected_fen) for r in preview.rows] == [("A001", 100), ("A002", 200)]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("订单号", "auto"),
        ("訂單號", "auto"),
        ("Order_ID", "auto"),
        ("商户订单号", "third_order_id"),
        ("商戶訂單號", "third_order_id"),
        ("Third Order ID", "third_order_id"),
        ("out_trade_no", "third_order_id"),
        ("乐刷订单号", "leshua_order_id"),
        ("樂刷訂單號", "leshua_order_id"),
        ("LESHUA_ORDER_ID", "leshua_order_id"),
    ],
)
def test_the_id_column_and_its_kind_come_from_the_header(header: str, kind: str) -> None:
    preview = preview_text(f"备注\t{header}\nx\t{LESHUA}\ny\tA001\n")
    assert (preview.id_column, preview.id_header) == (2, header)
    kinds = [r.kind for r in preview.rows]
    expected = ["leshua_order_id", "third_order_id"] if kind == "auto" else [kind, kind]
    assert kinds == expected


@pytest.mark.parametrize("header", ["金额", "金額", "应收", "應收金額", "Amount", "total_amount"])
def test_the_expected_amount_column_comes_from_its_header(header: str) -> None:
    preview = preview_text(f"订单号\t{header}\nA001\t¥12.34\n")
    assert preview.amount_column == 2
    assert preview.rows[0].expected_fen == 1234


@pytest.mark.parametrize(("column", "amount"), [("编号", "钱"), (2, 3), ("2", "3")])
def test_the_caller_names_the_columns_by_header_or_number(
    column: str | int, amount: str | int
) -> None:
    preview = preview_text("x\t编号\t钱\n1\tA001\t5\n", column=column, amount_column=amount)
    assert [(r.id, r.expected_fen) for r in preview.rows] == [("A001", 500)]


def test_a_first_column_named_by_its_header_makes_the_first_row_a_header() -> None:
    preview = preview_text("Ref\tNote\nA001\tx\n", column="ref")
    assert (preview.header_row, preview.id_header) == (1, "Ref")
    assert [r.id for r in preview.rows] == ["A001"]


def test_a_column_named_that_is_not_there_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        preview_text("订单号\nA001\n", column="单据")
    assert caught.value.reason == "batch_column"


# --- invalid rows and duplicates -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("A 001", "id_space"),
        ("A" * 65, "id_too_long"),
        ("订单A001", "id_chars"),
        ("Ａ００１", "id_chars"),  # full-width letters and digits
    ],
)
def test_an_invalid_row_stays_in_the_preview_with_its_reason_and_is_not_sent(
    cell: str, problem: str
) -> None:
    preview = preview_text(f"商户订单号\nA001\n{cell}\nA002\n")
    rows = by_row(preview)
    assert rows[3].problem == problem
    assert rows[3].raw == cell
    assert preview.invalid == (rows[3],)
    assert preview.unique == (("third_order_id", "A001"), ("third_order_id", "A002"))
    assert rows[3].problem_text("en") == batch_words.PROBLEMS[problem][2]
    assert rows[3].problem_text("zh_CN") == batch_words.PROBLEMS[problem][0]


@pytest.mark.parametrize(
    ("cell", "problem"), [("1234567890abcdef!", "id_leshua_chars"), ("1" * 33, "id_too_long")]
)
def test_a_leshua_order_number_has_its_own_rules(cell: str, problem: str) -> None:
    preview = preview_text(f"乐刷订单号\n{cell}\n")
    assert preview.rows[0].problem == problem


def test_a_row_with_an_amount_but_no_id_is_kept_as_invalid() -> None:
    preview = preview_text("订单号\t金额\n\t12.00\nA001\t1\n")
    assert [(r.row, r.problem) for r in preview.rows] == [(2, "id_missing"), (3, None)]


@pytest.mark.parametrize(
    ("amount", "fen", "problem"),
    [
        ("¥1,234.50", 123450, None),
        ("12.345", None, "amount_decimals"),
        ("-1", None, "amount_negative"),
        ("", None, None),
    ],
)
def test_an_expected_amount_that_cannot_be_read_makes_its_row_invalid(
    amount: str, fen: int | None, problem: str | None
) -> None:
    preview = preview_text(f"订单号\t应收金额\nA001\t{amount}\n")
    [row] = preview.rows
    assert (row.expected_fen, row.problem, row.raw_amount) == (fen, problem, amount)
    assert preview.unique == (() if problem else (("third_order_id", "A001"),))


def test_duplicates_are_queried_once_and_every_row_that_named_them_is_known() -> None:
    pasted = "订单号\nA001\nA002\nA001\n A002\nA003\nA001\n"
    preview = preview_text(pasted)
    assert preview.unique == tuple(("third_order_id", i) for i in ("A001", "A002", "A003"))
    assert preview.duplicates == {
        ("third_order_id", "A001"): (2, 4, 7),
        ("third_order_id", "A002"): (3, 5),
    }
    assert preview.rows_read == 6  # every row stays


# --- .xlsx -----------------------------------------------------------------------------------


def test_an_xlsx_with_ids_excel_stored_as_numbers_recovers_or_flags_them(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "orders.xlsx",
        [
            ["商户订单号", "金额"],
            ["00012345", 12.5],  # text: kept as typed
            [12345, "¥1,234.50"],  # an int: its digits, with a note on leading zeros
            [12345.0, 3],  # an integral float: its digits
            [123.5, 1],  # decimals: no id could be that
            [1.2345678901234568e18, 1],  # more digits than Excel keeps exactly
            ["A 1", 1],
            [None, None],
            ["00012346", 12.345],
        ],
    )
    preview = preview_file(path)
    assert preview.source == "xlsx"
    rows = by_row(preview)
    assert (rows[2].id, rows[2].note, rows[2].expected_fen) == ("00012345", None, 1250)
    assert (rows[3].id, rows[3].problem, rows[3].expected_fen) == ("12345", None, 123450)
    assert rows[3].note == "leading_zeros"  # the text ids have 8 digits: zeros were lost
    assert (rows[4].id, rows[4].problem) == ("12345", None)
    assert rows[5].problem == rows[6].problem == "id_number"
    assert rows[5].raw == "123.5"
    assert rows[7].problem == "id_space"
    assert rows[9].problem == "amount_decimals"
    assert 8 not in rows
    assert preview.blank == 1
    assert preview.duplicates == {("third_order_id", "12345"): (3, 4)}
    assert rows[3].note_text("en") == batch_words.NOTES["leading_zeros"][2]


def test_a_number_id_is_always_noted_even_when_nothing_suggests_lost_zeros(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "o.xlsx", [["order_id"], [987654], [12]])
    rows = by_row(preview_file(path))
    assert (rows[2].id, rows[2].note) == ("987654", "excel_number")
    assert rows[2].note_text("en") == "stored as a number by Excel: check leading zeros"
    assert (rows[3].id, rows[3].note) == ("12", "excel_number")


def test_a_short_number_under_a_leshua_header_lost_its_leading_zeros(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "o.xlsx", [["乐刷订单号"], [3495002500081]])
    [row] = preview_file(path).rows
    assert (row.id, row.kind, row.note) == ("3495002500081", "leshua_order_id", "leading_zeros")


def test_among_ids_all_stored_as_numbers_a_shorter_one_lost_its_leading_zeros(
    tmp_path: Path,
) -> None:
    path = write_xlsx(tmp_path / "o.xlsx", [["订单号"], [20261130], [20261131], [261132]])
    notes = [r.note for r in preview_file(path).rows]
    assert notes == ["excel_number", "excel_number", "leading_zeros"]


def test_a_header_in_words_no_table_knows_is_still_a_header() -> None:
    preview = preview_text("单据编号\nA001\nA002\n")
    assert (preview.header_row, preview.id_header) == (1, "单据编号")
    assert [r.id for r in preview.rows] == ["A001", "A002"]


def test_a_date_cell_is_not_an_order_id(tmp_path: Path) -> None:
    import datetime

    path = write_xlsx(tmp_path / "o.xlsx", [["订单号"], [datetime.datetime(2026, 11, 30)], [True]])
    assert [r.problem for r in preview_file(path).rows] == ["id_cell", "id_cell"]


# --- limits ----------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("A001\n" * 300, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        preview_file(path)
    assert caught.value.reason == "batch_input"
    assert "too large" in caught.value.message


def test_the_default_limits_are_sane() -> None:
    assert reader.MAX_FILE_BYTES == 50 * 1024 * 1024
    assert reader.MAX_ROWS == 1_000_000


@pytest.mark.parametrize("kind", ["txt", "xlsx"])
def test_more_rows_than_the_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 5)
    ids = [[f"A{i}"] for i in range(6)]
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "o.xlsx", ids)
    else:
        path = tmp_path / "o.txt"
        path.write_text("".join(f"{i[0]}\n" for i in ids), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        preview_file(path)
    assert caught.value.reason == "batch_input"
    assert "more than 5 rows" in caught.value.message
    ids.pop()
    if kind == "xlsx":
        write_xlsx(path, ids)
    else:
        path.write_text("".join(f"{i[0]}\n" for i in ids), encoding="utf-8")
    assert preview_file(path).rows_read == 5


def test_an_xlsx_that_expands_to_too_much_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """A zip bomb: a small file whose sheet inflates to 600 MB of XML."""
    path = write_xlsx(tmp_path / "bomb.xlsx", [["订单号"], ["A001"]])
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/padding.xml", "w", force_zip64=True) as part,
    ):
        block = b" " * (1 << 20)
        for _ in range(600):
            part.write(block)
    assert path.stat().st_size < 5 * 1024 * 1024
    with pytest.raises(InputError) as caught:
        preview_file(path)
    assert caught.value.reason == "batch_input"
    assert "not read, to be safe" in caught.value.message


def test_an_xlsx_whose_shared_texts_expand_past_their_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel keeps every text of a workbook in one part, read whole (the sheets are streamed)."""
    path = write_xlsx(tmp_path / "o.xlsx", [["订单号"], ["A001"]])
    with zipfile.ZipFile(path, "a") as archive:  # openpyxl itself writes texts inline
        archive.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>A0001</t></si>" * 200 + "</sst>")
    assert len(preview_file(path).rows) == 1
    monkeypatch.setattr(reader, "MAX_XLSX_STRINGS", 1000)
    with pytest.raises(InputError) as caught:
        preview_file(path)
    assert caught.value.reason == "batch_input"


@pytest.mark.parametrize(
    ("name", "data"),
    [("o.xlsx", b"not a zip"), ("o.csv", b"A\x80\xff1\n")],
)
def test_a_file_that_cannot_be_read_is_refused_with_its_reason(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        preview_file(path)
    assert caught.value.reason == "batch_input"


def test_a_missing_file_is_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        preview_file(tmp_path / "none.csv")
    assert caught.value.reason == "file"


# --- words -----------------------------------------------------------------------------------


def test_every_problem_and_note_has_its_words_in_every_language() -> None:
    assert set(batch_words.PROBLEMS) == set(ROW_PROBLEMS)
    assert set(batch_words.NOTES) == set(ROW_NOTES)
    for table in (batch_words.PROBLEMS, batch_words.NOTES, batch_words.LIST_PROBLEMS):
        for text in table.values():
            assert len(text) == len(LANGS)
            assert all(text)
