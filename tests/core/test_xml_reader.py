"""The safe XML reader against the protocol page's samples (section 11) and hostile input."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leshua_gui.core.errors import ProtocolError
from leshua_gui.core.protocol.xml_reader import read_fields

MIB = 1024 * 1024

SAMPLE_A = b"""<leshua>
<resp_code><![CDATA[0]]></resp_code>
<merchant_id><![CDATA[9605008025]]></merchant_id>
<sign><![CDATA[DB45DA9E55DD666C49F3963733D2602E]]></sign>
<result_code><![CDATA[0]]></result_code>
<third_order_id><![CDATA[NL2019032218253138930]]></third_order_id>
<nonce_str><![CDATA[rzmkrvsvprjjoqgjpzrmubbdeovjhrcu]]></nonce_str>
<td_code><![CDATA[weixin://wxpay/bizpayurl?pr=kZF1s1X]]></td_code>
<pay_way><![CDATA[WXZF]]></pay_way>
<leshua_order_id><![CDATA[0003495002500081]]></leshua_order_id>
</leshua>
"""

FIELDS_A = [
    ("resp_code", "0"),
    ("merchant_id", "9605008025"),
    ("sign", "DB45DA9E55DD666C49F3963733D2602E"),
    ("result_code", "0"),
    ("third_order_id", "NL2019032218253138930"),
    ("nonce_str", "rzmkrvsvprjjoqgjpzrmubbdeovjhrcu"),
    ("td_code", "weixin://wxpay/bizpayurl?pr=kZF1s1X"),
    ("pay_way", "WXZF"),
    ("leshua_order_id", "0003495002500081"),
]

SAMPLE_B = """<leshua>
<resp_code><![CDATA[0]]></resp_code>
<merchant_id><![CDATA[9605008025]]></merchant_id>
<sign><![CDATA[22B542D7A1EE3EACE9DD90537B5D8D68]]></sign>
<result_code><![CDATA[1]]></result_code>
<third_order_id><![CDATA[NL2019032218253291474]]></third_order_id>
<pay_way><![CDATA[WXZF]]></pay_way>
<nonce_str><![CDATA[acvlgvqgwekjujypttfhulneqsgubnvc]]></nonce_str>
<error_msg><![CDATA[超出单笔支付限额,无法支付]]></error_msg>
<error_code><![CDATA[-1041]]></error_code>
</leshua>
""".encode()

FIELDS_B = [
    ("resp_code", "0"),
    ("merchant_id", "9605008025"),
    ("sign", "22B542D7A1EE3EACE9DD90537B5D8D68"),
    ("result_code", "1"),
    ("third_order_id", "NL2019032218253291474"),
    ("pay_way", "WXZF"),
    ("nonce_str", "acvlgvqgwekjujypttfhulneqsgubnvc"),
    ("error_msg", "超出单笔支付限额,无法支付"),
    ("error_code", "-1041"),
]

SAMPLE_C = (
    "<leshua>\n"
    "\t<resp_code><![CDATA[-5036]]></resp_code>\n"
    "\t<resp_msg><![CDATA[无效的付款码]]></resp_msg>\n"
    "</leshua>\n"
).encode()

FIELDS_C = [("resp_code", "-5036"), ("resp_msg", "无效的付款码")]

DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

NGINX_502 = b"""<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
"""

APACHE_502 = b"""<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>502 Proxy Error</title>
</head><body>
<h1>Proxy Error</h1>
<p>The proxy server received an invalid
response from an upstream server.<br>
</p>
</body></html>
"""


def reason_of(body: bytes) -> str:
    with pytest.raises(ProtocolError) as info:
        read_fields(body)
    return info.value.reason


# ---------------------------------------------------------------------------------------------
# Section 11 samples and section 4 shapes
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [(SAMPLE_A, FIELDS_A), (SAMPLE_B, FIELDS_B), (SAMPLE_C, FIELDS_C)],
    ids=["A-success", "B-business-failure", "C-communication-failure"],
)
def test_samples_parse_in_document_order(body: bytes, expected: list[tuple[str, str]]) -> None:
    assert read_fields(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [(SAMPLE_A, FIELDS_A), (SAMPLE_B, FIELDS_B), (SAMPLE_C, FIELDS_C)],
    ids=["A", "B", "C"],
)
def test_samples_with_xml_declaration(body: bytes, expected: list[tuple[str, str]]) -> None:
    assert read_fields(DECLARATION + body) == expected


def test_plain_text_instead_of_cdata_keeps_leading_zeros() -> None:
    body = (
        b"<leshua><resp_code>0</resp_code><merchant_id>0000000018</merchant_id>"
        b"<leshua_order_id>0003495002500081</leshua_order_id><status>2</status></leshua>"
    )
    assert read_fields(body) == [
        ("resp_code", "0"),
        ("merchant_id", "0000000018"),
        ("leshua_order_id", "0003495002500081"),
        ("status", "2"),
    ]


def test_mixed_cdata_and_plain_text_with_escaped_characters() -> None:
    body = (
        b"<leshua><resp_code>0</resp_code>"
        b"<td_code><![CDATA[weixin://wxpay/bizpayurl?pr=a&b=<c>]]></td_code>"
        b"<attach>x &amp; y &lt;z&gt;</attach>"
        b"<pay_way><![CDATA[ZFBZF]]></pay_way></leshua>"
    )
    assert read_fields(body) == [
        ("resp_code", "0"),
        ("td_code", "weixin://wxpay/bizpayurl?pr=a&b=<c>"),
        ("attach", "x & y <z>"),
        ("pay_way", "ZFBZF"),
    ]


def test_chinese_text_plain_and_cdata() -> None:
    body = (
        DECLARATION
        + "<leshua><resp_code>-5036</resp_code><resp_msg>无效的付款码</resp_msg>"
        "<error_msg><![CDATA[乐刷 订单不存在]]></error_msg></leshua>".encode()
    )
    assert read_fields(body) == [
        ("resp_code", "-5036"),
        ("resp_msg", "无效的付款码"),
        ("error_msg", "乐刷 订单不存在"),
    ]


@pytest.mark.parametrize(
    "element",
    [b"<attach></attach>", b"<attach/>", b"<attach><![CDATA[]]></attach>"],
    ids=["open-close", "self-closing", "empty-cdata"],
)
def test_empty_elements_give_empty_string(element: bytes) -> None:
    body = b"<leshua><resp_code>0</resp_code>" + element + b"<status>0</status></leshua>"
    assert read_fields(body) == [("resp_code", "0"), ("attach", ""), ("status", "0")]


def test_unknown_fields_are_kept_in_order() -> None:
    body = (
        b"<leshua>\n\t<resp_code><![CDATA[0]]></resp_code>\n"
        b"\t<brand_new_field><![CDATA[v1]]></brand_new_field>\n"
        b"\t<status><![CDATA[2]]></status>\n"
        b"\t<zz_after_upgrade>v2</zz_after_upgrade>\n"
        b"\t<active_flag><![CDATA[WXLZ]]></active_flag>\n</leshua>"
    )
    assert read_fields(body) == [
        ("resp_code", "0"),
        ("brand_new_field", "v1"),
        ("status", "2"),
        ("zz_after_upgrade", "v2"),
        ("active_flag", "WXLZ"),
    ]


def test_json_promotion_detail_is_kept_raw() -> None:
    raw = '[{"promotion_id":"109519","amount":5,"type":"COUPON"}]'
    body = f"<leshua><promotion_detail><![CDATA[{raw}]]></promotion_detail></leshua>".encode()
    assert read_fields(body) == [("promotion_detail", raw)]


def test_values_are_str() -> None:
    for name, value in read_fields(SAMPLE_B):
        assert type(name) is str
        assert type(value) is str


# ---------------------------------------------------------------------------------------------
# Hostile input
# ---------------------------------------------------------------------------------------------

HOSTILE = {
    "doctype-only": b"<!DOCTYPE leshua><leshua><resp_code>0</resp_code></leshua>",
    "dtd-internal-subset": (
        b"<!DOCTYPE leshua [<!ELEMENT leshua ANY>]><leshua><resp_code>0</resp_code></leshua>"
    ),
    "internal-entity": (
        b'<!DOCTYPE leshua [<!ENTITY code "0">]><leshua><resp_code>&code;</resp_code></leshua>'
    ),
    "billion-laughs": (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        b' <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
        b' <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\n'
        b' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
        b' <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n'
        b' <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n'
        b' <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\n'
        b' <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\n'
        b' <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\n'
        b' <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">\n'
        b"]>\n<leshua><resp_msg>&lol9;</resp_msg></leshua>"
    ),
    "external-entity": (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<!DOCTYPE leshua [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b"<leshua><resp_msg>&xxe;</resp_msg></leshua>"
    ),
    "external-dtd": (
        b'<!DOCTYPE leshua SYSTEM "http://127.0.0.1:9/evil.dtd"><leshua><a>1</a></leshua>'
    ),
    "parameter-entity": (
        b'<!DOCTYPE leshua [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
        b"<leshua><a>1</a></leshua>"
    ),
}


@pytest.mark.parametrize("body", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_is_refused(body: bytes) -> None:
    assert reason_of(body) == "hostile"


def test_external_entity_never_leaks_file_contents() -> None:
    with pytest.raises(ProtocolError) as info:
        read_fields(HOSTILE["external-entity"])
    assert "root:" not in str(info.value)


# ---------------------------------------------------------------------------------------------
# Size limit
# ---------------------------------------------------------------------------------------------


def padded_answer(total: int) -> bytes:
    head = b"<leshua><resp_code>0</resp_code><attach>"
    tail = b"</attach></leshua>"
    body = head + b"x" * (total - len(head) - len(tail)) + tail
    assert len(body) == total
    return body


def test_exactly_one_mib_parses() -> None:
    fields = read_fields(padded_answer(MIB))
    assert [n for n, _ in fields] == ["resp_code", "attach"]
    assert len(fields[1][1]) > MIB - 100


def test_just_under_one_mib_parses() -> None:
    assert read_fields(padded_answer(MIB - 1))[0] == ("resp_code", "0")


def test_over_one_mib_is_too_large_even_if_well_formed() -> None:
    assert reason_of(padded_answer(MIB + 1)) == "too_large"


def test_huge_garbage_is_too_large() -> None:
    assert reason_of(b"\xff" * (4 * MIB)) == "too_large"


# ---------------------------------------------------------------------------------------------
# Broken and foreign answers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cut", [1, 40, len(SAMPLE_A) // 2, len(SAMPLE_A) - 5])
def test_truncated_sample_is_malformed(cut: int) -> None:
    assert reason_of(SAMPLE_A[:cut]) == "malformed"


@pytest.mark.parametrize(
    "body",
    [b"\x00\x01\x02\xff\xfe garbage", b"Service Unavailable", b"000000", b'{"resp_code": 0}'],
    ids=["binary", "text", "notify-ack", "json"],
)
def test_garbage_is_refused(body: bytes) -> None:
    assert reason_of(body) in {"malformed", "not_leshua"}


def test_invalid_utf8_is_malformed() -> None:
    body = b"<leshua><resp_code>0</resp_code><resp_msg>\xff\xfe\xc3</resp_msg></leshua>"
    assert reason_of(body) == "malformed"


def test_gbk_bytes_under_utf8_declaration_are_malformed() -> None:
    body = (
        DECLARATION + b"<leshua><resp_msg>" + "无效的付款码".encode("gbk") + b"</resp_msg></leshua>"
    )
    assert reason_of(body) == "malformed"


@pytest.mark.parametrize(
    "declaration",
    [
        b'<?xml version="1.0" encoding="x-bogus"?>',
        b'<?xml version="1.0" encoding="utf-32"?>',
        b'<?xml version="1.0" encoding="UTF-16"?>',
    ],
    ids=["unknown", "multi-byte", "wrong"],
)
def test_unusable_declared_encoding_is_malformed(declaration: bytes) -> None:
    # The protocol is UTF-8 only; expat raises LookupError/ValueError for some of these.
    assert reason_of(declaration + b"<leshua><resp_code>0</resp_code></leshua>") == "malformed"


@pytest.mark.parametrize(
    "body",
    [NGINX_502, APACHE_502, b"<!DOCTYPE html>\n<html><body><p>Bad Gateway<br></body></html>"],
    ids=["nginx-502", "apache-502", "html5"],
)
def test_html_error_page_is_not_leshua(body: bytes) -> None:
    assert reason_of(body) == "not_leshua"


@pytest.mark.parametrize(
    "body",
    [
        b"<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>",
        DECLARATION + b"<response><resp_code>0</resp_code></response>",
        b"<Leshua><resp_code>0</resp_code></Leshua>",
    ],
    ids=["wechat-xml", "response", "capitalised"],
)
def test_other_root_element_is_not_leshua(body: bytes) -> None:
    assert reason_of(body) == "not_leshua"


@pytest.mark.parametrize("body", [b"", b"   \r\n\t "], ids=["empty", "whitespace"])
def test_empty_body(body: bytes) -> None:
    assert reason_of(body) == "empty"


def test_nested_elements_are_malformed() -> None:
    body = b"<leshua><resp_code>0</resp_code><status><code>2</code></status></leshua>"
    assert reason_of(body) == "malformed"


def test_duplicate_field_is_malformed() -> None:
    # Two <status> values: the one shown could differ from the one the signature covered.
    body = b"<leshua><resp_code>0</resp_code><status>0</status><status>2</status></leshua>"
    assert reason_of(body) == "malformed"


def test_two_roots_are_malformed() -> None:
    assert reason_of(SAMPLE_C + SAMPLE_C) == "malformed"


# ---------------------------------------------------------------------------------------------
# Properties: nothing but ProtocolError ever escapes
# ---------------------------------------------------------------------------------------------

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, database=None)


def fields_or_protocol_error(body: bytes) -> None:
    try:
        fields = read_fields(body)
    except ProtocolError as exc:  # either outcome is fine: a refusal, or flat text fields
        assert exc.reason in {"empty", "too_large", "hostile", "malformed", "not_leshua"}  # noqa: PT017
        return
    assert isinstance(fields, list)
    for pair in fields:
        assert isinstance(pair, tuple)
        assert len(pair) == 2
        assert isinstance(pair[0], str)
        assert isinstance(pair[1], str)


@PROPERTY_SETTINGS
@given(st.binary(max_size=512))
def test_property_arbitrary_bytes(body: bytes) -> None:
    fields_or_protocol_error(body)


@PROPERTY_SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                b"<leshua>",
                b"</leshua>",
                b"<a>",
                b"</a>",
                b"<![CDATA[",
                b"]]>",
                b"<!DOCTYPE x>",
                b"<!ENTITY e 'v'>",
                b"&e;",
                b"&amp;",
                b"&#0;",
                b"&#x110000;",
                b"<?xml?>",
                b'<?xml version="1.0" encoding="x-bogus"?>',
                b'<?xml version="1.0" encoding="utf-32"?>',
                b"\xff",
                b"\x00",
                b" ",
                b"\n",
                b"x",
                b"<",
                b">",
                b"<b/>",
                b"<!--",
                b"-->",
            ]
        ),
        max_size=30,
    ).map(b"".join)
)
def test_property_xml_like_bytes(body: bytes) -> None:
    fields_or_protocol_error(body)


@PROPERTY_SETTINGS
@given(st.text(max_size=200))
def test_property_arbitrary_text_inside_a_field(text: str) -> None:
    fields_or_protocol_error(f"<leshua><x>{text}</x></leshua>".encode("utf-8", "surrogatepass"))


# XML 1.0 characters (no controls, surrogates or U+FFFE/U+FFFF), no surrounding whitespace.
xml_text = st.text(
    st.characters(exclude_categories=("Cs", "Cc", "Cn")) | st.sampled_from(list("&<>\"'乐刷 ")),
    min_size=1,
    max_size=60,
).filter(lambda s: s == s.strip())


@PROPERTY_SETTINGS
@given(xml_text)
def test_property_escaped_text_round_trips(text: str) -> None:
    body = f"<leshua><resp_code>0</resp_code><x>{escape(text)}</x></leshua>".encode()
    assert read_fields(body) == [("resp_code", "0"), ("x", text)]


@PROPERTY_SETTINGS
@given(xml_text.filter(lambda s: "]]>" not in s))
def test_property_cdata_text_round_trips(text: str) -> None:
    body = f"<leshua>\n\t<x><![CDATA[{text}]]></x>\n</leshua>".encode()
    assert read_fields(body) == [("x", text)]
