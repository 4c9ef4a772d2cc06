"""The gateway client: signs, sends, reads, verifies and interprets one service call."""

from __future__ import annotations

import logging
import secrets
import socket
import string
import threading
import time
from dataclasses import dataclass, replace

import requests

from leshua_gui import APP_NAME, __version__

from . import redact
from .answer import Answer
from .errors import (
    GatewayError,
    GatewayTimeout,
    InputError,
    LeshuaError,
    ProtocolError,
    SignatureError,
    TransportError,
)
from .exchange import Exchange
from .signing import VerificationResult, sign_request, verify_response
from .validation import OrderRef, merchant_id, refund_id
from .xml_reader import MAX_BODY, read_fields

log = logging.getLogger(__name__)

NONCE_ALPHABET = string.ascii_letters + string.digits
RETRY_STATUSES = frozenset({502, 503, 504})
READ_ONLY_SERVICES = frozenset({"query_status", "unified_query_refund"})
USER_AGENT = f"{APP_NAME.replace(' ', '')}/{__version__} python-requests/{requests.__version__}"


def new_nonce(length: int = 32) -> str:
    """A fresh nonce_str: letters and digits only, never `+ / =`."""
    return "".join(secrets.choice(NONCE_ALPHABET) for _ in range(length))


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
        self.endpoint = endpoint
        self.merchant_id = merchant_id(merchant_id_)
        self.__key = transaction_key
        redact.register_secret(transaction_key)
        self.timeout = (connect_timeout, read_timeout)
        self.retries = retries
        self.backoff = backoff
        self._session = requests.Session()  # proxies from the environment (trust_env)
        self._session.verify = ca_bundle or True  # TLS verification cannot be turned off
        self._session.headers["User-Agent"] = USER_AGENT

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
            fields["merchant_refund_id"] = refund_id(merchant_refund_id)
        if leshua_refund_id:
            fields["leshua_refund_id"] = refund_id(leshua_refund_id)
        return self.call("unified_query_refund", fields, order=order)

    def close_order(self, order: OrderRef) -> Reply:
        return self.call("close_order", {order.kind: order.value}, order=order)

    # -- one call -----------------------------------------------------------------------------

    def call(self, service: str, fields: dict[str, str], *, order: OrderRef | None = None) -> Reply:
        form = {"service": service, "merchant_id": self.merchant_id, **fields}
        form["nonce_str"] = new_nonce()
        signed = sign_request(form, self.__key)
        exchange = Exchange(self.endpoint, service, signed.form, signed.signed_string_masked)
        self._send(exchange)
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
        error = self._judge(answer, verification, order)
        if error is not None:
            error.exchange, error.answer, error.verification = exchange, answer, verification
            raise error
        return Reply(exchange, answer, verification)

    def _send(self, exchange: Exchange) -> None:
        started = time.perf_counter()
        retry_status = exchange.service in READ_ONLY_SERVICES
        try:
            for attempt in range(self.retries + 1):
                exchange.tries = attempt + 1
                last = attempt == self.retries
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
        try:
            with self._session.post(
                exchange.endpoint, data=exchange.form, timeout=self.timeout, stream=True
            ) as resp:
                exchange.http_status = resp.status_code
                exchange.content_type = resp.headers.get("Content-Type")
                exchange.body, complete = _read_capped(resp, connect_s + read_s)
            if not complete:
                raise ProtocolError(
                    f"the answer is larger than the {MAX_BODY}-byte limit and was not read",
                    reason="too_large",
                )
        except requests.exceptions.SSLError as exc:
            raise TransportError(
                f"secure connection to the gateway failed: {_short(exc)}", reason="tls"
            ) from None
        except requests.exceptions.ConnectTimeout:
            raise TransportError(
                f"could not connect to the gateway within {connect_s:g} s", reason="connect"
            ) from None
        except requests.exceptions.ReadTimeout:
            raise GatewayTimeout(
                f"the gateway did not answer within {read_s:g} s", reason="timeout"
            ) from None
        except requests.exceptions.ConnectionError as exc:
            if "timed out" in str(exc).lower() and exchange.http_status is not None:
                raise GatewayTimeout(
                    f"the gateway stopped answering for more than {read_s:g} s", reason="timeout"
                ) from None
            raise TransportError(
                f"could not reach the gateway: {_short(exc)}", reason="connect"
            ) from None
        except requests.exceptions.RequestException as exc:
            raise TransportError(
                f"the connection to the gateway failed: {_short(exc)}", reason="connect"
            ) from None

    def _judge(
        self, answer: Answer, verification: VerificationResult, order: OrderRef | None
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
        return None


KEEP_OF_OVERSIZED = 64 * 1024  # what support sees of an oversized answer


def _read_capped(resp: requests.Response, total_s: float) -> tuple[bytes, bool]:
    """The body, and whether it was complete (False: over MAX_BODY; only its start is kept).

    `total_s` bounds the whole read: a peer trickling a byte at a time (each byte within the
    read timeout) is a timeout too. A timer shuts the socket, which ends a read in progress.
    """
    declared = resp.headers.get("Content-Length", "")
    limit = KEEP_OF_OVERSIZED if declared.isdigit() and int(declared) > MAX_BODY else MAX_BODY
    chunks: list[bytes] = []
    size = 0
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        # The socket under http.client's reader: shutting it down ends the blocked read.
        reader = getattr(getattr(resp.raw, "_fp", None), "fp", None)
        sock = getattr(getattr(reader, "raw", None), "_sock", None)
        try:
            if sock is not None:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    timer = threading.Timer(total_s, expire)
    timer.daemon = True
    timer.start()
    try:
        for chunk in resp.iter_content(64 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return b"".join(chunks)[:KEEP_OF_OVERSIZED], False
    except Exception:
        if not expired.is_set():
            raise
        # else: the read ended because the timer shut the socket: a timeout, said below
    finally:
        timer.cancel()
    if expired.is_set():
        raise GatewayTimeout(
            f"the gateway's answer took more than {total_s:g} s to arrive", reason="timeout"
        )
    return b"".join(chunks), limit == MAX_BODY


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "..."
