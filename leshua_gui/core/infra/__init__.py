"""Logging setup, redaction, atomic writes, platform checks."""
