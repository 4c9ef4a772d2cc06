"""Keeps keys out of logs: a registry of live secrets and a logging filter that masks them."""

from __future__ import annotations

import logging
import re
import threading

MASK = "********"
_KEY_FRAGMENT = re.compile(r"(\bkey=)[^&\s\"'<>]+")
_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """Remember a key for this process so that it is masked wherever it would be logged."""
    if len(value) >= 4:
        with _lock:
            _secrets.add(value)


def forget_secret(value: str) -> None:
    with _lock:
        _secrets.discard(value)


def scrub(text: str) -> str:
    """Mask every registered key and every `key=...` fragment of a sign string."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return _KEY_FRAGMENT.sub(lambda m: m.group(1) + MASK, text)


class RedactingFilter(logging.Filter):
    """Formats the record's message once, scrubbed, so no handler ever sees a key."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = scrub(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        record.msg, record.args = clean, None
        return True


def install(logger: logging.Logger | None = None) -> RedactingFilter:
    """Attach the filter to every handler of `logger` (root by default) and to the logger."""
    target = logger or logging.getLogger()
    flt = RedactingFilter()
    target.addFilter(flt)
    for handler in target.handlers:
        handler.addFilter(flt)
    return flt
