"""A one-trick gateway on loopback: answers every POST with a body the test chose."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

from leshua_gui.core.protocol.signing import sign_response
from leshua_gui.sandbox.server import render

Answer = Callable[[dict[str, str]], bytes]


def signed(fields: list[tuple[str, str]], key: str) -> bytes:
    """The XML of `fields` with a correct signature for `key`."""
    return render([*fields, ("sign", sign_response(fields, key))])


@contextmanager
def fake_gateway(answer: Answer, *, trickle_s: float = 0.0) -> Iterator[str]:
    """Serve `answer(form)`; with `trickle_s`, send the body a byte at a time that slowly."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True))
            body = answer(form)
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                if trickle_s:
                    for i in range(len(body)):
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(trickle_s)
                else:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/cgi-bin/lepos_pay_gateway.cgi"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
