"""Per-query overhead of GatewayClient over a bare requests.post of the same form.

Runs both against the sandbox on loopback in one process, interleaved, and prints medians
side by side. Target: the client adds under 1 ms per query (signing, parsing, verification).
"""

from __future__ import annotations

import argparse
import statistics
import time

import requests

from leshua_gui.core.gateway.client import GatewayClient, new_nonce
from leshua_gui.core.protocol.signing import sign_request
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.sandbox import Sandbox

ORDER = "DEMO-PAID-WX"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=400, help="queries of each kind")
    args = parser.parse_args()
    with Sandbox() as sb:
        client = GatewayClient(sb.url, sb.merchant_id, sb.transaction_key)
        bare = requests.Session()
        order = OrderRef.of(third_order_id=ORDER)
        # The bare post sends a pre-signed form: what any client must at least do on the wire.
        form = sign_request(
            {
                "service": "query_status",
                "merchant_id": sb.merchant_id,
                "third_order_id": ORDER,
                "nonce_str": new_nonce(),
            },
            sb.transaction_key,
        ).form
        for _ in range(50):  # warm up both connections
            client.query_status(order)
            _ = bare.post(sb.url, data=form, timeout=(5, 15)).content
        t_client: list[float] = []
        t_bare: list[float] = []
        for _ in range(args.n):
            t0 = time.perf_counter()
            client.query_status(order)
            t1 = time.perf_counter()
            _ = bare.post(sb.url, data=form, timeout=(5, 15)).content
            t2 = time.perf_counter()
            t_client.append((t1 - t0) * 1000)
            t_bare.append((t2 - t1) * 1000)
        client.close()
        bare.close()
    mc, mb = statistics.median(t_client), statistics.median(t_bare)
    print(f"queries of each kind:      {args.n}")
    print(f"bare requests.post median: {mb:7.3f} ms")
    print(f"GatewayClient median:      {mc:7.3f} ms")
    print(f"overhead per query:        {mc - mb:7.3f} ms   (target < 1 ms)")
    print(f"ratio client / bare:       {mc / mb:7.2f}x")


if __name__ == "__main__":
    main()
