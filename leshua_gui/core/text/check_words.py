"""The words of "test this profile": each verdict, and why a gateway could not be reached."""

from __future__ import annotations

from leshua_gui.core.text.labels import Text

#: What a check found, by verdict (profiles.check.Verdict).
VERDICTS: dict[str, Text] = {
    "ok": (
        "连接正常：商户号和交易密钥均正确。",
        "連線正常：商戶號和交易金鑰均正確。",
        "Working: the merchant id and the transaction key are right.",
    ),
    "unproven": (
        "网关认识这个商户号，但应答没有签名，无法证明交易密钥正确；请查询一笔真实订单确认。",
        "閘道認識這個商戶號，但應答沒有簽名，無法證明交易金鑰正確；請查詢一筆真實訂單確認。",
        "The gateway knows this merchant id, but its answer was unsigned, so the transaction key "
        "is not proven: query a real order to be sure.",
    ),
    "wrong_key": (
        "网关拒绝了签名：请检查交易密钥。",
        "閘道拒絕了簽名：請檢查交易金鑰。",
        "The gateway rejected the signature: check the transaction key.",
    ),
    "wrong_merchant": (
        "网关不认识这个商户号：请检查商户号。",
        "閘道不認識這個商戶號：請檢查商戶號。",
        "The gateway does not know this merchant id: check the merchant id.",
    ),
    "unreachable": (
        "无法连接 {host} 的网关{cause}：请检查网关地址、网络连接和代理设置。",
        "無法連線 {host} 的閘道{cause}：請檢查閘道位址、網路連線和代理設定。",
        "The gateway at {host} could not be reached{cause}: check the gateway URL, the network "
        "connection and the proxy settings.",
    ),
    "untrusted": (
        "网关的应答签名不符：交易密钥可能有误，或应答被篡改。",
        "閘道的應答簽名不符：交易金鑰可能有誤，或應答被竄改。",
        "The gateway's answer did not verify: the transaction key may be wrong, "
        "or the answer was tampered with.",
    ),
    "unexpected": (
        "网关的应答出乎意料：{reason}",
        "閘道的應答出乎意料：{reason}",
        "Unexpected answer from the gateway: {reason}",
    ),
}  # fmt: skip

#: "The gateway could not be reached" by how: these replace the general text above.
UNREACHABLE: dict[str, Text] = {
    "timeout": (
        "{host} 的网关没有及时应答：请检查网关地址和网络连接，稍后再试。",
        "{host} 的閘道沒有及時應答：請檢查閘道位址和網路連線，稍後再試。",
        "The gateway at {host} did not answer in time: check the gateway URL and the network "
        "connection, or try again later.",
    ),
    "tls": (
        "与 {host} 的安全连接失败：请检查电脑的日期和时间；"
        "如通过公司代理上网，请检查设置中的CA证书包。",
        "與 {host} 的安全連線失敗：請檢查電腦的日期和時間；"
        "如透過公司代理上網，請檢查設定中的CA憑證包。",
        "The secure connection to {host} failed: check the computer's date and time or, behind "
        "a corporate proxy, the CA certificate bundle in the settings.",
    ),
    "ca_bundle": (
        "设置中的CA证书包无法使用：请改正路径，或清空以使用系统证书。没有发出任何请求。",
        "設定中的CA憑證包無法使用：請改正路徑，或清空以使用系統憑證。沒有發出任何請求。",
        "The CA certificate bundle in the settings cannot be used: correct its path, or clear "
        "it to use the system's certificates. Nothing was sent.",
    ),
}  # fmt: skip

#: Plain words for what the operating system said about a failed connection.
CAUSES: tuple[tuple[tuple[str, ...], Text], ...] = (
    (("refused",), ("（连接被拒绝）", "（連線被拒絕）", " (connection refused)")),
    (("name or service not known", "nodename nor servname", "getaddrinfo", "name resolution",
      "no address associated"),
     ("（主机名无法解析）", "（主機名稱無法解析）", " (the host name does not resolve)")),
    (("no route to host", "network is unreachable", "unreachable"),
     ("（网络不可达）", "（網路無法連線）", " (no route to the host)")),
    (("reset by peer", "connection aborted", "remote end closed"),
     ("（连接被中断）", "（連線被中斷）", " (the connection was cut)")),
)  # fmt: skip

#: The gateway, when its host is not known.
THE_GATEWAY: Text = ("网关", "閘道", "the gateway")
