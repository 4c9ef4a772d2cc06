"""Signing and verification against hand-written sign strings (protocol page, sections 3, 5, 9).

Every expected MD5 below was computed outside the code under test, with
`printf '%s' "$string" | md5sum`, over the string written out by hand next to it.
"""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leshua_gui.core.protocol.signing import (
    sign_notify,
    sign_request,
    sign_response,
    verify_notify,
    verify_response,
)

REQUEST_KEY = "SECRETKEY"
TX_KEY = "TESTKEY123abc"  # transaction key for the answers
NOTIFY_KEY = "NOTIFYKEY456"
OTHER_TX_KEY = "TXKEY789"

# ---------------------------------------------------------------------------------------------
# Section 3: requests
# ---------------------------------------------------------------------------------------------

# merchant_id=0000000018&nonce_str=abc123&service=query_status
#   &third_order_id=NL2019032218253138930&key=SECRETKEY
SIGN_BY_THIRD_ORDER_ID = "FEE912C6BDEB38D88C6A815BEEF2D770"
# leshua_order_id=0003495002500081&merchant_id=0000000018&nonce_str=abc123
#   &service=query_status&key=SECRETKEY
SIGN_BY_LESHUA_ORDER_ID = "4B2C1A18560F0215997D900BDA20AE25"
# attach=测试 订单&x=1<y>&merchant_id=0000000018&nonce_str=abc123&service=query_status
#   &third_order_id=A&B=C<D>E F&key=SECRETKEY   (raw values, UTF-8)
SIGN_RAW_SPECIAL = "8E95EB35C4AED46C097468176DBFA46A"
# The same with percent-encoded values: the pitfall the page warns about.
SIGN_URL_ENCODED_WRONG = "4470450602FE39E6E9B3EDB611849A0C"
# Z_upper=1&sub_openid=o1&subject=s2&key=SECRETKEY   (ordinal order: 'Z' < 's', '_' < 'j')
SIGN_ORDINAL_SORT = "AD8E97EB4D62687240D547F24CA19955"


def test_query_status_by_third_order_id_matches_hand_computed_md5() -> None:
    fields = {
        "service": "query_status",
        "merchant_id": "0000000018",
        "third_order_id": "NL2019032218253138930",
        "nonce_str": "abc123",
    }
    signed = sign_request(fields, REQUEST_KEY)
    assert signed.form == {**fields, "sign": SIGN_BY_THIRD_ORDER_ID}


def test_query_status_by_leshua_order_id_sorts_first() -> None:
    fields = {
        "service": "query_status",
        "merchant_id": "0000000018",
        "leshua_order_id": "0003495002500081",
        "nonce_str": "abc123",
    }
    signed = sign_request(fields, REQUEST_KEY)
    assert signed.form["sign"] == SIGN_BY_LESHUA_ORDER_ID
    assert signed.signed_string_masked.startswith("leshua_order_id=0003495002500081&merchant_id=")


def test_empty_values_are_neither_sent_nor_signed() -> None:
    fields = {
        "service": "query_status",
        "merchant_id": "0000000018",
        "third_order_id": "",
        "leshua_order_id": "0003495002500081",
        "nonce_str": "abc123",
        "attach": "",
    }
    signed = sign_request(fields, REQUEST_KEY)
    assert signed.form == {
        "service": "query_status",
        "merchant_id": "0000000018",
        "leshua_order_id": "0003495002500081",
        "nonce_str": "abc123",
        "sign": SIGN_BY_LESHUA_ORDER_ID,
    }
    assert "third_order_id" not in signed.signed_string_masked
    assert "attach" not in signed.signed_string_masked


def test_special_characters_and_chinese_are_signed_raw_in_utf8() -> None:
    fields = {
        "service": "query_status",
        "merchant_id": "0000000018",
        "third_order_id": "A&B=C<D>E F",
        "nonce_str": "abc123",
        "attach": "测试 订单&x=1<y>",
    }
    signed = sign_request(fields, REQUEST_KEY)
    assert signed.form["sign"] == SIGN_RAW_SPECIAL
    assert signed.form["sign"] != SIGN_URL_ENCODED_WRONG
    # Values travel unchanged in the form: percent-encoding is the HTTP layer's job.
    assert signed.form["third_order_id"] == "A&B=C<D>E F"
    assert signed.form["attach"] == "测试 订单&x=1<y>"


def test_sort_is_plain_ordinal_not_locale_aware() -> None:
    signed = sign_request({"subject": "s2", "sub_openid": "o1", "Z_upper": "1"}, REQUEST_KEY)
    assert signed.form["sign"] == SIGN_ORDINAL_SORT


def test_request_masked_string_hides_key_and_shows_everything_signed() -> None:
    fields = {
        "service": "query_status",
        "merchant_id": "0000000018",
        "third_order_id": "NL2019032218253138930",
        "nonce_str": "abc123",
    }
    masked = sign_request(fields, REQUEST_KEY).signed_string_masked
    assert REQUEST_KEY not in masked
    source = (
        "merchant_id=0000000018&nonce_str=abc123&service=query_status"
        "&third_order_id=NL2019032218253138930"
    )
    assert masked.startswith(source + "&key=")
    assert masked != source + "&key=" + REQUEST_KEY


def test_a_sign_field_in_the_input_is_not_signed_over() -> None:
    fields = {
        "service": "query_status",
        "merchant_id": "0000000018",
        "third_order_id": "NL2019032218253138930",
        "nonce_str": "abc123",
        "sign": "STALE",
    }
    assert sign_request(fields, REQUEST_KEY).form["sign"] == SIGN_BY_THIRD_ORDER_ID


# ---------------------------------------------------------------------------------------------
# Section 5: synchronous answers
# ---------------------------------------------------------------------------------------------

# Sample A's fields, key TESTKEY123abc:
# leshua_order_id=0003495002500081&merchant_id=9605008025&nonce_str=rzmkrvsvprjjoqgjpzrmubbdeovjhrcu
#   &pay_way=WXZF&result_code=0&td_code=weixin://wxpay/bizpayurl?pr=kZF1s1X
#   &third_order_id=NL2019032218253138930&key=TESTKEY123abc
SIGN_A = "01E14B753E863A8A830CB4F6C4459419"

# A query_status answer in sample A's shape (with an empty attach), key TESTKEY123abc:
QUERY_SOURCE = (
    "amount=100&attach=&leshua_order_id=0003495002500081&merchant_id=9605008025"
    "&nonce_str=rzmkrvsvprjjoqgjpzrmubbdeovjhrcu&pay_way=WXZF&result_code=0&status=0"
    "&third_order_id=NL2019032218253138930"
)
SIGN_Q = "E9714EDD964F01C2C3C4A35166E3E2E1"  # QUERY_SOURCE + "&key=TESTKEY123abc"
SIGN_Q_EMPTY_DROPPED = "AAEFD8144216A8041D77F1F848477867"  # same without "attach="
SIGN_Q_WITH_RESP_CODE = "EC01CA92C9CC9B064DB0FE5C18726ADF"  # same plus "resp_code=0"
SIGN_Q_WRONG_KEY = "26F2025ACFCD279CB49E05EE850180D9"  # QUERY_SOURCE + "&key=WRONGKEY"
SIGN_Q_STATUS_2 = "685946EF49120D19E0502AE3D50F8E80"  # with status=2 instead of status=0

# Sample B's fields, key TESTKEY123abc, doc rule (error_code included):
# error_code=-1041&error_msg=超出单笔支付限额,无法支付&merchant_id=9605008025
#   &nonce_str=acvlgvqgwekjujypttfhulneqsgubnvc&pay_way=WXZF&result_code=1
#   &third_order_id=NL2019032218253291474&key=TESTKEY123abc
SIGN_B_DOC = "A8E73838DACDA1CF4D18AC94ABC7C651"
# The same without "error_code=-1041&":
SIGN_B_WITHOUT_ERROR_CODE = "13FE9306418AD59C24E3ED672E97D9AB"


def answer_a(sign: str) -> list[tuple[str, str]]:
    return [
        ("resp_code", "0"),
        ("merchant_id", "9605008025"),
        ("sign", sign),
        ("result_code", "0"),
        ("third_order_id", "NL2019032218253138930"),
        ("nonce_str", "rzmkrvsvprjjoqgjpzrmubbdeovjhrcu"),
        ("td_code", "weixin://wxpay/bizpayurl?pr=kZF1s1X"),
        ("pay_way", "WXZF"),
        ("leshua_order_id", "0003495002500081"),
    ]


def query_answer(sign: str, *, status: str = "0", amount: str = "100") -> list[tuple[str, str]]:
    return [
        ("resp_code", "0"),
        ("merchant_id", "9605008025"),
        ("sign", sign),
        ("result_code", "0"),
        ("third_order_id", "NL2019032218253138930"),
        ("nonce_str", "rzmkrvsvprjjoqgjpzrmubbdeovjhrcu"),
        ("status", status),
        ("leshua_order_id", "0003495002500081"),
        ("amount", amount),
        ("pay_way", "WXZF"),
        ("attach", ""),
    ]


def answer_b(sign: str, *, error_msg: str = "超出单笔支付限额,无法支付") -> list[tuple[str, str]]:
    return [
        ("resp_code", "0"),
        ("merchant_id", "9605008025"),
        ("sign", sign),
        ("result_code", "1"),
        ("third_order_id", "NL2019032218253291474"),
        ("pay_way", "WXZF"),
        ("nonce_str", "acvlgvqgwekjujypttfhulneqsgubnvc"),
        ("error_msg", error_msg),
        ("error_code", "-1041"),
    ]


def test_sample_a_shape_verifies_by_doc_rule() -> None:
    result = verify_response(answer_a(SIGN_A), TX_KEY)
    assert (result.status, result.rule) == ("verified", "doc")
    assert result.trusted


def test_query_answer_with_empty_attach_verifies_by_doc_rule() -> None:
    result = verify_response(query_answer(SIGN_Q), TX_KEY)
    assert (result.status, result.rule) == ("verified", "doc")
    assert result.received == SIGN_Q
    assert result.expected is not None
    assert result.expected.upper() == SIGN_Q


def test_sign_response_matches_hand_computed_md5() -> None:
    assert sign_response(query_answer("ignored"), TX_KEY) == SIGN_Q
    assert sign_response(answer_a("ignored"), TX_KEY) == SIGN_A
    assert sign_response(answer_b("ignored"), TX_KEY) == SIGN_B_DOC


def test_root_name_leshua_is_excluded_if_present() -> None:
    fields = [("leshua", "\n"), *query_answer(SIGN_Q)]
    assert verify_response(fields, TX_KEY).status == "verified"


def test_lowercase_signature_is_accepted() -> None:
    result = verify_response(query_answer(SIGN_Q.lower()), TX_KEY)
    assert (result.status, result.rule) == ("verified", "doc")


def test_sample_b_shape_verifies_by_doc_rule_with_error_code() -> None:
    result = verify_response(answer_b(SIGN_B_DOC), TX_KEY)
    assert (result.status, result.rule) == ("verified", "doc")


def test_failure_answer_signed_without_error_code_verifies_by_variant() -> None:
    result = verify_response(answer_b(SIGN_B_WITHOUT_ERROR_CODE), TX_KEY)
    assert (result.status, result.rule) == ("verified", "without_error_code")
    assert result.trusted


def test_variant_still_detects_a_tampered_error_message() -> None:
    result = verify_response(answer_b(SIGN_B_WITHOUT_ERROR_CODE, error_msg="ok"), TX_KEY)
    assert result.status == "mismatch"
    assert not result.trusted


@pytest.mark.parametrize(
    ("status", "amount"),
    [("2", "100"), ("0", "1"), ("0", "10000")],
    ids=["status-0-to-2", "amount-down", "amount-up"],
)
def test_tampered_value_is_a_mismatch(status: str, amount: str) -> None:
    result = verify_response(query_answer(SIGN_Q, status=status, amount=amount), TX_KEY)
    assert result.status == "mismatch"
    assert result.rule is None
    assert not result.trusted
    assert result.received == SIGN_Q


def test_mismatch_reports_the_doc_rule_expected_signature() -> None:
    result = verify_response(query_answer(SIGN_Q, status="2"), TX_KEY)
    assert result.status == "mismatch"
    assert result.expected is not None
    assert result.expected.upper() == SIGN_Q_STATUS_2


def test_wrong_key_is_a_mismatch() -> None:
    result = verify_response(query_answer(SIGN_Q), "WRONGKEY")
    assert result.status == "mismatch"
    assert result.expected is not None
    assert result.expected.upper() == SIGN_Q_WRONG_KEY
    assert "WRONGKEY" not in (result.signed_string_masked or "")


@pytest.mark.parametrize(
    "sign",
    [SIGN_Q_EMPTY_DROPPED, SIGN_Q_WITH_RESP_CODE],
    ids=["empty-values-dropped", "resp_code-included"],
)
def test_signature_over_a_different_field_set_is_a_mismatch(sign: str) -> None:
    assert verify_response(query_answer(sign), TX_KEY).status == "mismatch"


def test_sample_c_shape_is_unsigned() -> None:
    fields = [("resp_code", "-5036"), ("resp_msg", "无效的付款码")]
    result = verify_response(fields, TX_KEY)
    assert result.status == "unsigned"
    assert result.rule is None
    assert not result.trusted


def test_verified_masked_string_hides_key_and_shows_what_was_signed() -> None:
    result = verify_response(query_answer(SIGN_Q), TX_KEY)
    masked = result.signed_string_masked
    assert masked is not None
    assert TX_KEY not in masked
    assert masked.startswith(QUERY_SOURCE + "&key=")


def test_variant_masked_string_leaves_out_error_code() -> None:
    result = verify_response(answer_b(SIGN_B_WITHOUT_ERROR_CODE), TX_KEY)
    masked = result.signed_string_masked
    assert masked is not None
    assert TX_KEY not in masked
    assert masked.startswith(
        "error_msg=超出单笔支付限额,无法支付&merchant_id=9605008025"
        "&nonce_str=acvlgvqgwekjujypttfhulneqsgubnvc&pay_way=WXZF&result_code=1"
        "&third_order_id=NL2019032218253291474&key="
    )


# ---------------------------------------------------------------------------------------------
# Section 9: notifications
# ---------------------------------------------------------------------------------------------

# amount=100&attach=&leshua_order_id=0003495002500081&merchant_id=0000000018
#   &pay_time=2024-05-01 12:34:56&resp_code=0&result_code=0&status=2
#   &third_order_id=NL2019032218253138930&key=NOTIFYKEY456
NOTIFY_PAID_SOURCE = (
    "amount=100&attach=&leshua_order_id=0003495002500081&merchant_id=0000000018"
    "&pay_time=2024-05-01 12:34:56&resp_code=0&result_code=0&status=2"
    "&third_order_id=NL2019032218253138930"
)
SIGN_N_PAID = "16ef8eb9cde0c9bca1948918d7816635"
SIGN_N_PAID_WITHOUT_RESP_CODE = "22131b011d3add24c6f3e41a7b13e750"  # the answer rule, wrongly
SIGN_N_PAID_WITH_TX_KEY = "4713b4e9029f8426f1097fb0c54c79d6"  # "&key=TXKEY789"
# amount=100&attach=&error_msg=超出单笔支付限额,无法支付&leshua_order_id=0003495002500082
#   &merchant_id=0000000018&resp_code=0&result_code=1&status=8
#   &third_order_id=NL2019032218253291474&key=NOTIFYKEY456      (error_code left out)
SIGN_N_FAILED = "c5ac4a9cd2115e1b30ed06ed17c989a8"
SIGN_N_FAILED_WITH_ERROR_CODE = "7adf11dbf0a5da92f0a35c9e05615ed4"  # error_code=-1041 included


def notify_paid(sign: str, *, status: str = "2") -> list[tuple[str, str]]:
    return [
        ("resp_code", "0"),
        ("result_code", "0"),
        ("merchant_id", "0000000018"),
        ("third_order_id", "NL2019032218253138930"),
        ("leshua_order_id", "0003495002500081"),
        ("status", status),
        ("amount", "100"),
        ("pay_time", "2024-05-01 12:34:56"),
        ("attach", ""),
        ("sign", sign),
    ]


def notify_failed(sign: str) -> list[tuple[str, str]]:
    return [
        ("resp_code", "0"),
        ("result_code", "1"),
        ("error_code", "-1041"),
        ("error_msg", "超出单笔支付限额,无法支付"),
        ("merchant_id", "0000000018"),
        ("third_order_id", "NL2019032218253291474"),
        ("leshua_order_id", "0003495002500082"),
        ("status", "8"),
        ("amount", "100"),
        ("attach", ""),
        ("sign", sign),
    ]


def test_sign_notify_is_lowercase_hand_computed_md5() -> None:
    assert sign_notify(notify_paid("ignored"), NOTIFY_KEY) == SIGN_N_PAID
    assert sign_notify(notify_failed("ignored"), NOTIFY_KEY) == SIGN_N_FAILED


@pytest.mark.parametrize("sign", [SIGN_N_PAID, SIGN_N_PAID.upper()], ids=["lower", "upper"])
def test_notify_verifies_with_notify_key(sign: str) -> None:
    result = verify_notify(notify_paid(sign), NOTIFY_KEY)
    assert (result.status, result.rule) == ("verified", "doc")
    assert result.signed_string_masked is not None
    assert NOTIFY_KEY not in result.signed_string_masked
    assert result.signed_string_masked.startswith(NOTIFY_PAID_SOURCE + "&key=")


def test_notify_excludes_error_code() -> None:
    assert verify_notify(notify_failed(SIGN_N_FAILED), NOTIFY_KEY).status == "verified"
    assert verify_notify(notify_failed(SIGN_N_FAILED_WITH_ERROR_CODE), NOTIFY_KEY).status == (
        "mismatch"
    )


def test_notify_includes_resp_code() -> None:
    assert verify_notify(notify_paid(SIGN_N_PAID_WITHOUT_RESP_CODE), NOTIFY_KEY).status == (
        "mismatch"
    )


def test_tampered_notify_is_a_mismatch() -> None:
    result = verify_notify(notify_paid(SIGN_N_PAID, status="8"), NOTIFY_KEY)
    assert result.status == "mismatch"
    assert not result.trusted


def test_transaction_key_does_not_verify_a_notification() -> None:
    result = verify_notify(notify_paid(SIGN_N_PAID), OTHER_TX_KEY)
    assert result.status == "mismatch"
    assert result.received == SIGN_N_PAID
    assert result.expected is not None
    assert result.expected.lower() == SIGN_N_PAID_WITH_TX_KEY
    assert verify_response(notify_paid(SIGN_N_PAID), OTHER_TX_KEY).status == "mismatch"


def test_unsigned_notification() -> None:
    fields = [(n, v) for n, v in notify_paid("x") if n != "sign"]
    assert verify_notify(fields, NOTIFY_KEY).status == "unsigned"


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, database=None)

names = st.one_of(
    st.sampled_from(["resp_code", "error_code", "leshua", "attach", "status", "amount"]),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,7}", fullmatch=True),
).filter(lambda n: n != "sign")
# Any text a UTF-8 body can carry (lone surrogates cannot come off the wire).
values = st.one_of(
    st.just(""),
    st.text(
        st.one_of(st.sampled_from(list("&=<> 乐刷\t")), st.characters(exclude_categories=("Cs",))),
        max_size=20,
    ),
)
# merchant_id (longer than any generated name) is always there, so something is always signed.
field_sets = st.dictionaries(names, values, max_size=8).map(
    lambda d: {"merchant_id": "0000000018", **d}
)
keys = st.text(st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), min_size=16, max_size=32)

ANSWER_EXCLUDED = {"sign", "leshua", "resp_code"}
NOTIFY_EXCLUDED = {"sign", "error_code"}


def reference_md5(pairs: list[tuple[str, str]], key: str) -> str:
    """Section 3/5/9 written out independently: sort by name, join raw, append key, MD5."""
    source = "&".join(f"{n}={v}" for n, v in sorted(pairs))
    return hashlib.md5(f"{source}&key={key}".encode()).hexdigest().upper()


def with_sign(fields: dict[str, str], sign: str, position: int) -> list[tuple[str, str]]:
    pairs = list(fields.items())
    pairs.insert(min(position, len(pairs)), ("sign", sign))
    return pairs


@PROPERTY_SETTINGS
@given(fields=field_sets, key=keys, position=st.integers(0, 8))
def test_property_sign_response_matches_reference(
    fields: dict[str, str], key: str, position: int
) -> None:
    kept = [(n, v) for n, v in fields.items() if n not in ANSWER_EXCLUDED]
    assert sign_response(with_sign(fields, "x", position), key).upper() == reference_md5(kept, key)


@PROPERTY_SETTINGS
@given(fields=field_sets, key=keys, position=st.integers(0, 8))
def test_property_answer_round_trips(fields: dict[str, str], key: str, position: int) -> None:
    answer = with_sign(fields, sign_response(fields.items(), key), position)
    result = verify_response(answer, key)
    assert (result.status, result.rule) == ("verified", "doc")
    assert result.signed_string_masked is not None
    kept = sorted((n, v) for n, v in fields.items() if n not in ANSWER_EXCLUDED)
    source = "&".join(f"{n}={v}" for n, v in kept)
    assert result.signed_string_masked.startswith(f"{source}&key=")
    if key not in source:
        assert key not in result.signed_string_masked


@PROPERTY_SETTINGS
@given(fields=field_sets, key=keys, data=st.data())
def test_property_changing_one_signed_value_is_a_mismatch(
    fields: dict[str, str], key: str, data: st.DataObject
) -> None:
    signed_names = sorted(n for n in fields if n not in ANSWER_EXCLUDED)
    sign = sign_response(fields.items(), key)
    name = data.draw(st.sampled_from(signed_names), label="name")
    new_value = data.draw(values.filter(lambda v: v != fields[name]), label="new_value")
    tampered = {**fields, name: new_value}
    assert verify_response(with_sign(tampered, sign, 0), key).status == "mismatch"


@PROPERTY_SETTINGS
@given(fields=field_sets, key=keys, data=st.data())
def test_property_changing_an_excluded_value_still_verifies(
    fields: dict[str, str], key: str, data: st.DataObject
) -> None:
    fields = {**fields, "resp_code": fields.get("resp_code", "0")}
    sign = sign_response(fields.items(), key)
    new_value = data.draw(values, label="resp_code")
    tampered = {**fields, "resp_code": new_value}
    assert verify_response(with_sign(tampered, sign, 0), key).status == "verified"


@PROPERTY_SETTINGS
@given(fields=field_sets, key=keys)
def test_property_variant_without_error_code(fields: dict[str, str], key: str) -> None:
    fields = {**fields, "error_code": "-1041"}
    kept = [(n, v) for n, v in fields.items() if n not in ANSWER_EXCLUDED | {"error_code"}]
    result = verify_response(with_sign(fields, reference_md5(kept, key), 0), key)
    assert (result.status, result.rule) == ("verified", "without_error_code")


@PROPERTY_SETTINGS
@given(fields=field_sets, key=keys, data=st.data())
def test_property_notify_round_trips_and_detects_changes(
    fields: dict[str, str], key: str, data: st.DataObject
) -> None:
    kept = [(n, v) for n, v in fields.items() if n not in NOTIFY_EXCLUDED]
    sign = sign_notify(fields.items(), key)
    assert sign == reference_md5(kept, key).lower()
    assert verify_notify(with_sign(fields, sign, 0), key).status == "verified"
    name = data.draw(st.sampled_from(sorted(n for n, _ in kept)), label="name")
    new_value = data.draw(values.filter(lambda v: v != fields[name]), label="new_value")
    tampered = {**fields, name: new_value}
    assert verify_notify(with_sign(tampered, sign, 0), key).status == "mismatch"


@PROPERTY_SETTINGS
@given(fields=field_sets, key=keys)
def test_property_request_signs_exactly_what_is_sent(fields: dict[str, str], key: str) -> None:
    signed = sign_request(fields, key)
    sent = {n: v for n, v in signed.form.items() if n != "sign"}
    assert sent == {n: v for n, v in fields.items() if v != ""}
    assert signed.form["sign"] == reference_md5(list(sent.items()), key)
    source = "&".join(f"{n}={v}" for n, v in sorted(sent.items()))
    assert signed.signed_string_masked.startswith(f"{source}&key=")
    if key not in source:
        assert key not in signed.signed_string_masked
