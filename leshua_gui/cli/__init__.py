"""`leshua-query`: the core on the command line, for scripting. Exit codes are a contract.

One module per subcommand (`status` also holds `refund`; `profiles`, `history`, `callback`),
each declaring its parser and handler as `COMMANDS` for the registry; the shared pieces
(`exitcodes`, `parser`, `registry`, `clients`, `stores`) never import a subcommand module, and
subcommand modules never import each other. `dispatch.main` parses and runs through the registry.
"""

from __future__ import annotations

from leshua_gui.cli.dispatch import main

__all__ = ["main"]
