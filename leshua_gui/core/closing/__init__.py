"""Closing an unpaid order at the gateway, and the guards in front of it."""
