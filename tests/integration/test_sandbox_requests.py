"""The sandbox refuses malformed requests cleanly instead of reading for ever."""

from __future__ import annotations

import socket

from leshua_gui.sandbox.server import Sandbox


def raw_request(sandbox: Sandbox, content_length: str, body: bytes = b"") -> bytes:
    with socket.create_connection((sandbox.host, sandbox.port), timeout=5) as sock:
        sock.sendall(
            b"POST /cgi-bin/lepos_pay_gateway.cgi HTTP/1.1\r\nHost: x\r\n"
            + f"Content-Length: {content_length}\r\nConnection: close\r\n\r\n".encode()
            + body
        )
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_bad_or_huge_content_length_is_refused(sandbox: Sandbox) -> None:
    assert raw_request(sandbox, "-1", b"x" * 100).startswith(b"HTTP/1.1 400")
    assert raw_request(sandbox, "abc").startswith(b"HTTP/1.1 400")
    assert raw_request(sandbox, str(10 * 1024 * 1024)).startswith(b"HTTP/1.1 413")
    assert sandbox.state.requests_seen == 0


def test_a_client_that_stops_sending_does_not_hold_a_thread_for_ever() -> None:
    from leshua_gui.sandbox.server import _Handler

    assert _Handler.timeout is not None
    assert _Handler.timeout <= 30
