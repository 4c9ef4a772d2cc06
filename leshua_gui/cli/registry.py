"""The subcommand registry: each subcommand module declares its parser and its handler."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leshua_gui import __version__
from leshua_gui.cli.parser import CliParser

if TYPE_CHECKING:
    from leshua_gui.cli.parser import JsonUsageError, Subparsers


@dataclass(frozen=True)
class Subcommand:
    """One `leshua-query COMMAND`: how its arguments are declared and what runs it."""

    name: str
    add_parser: Callable[[Subparsers], None]
    run: Callable[[argparse.Namespace], int]
    #: A usage error of this command answers in JSON when `--json` is among the arguments:
    #: True, with the `status --json` object; a function, with the object it prints.
    json_usage_errors: bool | JsonUsageError = False


class Registry:
    """The subcommands in their `--help` order; `main` dispatches through it."""

    def __init__(self, commands: Iterable[Subcommand]) -> None:
        self._commands: dict[str, Subcommand] = {}
        for command in commands:
            if command.name in self._commands:
                raise ValueError(f"subcommand {command.name!r} registered twice")
            self._commands[command.name] = command

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._commands)

    def parser(self) -> CliParser:
        parser = CliParser(
            prog="leshua-query",
            description="Look up Leshua payment orders and verify the gateway's answers.",
        )
        parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
        sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
        for command in self._commands.values():
            command.add_parser(sub)
        return parser

    def wants_json_usage_errors(self, raw: Sequence[str]) -> bool | JsonUsageError:
        """`--json` given to a command whose usage errors answer in JSON: how they do (False:
        they do not)."""
        if not raw or "--json" not in raw:
            return False
        command = self._commands.get(raw[0])
        return False if command is None else command.json_usage_errors

    def handler(self, name: str) -> Callable[[argparse.Namespace], int]:
        return self._commands[name].run
