"""What is refused before anything is sent: merchant ids, order ids and pasted junk."""

from __future__ import annotations

import pytest

from leshua_gui.core.errors import InputError
from leshua_gui.core.protocol.validation import (
    OrderRef,
    check_merchant_id,
    check_order_id,
    clean,
    id_problem,
)

# What Excel, WeChat and web pages wrap around a pasted id.
PASTE_JUNK = [
    " ",
    "\t",
    "\r\n",
    "\n",
    "\u00a0",  # no-break space
    "\u3000",  # ideographic space
    "\u200b",  # zero-width space
    "\ufeff",  # byte-order mark
]


# --- merchant_id -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0000000018", "9605008025", "0123456789"])
def test_merchant_id_accepts_ten_ascii_digits_and_keeps_leading_zeros(value: str) -> None:
    assert check_merchant_id(value) == value


def test_merchant_id_is_trimmed_of_paste_junk() -> None:
    assert check_merchant_id("\ufeff 0000000018\u3000\r\n") == "0000000018"


@pytest.mark.parametrize(
    "value",
    [
        "000000018",  # 9 digits
        "00000000180",  # 11 digits
        "",
        "96050080AB",
        "９６０５００８０２５",  # full-width digits
        "٩٦٠٥٠٠٨٠٢٥",  # Arabic-Indic digits
        "96050 08025",
        "9605\u200b008025",  # zero-width space inside
        "-960500802",
        "+960500802",
    ],
)
def test_merchant_id_rejects_anything_but_ten_ascii_digits(value: str) -> None:
    with pytest.raises(InputError) as info:
        check_merchant_id(value)
    assert info.value.reason == "merchant_id"
    assert info.value.kind == "input"


# --- third_order_id --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["A", "NL2019032218253138930", "x" * 64, "A-B_C.D/E:F#1", "!~"],
)
def test_third_order_id_accepts_printable_ascii(value: str) -> None:
    assert check_order_id("third_order_id", value) == value
    assert id_problem("third_order_id", value) is None


@pytest.mark.parametrize(
    "value",
    [
        "",
        "x" * 65,
        "NL2019 0322",  # inner space
        "NL2019\t0322",
        "订单123",
        "ＮＬ２０１９",  # full-width letters and digits
        "NL\u00a02019",
        "NL2019\x7f",
    ],
)
def test_third_order_id_rejects(value: str) -> None:
    with pytest.raises(InputError) as info:
        check_order_id("third_order_id", value)
    assert info.value.reason == "third_order_id"
    assert id_problem("third_order_id", value) == "third_order_id"


def test_third_order_id_of_64_chars_survives_surrounding_spaces() -> None:
    assert check_order_id("third_order_id", "  " + "a" * 64 + "\r\n") == "a" * 64


# --- leshua_order_id -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0003495002500081", "a", "Z" * 32, "abcXYZ0189"])
def test_leshua_order_id_accepts_letters_and_digits(value: str) -> None:
    assert check_order_id("leshua_order_id", value) == value
    assert id_problem("leshua_order_id", value) is None


@pytest.mark.parametrize(
    "value", ["", "Z" * 33, "0003-4950", "0003 4950", "0003_4950", "０００３", "订单"]
)
def test_leshua_order_id_rejects(value: str) -> None:
    with pytest.raises(InputError) as info:
        check_order_id("leshua_order_id", value)
    assert info.value.reason == "leshua_order_id"
    assert id_problem("leshua_order_id", value) == "leshua_order_id"


# --- clean -----------------------------------------------------------------------------------


@pytest.mark.parametrize("junk", PASTE_JUNK)
def test_clean_trims_each_kind_of_paste_junk_on_both_sides(junk: str) -> None:
    assert clean(f"{junk}NL2019{junk}") == "NL2019"


def test_clean_trims_a_mix_of_junk_as_pasted_from_excel() -> None:
    assert clean("\ufeff\u200b \t0003495002500081\u00a0\u3000\r\n") == "0003495002500081"


@pytest.mark.parametrize("inner", ["a b", "a\tb", "a\u3000b", "a\u200bb", "a\u00a0b"])
def test_clean_keeps_inner_characters(inner: str) -> None:
    assert clean(f" {inner} ") == inner


def test_pasted_id_with_junk_is_valid_after_cleaning() -> None:
    assert id_problem("third_order_id", "\ufeffNL2019032218253138930\r\n") is None
    assert id_problem("leshua_order_id", "\u30000003495002500081\u200b") is None


def test_inner_zero_width_space_is_still_refused() -> None:
    assert id_problem("leshua_order_id", "0003\u200b4950") == "leshua_order_id"


# --- OrderRef --------------------------------------------------------------------------------


def test_order_ref_by_third_order_id_is_trimmed() -> None:
    ref = OrderRef.of(third_order_id=" NL2019032218253138930\n")
    assert ref == OrderRef("third_order_id", "NL2019032218253138930")


def test_order_ref_by_leshua_order_id_keeps_leading_zeros() -> None:
    ref = OrderRef.of(leshua_order_id="0003495002500081")
    assert (ref.kind, ref.value) == ("leshua_order_id", "0003495002500081")


def test_order_ref_needs_an_id() -> None:
    with pytest.raises(InputError) as info:
        OrderRef.of()
    assert info.value.reason == "one_id"


def test_order_ref_refuses_both_ids() -> None:
    with pytest.raises(InputError) as info:
        OrderRef.of(third_order_id="NL1", leshua_order_id="0003495002500081")
    assert info.value.reason == "one_id"


def test_order_ref_validates_the_id_it_gets() -> None:
    with pytest.raises(InputError) as info:
        OrderRef.of(third_order_id="has space")
    assert info.value.reason == "third_order_id"
    with pytest.raises(InputError) as info:
        OrderRef.of(leshua_order_id="")
    assert info.value.reason == "leshua_order_id"
