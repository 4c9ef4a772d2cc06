"""Human labels for gateway codes, fields and failures in zh_CN, zh_TW and en, for CLI and GUI.

One term per concept in each language; text/glossary.py lists them with the variants not used,
and tests/core/test_glossary.py fails on a rejected variant anywhere in the core or the command
line. zh_CN keeps the protocol page's own words. zh_TW is Traditional Chinese as written in
Taiwan, not zh_CN converted character by character: 閘道 (gateway, not 網關), 金鑰 (key, not
密鑰), 商戶設定檔 (profile, not 商戶配置), 設定 (settings, not 設置), 聯絡 (contact, not 聯繫),
網路 and 連線 (network and connection, not 網絡 and 連接), 憑證 (certificate, not 證書), 訊息
and 資料 (message and data, not 信息 and 數據), 字元 and 字串 (character and string), 位址
(address), 識別碼 (identifier, not 標識), 通訊 (communication), 程式 (program). Taiwan's
finance and support staff read these every day; a mainland word in traditional characters
reads as a machine conversion, and two words for one thing read as two things. en follows the
window: its profile form says "Gateway URL", so the texts do too (not "gateway address").
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Lang = Literal["zh_CN", "zh_TW", "en"]
LANGS: tuple[Lang, ...] = ("zh_CN", "zh_TW", "en")

#: One text per language, in the order of LANGS.
Text = tuple[str, str, str]

_INDEX: dict[Lang, int] = {lang: i for i, lang in enumerate(LANGS)}
_UNKNOWN: Text = ("未知（{code}）", "未知（{code}）", "unknown ({code})")

#: Trade states (`status`), section 7; zh_CN exactly as the protocol page gives them.
TRADE_STATES: dict[str, Text] = {
    "0": ("支付中", "支付中", "paying"),
    "2": ("支付成功", "支付成功", "paid"),
    "6": ("订单关闭", "訂單關閉", "closed"),
    "8": ("支付失败", "支付失敗", "failed"),
    "10": ("退款中", "退款中", "refunding"),
    "11": ("退款成功", "退款成功", "refunded"),
    "12": ("退款失败", "退款失敗", "refund failed"),
}

#: Refund states (`status` of a refund lookup, section 8): what happened to the refund. Any other
#: code in a refund answer is not a refund state and shows as unknown, with its code.
REFUND_STATES: dict[str, Text] = {
    "10": ("退款中", "退款中", "refund in progress"),
    "11": ("退款成功", "退款成功", "refund succeeded"),
    "12": ("退款失败", "退款失敗", "refund failed"),
}

#: `pay_way` values.
PAY_WAYS: dict[str, Text] = {
    "WXZF": ("微信支付", "微信支付", "WeChat Pay"),
    "ZFBZF": ("支付宝", "支付寶", "Alipay"),
    "UPSMZF": ("银联二维码", "銀聯二維碼", "UnionPay QR"),
}

#: `trade_type` values.
TRADE_TYPES: dict[str, Text] = {
    "MICROPAY": ("付款码支付", "付款碼支付", "barcode payment (payer's payment code scanned)"),
    "NATIVE": ("扫码支付", "掃碼支付", "QR code payment (payer scans)"),
    "JSAPI": (
        "公众号/服务窗支付",
        "公眾號/服務窗支付",
        "WeChat official account / Alipay window payment",
    ),
    "APP": ("APP支付", "APP支付", "in-app payment"),
    "H5Pay": ("H5支付", "H5支付", "mobile web (H5) payment"),
    "SmPgPay": ("小程序支付", "小程式支付", "mini program payment"),
    "JSAPIQuick": ("简易支付", "簡易支付", "simple payment"),
}

#: `trade_type` values whose words depend on the pay way: (trade type, pay_way) -> words.
TRADE_TYPES_BY_PAY_WAY: dict[tuple[str, str], Text] = {
    ("JSAPI", "WXZF"): ("公众号支付", "公眾號支付", "WeChat official account payment"),
    ("JSAPI", "ZFBZF"): ("服务窗支付", "服務窗支付", "Alipay window payment"),
}

#: `active_flag` values: the channels' fee campaigns the payment took part in.
CAMPAIGNS: dict[str, Text] = {
    "WXLZ": ("微信绿洲计划", "微信綠洲計劃", 'WeChat "Oasis" campaign'),
    "ZFBLH": ("支付宝蓝海计划", "支付寶藍海計劃", 'Alipay "Blue Sea" campaign'),
}

#: Outcomes of checking an answer's signature (signing.Verification).
VERIFICATIONS: dict[str, Text] = {
    "verified": ("签名已验证", "簽名已驗證", "signature verified"),
    "mismatch": ("签名不符", "簽名不符", "signature mismatch"),
    "unsigned": ("未签名", "未簽名", "unsigned"),
}

#: Gateway error codes, section 10; zh_CN exactly as the protocol page gives them.
ERROR_CODES: dict[str, Text] = {
    "-20001": ("参数错误或无效", "參數錯誤或無效", "invalid parameter"),
    "-20002": ("无效的乐刷商户号", "無效的樂刷商戶號", "invalid merchant id"),
    "-20003": ("商户订单号格式有误", "商戶訂單號格式有誤", "bad merchant order number"),
    "-20004": ("乐刷订单不存在", "樂刷訂單不存在", "Leshua order not found"),
    "-20005": ("服务错误", "服務錯誤", "service error"),
    "-20006": ("验签失败", "驗簽失敗", "signature check failed"),
    "-20007": ("签名Key未配置", "簽名Key未設定", "key not configured"),
    "-20010": ("系统错误", "系統錯誤", "system error"),
    "-20011": ("非法参数", "非法參數", "illegal parameter"),
    "-20016": ("无效乐刷订单号", "無效樂刷訂單號", "invalid Leshua order number"),
    "-20018": (
        "无效的第三方订单号或者乐刷订单号",
        "無效的第三方訂單號或者樂刷訂單號",
        "invalid order number",
    ),
    "-20024": (
        "乐刷或第三方订单号必填1个",
        "樂刷或第三方訂單號必填1個",
        "one order number required",
    ),
    "-20025": (
        "乐刷或第三方退款订单号必填1个",
        "樂刷或第三方退款訂單號必填1個",
        "one refund number required",
    ),
    "-4006": ("订单不存在", "訂單不存在", "order not found"),
    "-4004": ("订单正在处理中", "訂單正在處理中", "order being processed"),
    "-4027": ("系统异常", "系統異常", "system exception"),
    "-1002": ("无效商户号", "無效商戶號", "invalid merchant id"),
    "-2034": ("测试商户号金额限制", "測試商戶號金額限制", "test merchant amount limit"),
    "-2125": ("交易被风控拦截", "交易被風控攔截", "blocked by risk control"),
    "-5036": ("无效的付款码", "無效的付款碼", "invalid payment code"),
    "-1041": ("超出单笔支付限额", "超出單筆支付限額", "over the single-payment limit"),
}

#: Advice shared by codes that mean the same thing for the user.
_GATEWAY_FAULT: Text = (
    "乐刷网关内部出错，订单状态仍未知：请稍后重新查询；如持续出现，请联系乐刷。",
    "樂刷閘道內部出錯，訂單狀態仍未知：請稍後重新查詢；如持續出現，請聯絡樂刷。",
    "Gateway-side system error, the order's state is still unknown: query again later; if "
    "it persists, contact Leshua.",
)
_UNKNOWN_MERCHANT: Text = (
    "网关不认识这个商户号：请检查商户配置中的商户号（10位数字，开头的0也要保留）。",
    "閘道不認識這個商戶號：請檢查商戶設定檔中的商戶號（10位數字，開頭的0也要保留）。",
    "The gateway does not know this merchant id: check the profile's merchant id (10 "
    "digits, leading zeros included).",
)

#: What each gateway error code means for finance and support staff, and what to do next.
ERROR_ADVICE: dict[str, Text] = {
    "-20001": (
        "网关认为请求中有无效的参数：请核对订单号和商户配置中的商户号后重新查询；如仍出现，请带上此错误码联系乐刷。",
        "閘道認為請求中有無效的參數：請核對訂單號和商戶設定檔中的商戶號後重新查詢；如仍出現，請帶上此錯誤碼聯絡樂刷。",
        "The gateway found a value in the request invalid: check the order number and the "
        "profile's merchant id, then query again; if it persists, contact Leshua with this "
        "code.",
    ),
    "-20002": _UNKNOWN_MERCHANT,
    "-20003": (
        "网关不接受这个商户订单号的格式：请检查是否有错字、空格或多余字符（最长64位）。",
        "閘道不接受這個商戶訂單號的格式：請檢查是否有錯字、空格或多餘字元（最長64位）。",
        "The gateway does not accept the format of this merchant order number: check it for "
        "typos, spaces or extra characters (64 characters at most).",
    ),
    "-20004": (
        "乐刷没有这个订单：请核对乐刷订单号，并确认所用的商户配置就是收款的商户。",
        "樂刷沒有這個訂單：請核對樂刷訂單號，並確認所用的商戶設定檔就是收款的商戶。",
        "Leshua has no order with this number: check the Leshua order number, and that the "
        "profile is the merchant that took the payment.",
    ),
    "-20005": _GATEWAY_FAULT,
    "-20006": (
        "签名被网关拒绝：请检查商户配置中的交易密钥（不是异步通知密钥）。",
        "簽名被閘道拒絕：請檢查商戶設定檔中的交易金鑰（不是非同步通知金鑰）。",
        "Signature rejected: check the profile's transaction key (not the notify key).",
    ),
    "-20007": (
        "网关尚未为这个商户配置签名密钥：请联系乐刷开通。",
        "閘道尚未為這個商戶設定簽名金鑰：請聯絡樂刷開通。",
        "The gateway has no key configured for this merchant: ask Leshua to set it up.",
    ),
    "-20010": _GATEWAY_FAULT,
    "-20011": (
        "网关认为请求中有不允许的参数：请检查订单号是否含有特殊字符，并核对商户配置中的商户号；如仍出现，请带上此错误码联系乐刷。",
        "閘道認為請求中有不允許的參數：請檢查訂單號是否含有特殊字元，並核對商戶設定檔中的商戶號；如仍出現，請帶上此錯誤碼聯絡樂刷。",
        "The gateway refused a value in the request: check the order number for unusual "
        "characters and the profile's merchant id; if it persists, contact Leshua with this "
        "code.",
    ),
    "-20016": (
        "这不是有效的乐刷订单号：请检查是否输错，也可以改用商户订单号查询。",
        "這不是有效的樂刷訂單號：請檢查是否輸錯，也可以改用商戶訂單號查詢。",
        "This is not a valid Leshua order number: check it for typos, or search by the merchant"
        " order number instead.",
    ),
    "-20018": (
        "订单号无效：请核对输入的订单号，并确认所用的商户配置就是收款的商户。",
        "訂單號無效：請核對輸入的訂單號，並確認所用的商戶設定檔就是收款的商戶。",
        "The order number is not valid: check the number entered, and that the profile is the "
        "merchant that took the payment.",
    ),
    "-20024": (
        "查询需要商户订单号或乐刷订单号：请填写其中一个。",
        "查詢需要商戶訂單號或樂刷訂單號：請填寫其中一個。",
        "The query needs a merchant order number or a Leshua order number: enter one of them.",
    ),
    "-20025": (
        "退款查询需要商户退款单号或乐刷退款单号：请填写其中一个。",
        "退款查詢需要商戶退款單號或樂刷退款單號：請填寫其中一個。",
        "The refund query needs a merchant refund number or a Leshua refund number: enter one "
        "of them.",
    ),
    "-4006": (
        "订单不存在：订单从未创建，或付款人还没有扫码；请稍后重新查询。如一直不存在，请核对订单号和商户配置。",
        "訂單不存在：訂單從未建立，或付款人還沒有掃碼；請稍後重新查詢。如一直不存在，請核對訂單號和商戶設定檔。",
        "Order not found: it was never created, or the payer has not scanned yet; query again "
        "later. If it stays not found, check the order number and the profile.",
    ),
    "-4004": (
        "订单正在处理中：请几秒后重新查询。",
        "訂單正在處理中：請幾秒後重新查詢。",
        "The order is being processed: query again in a few seconds.",
    ),
    "-4027": _GATEWAY_FAULT,
    "-1002": _UNKNOWN_MERCHANT,
    "-2034": (
        "测试商户号有金额限制：请改用较小的金额；真实收款请使用正式商户号。",
        "測試商戶號有金額限制：請改用較小的金額；真實收款請使用正式商戶號。",
        "Test merchant ids only accept small amounts: use a smaller amount; take real payments "
        "with a production merchant id.",
    ),
    "-2125": (
        "这笔交易被乐刷风控拦截，没有付款成功：付款人可以换用其他支付方式；商户可以联系乐刷了解原因。",
        "這筆交易被樂刷風控攔截，沒有付款成功：付款人可以換用其他支付方式；商戶可以聯絡樂刷瞭解原因。",
        "Leshua's risk control blocked this payment, so it did not go through: the payer can "
        "use another payment method; the merchant can ask Leshua why.",
    ),
    "-5036": (
        "扫到的付款码无效（错误、过期或已使用）：请让付款人刷新付款码后重新扫码。",
        "掃到的付款碼無效（錯誤、過期或已使用）：請讓付款人刷新付款碼後重新掃碼。",
        "The payer's payment code is not valid (wrong, expired or already used): ask the payer "
        "to refresh the payment code and scan it again.",
    ),
    "-1041": (
        "金额超出单笔支付限额（付款人的卡、账户或商户的限额），这笔没有付款成功：请让付款人换用其他银行卡或支付方式。",
        "金額超出單筆支付限額（付款人的卡、帳戶或商戶的限額），這筆沒有付款成功：請讓付款人換用其他銀行卡或支付方式。",
        "The amount is over a single-payment limit (of the payer's card or account, or of the "
        "merchant), so it did not go through: ask the payer to use another card or payment "
        "method.",
    ),
}

#: Gateway error codes of a refund lookup whose meaning differs from an order lookup's.
REFUND_ERROR_ADVICE: dict[str, Text] = {
    "-4006": (
        "退款不存在：这笔订单没有这个退款单号的退款。请核对退款单号（商户退款单号或乐刷退款单号）、订单号和商户配置。",
        "退款不存在：這筆訂單沒有這個退款單號的退款。請核對退款單號（商戶退款單號或樂刷退款單號）、訂單號和商戶設定檔。",
        "Refund not found: this order has no refund with this refund number. Check the refund "
        "number (merchant or Leshua refund number), the order number and the profile.",
    ),
    "-20004": (
        "乐刷没有这个订单，因此也没有它的退款：请核对订单号和退款单号，并确认所用的商户配置就是收款的商户。",
        "樂刷沒有這個訂單，因此也沒有它的退款：請核對訂單號和退款單號，並確認所用的商戶設定檔就是收款的商戶。",
        "Leshua has no such order, so no refund of it either: check the order and refund "
        "numbers, and that the profile is the merchant that took the payment.",
    ),
}

#: A failure whose error_code the answer's signature does not cover; `{code}` is the code and
#: `{meaning}` the gateway's meaning of it.
UNCONFIRMED_CODE_ADVICE: Text = (
    "网关报告失败，但错误码{code}（{meaning}）不在应答的签名范围内，未经确认：订单状态未知，不代表未支付。"
    "请稍后重新查询；如持续出现，请带上此错误码联系乐刷。",
    "閘道報告失敗，但錯誤碼{code}（{meaning}）不在應答的簽名範圍內，未經確認：訂單狀態未知，不代表未支付。"
    "請稍後重新查詢；如持續出現，請帶上此錯誤碼聯絡樂刷。",
    "The gateway reported a failure, but its error code {code} ({meaning}) is not covered by "
    "the answer's signature, so it is not confirmed: the order's state is unknown, not unpaid. "
    "Query again later; if it persists, contact Leshua with this code.",
)

#: TransportError reasons; a transport failure never says the order is unpaid.
TRANSPORT_ADVICE: dict[str, Text] = {
    "connect": (
        "无法连接到乐刷网关：请检查网络连接和代理设置。订单状态未知，不代表未支付。",
        "無法連線到樂刷閘道：請檢查網路連線和代理設定。訂單狀態未知，不代表未支付。",
        "Cannot reach the gateway: check the network connection and the proxy settings. The "
        "order's state is unknown, not unpaid.",
    ),
    "tls": (
        "与网关的安全连接失败：请检查电脑的日期和时间；如通过公司代理上网，请检查代理的CA证书包。订单状态未知。",
        "與閘道的安全連線失敗：請檢查電腦的日期和時間；如透過公司代理上網，請檢查代理的CA憑證包。訂單狀態未知。",
        "The secure connection to the gateway failed: check the computer's date and time, or, "
        "behind a corporate proxy, its CA certificate bundle. The order's state is unknown.",
    ),
    "timeout": (
        "网关没有及时应答：订单状态未知，不代表未支付；请重新查询。",
        "閘道沒有及時應答：訂單狀態未知，不代表未支付；請重新查詢。",
        "The gateway did not answer in time: the order's state is unknown, not unpaid; query "
        "again.",
    ),
    "ca_bundle": (
        "设置中的CA证书包无法使用（文件不存在、无法读取或不是PEM证书）：请在设置中改正路径，或清空以使用系统证书。没有发出任何请求，订单状态未知。",
        "設定中的CA憑證包無法使用（檔案不存在、無法讀取或不是PEM憑證）：請在設定中改正路徑，或清空以使用系統憑證。沒有發出任何請求，訂單狀態未知。",
        "The CA certificate bundle in the settings cannot be used (it does not exist, cannot be "
        "read or is not a PEM bundle): correct its path in the settings, or clear it to use the "
        "system's certificates. Nothing was sent; the order's state is unknown.",
    ),
    "redirect": (
        "网关地址返回了重定向（HTTP 3xx），"
        "为安全起见没有跟随：签名的请求只发往配置的网关地址。请检查商户配置中的网关地址；订单状态未知。",
        "閘道位址返回了重新導向（HTTP 3xx），"
        "為安全起見沒有跟隨：簽名的請求只發往設定的閘道位址。請檢查商戶設定檔中的閘道位址；訂單狀態未知。",
        "The gateway URL answered with a redirect (HTTP 3xx), which was not followed for "
        "safety: a signed request goes only to the configured gateway. Check the profile's "
        "gateway URL; the order's state is unknown.",
    ),
    "http_status": (
        "网关返回了HTTP错误页面：订单状态未知；请稍后重新查询。",
        "閘道返回了HTTP錯誤頁面：訂單狀態未知；請稍後重新查詢。",
        "The gateway answered with an HTTP error page: the order's state is unknown; query "
        "again later.",
    ),
}

#: ProtocolError reasons: the answer could not be read, so the order's state is unknown.
PROTOCOL_ADVICE: dict[str, Text] = {
    "wrong_order": (
        "网关的应答没有写明所查询的订单或商户（或写的是另一笔）：请勿相信；请重新查询，如仍如此请联系乐刷。",
        "閘道的應答沒有寫明所查詢的訂單或商戶（或寫的是另一筆）：請勿相信；請重新查詢，如仍如此請聯絡樂刷。",
        "The gateway's answer does not name the order or merchant asked for (or names another): "
        "do not trust it; query again, and tell Leshua if it happens again.",
    ),
    "wrong_refund": (
        "网关的应答没有写明所查询的退款（或写的是另一笔退款）：请勿相信；请重新查询，如仍如此请联系乐刷。",
        "閘道的應答沒有寫明所查詢的退款（或寫的是另一筆退款）：請勿相信；請重新查詢，如仍如此請聯絡樂刷。",
        "The gateway's answer does not name the refund asked for (or names another refund): do "
        "not trust it; query again, and tell Leshua if it happens again.",
    ),
    "malformed": (
        "无法读取网关的应答（不是格式正确的UTF-8编码XML，例如GBK编码）：订单状态未知；请稍后重新查询。",
        "無法讀取閘道的應答（不是格式正確的UTF-8編碼XML，例如GBK編碼）：訂單狀態未知；請稍後重新查詢。",
        "The gateway's answer could not be read (it is not well-formed XML in UTF-8; GBK, for "
        "example, cannot be read): the order's state is unknown; query again later.",
    ),
    "too_large": (
        "无法读取网关的应答（远大于正常应答）：订单状态未知；请稍后重新查询。",
        "無法讀取閘道的應答（遠大於正常應答）：訂單狀態未知；請稍後重新查詢。",
        "The gateway's answer could not be read (it is far larger than a real answer): the "
        "order's state is unknown; query again later.",
    ),
    "hostile": (
        "无法读取网关的应答（含有不安全的XML内容，已为安全起见拒绝）：订单状态未知；请检查商户配置中的网关地址。",
        "無法讀取閘道的應答（含有不安全的XML內容，已為安全起見拒絕）：訂單狀態未知；請檢查商戶設定檔中的閘道位址。",
        "The gateway's answer could not be read (it contains unsafe XML and was refused for "
        "safety): the order's state is unknown; check the profile's gateway URL.",
    ),
    "not_leshua": (
        "无法读取网关的应答（不是乐刷网关的应答，例如代理或登录页面）：订单状态未知；请检查商户配置中的网关地址和网络。",
        "無法讀取閘道的應答（不是樂刷閘道的應答，例如代理或登入頁面）：訂單狀態未知；請檢查商戶設定檔中的閘道位址和網路。",
        "The gateway's answer could not be read (it is not a Leshua answer, for example a proxy"
        " or login page): the order's state is unknown; check the profile's gateway URL and"
        " the network.",
    ),
    "empty": (
        "无法读取网关的应答（应答为空）：订单状态未知；请稍后重新查询。",
        "無法讀取閘道的應答（應答為空）：訂單狀態未知；請稍後重新查詢。",
        "The gateway's answer could not be read (it was empty): the order's state is unknown; "
        "query again later.",
    ),
}

#: SignatureError reasons: the answer must not be trusted.
SIGNATURE_ADVICE: dict[str, Text] = {
    "mismatch": (
        "应答的签名不符：应答可能被伪造，或商户配置中的交易密钥有误；请不要相信显示的订单状态。",
        "應答的簽名不符：應答可能被偽造，或商戶設定檔中的交易金鑰有誤；請不要相信顯示的訂單狀態。",
        "The answer's signature does not match: it may be forged, or the profile's transaction "
        "key is wrong; do not trust the state shown.",
    ),
    "missing": (
        "网关应答成功却没有签名：请不要相信这个应答；请重新查询，如持续出现请联系乐刷。",
        "閘道應答成功卻沒有簽名：請不要相信這個應答；請重新查詢，如持續出現請聯絡樂刷。",
        "A success answer without a signature: do not trust it; query again, and contact Leshua"
        " if it persists.",
    ),
}

#: Advice for a reason a newer core raises that the tables above do not know yet.
FALLBACKS: dict[str, Text] = {
    "transport": (
        "没有收到网关的应答：订单状态未知，不代表未支付；请重新查询。",
        "沒有收到閘道的應答：訂單狀態未知，不代表未支付；請重新查詢。",
        "No answer was received from the gateway: the order's state is unknown, not unpaid; "
        "query again.",
    ),
    "protocol": (
        "无法读取网关的应答：订单状态未知；请稍后重新查询。",
        "無法讀取閘道的應答：訂單狀態未知；請稍後重新查詢。",
        "The gateway's answer could not be read: the order's state is unknown; query again later.",
    ),
    "signature": (
        "无法确认应答的签名：请不要相信显示的订单状态。",
        "無法確認應答的簽名：請不要相信顯示的訂單狀態。",
        "The answer's signature could not be confirmed: do not trust the state shown.",
    ),
}

#: Answer fields of `query_status` (section 6) and `unified_query_refund` (section 8).
FIELD_NAMES: dict[str, Text] = {
    "resp_code": ("通信结果码", "通訊結果碼", "communication result code"),
    "resp_msg": ("通信结果信息", "通訊結果訊息", "communication message"),
    "result_code": ("业务结果码", "業務結果碼", "business result code"),
    "error_code": ("错误码", "錯誤碼", "error code"),
    "error_msg": ("错误信息", "錯誤訊息", "error message"),
    "merchant_id": ("乐刷商户号", "樂刷商戶號", "Leshua merchant id"),
    "sub_merchant_id": ("渠道商户号", "渠道商戶號", "channel merchant id"),
    "third_order_id": ("商户订单号", "商戶訂單號", "merchant order number"),
    "nonce_str": ("随机字符串", "隨機字串", "random string (nonce)"),
    "sign": ("签名", "簽名", "signature"),
    "status": ("交易状态", "交易狀態", "trade state"),
    "leshua_order_id": ("乐刷订单号", "樂刷訂單號", "Leshua order number"),
    "amount": ("订单金额", "訂單金額", "order amount"),
    "pay_way": ("支付方式", "支付方式", "payment method"),
    "pay_time": ("支付时间", "支付時間", "pay time"),
    "bank_type": ("付款银行", "付款銀行", "payer's bank"),
    "openid": ("付款人标识", "付款人識別碼", "payer id"),
    "out_transaction_id": (
        "微信/支付宝交易单号",
        "微信/支付寶交易單號",
        "WeChat/Alipay transaction number",
    ),
    "sub_openid": (
        "商户应用下付款人标识",
        "商戶應用下付款人識別碼",
        "payer id in the merchant's app",
    ),
    "attach": ("附加数据", "附加資料", "attached data"),
    "trade_type": ("交易类型", "交易類型", "trade type"),
    "channel_order_id": ("渠道订单号", "渠道訂單號", "channel order number"),
    "channel_datetime": ("渠道下单时间", "渠道下單時間", "channel time"),
    "coupon": ("红包", "紅包", "coupon"),
    "settlement_amount": ("结算金额", "結算金額", "settlement amount"),
    "discount_amount": ("优惠金额", "優惠金額", "discount"),
    "promotion_detail": ("优惠详情", "優惠詳情", "promotion details"),
    "active_flag": ("活动标识", "活動識別碼", "campaign"),
    "buyer_pay_amount": ("实付金额", "實付金額", "buyer paid"),
    "merchant_refund_id": ("商户退款单号", "商戶退款單號", "merchant refund number"),
    "leshua_refund_id": ("乐刷退款单号", "樂刷退款單號", "Leshua refund number"),
    "refund_amount": ("退款金额", "退款金額", "refund amount"),
    "settlement_refund_amount": ("结算退款金额", "結算退款金額", "settlement refund amount"),
    "total_amount": ("订单总金额", "訂單總金額", "order total"),
    "refund_time": ("退款时间", "退款時間", "refund time"),
    "refund_status": ("退款状态", "退款狀態", "refund state"),
    "discount_refund_amount": ("优惠退款金额", "優惠退款金額", "discount refunded"),
    "refund_detail": ("退款详情", "退款詳情", "refund details"),
}

#: `bank_type` of UnionPay QR payments.
UNIONPAY_CARDS: dict[str, Text] = {
    "1": ("借记卡", "借記卡", "debit card"),
    "2": ("信用卡（贷记卡）", "信用卡（貸記卡）", "credit card"),
}

#: `bank_type` of WeChat and Alipay payments that are not bank cards.
WALLET_FUNDS: dict[str, Text] = {
    "CFT": ("微信零钱", "微信零錢", "WeChat balance"),
    "LQT": ("零钱通", "零錢通", "WeChat Lingqiantong"),
    "OTHERS": ("其他（银行卡以外）", "其他（銀行卡以外）", "other (not a bank card)"),
    "ALIPAYACCOUNT": ("支付宝余额", "支付寶餘額", "Alipay balance"),
    "PCREDIT": ("花呗", "花唄", "Huabei (Alipay credit)"),
}

#: Bank part of WeChat / Alipay `bank_type` codes like `CMB_CREDIT`.
BANKS: dict[str, Text] = {
    "ICBC": ("工商银行", "工商銀行", "ICBC"),
    "ABC": ("农业银行", "農業銀行", "Agricultural Bank of China"),
    "BOC": ("中国银行", "中國銀行", "Bank of China"),
    "CCB": ("建设银行", "建設銀行", "China Construction Bank"),
    "CMB": ("招商银行", "招商銀行", "China Merchants Bank"),
    "COMM": ("交通银行", "交通銀行", "Bank of Communications"),
    "PSBC": ("邮储银行", "郵儲銀行", "Postal Savings Bank of China"),
    "CITIC": ("中信银行", "中信銀行", "China CITIC Bank"),
    "CEB": ("光大银行", "光大銀行", "China Everbright Bank"),
    "CMBC": ("民生银行", "民生銀行", "China Minsheng Bank"),
    "CIB": ("兴业银行", "興業銀行", "Industrial Bank"),
    "SPDB": ("浦发银行", "浦發銀行", "SPD Bank"),
    "PAB": ("平安银行", "平安銀行", "Ping An Bank"),
    "HXB": ("华夏银行", "華夏銀行", "Hua Xia Bank"),
    "GDB": ("广发银行", "廣發銀行", "China Guangfa Bank"),
    "BOB": ("北京银行", "北京銀行", "Bank of Beijing"),
    "BOSH": ("上海银行", "上海銀行", "Bank of Shanghai"),
    "NBCB": ("宁波银行", "寧波銀行", "Bank of Ningbo"),
    "JSB": ("江苏银行", "江蘇銀行", "Bank of Jiangsu"),
    "NJCB": ("南京银行", "南京銀行", "Bank of Nanjing"),
    "HZB": ("杭州银行", "杭州銀行", "Bank of Hangzhou"),
    "BJRCB": ("北京农商银行", "北京農商銀行", "Beijing Rural Commercial Bank"),
    "SRCB": ("上海农商银行", "上海農商銀行", "Shanghai Rural Commercial Bank"),
    "SZRCB": ("深圳农商银行", "深圳農商銀行", "Shenzhen Rural Commercial Bank"),
    "GZCB": ("广州银行", "廣州銀行", "Bank of Guangzhou"),
    "CQB": ("重庆银行", "重慶銀行", "Bank of Chongqing"),
    "BOCD": ("成都银行", "成都銀行", "Bank of Chengdu"),
    "HRBB": ("哈尔滨银行", "哈爾濱銀行", "Harbin Bank"),
    "QDCCB": ("青岛银行", "青島銀行", "Bank of Qingdao"),
    "CRB": ("华润银行", "華潤銀行", "China Resources Bank"),
    "VISA": ("Visa", "Visa", "Visa"),
    "MASTERCARD": ("Mastercard", "Mastercard", "Mastercard"),
    "JCB": ("JCB", "JCB", "JCB"),
    "AE": ("美国运通", "美國運通", "American Express"),
}

#: Other spellings of a bank's code, mapped to the one BANKS uses.
BANK_ALIASES: dict[str, str] = {"BOCOM": "COMM", "SPA": "PAB"}

#: Card part of `<BANK>_<KIND>` bank types; `{bank}` is the bank's name.
CARD_KINDS: dict[str, Text] = {
    "DEBIT": ("{bank}借记卡", "{bank}借記卡", "{bank} debit card"),
    "CREDIT": ("{bank}信用卡", "{bank}信用卡", "{bank} credit card"),
}

_WALLET_PAY_WAYS = frozenset({"WXZF", "ZFBZF"})
_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})
_TRADITIONAL_WINDOWS_WORDS = ("traditional", "taiwan", "hong kong", "macao", "macau")


def capital(text: str) -> str:
    """A title or badge as the window writes it: its first letter upper case (Chinese is
    unchanged)."""
    return text[:1].upper() + text[1:]


def pick(text: Text, lang: Lang) -> str:
    """The `lang` entry of a (zh_CN, zh_TW, en) text."""
    return text[_INDEX[lang]]


def _lookup(table: Mapping[str, Text], code: str, lang: Lang) -> str | None:
    text = table.get(code)
    return None if text is None else pick(text, lang)


def _label(table: Mapping[str, Text], code: str, lang: Lang) -> str:
    found = _lookup(table, code, lang)
    return unknown(code, lang) if found is None else found


def normalize_lang(name: str | None) -> Lang:
    """The label language for a locale name (`zh_CN.UTF-8`, `zh-Hant`, `zh_HK` ...); else en."""
    if not name:
        return "en"
    base = name.strip().split(".")[0].split("@")[0].lower()
    if base.startswith("chinese"):  # Windows names, e.g. "Chinese (Traditional)_Taiwan"
        traditional = any(word in base for word in _TRADITIONAL_WINDOWS_WORDS)
        return "zh_TW" if traditional else "zh_CN"
    parts = base.replace("-", "_").split("_")
    if parts[0] != "zh":
        return "en"
    if "hant" in parts:
        return "zh_TW"
    if "hans" in parts:
        return "zh_CN"
    return "zh_TW" if _TRADITIONAL_REGIONS.intersection(parts) else "zh_CN"


def system_lang() -> Lang:
    """The label language of the user's locale: LC_ALL, LC_MESSAGES, LANG, then the C library."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalize_lang(value)
    try:
        import locale  # rarely needed: the environment usually answers

        name = locale.getlocale()[0]
    except ValueError:  # a locale name Python cannot parse
        name = None
    return normalize_lang(name)


def unknown(code: str, lang: Lang) -> str:
    """How a code missing from the tables is shown: never guessed, always with the raw code."""
    return pick(_UNKNOWN, lang).format(code=code)


def trade_state(code: str, lang: Lang) -> str:
    """The trade state `status` in words."""
    return _label(TRADE_STATES, code, lang)


def refund_state(code: str, lang: Lang) -> str:
    """The `status` of a refund lookup in words: a refund's state, not an order's."""
    return _label(REFUND_STATES, code, lang)


def refund_error_advice(code: str, lang: Lang) -> str | None:
    """What an error code means for a refund lookup; the order lookup's advice if the same."""
    found = _lookup(REFUND_ERROR_ADVICE, code, lang)
    return found if found is not None else error_advice(code, lang)


def unconfirmed_code_advice(code: str, lang: Lang) -> str:
    """Advice for a failure whose error_code the signature does not cover."""
    return pick(UNCONFIRMED_CODE_ADVICE, lang).format(code=code, meaning=error_code(code, lang))


def pay_way(code: str, lang: Lang) -> str:
    """The payment channel `pay_way` in words."""
    return _label(PAY_WAYS, code, lang)


def trade_type(code: str, lang: Lang, pay_way: str | None = None) -> str:
    """The payment scenario `trade_type` in words; worded by the pay way when that matters (a
    WeChat JSAPI payment is an official account payment, an Alipay one a window payment)."""
    by_way = TRADE_TYPES_BY_PAY_WAY.get((code, pay_way or ""))
    return pick(by_way, lang) if by_way is not None else _label(TRADE_TYPES, code, lang)


def campaign(code: str, lang: Lang) -> str:
    """The campaign `active_flag` in words."""
    return _label(CAMPAIGNS, code, lang)


def verification(status: str, lang: Lang) -> str:
    """A signature check outcome (verified, mismatch, unsigned) in words."""
    return _label(VERIFICATIONS, status, lang)


def error_code(code: str, lang: Lang) -> str:
    """The gateway's meaning of an error code (resp_code or error_code)."""
    return _label(ERROR_CODES, code, lang)


def error_advice(code: str, lang: Lang) -> str | None:
    """What an error code means for the order and what to do next; None for an unknown code."""
    return _lookup(ERROR_ADVICE, code, lang)


def field_name(name: str, lang: Lang) -> str:
    """The human name of an answer field; an unknown field keeps its own name."""
    found = _lookup(FIELD_NAMES, name, lang)
    return name if found is None else found


def bank_type(code: str, lang: Lang, pay_way: str | None = None) -> str:
    """The payer's bank or card: UnionPay `1`/`2`, or WeChat / Alipay codes like `CMB_CREDIT`."""
    if pay_way not in _WALLET_PAY_WAYS:
        found = _lookup(UNIONPAY_CARDS, code, lang)
        if found is not None:
            return found
    key = code.strip().upper()
    found = _lookup(WALLET_FUNDS, key, lang)
    if found is not None:
        return found
    bank, _, kind = key.rpartition("_")
    if not bank:  # a bare bank code, without the card kind
        bank, kind = key, ""
    bank_name = _lookup(BANKS, BANK_ALIASES.get(bank, bank), lang)
    if bank_name is None:
        return unknown(code, lang)
    if not kind:
        return bank_name
    template = _lookup(CARD_KINDS, kind, lang)
    return unknown(code, lang) if template is None else template.format(bank=bank_name)


def transport_advice(reason: str, lang: Lang) -> str:
    """What a TransportError means for the order and what to do (reason: connect, tls ...)."""
    return pick(TRANSPORT_ADVICE.get(reason, FALLBACKS["transport"]), lang)


def protocol_advice(reason: str, lang: Lang) -> str:
    """What a ProtocolError means for the order and what to do (reason: malformed, empty ...)."""
    return pick(PROTOCOL_ADVICE.get(reason, FALLBACKS["protocol"]), lang)


def signature_advice(reason: str, lang: Lang) -> str:
    """What a SignatureError means for the order and what to do (reason: mismatch, missing)."""
    return pick(SIGNATURE_ADVICE.get(reason, FALLBACKS["signature"]), lang)
