"""Leshua Desk: look up, verify and explain Leshua aggregate-payment orders."""

__version__ = "0.1.0"
APP_NAME = "Leshua Desk"
APP_ID = "leshua-desk"
