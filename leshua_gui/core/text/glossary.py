"""One term per concept, in zh_CN, zh_TW and en, and the variants each language does not use.

Every text in `text/` uses these terms; tests/core/test_glossary.py fails on a rejected variant
in any (zh_CN, zh_TW, en) text of the core or the command line. zh_TW is Traditional Chinese as
written in Taiwan: not zh_CN converted character by character (網關, 聯繫, 密鑰 are mainland
words in traditional characters; Taiwan writes 閘道, 聯絡, 金鑰). en follows the window's own
words (its profile form says "Gateway URL").
"""

from __future__ import annotations

from typing import NamedTuple

from leshua_gui.core.text.labels import Lang, Text


class Term(NamedTuple):
    #: (zh_CN, zh_TW, en): the one term each language uses.
    text: Text
    #: Words that mean the same in that language and are not used.
    rejected: dict[Lang, tuple[str, ...]]


GLOSSARY: dict[str, Term] = {
    "gateway": Term(("网关", "閘道", "gateway"), {"zh_TW": ("網關",)}),
    "gateway_url": Term(
        ("网关地址", "閘道位址", "gateway URL"),
        {"zh_TW": ("地址",), "en": ("gateway address",)},
    ),
    "profile": Term(("商户配置", "商戶設定檔", "profile"), {"zh_TW": ("商戶配置",)}),
    "configure": Term(("配置", "設定", "configure"), {"zh_TW": ("配置",)}),
    "settings": Term(("设置", "設定", "settings"), {"zh_TW": ("設置",)}),
    "key": Term(("密钥", "金鑰", "key"), {"zh_TW": ("密鑰",)}),
    "transaction_key": Term(("交易密钥", "交易金鑰", "transaction key"), {}),
    "notify_key": Term(("异步通知密钥", "非同步通知金鑰", "notify key"), {}),
    "asynchronous": Term(("异步", "非同步", "asynchronous"), {"zh_TW": ("異步",)}),
    "communication": Term(("通信", "通訊", "communication"), {"zh_TW": ("通信",)}),
    "identifier": Term(("标识", "識別碼", "id"), {"zh_TW": ("標識",)}),
    "signature": Term(("签名", "簽名", "signature"), {"zh_TW": ("簽章",)}),
    "merchant": Term(("商户", "商戶", "merchant"), {"zh_TW": ("商家", "特店")}),
    "merchant_id": Term(("商户号", "商戶號", "merchant id"), {}),
    "order": Term(("订单", "訂單", "order"), {}),
    "order_number": Term(("订单号", "訂單號", "order number"), {}),
    "refund": Term(("退款", "退款", "refund"), {}),
    "refund_number": Term(("退款单号", "退款單號", "refund number"), {}),
    "answer": Term(("应答", "應答", "answer"), {"zh_TW": ("回應",)}),
    "contact": Term(("联系", "聯絡", "contact"), {"zh_TW": ("聯繫",)}),
    "network": Term(("网络", "網路", "network"), {"zh_TW": ("網絡",)}),
    "connection": Term(("连接", "連線", "connection"), {"zh_TW": ("連接",)}),
    "certificate": Term(("证书", "憑證", "certificate"), {"zh_TW": ("證書",)}),
    "message": Term(("信息", "訊息", "message"), {"zh_TW": ("信息",)}),
    "data": Term(("数据", "資料", "data"), {"zh_TW": ("數據",)}),
    "character": Term(("字符", "字元", "character"), {"zh_TW": ("字符",)}),
    "string": Term(("字符串", "字串", "string"), {"zh_TW": ("字符串",)}),
    "field": Term(("字段", "欄位", "field"), {"zh_TW": ("字段",)}),
    "file": Term(("文件", "檔案", "file"), {"zh_TW": ("文件",)}),
    "program": Term(("程序", "程式", "program"), {"zh_TW": ("程序",)}),
    "account": Term(("账户", "帳戶", "account"), {"zh_TW": ("賬戶", "賬號")}),
    "login": Term(("登录", "登入", "login"), {"zh_TW": ("登錄",)}),
    "create": Term(("创建", "建立", "create"), {"zh_TW": ("創建",)}),
    "via": Term(("通过", "透過", "through"), {"zh_TW": ("通過",)}),
    "operating_system": Term(("操作系统", "作業系統", "OS"), {"zh_TW": ("操作系統",)}),
    "user": Term(("用户", "使用者", "user"), {"zh_TW": ("用戶",)}),
    "verify": Term(("验证", "驗證", "verify"), {"zh_TW": ("核驗",)}),
}
