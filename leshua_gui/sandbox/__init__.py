"""A local Leshua gateway with a demo merchant and demo orders, for demos and tests."""

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
from .server import Sandbox, notification

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
