"""The typed view over an answer: amounts, times, final states, promotions, unknown fields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from leshua_gui.core.protocol.answer import Answer, parse_promotion_detail, parse_time


def answer(**fields: str) -> Answer:
    return Answer(tuple(fields.items()))


# --- amounts ---------------------------------------------------------------------------------


def test_valid_amounts_are_integers_of_fen() -> None:
    a = answer(amount="12800", buyer_pay_amount="12700", discount_amount="100", coupon="0")
    assert a.amounts_fen == {
        "amount": 12800,
        "buyer_pay_amount": 12700,
        "discount_amount": 100,
        "coupon": 0,
    }
    assert all(type(v) is int for v in a.amounts_fen.values())
    assert a.invalid_amounts == {}


def test_invalid_amounts_are_left_out_and_flagged() -> None:
    a = answer(
        amount="12.80",
        buyer_pay_amount="-1",
        discount_amount="",
        coupon="１００",
        settlement_amount="12800",
    )
    assert a.amounts_fen == {"settlement_amount": 12800}
    assert a.invalid_amounts["amount"] == "12.80"
    assert a.invalid_amounts["buyer_pay_amount"] == "-1"
    assert a.invalid_amounts["coupon"] == "１００"
    assert "settlement_amount" not in a.invalid_amounts
    assert "discount_amount" not in a.amounts_fen


def test_missing_amounts_are_neither_valid_nor_invalid() -> None:
    a = answer(status="2")
    assert a.amounts_fen == {}
    assert a.invalid_amounts == {}


# --- times -----------------------------------------------------------------------------------

CHINA = timezone(timedelta(hours=8))


def test_both_pay_time_formats_give_the_same_china_time() -> None:
    dashed = answer(pay_time="2024-03-05 14:07:09").pay_time
    compact = answer(pay_time="20240305140709").pay_time
    assert dashed is not None
    assert compact is not None
    assert dashed == compact
    assert dashed.utcoffset() == timedelta(hours=8)
    assert dashed == datetime(2024, 3, 5, 14, 7, 9, tzinfo=CHINA)
    assert dashed.astimezone(UTC) == datetime(2024, 3, 5, 6, 7, 9, tzinfo=UTC)


def test_channel_datetime_is_parsed_too() -> None:
    assert answer(channel_datetime="20240305140709").channel_datetime == datetime(
        2024, 3, 5, 14, 7, 9, tzinfo=CHINA
    )


@pytest.mark.parametrize(
    "raw", ["yesterday", "2024/03/05 14:07:09", "2024-13-01 00:00:00", "20241301000000", "0"]
)
def test_garbage_times_give_none(raw: str) -> None:
    assert answer(pay_time=raw).pay_time is None
    assert parse_time(raw) is None


def test_missing_or_empty_time_is_none() -> None:
    assert answer().pay_time is None
    assert answer(pay_time="").pay_time is None


# --- final states ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["2", "6", "8", "11", "12"])
def test_final_states(status: str) -> None:
    assert answer(status=status).is_final


@pytest.mark.parametrize("status", ["0", "10", "99", "", " 2", "02"])
def test_non_final_states(status: str) -> None:
    assert not answer(status=status).is_final


def test_no_status_is_not_final() -> None:
    a = answer(resp_code="0")
    assert a.status is None
    assert not a.is_final


# --- promotion_detail ------------------------------------------------------------------------

WECHAT_PROMOTION = (
    '[{"promotion_id":"109519","name":"单品惠-6","scope":"SINGLE","type":"DISCOUNT",'
    '"amount":5,"activity_id":"931386","wxpay_contribute":0,"merchant_contribute":0,'
    '"other_contribute":5}]'
)


def test_promotion_detail_from_a_wechat_list() -> None:
    parsed = answer(promotion_detail=WECHAT_PROMOTION).promotion_detail
    assert parsed is not None
    assert len(parsed) == 1
    assert parsed[0]["promotion_id"] == "109519"
    assert parsed[0]["name"] == "单品惠-6"
    assert parsed[0]["amount"] == 5


def test_promotion_detail_from_an_object_wrapping_a_list() -> None:
    wrapped = '{"promotion_detail": ' + WECHAT_PROMOTION + "}"
    parsed = answer(promotion_detail=wrapped).promotion_detail
    assert parsed is not None
    assert [p["promotion_id"] for p in parsed] == ["109519"]


@pytest.mark.parametrize(
    "raw", ["", "   ", "not json", "[{", '"text"', "42", "null", "true", "[1, 2]", '["a"]']
)
def test_promotion_detail_none_when_not_a_list_of_objects(raw: str) -> None:
    assert answer(promotion_detail=raw).promotion_detail is None
    assert parse_promotion_detail(raw) is None


def test_promotion_detail_missing_is_none() -> None:
    assert answer().promotion_detail is None


def test_deeply_nested_promotion_detail_does_not_crash() -> None:
    assert parse_promotion_detail("[" * 100_000 + "]" * 100_000) is None


# --- fields ----------------------------------------------------------------------------------


def test_unknown_fields_are_kept_in_document_order() -> None:
    a = answer(
        resp_code="0",
        zz_new="1",
        status="2",
        aa_new="two",
        amount="100",
        mm_new="",
    )
    assert a.unknown_fields == [("zz_new", "1"), ("aa_new", "two"), ("mm_new", "")]


def test_as_dict_keeps_every_field_as_received() -> None:
    fields = {
        "resp_code": "0",
        "merchant_id": "0000000018",
        "leshua_order_id": "0003495002500081",
        "amount": "00100",
        "attach": "",
        "pay_time": "20240305140709",
        "new_field": "x",
    }
    a = answer(**fields)
    assert a.as_dict() == fields
    assert all(type(v) is str for v in a.as_dict().values())
    assert a.get("merchant_id") == "0000000018"
    assert "attach" in a
    assert "sign" not in a


def test_as_dict_is_a_copy() -> None:
    a = answer(status="2")
    a.as_dict()["status"] = "8"
    assert a.status == "2"
