"""The argument parser shared by every subcommand, and how a usage error is said."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

from leshua_gui.core.errors import LeshuaError
from leshua_gui.core.gateway.polling import PollResult
from leshua_gui.core.present import report
from leshua_gui.core.text import labels


class UsageError(LeshuaError):
    """Bad arguments: exit 2, nothing sent.

    Of kind "input" with reason "usage", as the `--json` usage error it becomes, but not an
    InputError: the parser words it, and `main` and `status` catch it before any InputError.
    """

    kind = "input"

    def __init__(self, message: str) -> None:
        super().__init__(message, reason="usage")


#: How a command prints its `--json` usage error (the message): a command whose object is not
#: `status --json`'s (`close`) says its own.
JsonUsageError = Callable[[str], None]

# set from the raw arguments: even a usage error answers in JSON then
_json_errors: JsonUsageError | None = None


def answer_usage_errors_in_json(on: bool | JsonUsageError) -> None:
    """Whether the parser's own errors print a JSON usage-error object too (before exit 2):
    True, the `status --json` object; a function, the object it prints."""
    global _json_errors
    _json_errors = on if callable(on) else (print_json_usage_error if on else None)


def input_error_json(message: str, reason: str = "usage") -> dict[str, Any]:
    """The `error` of a `--json` answer when nothing was sent: an input error."""
    return {"kind": "input", "reason": reason, "code": None, "message": message, "advice": None}


def print_json_usage_error(message: str, reason: str = "usage") -> None:
    """The `--json` answer of a query that was never sent: an empty result with an input error."""
    payload: dict[str, Any] = report.to_json(PollResult(), labels.system_lang())
    payload["error"] = input_error_json(message, reason)
    print(json.dumps(payload, ensure_ascii=False, indent=2))


class CliParser(argparse.ArgumentParser):
    """Never repeats unrecognised arguments: a misplaced `--key SECRET` must not be echoed."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            message = "unrecognized arguments (not repeated: they may hold a secret); see --help"
        elif "invalid choice" in message:
            message = message.split(": invalid choice")[0] + ": invalid choice; see --help"
        if _json_errors is not None:
            _json_errors(message)
        super().error(message)


if TYPE_CHECKING:
    #: What `add_subparsers` returns: each subcommand adds its parser to it.
    Subparsers: TypeAlias = argparse._SubParsersAction[CliParser]
