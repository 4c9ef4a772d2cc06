"""The gateway client: signs, sends, reads, verifies and interprets one service call."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import ssl
import string
import threading
import time
from dataclasses import dataclass, replace
from typing import Any, NoReturn
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from leshua_gui import APP_NAME, __version__
from leshua_gui.core.errors import (
    GatewayError,
    GatewayTimeout,
    InputError,
    LeshuaError,
    ProtocolError,
    SignatureError,
    TransportError,
)
from leshua_gui.core.gateway import endpoints
from leshua_gui.core.gateway.exchange import Exchange
from leshua_gui.core.gateway.watchdog import WATCHDOG
from leshua_gui.core.infra import redact
from leshua_gui.core.protocol.answer import Answer
from leshua_gui.core.protocol.signing import VerificationResult, sign_request, verify_response
from leshua_gui.core.protocol.validation import OrderRef, check_merchant_id, check_refund_id
from leshua_gui.core.protocol.xml_reader import MAX_BODY, read_fields

log = logging.getLogger(__name__)

NONCE_ALPHABET = string.ascii_letters + string.digits
RETRY_STATUSES = frozenset({502, 503, 504})
READ_ONLY_SERVICES = frozenset({"query_status", "unified_query_refund"})
USER_AGENT = f"{APP_NAME.replace(' ', '')}/{__version__} python-requests/{requests.__version__}"


def new_nonce(length: int = 32) -> str:
    """A fresh nonce_str: letters and digits only, never `+ / =`; one read of the OS's random
    source, each letter taken from a byte below the alphabet's largest multiple (no bias)."""
    letters = b""
    while len(letters) < length:
        letters += secrets.token_bytes(2 * length).translate(_NONCE_LETTERS, _NONCE_DROPPED)
    return letters[:length].decode("ascii")


def _nonce_table() -> tuple[bytes, bytes]:
    """Byte -> its letter (b % the alphabet's size), and the bytes at or over the largest
    multiple of that size, dropped so every letter is as likely."""
    size = len(NONCE_ALPHABET)
    limit = 256 - 256 % size
    table = bytes(ord(NONCE_ALPHABET[b % size]) for b in range(256))
    return table, bytes(range(limit, 256))


_NONCE_LETTERS, _NONCE_DROPPED = _nonce_table()


@dataclass(frozen=True)
class Reply:
    """A verified, successful answer with everything support may want to see."""

    exchange: Exchange
    answer: Answer
    verification: VerificationResult


class GatewayClient:
    """One merchant's connection to one gateway endpoint. Thread-safe for sequential calls."""

    def __init__(
        self,
        endpoint: str,
        merchant_id_: str,
        transaction_key: str,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        ca_bundle: str | None = None,
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        if not transaction_key:
            raise InputError("no transaction key was given", reason="key_missing")
        self.endpoint = endpoints.check_transport(endpoint)
        self.merchant_id = check_merchant_id(merchant_id_)
        self.__key = transaction_key
        redact.register_secret(transaction_key)
        self.timeout = (connect_timeout, read_timeout)
        self.retries = retries
        self.backoff = backoff
        self.ca_bundle = ca_bundle or None
        self._session = requests.Session()
        # The environment is read once, for this client's one gateway, as requests would read it
        # on every request: the proxy for the gateway (http(s)_proxy, all_proxy, no_proxy) and,
        # when the settings name no CA bundle, REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE. No .netrc:
        # the gateway takes no HTTP credentials, and none are sent to it.
        self._session.trust_env = False
        self._session.proxies = requests.utils.get_environ_proxies(self.endpoint)
        bundle: str | None = self.ca_bundle
        if bundle:
            source = "the ca_bundle setting"
        else:
            source = next(
                (n for n in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE") if os.environ.get(n)), ""
            )
            bundle = os.environ.get(source) if source else None
        self._bundle, self._bundle_source = bundle, source
        self._bundle_checked = False  # read once it is first needed, not on every try
        # TLS verification cannot be turned off: the bundle, if any, or the system's.
        self._verify: str | bool = bundle or True
        self._session.verify = self._verify
        self._session.headers["User-Agent"] = USER_AGENT
        adapter = _WatchedAdapter()
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)

    def __repr__(self) -> str:
        return f"GatewayClient({self.endpoint!r}, merchant_id={self.merchant_id!r})"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- services ---------------------------------------------------------------------------

    def query_status(self, order: OrderRef) -> Reply:
        return self.call("query_status", {order.kind: order.value}, order=order)

    def query_refund(
        self,
        order: OrderRef,
        *,
        merchant_refund_id: str | None = None,
        leshua_refund_id: str | None = None,
    ) -> Reply:
        if not (merchant_refund_id or leshua_refund_id):
            raise InputError("give a merchant or a Leshua refund number", reason="one_refund_id")
        fields: dict[str, str] = {order.kind: order.value}
        if merchant_refund_id:
            fields["merchant_refund_id"] = check_refund_id(merchant_refund_id)
        if leshua_refund_id:
            fields["leshua_refund_id"] = check_refund_id(leshua_refund_id)
        asked: dict[str, str] = {
            n: fields[n] for n in ("merchant_refund_id", "leshua_refund_id") if n in fields
        }
        return self.call("unified_query_refund", fields, order=order, refund=asked)

    def close_order(self, order: OrderRef) -> Reply:
        return self.call("close_order", {order.kind: order.value}, order=order)

    # -- one call -----------------------------------------------------------------------------

    def call(
        self,
        service: str,
        fields: dict[str, str],
        *,
        order: OrderRef | None = None,
        refund: dict[str, str] | None = None,
    ) -> Reply:
        """One service call. `order` and `refund` (refund id fields) must be named by the answer."""
        form = {"service": service, "merchant_id": self.merchant_id, **fields}
        exchange = Exchange(self.endpoint, service, {}, "")
        self._send(exchange, form)
        try:
            pairs = read_fields(exchange.body)
        except ProtocolError as exc:
            exc.exchange = exchange
            raise
        verification = verify_response(pairs, self.__key)
        if verification.status == "mismatch":
            # A value whose real content has outer whitespace was signed untrimmed.
            untrimmed = read_fields(exchange.body, trim=False)
            if untrimmed != pairs:
                second = verify_response(untrimmed, self.__key)
                if second.trusted:
                    pairs, verification = (
                        untrimmed,
                        replace(second, rule=f"{second.rule}+untrimmed"),
                    )
        answer = Answer(tuple(pairs))
        error = self._judge(answer, verification, order, refund or {})
        if error is not None:
            error.exchange, error.answer, error.verification = exchange, answer, verification
            raise error
        return Reply(exchange, answer, verification)

    def _sign(self, exchange: Exchange, form: dict[str, str]) -> None:
        """Each try is a new message: a fresh nonce_str, so a fresh signature."""
        signed = sign_request({**form, "nonce_str": new_nonce()}, self.__key)
        exchange.form = signed.form
        exchange.signed_string_masked = signed.signed_string_masked

    def _send(self, exchange: Exchange, form: dict[str, str]) -> None:
        started = time.perf_counter()
        retry_status = exchange.service in READ_ONLY_SERVICES
        try:
            for attempt in range(self.retries + 1):
                exchange.tries = attempt + 1
                last = attempt == self.retries
                self._sign(exchange, form)
                try:
                    self._post_once(exchange)
                except TransportError as exc:
                    if exc.reason != "connect" or last:
                        raise
                else:
                    if exchange.http_status in RETRY_STATUSES and retry_status and not last:
                        pass
                    else:
                        break
                log.info("retrying %s after try %d", exchange.service, attempt + 1)
                time.sleep(self.backoff * 2**attempt)
        except LeshuaError as exc:
            exc.exchange = exchange
            raise
        finally:
            exchange.elapsed_ms = (time.perf_counter() - started) * 1000
        if exchange.http_status != 200:
            raise TransportError(
                f"the gateway answered HTTP {exchange.http_status}",
                reason="http_status",
                code=str(exchange.http_status),
                exchange=exchange,
            )

    def _post_once(self, exchange: Exchange) -> None:
        connect_s, read_s = self.timeout
        if (
            self._bundle
            and not self._bundle_checked
            and exchange.endpoint.lower().startswith("https:")
        ):
            _check_ca_bundle(self._bundle, self._bundle_source)
            self._bundle_checked = True
        total_s = connect_s + read_s
        # The whole exchange, headers included, ends within connect + read timeout: a peer
        # trickling bytes (each within the read timeout) is a timeout too. The timer shuts the
        # sockets this exchange uses, which ends a read in progress.
        watch = _Watch()
        alarm = WATCHDOG.arm(total_s, watch.expire)
        _current.watch = watch
        try:
            with self._session.send(
                self._prepared(exchange),
                timeout=self.timeout,
                stream=True,
                allow_redirects=False,
                verify=self._verify,
                proxies=self._session.proxies,
                cert=None,
            ) as resp:
                exchange.http_status = resp.status_code
                exchange.content_type = resp.headers.get("Content-Type")
                if 300 <= resp.status_code < 400:
                    raise _redirect_error(exchange.endpoint, resp)
                exchange.body, complete = _read_capped(resp)
            if watch.expired.is_set():
                raise _took_too_long(total_s)
            if not complete:
                raise ProtocolError(
                    f"the answer is larger than the {MAX_BODY}-byte limit and was not read",
                    reason="too_large",
                )
        except (requests.exceptions.RequestException, OSError) as exc:
            if watch.expired.is_set():
                raise _took_too_long(total_s) from None
            raise _transport_error(exc, exchange, connect_s, read_s) from None
        finally:
            alarm.disarm()
            _current.watch = None

    def _prepared(self, exchange: Exchange) -> requests.PreparedRequest:
        """The POST of the exchange's form: the session's headers, no cookies, no auth (the
        gateway takes neither), prepared as requests prepares a form, without merging the
        session's settings into every request anew (they are fixed when the client is made)."""
        request = requests.PreparedRequest()
        request.prepare_method("POST")
        request.prepare_url(exchange.endpoint, None)
        request.prepare_headers(self._session.headers)
        request.prepare_body(exchange.form, None)
        request.prepare_cookies(requests.cookies.RequestsCookieJar())  # empty: none is sent
        request.prepare_hooks({})
        return request

    def _judge(
        self,
        answer: Answer,
        verification: VerificationResult,
        order: OrderRef | None,
        refund: dict[str, str],
    ) -> LeshuaError | None:
        """The error this answer amounts to, or None when it is a verified success."""
        resp_code = answer.resp_code
        if resp_code is None:
            return ProtocolError("the answer has no resp_code", reason="not_leshua")
        if resp_code != "0":
            msg = answer.get("resp_msg") or ""
            return GatewayError(
                f"gateway refused the request: {resp_code} {msg}".strip(),
                reason="resp",
                code=resp_code,
                gateway_message=msg,
            )
        error_code = answer.get("error_code") or None
        error_msg = answer.get("error_msg") or ""
        if verification.status == "mismatch":
            return SignatureError(
                "the answer's signature does not match: it may be forged, or the key is wrong",
                reason="mismatch",
                code=error_code,
                gateway_message=error_msg,
            )
        if answer.result_code is None:
            return GatewayError(
                "the answer has no result_code (resp_code is 0): the outcome is unknown",
                reason="result",
                code=error_code,
                gateway_message=error_msg,
            )
        if answer.result_code != "0":
            code = error_code or answer.result_code
            return GatewayError(
                f"gateway reported a failure: {code} {error_msg}".strip(),
                reason="result",
                code=code,
                gateway_message=error_msg,
            )
        if verification.status == "unsigned":
            return SignatureError(
                "the answer claims success but carries no signature", reason="missing"
            )
        if answer.get("merchant_id") not in (None, "", self.merchant_id):
            return ProtocolError("the answer is about another merchant", reason="wrong_order")
        if order is not None and answer.get(order.kind) != order.value:
            # Absent counts too: a signed answer that does not name the order asked for could be
            # any order's answer.
            return ProtocolError(
                "the answer does not name the order that was asked for", reason="wrong_order"
            )
        for name, asked in refund.items():
            if answer.get(name) != asked:
                # As for orders: a refund answer that does not name the refund asked for (or
                # names another) could be any refund's answer.
                return ProtocolError(
                    f"the answer does not name the refund that was asked for ({name} {asked})",
                    reason="wrong_refund",
                )
        return None


KEEP_OF_OVERSIZED = 64 * 1024  # what support sees of an oversized answer
MAX_CA_BUNDLE = 32 * 1024 * 1024


def _read_capped(resp: requests.Response) -> tuple[bytes, bool]:
    """The body, and whether it was complete (False: over MAX_BODY; only its start is kept)."""
    declared = resp.headers.get("Content-Length", "")
    limit = KEEP_OF_OVERSIZED if declared.isdigit() and int(declared) > MAX_BODY else MAX_BODY
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_content(64 * 1024):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            return b"".join(chunks)[:KEEP_OF_OVERSIZED], False
    return b"".join(chunks), limit == MAX_BODY


def _took_too_long(total_s: float) -> GatewayTimeout:
    return GatewayTimeout(
        f"the gateway's answer took more than {total_s:g} s to arrive", reason="timeout"
    )


def _redirect_error(endpoint: str, resp: requests.Response) -> TransportError:
    """A 3xx is never followed: the signed form goes to the configured gateway only."""
    location = resp.headers.get("Location", "")
    target = urlsplit(urljoin(endpoint, location)) if location else None
    where = ""
    if target is not None:
        host = target.hostname or "?"
        where = f" to {target.scheme}://{host}" + (f":{target.port}" if _port(target) else "")
    return TransportError(
        f"the gateway answered HTTP {resp.status_code}, a redirect{where}; it was not followed "
        "(a signed request goes only to the configured gateway address)",
        reason="redirect",
        code=str(resp.status_code),
    )


def _port(parts: SplitResult) -> int | None:
    try:
        return parts.port
    except ValueError:
        return None


def _transport_error(
    exc: BaseException, exchange: Exchange, connect_s: float, read_s: float
) -> TransportError:
    if isinstance(exc, (requests.exceptions.SSLError, ssl.SSLError)):
        return TransportError(
            f"secure connection to the gateway failed: {_short(exc)}", reason="tls"
        )
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return TransportError(
            f"could not connect to the gateway within {connect_s:g} s", reason="connect"
        )
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return GatewayTimeout(f"the gateway did not answer within {read_s:g} s", reason="timeout")
    if isinstance(exc, requests.exceptions.ConnectionError):
        if "timed out" in str(exc).lower() and exchange.http_status is not None:
            return GatewayTimeout(
                f"the gateway stopped answering for more than {read_s:g} s", reason="timeout"
            )
        return TransportError(f"could not reach the gateway: {_short(exc)}", reason="connect")
    if isinstance(exc, requests.exceptions.InvalidURL):
        return TransportError(f"the gateway URL cannot be used: {_short(exc)}", reason="connect")
    return TransportError(f"the connection to the gateway failed: {_short(exc)}", reason="connect")


def _check_ca_bundle(path: str, source: str) -> None:
    """A CA bundle (from the settings or the environment) that cannot be used is said plainly,
    not as a raw OSError."""

    def refuse(why: str) -> NoReturn:
        raise TransportError(
            f"the CA certificate bundle {path!r} ({source}) cannot be used: {why}; "
            "nothing was sent",
            reason="ca_bundle",
        )

    if os.path.isdir(path):
        if not os.access(path, os.R_OK | os.X_OK):
            refuse("the folder cannot be read")
        return  # a folder of hashed certificates (OpenSSL's CApath)
    try:
        with open(path, "rb") as f:
            head = f.read(MAX_CA_BUNDLE)
    except FileNotFoundError:
        refuse("the file does not exist")
    except OSError as exc:
        refuse(f"the file cannot be read ({exc.strerror or type(exc).__name__})")
    if b"-----BEGIN CERTIFICATE-----" not in head:
        refuse("the file holds no PEM certificate (-----BEGIN CERTIFICATE-----)")


class _Watch:
    """The sockets of one exchange in progress, and whether its time ran out."""

    def __init__(self) -> None:
        self.expired = threading.Event()
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.append(sock)
            late = self.expired.is_set()
        if late:
            _shut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired.set()
            socks = list(self._socks)
        for sock in socks:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    # The plain socket's shutdown (for TLS too): ends a blocked read in the other thread.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_current = threading.local()  # the _Watch of the exchange this thread is making


def _watch(sock: socket.socket | None) -> None:
    watch = getattr(_current, "watch", None)
    if watch is not None and sock is not None:
        watch.add(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _watch(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self.sock)  # a kept-alive connection: its socket was made by an earlier exchange
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _watch(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _WatchedAdapter(HTTPAdapter):
    """Connections whose sockets the exchange's timer can shut."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_WATCHED_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = dict(_WATCHED_POOLS)
        return manager


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "..."
