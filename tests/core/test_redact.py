"""No key, and no `key=` fragment of a sign string, ever reaches a log."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from leshua_gui.core.infra import redact
from leshua_gui.core.infra.redact import (
    MASK,
    RedactingFilter,
    forget_secret,
    register_secret,
    scrub,
)

KEY = "Tx9kLmQ2vR7sW4pZ"
OTHER_KEY = "Nt3yHb8cVf6gJd1e"
SIGN_STRING = (
    "merchant_id=0000000018&nonce_str=abc123&service=query_status"
    "&third_order_id=NL2019032218253138930&key=UNREGISTERED99"
)


@pytest.fixture
def secrets() -> Iterator[list[str]]:
    """Register the test keys, and always forget them so no other test sees them masked."""
    registered = [KEY, OTHER_KEY]
    for value in registered:
        register_secret(value)
    yield registered
    for value in registered:
        forget_secret(value)


@pytest.fixture
def log(secrets: list[str]) -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A real logger with a stream handler that carries the filter, as the app installs it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("leshua_gui.tests.redact")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(handler)
    yield logger, stream
    logger.removeHandler(handler)
    handler.close()
    logger.propagate = True


# --- scrub -----------------------------------------------------------------------------------


def test_scrub_masks_a_registered_key_anywhere(secrets: list[str]) -> None:
    text = f"key {KEY} in the middle, at the end {KEY}, glued x{KEY}y and {OTHER_KEY}"
    out = scrub(text)
    assert KEY not in out
    assert OTHER_KEY not in out
    assert out.count(MASK) == 4
    assert out.startswith("key ")


def test_scrub_masks_the_key_fragment_of_a_sign_string() -> None:
    out = scrub(SIGN_STRING)
    assert "UNREGISTERED99" not in out
    assert out.endswith("&key=" + MASK)
    # the rest of the string stays readable for support
    assert out.startswith("merchant_id=0000000018&nonce_str=abc123&service=query_status")


def test_scrub_masks_a_key_fragment_in_the_middle_and_at_the_start() -> None:
    assert scrub("key=ABCD1234&x=1") == f"key={MASK}&x=1"
    assert "ABCD1234" not in scrub("signed: a=1&key=ABCD1234 then more")


def test_scrub_leaves_text_without_keys_alone(secrets: list[str]) -> None:
    text = "merchant_id=0000000018&third_order_id=NL2019 status=2"
    assert scrub(text) == text


def test_forgotten_secret_is_no_longer_masked() -> None:
    register_secret("TemporaryKey42")
    try:
        assert "TemporaryKey42" not in scrub("x TemporaryKey42 y")
    finally:
        forget_secret("TemporaryKey42")
    assert scrub("x TemporaryKey42 y") == "x TemporaryKey42 y"


def test_longer_secret_containing_a_shorter_one_is_fully_masked() -> None:
    register_secret("ABCDEFGH")
    register_secret("ABCDEFGH1234")
    try:
        out = scrub("k=ABCDEFGH1234")
        assert "1234" not in out
        assert out == f"k={MASK}"
    finally:
        forget_secret("ABCDEFGH")
        forget_secret("ABCDEFGH1234")


# --- RedactingFilter on a real handler -------------------------------------------------------


def test_plain_message_with_the_key(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = log
    logger.info(f"loaded key {KEY}")
    out = stream.getvalue()
    assert KEY not in out
    assert f"loaded key {MASK}" in out


def test_key_in_args(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = log
    logger.info("x %s", KEY)
    logger.warning("profile %s uses %r", "shop", KEY)
    logger.debug("dict args %(k)s", {"k": OTHER_KEY})
    out = stream.getvalue()
    assert KEY not in out
    assert OTHER_KEY not in out
    assert out.count(MASK) == 3
    assert "profile shop uses" in out


def test_sign_string_fragment_in_args(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = log
    logger.info("signed %s", SIGN_STRING)
    logger.info("signed %s", f"a=1&key={KEY}")
    out = stream.getvalue()
    assert "UNREGISTERED99" not in out
    assert KEY not in out
    assert f"&key={MASK}" in out


def test_key_in_an_exception_traceback(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = log
    try:
        raise RuntimeError("wrong transaction key " + KEY + " for &key=SECRET123 signing")
    except RuntimeError:
        logger.exception("query failed")
    out = stream.getvalue()
    assert "Traceback" in out
    assert "RuntimeError: wrong transaction key" in out
    assert KEY not in out
    assert "SECRET123" not in out


def test_key_in_a_chained_exception(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = log
    try:
        try:
            raise ValueError(f"inner {OTHER_KEY}")
        except ValueError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError:
        logger.error("failed", exc_info=True)
    out = stream.getvalue()
    assert "ValueError: inner" in out
    assert OTHER_KEY not in out


def test_install_protects_existing_handlers(secrets: list[str]) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("leshua_gui.tests.redact.install")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    flt = redact.install(logger)
    try:
        logger.info("key %s and %s", KEY, "a=1&key=PLAIN5678")
        out = stream.getvalue()
        assert KEY not in out
        assert "PLAIN5678" not in out
    finally:
        logger.removeFilter(flt)
        handler.removeFilter(flt)
        logger.removeHandler(handler)
        handler.close()
        logger.propagate = True


def test_filter_on_a_parent_handler_covers_child_loggers(secrets: list[str]) -> None:
    """Modules log through `logging.getLogger(__name__)`; the filter sits on the handler."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    parent = logging.getLogger("leshua_gui.tests.redact.parent")
    parent.setLevel(logging.INFO)
    parent.propagate = False
    parent.addHandler(handler)
    try:
        logging.getLogger("leshua_gui.tests.redact.parent.child").info("k=%s", KEY)
        assert KEY not in stream.getvalue()
        assert MASK in stream.getvalue()
    finally:
        parent.removeHandler(handler)
        handler.close()
        parent.propagate = True
