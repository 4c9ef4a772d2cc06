"""A local gateway that speaks the Leshua protocol on loopback, for demos and tests."""

from __future__ import annotations

import logging
import socket
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal, get_args
from urllib.parse import parse_qsl

from leshua_gui.core.gateway import endpoints
from leshua_gui.core.protocol.signing import md5_hex, sign_notify, sign_response, sign_source

from .orders import (
    BATCH_LESHUA_PREFIX,
    BATCH_PREFIX,
    DEMO_MERCHANT_ID,
    DEMO_NOTIFY_KEY,
    DEMO_ORDERS,
    DEMO_TRANSACTION_KEY,
    DemoOrder,
)

log = logging.getLogger(__name__)

FIELDS_WHILE_PAYING = ("amount", "pay_way", "trade_type", "sub_merchant_id")
MAX_REQUEST = 64 * 1024
#: What a busy gateway answers (SandboxState.busy): an HTTP status from the proxy in front of it,
#: the signed business failure -4027 系统异常, or the unsigned communication failure -20010.
BusyKind = Literal["http502", "http503", "http504", "-4027", "-20010"]
BUSY_KINDS: tuple[str, ...] = get_args(BusyKind)
#: arrival times kept for SandboxState.max_in_window (the newest ones)
KEEP_ARRIVALS = 200_000
#: seconds kept by SandboxState.requests_per_second (the newest ones)
KEEP_SECONDS = 3_600
#: requests kept by SandboxState.requests_log (the newest ones)
KEEP_REQUESTS = 10_000
#: a barcode (MICROPAY) order can be closed this long after it was created (the gateway's rule);
#: the sandbox's orders count as created when the sandbox started
MICROPAY_CLOSE_AFTER_S = 300.0
#: DEMO-WATCH-PAID turns paid this long after its first query
WATCH_PAID_AFTER_S = 60.0
#: the states closing refuses, with the gateway's words (-20001, as the gateway answers a close
#: its order's state does not allow: its table has no code of its own for it)
CLOSE_REFUSED: dict[str, str] = {
    "2": "订单已支付，不能关闭",
    "6": "订单已关闭",
    "8": "订单支付失败，不能关闭",
    "10": "订单已支付，不能关闭",
    "11": "订单已支付，不能关闭",
    "12": "订单已支付，不能关闭",
}
CLOSE_REFUSED_OTHER = "订单状态不允许关闭"
CLOSE_REFUSED_CODE = "-20001"

HTML_502 = b"""<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"""
HTML_BUSY = {
    status: (
        f"<html>\r\n<head><title>{status} {text}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {text}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    ).encode()
    for status, text in (
        (502, "Bad Gateway"), (503, "Service Temporarily Unavailable"), (504, "Gateway Time-out"),
    )
}  # fmt: skip
HTML_LOGIN = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>上网认证</title></head>"
    "<body><form><p>请登录后继续访问 / Please sign in to continue</p></form></body></html>"
).encode()
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE leshua [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<leshua><resp_code>0</resp_code><resp_msg>&lol3;</resp_msg></leshua>"""


def render(fields: Iterable[tuple[str, str]], *, style: str = "cdata") -> bytes:
    """The `<leshua>` XML for fields: CDATA one per line, or plain text with a declaration."""
    if style == "plain":
        body = "".join(f"\t<{n}>{_escape(v)}</{n}>\n" for n, v in fields)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<leshua>\n{body}</leshua>\n'.encode()
    body = "".join(f"<{n}><![CDATA[{v}]]></{n}>\n" for n, v in fields)
    return f"<leshua>\n{body}</leshua>".encode()


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SandboxState:
    """The sandbox's merchants and orders, what changes as they are queried and closed, and what
    arrived when (thread-safe: the server answers each request on its own thread)."""

    def __init__(self, *, slow_seconds: float = 3.0, batch_slow_seconds: float = 1.5) -> None:
        self.slow_seconds = slow_seconds
        #: the delay of the slow batch orders (DEMO-B-nn999)
        self.batch_slow_seconds = batch_slow_seconds
        #: how long every answer takes (0: at once); a gateway far away, for benchmarks
        self.latency_s = 0.0
        self.merchants = {DEMO_MERCHANT_ID: DEMO_TRANSACTION_KEY}
        #: the clock the sandbox's own times are read from (monotonic seconds; a test's fake)
        self.clock: Callable[[], float] = time.monotonic
        #: when the sandbox started (by `clock`): its orders count as created then
        self.started = self.clock()
        #: a barcode (MICROPAY) order can be closed this long after `started`
        self.micropay_close_after_s = MICROPAY_CLOSE_AFTER_S
        #: DEMO-WATCH-PAID answers paid this long after its first query
        self.watch_paid_after_s = WATCH_PAID_AFTER_S
        self._lock = threading.Lock()
        self._by_third = {o.third_order_id: o for o in DEMO_ORDERS}
        self._by_leshua = {o.leshua_order_id: o for o in DEMO_ORDERS}
        self._queries: dict[str, int] = {}
        self._closed: set[str] = set()
        self._first_query: dict[str, float] = {}
        self._requests: deque[tuple[str, str, str]] = deque(maxlen=KEEP_REQUESTS)
        self.requests_seen = 0
        self._per_second: dict[int, int] = {}
        self._arrivals: deque[float] = deque(maxlen=KEEP_ARRIVALS)
        self._services: Counter[str] = Counter()
        self._busy_left = 0
        self._busy_kind: BusyKind = "http503"
        self._busy_fraction = 0.0
        self._busy_until = 0.0
        self._busy_window_seen = 0
        self.busy_answered = 0

    def reset(self) -> None:
        """The orders as they were when the sandbox started (`started` is now again, by `clock`),
        and nothing arrived yet. The settings (delays, clock, close and watch times) stay."""
        with self._lock:
            self.started = self.clock()
            self._queries.clear()
            self._closed.clear()
            self._first_query.clear()
            self._requests.clear()
            self.requests_seen = 0
            self._per_second.clear()
            self._arrivals.clear()
            self._services.clear()
            self._busy_left = 0
            self._busy_fraction = 0.0
            self._busy_until = 0.0
            self._busy_window_seen = 0
            self.busy_answered = 0

    def count_request(
        self,
        service: str = "",
        at: float | None = None,
        *,
        third_order_id: str = "",
        leshua_order_id: str = "",
    ) -> None:
        """One request arrived (at `at`, epoch seconds; now if not given) for `service`, naming
        the order ids given (as sent: "" for one not sent)."""
        at = time.time() if at is None else at
        second = int(at)
        with self._lock:
            self.requests_seen += 1
            self._requests.append((service, third_order_id, leshua_order_id))
            self._per_second[second] = self._per_second.get(second, 0) + 1
            if len(self._per_second) > KEEP_SECONDS:
                del self._per_second[next(iter(self._per_second))]
            self._arrivals.append(at)
            self._services[service] += 1

    def requests_per_second(self) -> dict[int, int]:
        """Requests by the whole epoch second they arrived in (every service; busy answers too)."""
        with self._lock:
            return dict(self._per_second)

    def max_per_second(self) -> int:
        """The most requests that arrived within one whole epoch second (0 before any)."""
        with self._lock:
            return max(self._per_second.values(), default=0)

    def max_in_window(self, seconds: float = 1.0) -> int:
        """The most requests that arrived within any `seconds` long window (a sliding window:
        a rate limit that holds per whole second can still put more near a second's edge)."""
        with self._lock:
            times = sorted(self._arrivals)
        best = start = 0
        for end, at in enumerate(times):
            while at - times[start] >= seconds:
                start += 1
            best = max(best, end - start + 1)
        return best

    def requests_log(self) -> list[tuple[str, str, str]]:
        """(service, third_order_id, leshua_order_id) of every request, in the order they
        arrived (the newest KEEP_REQUESTS; busy and refused ones too; "" for a field not sent)."""
        with self._lock:
            return list(self._requests)

    def services_seen(self) -> dict[str, int]:
        """Requests by the service they asked for ("" for a form without one)."""
        with self._lock:
            return dict(self._services)

    def busy(
        self,
        count: int = 0,
        kind: BusyKind = "http503",
        *,
        fraction: float = 0.0,
        seconds: float = 0.0,
    ) -> None:
        """Answer the next `count` requests as a busy gateway does (`kind`); and for the next
        `seconds` from now, that `fraction` of the other requests (spread evenly: 0.5 is every
        other one). `busy()` with no arguments ends it. Busy requests are counted as arrived."""
        if kind not in BUSY_KINDS:
            raise ValueError(f"busy kind {kind!r} is not one of {BUSY_KINDS}")
        if count < 0 or not 0.0 <= fraction <= 1.0 or seconds < 0:
            raise ValueError("busy needs count >= 0, 0 <= fraction <= 1 and seconds >= 0")
        with self._lock:
            self._busy_kind = kind
            self._busy_left = count
            self._busy_fraction = fraction
            self._busy_until = time.monotonic() + seconds if fraction and seconds else 0.0
            self._busy_window_seen = 0

    @property
    def busy_left(self) -> int:
        """How many of the next requests will still be answered busy (by count)."""
        with self._lock:
            return self._busy_left

    def take_busy(self) -> BusyKind | None:
        """Whether this request is answered busy, and how (None: answered normally)."""
        with self._lock:
            if self._busy_left > 0:
                self._busy_left -= 1
            elif self._busy_until and time.monotonic() < self._busy_until:
                before = int(self._busy_window_seen * self._busy_fraction)
                self._busy_window_seen += 1
                if int(self._busy_window_seen * self._busy_fraction) == before:
                    return None
            else:
                return None
            self.busy_answered += 1
            return self._busy_kind

    def find(self, form: dict[str, str]) -> DemoOrder | None:
        leshua_order_id = form.get("leshua_order_id", "")
        third_order_id = form.get("third_order_id", "")
        found = (
            self._by_leshua.get(leshua_order_id)
            if leshua_order_id
            else self._by_third.get(third_order_id)
        )
        if found is None and (
            leshua_order_id.startswith(BATCH_LESHUA_PREFIX)
            or (not leshua_order_id and third_order_id.startswith(BATCH_PREFIX))
        ):
            from . import batch_orders  # computed on lookup: loads with the first batch order

            return batch_orders.find(third_order_id, leshua_order_id)
        return found

    def order_fields(self, order: DemoOrder, *, count_query: bool) -> dict[str, str]:
        """What the order answers now (`count_query`: this is a query, which counts)."""
        with self._lock:
            return self._fields(order, count_query=count_query)

    def _fields(self, order: DemoOrder, *, count_query: bool) -> dict[str, str]:
        order_id = order.third_order_id
        paying = {k: order.fields[k] for k in FIELDS_WHILE_PAYING if k in order.fields}
        if order_id in self._closed:
            return paying | {"status": "6"}
        if order.paid_when_watched is not None:
            now = self.clock()
            if count_query:
                self._first_query.setdefault(order_id, now)
            first = self._first_query.get(order_id)
            if first is not None and now - first >= self.watch_paid_after_s:
                return dict(order.paid_when_watched)
            return dict(order.fields)
        if order.paying_for is None:
            return dict(order.fields)
        seen = self._queries.get(order_id, 0) + (1 if count_query else 0)
        self._queries[order_id] = seen
        if seen > order.paying_for:
            return dict(order.fields)
        return paying | {"status": "0"}

    def close(self, order: DemoOrder) -> str | None:
        """Close the order if its state allows: None when it is closed now (and stays so), else
        the gateway's error_msg for why not (its code is CLOSE_REFUSED_CODE)."""
        with self._lock:
            current = self._fields(order, count_query=False)
            status = current.get("status", "")
            if status != "0":
                return CLOSE_REFUSED.get(status, CLOSE_REFUSED_OTHER)
            age = self.clock() - self.started
            if current.get("trade_type") == "MICROPAY" and age < self.micropay_close_after_s:
                return micropay_too_early(self.micropay_close_after_s)
            self._closed.add(order.third_order_id)
        return None


def micropay_too_early(after_s: float) -> str:
    """The gateway's refusal to close a barcode order before `after_s` seconds have passed."""
    minutes, seconds = divmod(after_s, 60)
    wait = f"{minutes:g}分钟" if not seconds else f"{after_s:g}秒"
    return f"付款码订单创建{wait}后才能关闭"


class Answer:
    """An HTTP answer the handler sends."""

    def __init__(self, body: bytes, status: int = 200, ctype: str = "text/xml; charset=utf-8"):
        self.body, self.status, self.ctype = body, status, ctype


def _envelope(
    mid: str, key: str, form: dict[str, str], result: dict[str, str]
) -> list[tuple[str, str]]:
    fields = [("resp_code", "0"), ("merchant_id", mid)]
    fields += list(result.items())
    fields.append(("nonce_str", form.get("nonce_str", "")))
    fields.insert(2, ("sign", sign_response(fields, key)))  # sign sits mid-body, as in the docs
    return fields


def _failure(
    mid: str, key: str, form: dict[str, str], code: str, msg: str
) -> list[tuple[str, str]]:
    ids = {k: form[k] for k in ("third_order_id", "leshua_order_id") if form.get(k)}
    return _envelope(
        mid, key, form, {"result_code": "1", **ids, "error_code": code, "error_msg": msg}
    )


def _resp_failure(code: str, msg: str) -> Answer:
    return Answer(render([("resp_code", code), ("resp_msg", msg)]))


def handle(state: SandboxState, form: dict[str, str]) -> Answer:
    """The gateway's answer to one request form."""
    refused = _refuse_request(state, form)
    if refused is not None:
        return refused
    mid = form["merchant_id"]
    key = state.merchants[mid]
    service = form["service"]
    bad_id = _order_id_failure(mid, key, form)
    if bad_id is not None:
        return bad_id
    fault = form.get("third_order_id", "")
    if fault == FORGED_CLOSE and service == "close_order":
        return _forged_close(mid, key, form)
    if fault.startswith("FAULT-") and service == "query_status":
        return _fault(state, fault, mid, key, form)
    order = state.find(form)
    if order is None:
        return Answer(render(_failure(mid, key, form, "-4006", "订单不存在")))
    if service == "query_status":
        if order.fault is not None:
            return _order_fault(state, order, mid, key, form)
        return _query_status(state, order, mid, key, form)
    if service == "close_order":
        return _close_order(state, order, mid, key, form)
    return _query_refund(order, mid, key, form)


def _refuse_request(state: SandboxState, form: dict[str, str]) -> Answer | None:
    """The resp_code failure for a form missing a parameter, unknown, badly signed or for an
    unknown service; None for a form the gateway goes on to answer."""
    mid = form.get("merchant_id", "")
    key = state.merchants.get(mid)
    if not mid or "service" not in form or not form.get("nonce_str") or "sign" not in form:
        return _resp_failure("-20001", "参数错误或无效")
    if key is None:
        return _resp_failure("-20002", "无效的乐刷商户号")
    unsigned = sign_source(((n, v) for n, v in form.items() if n != "sign"), include_empty=False)
    if md5_hex(f"{unsigned}&key={key}") != form["sign"].upper():
        return _resp_failure("-20006", "验签失败")
    if form["service"] not in ("query_status", "unified_query_refund", "close_order"):
        return _resp_failure("-20005", "服务错误")
    return None


def _order_id_failure(mid: str, key: str, form: dict[str, str]) -> Answer | None:
    if not (form.get("third_order_id") or form.get("leshua_order_id")):
        return Answer(render(_failure(mid, key, form, "-20024", "乐刷或第三方订单号必填1个")))
    if len(form.get("third_order_id", "")) > 64:
        return Answer(render(_failure(mid, key, form, "-20003", "商户订单号格式有误")))
    return None


def _order_ids(order: DemoOrder) -> dict[str, str]:
    return {"third_order_id": order.third_order_id, "leshua_order_id": order.leshua_order_id}


def _query_status(
    state: SandboxState, order: DemoOrder, mid: str, key: str, form: dict[str, str]
) -> Answer:
    fields = state.order_fields(order, count_query=True)
    result = {"result_code": "0", **_order_ids(order), **fields}
    style = "plain" if order.third_order_id == "DEMO-PAID-ALIPAY" else "cdata"
    return Answer(render(_envelope(mid, key, form, result), style=style))


def _close_order(
    state: SandboxState, order: DemoOrder, mid: str, key: str, form: dict[str, str]
) -> Answer:
    refused = state.close(order)
    if refused is not None:
        return Answer(render(_failure(mid, key, form, CLOSE_REFUSED_CODE, refused)))
    result = {"result_code": "0", **_order_ids(order), "status": "6"}
    return Answer(render(_envelope(mid, key, form, result)))


def _query_refund(order: DemoOrder, mid: str, key: str, form: dict[str, str]) -> Answer:
    refund_id = form.get("merchant_refund_id") or ""
    leshua_refund_id = form.get("leshua_refund_id") or ""
    if not (refund_id or leshua_refund_id):
        return Answer(render(_failure(mid, key, form, "-20025", "乐刷或第三方退款订单号必填1个")))
    for refund in order.refunds.values():
        if refund_id in ("", refund["merchant_refund_id"]) and leshua_refund_id in (
            "",
            refund["leshua_refund_id"],
        ):
            result = {"result_code": "0", **_order_ids(order), **refund}
            return Answer(render(_envelope(mid, key, form, result)))
    return Answer(render(_failure(mid, key, form, "-4006", "退款订单不存在")))


def _order_fault(
    state: SandboxState, order: DemoOrder, mid: str, key: str, form: dict[str, str]
) -> Answer:
    """A demo order's own fault: "slow" answers after a delay, "tampered" has its amount
    changed after the answer was signed."""
    if order.fault == "slow":
        time.sleep(state.batch_slow_seconds)
        return _query_status(state, order, mid, key, form)
    fields = state.order_fields(order, count_query=True)
    result = {"result_code": "0", **_order_ids(order), **fields}
    signed = _envelope(mid, key, form, result)
    if order.fault == "tampered":
        signed = [(n, str(int(v) * 10) if n == "amount" else v) for n, v in signed]
    return Answer(render(signed))


def busy_answer(state: SandboxState, kind: BusyKind, form: dict[str, str]) -> Answer:
    """A busy gateway's answer: the proxy's HTTP error page, a signed -4027 (as a business
    failure is signed; unsigned, as a communication failure, when the merchant is unknown), or
    the unsigned communication failure -20010."""
    if kind.startswith("http"):
        status = int(kind[4:])
        return Answer(HTML_BUSY[status], status, "text/html")
    if kind == "-4027":
        mid = form.get("merchant_id", "")
        key = state.merchants.get(mid)
        if key is None:
            return _resp_failure("-4027", "系统异常")
        return Answer(render(_failure(mid, key, form, "-4027", "系统异常")))
    return _resp_failure("-20010", "系统错误")


#: a fault order that answers queries as a paying order (signed) and a close with a forged
#: "closed": the answer says result_code 0 and status 6, but was changed after it was signed
FORGED_CLOSE = "FAULT-CLOSE-FORGED"
FORGED_CLOSE_FIELDS = {
    "third_order_id": FORGED_CLOSE,
    "leshua_order_id": "0003495002509998",
    "status": "0",
    "amount": "1500",
    "pay_way": "ZFBZF",
    "trade_type": "NATIVE",
    "sub_merchant_id": "2088621900001234",
}


def _forged_close(mid: str, key: str, form: dict[str, str]) -> Answer:
    """The gateway refused to close (the order stays paying); on the way the refusal was
    rewritten into a success, its signature kept: it no longer matches."""
    ids = {k: FORGED_CLOSE_FIELDS[k] for k in ("third_order_id", "leshua_order_id")}
    refusal = {"result_code": "1", **ids, "error_code": "-4004", "error_msg": "订单正在处理中"}
    signed = _envelope(mid, key, form, refusal)
    forged = [(n, "0" if n == "result_code" else v) for n, v in signed if n[:6] != "error_"]
    forged.insert(len(forged) - 1, ("status", "6"))
    return Answer(render(forged))


def _fault(state: SandboxState, name: str, mid: str, key: str, form: dict[str, str]) -> Answer:
    if name == FORGED_CLOSE:
        result = {"result_code": "0", **FORGED_CLOSE_FIELDS}
        return Answer(render(_envelope(mid, key, form, result)))
    paid = {
        "result_code": "0",
        "third_order_id": name,
        "leshua_order_id": "0003495002509999",
        "status": "2",
        "amount": "88800",
        "settlement_amount": "88800",
        "pay_way": "WXZF",
        "trade_type": "NATIVE",
        "pay_time": "2026-11-25 11:11:11",
        "sub_merchant_id": "1900000109",
    }
    if name == "FAULT-SLOW":
        time.sleep(state.slow_seconds)
        return Answer(render(_envelope(mid, key, form, paid)))
    if name == "FAULT-502":
        return Answer(HTML_502, 502, "text/html")
    if name == "FAULT-HTML":
        return Answer(HTML_LOGIN, 200, "text/html; charset=utf-8")
    if name == "FAULT-TRUNCATED":
        whole = render(_envelope(mid, key, form, paid))
        return Answer(whole[: len(whole) // 2])
    if name == "FAULT-BAD-SIGN":
        fields = _envelope(mid, "a-key-that-is-not-the-merchants", form, paid)
        return Answer(render(fields))
    if name == "FAULT-NO-SIGN":
        fields = [(n, v) for n, v in _envelope(mid, key, form, paid) if n != "sign"]
        return Answer(render(fields))
    if name == "FAULT-RESP-CODE":
        return _resp_failure("-20010", "系统错误")
    if name == "FAULT-HOSTILE":
        return Answer(BILLION_LAUGHS)
    if name == "FAULT-HUGE":
        filler = "x" * (2 * 1024 * 1024)
        return Answer(render([*_envelope(mid, key, form, paid), ("filler", filler)]))
    return Answer(render(_failure(mid, key, form, "-4006", "订单不存在")))


def notification(order: DemoOrder, notify_key: str = DEMO_NOTIFY_KEY) -> bytes:
    """A callback body as the gateway would POST it for a paid demo order (for support checks)."""
    fields = [
        ("merchant_id", DEMO_MERCHANT_ID),
        ("third_order_id", order.third_order_id),
        ("leshua_order_id", order.leshua_order_id),
        *((k, v) for k, v in order.fields.items() if k != "promotion_detail"),
        ("error_code", "0"),
        ("nonce_str", "SandboxNotify0000000000000000000"),
    ]
    return render([*fields, ("sign", sign_notify(fields, notify_key))])


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "LeshuaSandbox/1.0"
    protocol_version = "HTTP/1.1"
    timeout = 10  # a client that stops sending does not hold a thread for ever

    def setup(self) -> None:
        super().setup()
        # Headers and body go out as separate writes: without this, Nagle's algorithm and
        # delayed ACKs add about 40 ms to every keep-alive answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self) -> None:
        arrived = time.time()
        if self.path.split("?")[0] != endpoints.PATH:
            self._send(Answer(b"<html><body>404 Not Found</body></html>", 404, "text/html"))
            return
        declared = self.headers.get("Content-Length") or "0"
        if not declared.isdigit():
            self._send(Answer(b"bad Content-Length", 400, "text/plain"))
            return
        length = int(declared)
        if length > MAX_REQUEST:
            self._send(Answer(b"request too large", 413, "text/plain"))
            return
        raw = self.rfile.read(length).decode("utf-8", errors="replace")
        form = dict(parse_qsl(raw, keep_blank_values=True))
        state = self.server.state
        state.count_request(
            form.get("service", ""),
            at=arrived,
            third_order_id=form.get("third_order_id", ""),
            leshua_order_id=form.get("leshua_order_id", ""),
        )
        busy = state.take_busy()
        if state.latency_s > 0:
            time.sleep(state.latency_s)
        self._send(handle(state, form) if busy is None else busy_answer(state, busy, form))

    def do_GET(self) -> None:
        self._send(Answer(b"<html><body>Leshua sandbox: POST only</body></html>", 405, "text/html"))

    def _send(self, answer: Answer) -> None:
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.ctype)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to tell it

    def log_message(self, format: str, *args: object) -> None:
        log.debug("sandbox: " + format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: SandboxState) -> None:
        super().__init__(address, _Handler)
        self.state = state

    def handle_error(self, request: object, client_address: object) -> None:  # noqa: ARG002
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            log.debug("sandbox: client %s went away: %s", client_address, exc)
            return
        log.exception("sandbox: error answering %s", client_address)


class Sandbox:
    """A running sandbox gateway: `with Sandbox() as sb: sb.url ...` or start() / stop()."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        slow_seconds: float = 3.0,
        batch_slow_seconds: float = 1.5,
        allow_remote: bool = False,
    ) -> None:
        if not allow_remote and not endpoints.is_loopback_host(host):
            raise ValueError(
                f"the sandbox listens on loopback only; {host!r} needs allow_remote=True"
            )
        self.state = SandboxState(slow_seconds=slow_seconds, batch_slow_seconds=batch_slow_seconds)
        self._server = _Server((host, port), self.state)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{endpoints.PATH}"

    merchant_id = DEMO_MERCHANT_ID
    transaction_key = DEMO_TRANSACTION_KEY
    notify_key = DEMO_NOTIFY_KEY

    def start(self) -> Sandbox:
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # a quick stop() for tests and the app's exit
            name="leshua-sandbox",
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
