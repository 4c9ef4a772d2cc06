"""Where the gateway lives: the named environments and checks on custom URLs."""

from __future__ import annotations

import functools
import ipaddress
from urllib.parse import SplitResult, urlsplit

from leshua_gui.core.errors import InputError

PATH = "/cgi-bin/lepos_pay_gateway.cgi"
PRODUCTION = "https://paygate.leshuazf.com" + PATH
TEST = "https://t-paygate.lepass.cn" + PATH
LEGACY = "https://mobilepos.yeahka.com" + PATH

NAMED = {"production": PRODUCTION, "test": TEST, "legacy": LEGACY}


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _split(url: str) -> SplitResult:
    """The URL's parts, or an input error for one that cannot be read (an unclosed IPv6 '[').
    The URL is not repeated: it may hold a password."""
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - reading it is the check (a bad IPv6 host raises here)
    except ValueError as exc:
        raise InputError(
            f"the gateway URL cannot be read ({exc}): check its host name", reason="gateway_url"
        ) from None
    return parts


def check_url(url: str) -> str:
    """A custom gateway URL: https anywhere, plain http only on this machine (the sandbox)."""
    url = url.strip()
    check_plain(url)
    parts = _split(url)
    if "@" in parts.netloc:  # checked first: a refusal must never repeat a typed password
        raise InputError("gateway URL must not contain credentials", reason="gateway_url")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InputError(f"gateway must be an https:// URL, got {url!r}", reason="gateway_url")
    _check_port(url)
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InputError(
            "plain http is only allowed for a sandbox on this machine (127.0.0.1 or localhost); "
            f"use https:// for {parts.hostname}",
            reason="gateway_url",
        )
    return url


def check_plain(url: str) -> None:
    """No control characters inside a URL: urllib drops CR, LF and tab without a word."""
    bad = next((c for c in url if ord(c) < 0x20 or ord(c) == 0x7F), None)
    if bad is not None:
        raise InputError(
            f"the gateway URL contains a control character ({bad!r}), such as a line break: "
            "type or paste it again on one line",
            reason="gateway_url",
        )


def _check_port(url: str) -> None:
    parts = _split(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 1 <= port <= 65535:
        typed = parts.netloc.rpartition(":")[2]
        raise InputError(
            f"the gateway URL's port {typed!r} is not a number from 1 to 65535",
            reason="gateway_url",
        )


def check_transport(url: str) -> str:
    """What any endpoint must pass before it is used: no control characters, a valid port."""
    check_plain(url)
    parts = _split(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InputError(f"gateway must be an https:// URL, got {url!r}", reason="gateway_url")
    _check_port(url)
    return url


def resolve(name_or_url: str) -> str:
    """`production`, `test`, `legacy` or a URL -> the endpoint URL."""
    key = name_or_url.strip().lower()
    if key in NAMED:
        return NAMED[key]
    return check_url(name_or_url)


@functools.lru_cache(maxsize=64)  # asked of every lookup and every record
def environment_of(url: str) -> str:
    """The environment name for an endpoint URL: production, test, legacy, sandbox or custom."""
    for name, known in NAMED.items():
        if url == known:
            return name
    host = urlsplit(url).hostname or ""
    return "sandbox" if is_loopback_host(host) else "custom"
