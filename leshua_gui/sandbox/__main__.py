"""`leshua-sandbox`: run the local demo gateway in the foreground."""

from __future__ import annotations

import argparse
import sys

from leshua_gui.core.text import demo_words
from leshua_gui.core.text.labels import capital

from .batch_orders import batch_examples
from .orders import (
    DEMO_MERCHANT_ID,
    DEMO_NOTIFY_KEY,
    DEMO_TRANSACTION_KEY,
    all_demo_ids,
    demo_refunds,
)
from .server import MICROPAY_CLOSE_AFTER_S, WATCH_PAID_AFTER_S, Sandbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="leshua-sandbox",
        description="A local Leshua gateway with a demo merchant and demo orders.",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (0 = any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    parser.add_argument(
        "--allow-remote", action="store_true", help="allow a non-loopback --host (not advised)"
    )
    parser.add_argument(
        "--slow", type=float, default=3.0, metavar="SECONDS", help="delay of FAULT-SLOW"
    )
    parser.add_argument(
        "--batch-slow",
        type=float,
        default=1.5,
        metavar="SECONDS",
        help="delay of the slow batch orders (DEMO-B-nn999)",
    )
    parser.add_argument(
        "--watch-paid-after",
        type=float,
        default=WATCH_PAID_AFTER_S,
        metavar="SECONDS",
        help="DEMO-WATCH-PAID turns paid this long after its first query",
    )
    parser.add_argument(
        "--barcode-close-after",
        type=float,
        default=MICROPAY_CLOSE_AFTER_S,
        metavar="SECONDS",
        help="barcode (MICROPAY) orders can be closed this long after the sandbox started",
    )
    args = parser.parse_args(argv)
    if args.watch_paid_after < 0 or args.barcode_close_after < 0:
        parser.error("--watch-paid-after and --barcode-close-after take seconds >= 0")
    try:
        sandbox = Sandbox(
            args.host,
            args.port,
            slow_seconds=args.slow,
            batch_slow_seconds=args.batch_slow,
            allow_remote=args.allow_remote,
        )
    except (OSError, ValueError) as exc:
        print(f"leshua-sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    sandbox.state.watch_paid_after_s = args.watch_paid_after
    sandbox.state.micropay_close_after_s = args.barcode_close_after
    print(f"Leshua sandbox gateway: {sandbox.url}")
    print(f"  merchant_id      {DEMO_MERCHANT_ID}")
    print(f"  transaction key  {DEMO_TRANSACTION_KEY}   (sandbox only)")
    print(f"  notify key       {DEMO_NOTIFY_KEY}   (sandbox only)")
    print("Orders (third_order_id):")
    for order_id, description in all_demo_ids():
        print(f"  {order_id:<20} {description}")
    print("Refunds (merchant_refund_id, with their order's third_order_id):")
    for refund_id, order_id, description in demo_refunds():
        print(f"  {refund_id:<20} {order_id:<20} {description}")
    print(
        "close_order: a paying (0) order closes; paid, failed and closed orders refuse; a barcode"
        f" (MICROPAY) order closes only {args.barcode_close_after:g} s after the sandbox started."
    )
    print(f"{capital(demo_words.batch_range('en'))}; for example:")
    for order_id, description in batch_examples():
        print(f"  {order_id:<20} {description}")
    print("Ctrl-C stops.", flush=True)
    try:
        sandbox.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
