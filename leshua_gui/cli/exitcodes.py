"""The exit status of `leshua-query`: a contract scripts rely on (README.md, "Exit status")."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # a verified answer with result_code 0 (any trade state)
    GATEWAY = 1  # the gateway reported an error
    USAGE = 2  # usage or input error: nothing was sent
    TRANSPORT = 3  # connect, timeout, HTTP status, or a malformed or hostile answer
    SIGNATURE = 4  # signature mismatch, or no signature on an answer that claims success
    NOT_FINAL = 5  # --wait ended before a final state (unknown, not unpaid)
    STORAGE = 6  # the keyring or the profiles file cannot be used
    HISTORY = 7  # the history cannot be opened or read
    INTERRUPTED = 130  # Ctrl+C


_BY_KIND = {
    "input": ExitCode.USAGE,
    "gateway": ExitCode.GATEWAY,
    "transport": ExitCode.TRANSPORT,
    "timeout": ExitCode.TRANSPORT,
    "protocol": ExitCode.TRANSPORT,
    "signature": ExitCode.SIGNATURE,
}


def for_error_kind(kind: str) -> ExitCode:
    """The exit status for a `LeshuaError.kind` (an unknown kind is a transport failure)."""
    return _BY_KIND.get(kind, ExitCode.TRANSPORT)


class BatchExit(IntEnum):
    """`leshua-query batch`'s exit status (README.md, "Batch lookups")."""

    OK = 0  # every row trusted, final and matching its expected amount
    ATTENTION = 1  # the job completed, but some rows need attention (see the summary)
    USAGE = 2  # usage error, nothing valid to send, or the job runs elsewhere: nothing sent
    UNREADABLE = 3  # the list cannot be read
    INTERRUPTED = 5  # stopped before every row had a result: go on with --resume JOB
    STORAGE = 6  # the keyring or the profiles file cannot be used
