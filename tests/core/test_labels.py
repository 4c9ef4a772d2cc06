"""Labels the CLI and the GUI show: the protocol's codes in zh_CN, zh_TW and en."""

import locale
import re

import pytest

from leshua_gui.core.protocol.answer import KNOWN_FIELDS
from leshua_gui.core.text import labels
from leshua_gui.core.text.labels import LANGS

# Section 7 of the protocol page, as written there.
TRADE_STATES = {
    "0": ("支付中", "paying"),
    "2": ("支付成功", "paid"),
    "6": ("订单关闭", "closed"),
    "8": ("支付失败", "failed"),
    "10": ("退款中", "refunding"),
    "11": ("退款成功", "refunded"),
    "12": ("退款失败", "refund failed"),
}

# Section 10 of the protocol page, as written there.
ERROR_CODES = {
    "-20001": ("参数错误或无效", "invalid parameter"),
    "-20002": ("无效的乐刷商户号", "invalid merchant id"),
    "-20003": ("商户订单号格式有误", "bad merchant order number"),
    "-20004": ("乐刷订单不存在", "Leshua order not found"),
    "-20005": ("服务错误", "service error"),
    "-20006": ("验签失败", "signature check failed"),
    "-20007": ("签名Key未配置", "key not configured"),
    "-20010": ("系统错误", "system error"),
    "-20011": ("非法参数", "illegal parameter"),
    "-20016": ("无效乐刷订单号", "invalid Leshua order number"),
    "-20018": ("无效的第三方订单号或者乐刷订单号", "invalid order number"),
    "-20024": ("乐刷或第三方订单号必填1个", "one order number required"),
    "-20025": ("乐刷或第三方退款订单号必填1个", "one refund number required"),
    "-4006": ("订单不存在", "order not found"),
    "-4004": ("订单正在处理中", "order being processed"),
    "-4027": ("系统异常", "system exception"),
    "-1002": ("无效商户号", "invalid merchant id"),
    "-2034": ("测试商户号金额限制", "test merchant amount limit"),
    "-2125": ("交易被风控拦截", "blocked by risk control"),
    "-5036": ("无效的付款码", "invalid payment code"),
    "-1041": ("超出单笔支付限额", "over the single-payment limit"),
}

# Characters that exist only in simplified Chinese: none may appear in a zh_TW text.
SIMPLIFIED_ONLY = set(
    "订单关闭败验签银宝码号户务统错误设据时间结优实红详标识类态账网请连为这没还应与页证数询乐"
)
CJK = re.compile(r"[\u3400-\u9fff]")


def all_texts() -> list[tuple[str, tuple[str, str, str]]]:
    tables = [
        labels.TRADE_STATES, labels.PAY_WAYS, labels.TRADE_TYPES, labels.CAMPAIGNS,
        labels.VERIFICATIONS, labels.ERROR_CODES, labels.ERROR_ADVICE, labels.TRANSPORT_ADVICE,
        labels.PROTOCOL_ADVICE, labels.SIGNATURE_ADVICE, labels.FALLBACKS, labels.FIELD_NAMES,
        labels.UNIONPAY_CARDS, labels.WALLET_FUNDS, labels.BANKS, labels.CARD_KINDS,
    ]  # fmt: skip
    return [(key, text) for table in tables for key, text in table.items()]


@pytest.mark.parametrize("code", TRADE_STATES)
def test_trade_states_match_the_protocol_page(code):
    zh_cn, en = TRADE_STATES[code]
    assert labels.trade_state(code, "zh_CN") == zh_cn
    assert labels.trade_state(code, "en") == en
    zh_tw = labels.trade_state(code, "zh_TW")
    assert zh_tw
    assert "未知" not in zh_tw


def test_traditional_labels_use_traditional_characters():
    assert labels.trade_state("6", "zh_TW") == "訂單關閉"
    assert labels.trade_state("8", "zh_TW") == "支付失敗"
    assert labels.trade_state("12", "zh_TW") == "退款失敗"
    assert labels.error_code("-20006", "zh_TW") == "驗簽失敗"
    assert labels.error_code("-20002", "zh_TW") == "無效的樂刷商戶號"
    assert labels.pay_way("ZFBZF", "zh_TW") == "支付寶"
    assert labels.pay_way("UPSMZF", "zh_TW") == "銀聯二維碼"
    assert labels.verification("verified", "zh_TW") == "簽名已驗證"
    assert labels.field_name("amount", "zh_TW") == "訂單金額"
    assert labels.field_name("third_order_id", "zh_TW") == "商戶訂單號"
    for code in ("6", "8", "12"):
        assert labels.trade_state(code, "zh_TW") != labels.trade_state(code, "zh_CN")


def test_no_traditional_text_keeps_a_simplified_character():
    leftovers = {key: text[1] for key, text in all_texts() if SIMPLIFIED_ONLY.intersection(text[1])}
    assert leftovers == {}


def test_english_texts_are_english_and_chinese_texts_are_chinese():
    for key, (zh_cn, zh_tw, en) in all_texts():
        assert not CJK.search(en), key
        if CJK.search(zh_cn):
            assert CJK.search(zh_tw), key


@pytest.mark.parametrize("code", ERROR_CODES)
def test_error_codes_match_the_protocol_page(code):
    zh_cn, en = ERROR_CODES[code]
    assert labels.error_code(code, "zh_CN") == zh_cn
    assert labels.error_code(code, "en") == en
    assert labels.error_code(code, "zh_TW") not in ("", labels.unknown(code, "zh_TW"))


@pytest.mark.parametrize("code", ERROR_CODES)
def test_every_error_code_has_advice_in_every_language(code):
    advice = [labels.error_advice(code, lang) for lang in LANGS]
    assert all(advice), advice
    assert len(set(advice)) == len(LANGS)  # translated, not copied


def test_no_advice_for_codes_the_page_does_not_list():
    assert set(labels.ERROR_ADVICE) == set(ERROR_CODES)
    assert set(labels.ERROR_CODES) == set(ERROR_CODES)
    assert labels.error_advice("-99999", "en") is None


def test_error_advice_tells_staff_what_to_check():
    assert "transaction key" in labels.error_advice("-20006", "en")
    assert "交易密钥" in labels.error_advice("-20006", "zh_CN")
    assert "交易金鑰" in labels.error_advice("-20006", "zh_TW")
    for code in ("-20002", "-1002"):
        assert "merchant id" in labels.error_advice(code, "en")
        assert "商户号" in labels.error_advice(code, "zh_CN")
    assert "ask Leshua" in labels.error_advice("-20007", "en")
    assert "query again" in labels.error_advice("-4006", "en")
    assert "not scanned" in labels.error_advice("-4006", "en")
    assert "few seconds" in labels.error_advice("-4004", "en")
    for code in ("-20005", "-20010", "-4027"):
        assert "query again later" in labels.error_advice(code, "en")
        assert "contact Leshua" in labels.error_advice(code, "en")
        assert "联系乐刷" in labels.error_advice(code, "zh_CN")


@pytest.mark.parametrize(
    ("lookup", "code"),
    [
        (labels.trade_state, "99"),
        (labels.pay_way, "PAYPAL"),
        (labels.trade_type, "MAGIC"),
        (labels.campaign, "XYZ"),
        (labels.error_code, "-99999"),
        (labels.verification, "maybe"),
        (labels.bank_type, "FOO_CREDIT"),
    ],
)
def test_unknown_codes_show_the_raw_code(lookup, code):
    assert lookup(code, "en") == f"unknown ({code})"
    assert lookup(code, "zh_CN") == f"未知（{code}）"
    assert lookup(code, "zh_TW") == f"未知（{code}）"


def test_a_code_with_leading_zeros_is_not_read_as_a_number():
    assert labels.trade_state("02", "en") == "unknown (02)"
    assert labels.trade_state("2", "en") == "paid"


def test_pay_ways_trade_types_and_campaigns():
    assert labels.pay_way("WXZF", "zh_CN") == "微信支付"
    assert labels.pay_way("ZFBZF", "en") == "Alipay"
    assert labels.pay_way("UPSMZF", "en") == "UnionPay QR"
    assert labels.trade_type("MICROPAY", "zh_CN") == "付款码支付"
    assert labels.trade_type("NATIVE", "zh_CN") == "扫码支付"
    assert labels.trade_type("SmPgPay", "zh_CN") == "小程序支付"
    assert labels.trade_type("JSAPIQuick", "zh_CN") == "简易支付"
    for code in ("MICROPAY", "NATIVE", "JSAPI", "APP", "H5Pay", "SmPgPay", "JSAPIQuick"):
        assert "unknown" not in labels.trade_type(code, "en")
    assert labels.campaign("WXLZ", "zh_CN") == "微信绿洲计划"
    assert labels.campaign("ZFBLH", "zh_CN") == "支付宝蓝海计划"
    assert "Oasis" in labels.campaign("WXLZ", "en")


def test_verification_outcomes():
    assert labels.verification("verified", "zh_CN") == "签名已验证"
    assert labels.verification("mismatch", "zh_CN") == "签名不符"
    assert labels.verification("unsigned", "zh_CN") == "未签名"
    assert labels.verification("mismatch", "en") == "signature mismatch"


def test_every_field_the_answer_knows_has_a_human_name():
    assert KNOWN_FIELDS - set(labels.FIELD_NAMES) == set()
    for name in KNOWN_FIELDS:
        for lang in ("zh_CN", "zh_TW"):
            assert labels.field_name(name, lang) != name, (name, lang)


def test_field_names():
    assert labels.field_name("amount", "zh_CN") == "订单金额"
    assert labels.field_name("settlement_amount", "zh_CN") == "结算金额"
    assert labels.field_name("buyer_pay_amount", "zh_CN") == "实付金额"
    assert labels.field_name("discount_amount", "zh_CN") == "优惠金额"
    assert labels.field_name("coupon", "zh_CN") == "红包"
    assert labels.field_name("leshua_order_id", "en") == "Leshua order number"
    assert labels.field_name("out_transaction_id", "zh_CN") == "微信/支付宝交易单号"
    assert labels.field_name("channel_datetime", "zh_CN") == "渠道下单时间"
    assert labels.field_name("shiny_new_field", "zh_CN") == "shiny_new_field"


@pytest.mark.parametrize("pay_way", ["UPSMZF", None])
def test_unionpay_bank_types(pay_way):
    assert labels.bank_type("1", "zh_CN", pay_way) == "借记卡"
    assert labels.bank_type("1", "en", pay_way) == "debit card"
    assert "信用卡" in labels.bank_type("2", "zh_CN", pay_way)
    assert "貸記卡" in labels.bank_type("2", "zh_TW", pay_way)
    assert labels.bank_type("2", "en", pay_way) == "credit card"


def test_unionpay_digits_are_not_wechat_bank_types():
    assert labels.bank_type("1", "en", "WXZF") == "unknown (1)"


@pytest.mark.parametrize("pay_way", ["WXZF", "ZFBZF", None])
def test_wechat_style_bank_types(pay_way):
    assert labels.bank_type("CMB_CREDIT", "zh_CN", pay_way) == "招商银行信用卡"
    assert labels.bank_type("CMB_CREDIT", "zh_TW", pay_way) == "招商銀行信用卡"
    assert labels.bank_type("CMB_CREDIT", "en", pay_way) == "China Merchants Bank credit card"
    assert labels.bank_type("ICBC_DEBIT", "zh_CN", pay_way) == "工商银行借记卡"
    assert labels.bank_type("ICBC_DEBIT", "zh_TW", pay_way) == "工商銀行借記卡"
    assert labels.bank_type("ICBC_DEBIT", "en", pay_way) == "ICBC debit card"
    assert labels.bank_type("BOCOM_DEBIT", "en", pay_way) == "Bank of Communications debit card"
    assert labels.bank_type("COMM_CREDIT", "zh_CN", pay_way) == "交通银行信用卡"
    assert labels.bank_type("SPA_CREDIT", "zh_CN", pay_way) == "平安银行信用卡"


def test_wechat_balance_bank_types():
    assert "零钱" in labels.bank_type("CFT", "zh_CN", "WXZF")
    assert "零錢" in labels.bank_type("CFT", "zh_TW", "WXZF")
    assert labels.bank_type("LQT", "zh_CN", "WXZF") == "零钱通"
    assert "unknown" not in labels.bank_type("OTHERS", "en", "WXZF")


@pytest.mark.parametrize("code", ["CMB_PLATINUM", "XYZ_DEBIT", "CREDIT", "", "3"])
def test_unparseable_bank_types_are_unknown(code):
    assert labels.bank_type(code, "en", "WXZF") == f"unknown ({code})"


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_CN", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh-Hans-HK", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_TW.Big5", "zh_TW"),
        ("zh_HK.UTF-8", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("zh_Hant_TW", "zh_TW"),
        ("Chinese (Simplified)_China", "zh_CN"),
        ("Chinese (Traditional)_Taiwan", "zh_TW"),
        ("en_US.UTF-8", "en"),
        ("ja_JP", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_normalize_lang(name, lang):
    assert labels.normalize_lang(name) == lang


def test_system_lang_reads_the_environment_in_order(monkeypatch):
    monkeypatch.setenv("LC_ALL", "zh_TW.UTF-8")
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert labels.system_lang() == "zh_TW"
    monkeypatch.delenv("LC_ALL")
    assert labels.system_lang() == "en"
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert labels.system_lang() == "zh_CN"


def test_system_lang_falls_back_to_the_c_library(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *_args: ("zh_HK", "UTF-8"))
    assert labels.system_lang() == "zh_TW"
    monkeypatch.setattr(locale, "getlocale", lambda *_args: (None, None))
    assert labels.system_lang() == "en"

    def unparseable(*args):
        raise ValueError("unknown locale: xx")

    monkeypatch.setattr(locale, "getlocale", unparseable)
    assert labels.system_lang() == "en"


@pytest.mark.parametrize("reason", ["connect", "tls", "timeout", "http_status", "new_reason"])
def test_transport_failures_never_say_unpaid(reason):
    en = labels.transport_advice(reason, "en")
    assert "state is unknown" in en
    assert "未知" in labels.transport_advice(reason, "zh_CN")
    assert "未知" in labels.transport_advice(reason, "zh_TW")


def test_transport_advice_names_the_likely_cause():
    assert "proxy" in labels.transport_advice("connect", "en")
    assert "date and time" in labels.transport_advice("tls", "en")
    assert "CA" in labels.transport_advice("tls", "en")
    assert "not unpaid" in labels.transport_advice("timeout", "en")
    assert "不代表未支付" in labels.transport_advice("timeout", "zh_CN")
    assert "HTTP" in labels.transport_advice("http_status", "en")


@pytest.mark.parametrize(
    "reason", ["malformed", "too_large", "hostile", "not_leshua", "empty", "new_reason"]
)
def test_unreadable_answers_leave_the_state_unknown(reason):
    assert "could not be read" in labels.protocol_advice(reason, "en")
    assert "state is unknown" in labels.protocol_advice(reason, "en")
    for lang in ("zh_CN", "zh_TW"):
        assert "未知" in labels.protocol_advice(reason, lang)


def test_each_unreadable_answer_says_what_was_wrong():
    texts = {
        labels.protocol_advice(r, "en")
        for r in ("malformed", "too_large", "hostile", "not_leshua", "empty")
    }
    assert len(texts) == 5


@pytest.mark.parametrize("reason", ["mismatch", "missing", "new_reason"])
def test_signature_problems_say_do_not_trust(reason):
    assert "do not trust" in labels.signature_advice(reason, "en")
    assert "不要相信" in labels.signature_advice(reason, "zh_CN")
    assert "不要相信" in labels.signature_advice(reason, "zh_TW")


def test_signature_mismatch_points_at_the_key():
    assert "transaction key" in labels.signature_advice("mismatch", "en")
    assert "forged" in labels.signature_advice("mismatch", "en")


def test_refund_states_and_refund_advice_in_every_language() -> None:
    from leshua_gui.core.text import labels as lb

    for lang in lb.LANGS:
        assert lb.refund_state("10", lang)
        assert lb.refund_state("7", lang) == lb.unknown("7", lang)
        assert lb.refund_state("2", lang) == lb.unknown("2", lang)  # "paid" is no refund state
        refund_not_found = lb.refund_error_advice("-4006", lang)
        assert refund_not_found
        assert refund_not_found != lb.error_advice("-4006", lang)
        assert lb.refund_error_advice("-20006", lang) == lb.error_advice("-20006", lang)
        text = lb.unconfirmed_code_advice("-20006", lang)
        assert "-20006" in text
        assert lb.error_code("-20006", lang) in text
        for reason in ("redirect", "ca_bundle"):
            assert lb.transport_advice(reason, lang) != lb.pick(lb.FALLBACKS["transport"], lang)
        assert lb.protocol_advice("wrong_refund", lang) != lb.pick(lb.FALLBACKS["protocol"], lang)
    assert lb.refund_state("11", "en") == "refund succeeded"
