"""A local Leshua gateway with a demo merchant and demo orders, for demos and tests."""

from typing import TYPE_CHECKING

from .orders import (
    DEMO_MERCHANT_ID,
    DEMO_NOTIFY_KEY,
    DEMO_ORDERS,
    DEMO_TRANSACTION_KEY,
    FAULT_ORDERS,
    NOT_FOUND_EXAMPLE,
    DemoOrder,
    all_demo_ids,
)

if TYPE_CHECKING:
    from .server import Sandbox, notification


def __getattr__(name: str) -> object:
    # The HTTP server loads only when a sandbox is started: importing the demo data stays cheap.
    if name in ("Sandbox", "notification"):
        from . import server

        return getattr(server, name)
    raise AttributeError(name)


__all__ = [
    "DEMO_MERCHANT_ID",
    "DEMO_NOTIFY_KEY",
    "DEMO_ORDERS",
    "DEMO_TRANSACTION_KEY",
    "FAULT_ORDERS",
    "NOT_FOUND_EXAMPLE",
    "DemoOrder",
    "Sandbox",
    "all_demo_ids",
    "notification",
]
