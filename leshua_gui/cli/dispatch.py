"""`main`: parse the arguments, then run the subcommand named, through the registry."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from leshua_gui.cli import batch, callback, close, history, profiles, status
from leshua_gui.cli.exitcodes import ExitCode, for_error_kind
from leshua_gui.cli.parser import UsageError, answer_usage_errors_in_json
from leshua_gui.cli.registry import Registry
from leshua_gui.core.errors import InputError, LeshuaError
from leshua_gui.core.profiles.keystore import KeyringUnavailable
from leshua_gui.core.profiles.store import ProfileFileError

#: Every subcommand, in the order `--help` lists them.
REGISTRY = Registry(
    (
        *status.COMMANDS,
        *close.COMMANDS,
        *batch.COMMANDS,
        *profiles.COMMANDS,
        *history.COMMANDS,
        *callback.COMMANDS,
    )
)


def _log_to_file() -> None:
    """Log to the app's log file (keys masked), not the terminal: stdout and stderr are ours."""
    from leshua_gui.core.infra import logsetup
    from leshua_gui.core.paths import app_paths

    try:
        logsetup.configure(app_paths().logs, console=False, level=logging.WARNING)
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    if raw == ["batch-worker"]:  # the window's batch job, in a process of its own (not listed)
        from leshua_gui.app.batch_process import child_main

        _log_to_file()
        return child_main()
    answer_usage_errors_in_json(REGISTRY.wants_json_usage_errors(raw))
    parser = REGISTRY.parser()
    args = parser.parse_args(raw)
    _log_to_file()
    try:
        return REGISTRY.handler(args.command)(args)
    except UsageError as exc:
        parser.error(str(exc))  # exits 2
    except (KeyringUnavailable, ProfileFileError) as exc:
        print(f"leshua-query: {exc.message}", file=sys.stderr)
        return ExitCode.STORAGE
    except InputError as exc:
        print(f"leshua-query: {exc.message}", file=sys.stderr)
        return ExitCode.USAGE
    except LeshuaError as exc:
        print(f"leshua-query: {exc.message}", file=sys.stderr)
        return for_error_kind(exc.kind)
