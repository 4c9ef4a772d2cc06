"""The profiles and the history as the command line opens them (the window's settings apply)."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from leshua_gui.app import services
from leshua_gui.core.history.store import HistoryUnavailable
from leshua_gui.core.paths import app_paths

if TYPE_CHECKING:
    from leshua_gui.core.history.store import HistoryStore
    from leshua_gui.core.profiles.store import ProfileStore

log = logging.getLogger(__name__)


def open_store() -> ProfileStore:
    """The saved profiles, their keys in the OS keyring."""
    return services.profile_store(app_paths())


def open_history(*, create: bool = True) -> HistoryStore:
    """The history, pruned by the retention setting the window also uses.

    Raises HistoryUnavailable (reason "missing" when there is none and `create` is false)."""
    from leshua_gui.core import settings

    paths = app_paths()
    store = services.open_history(paths, create=create)
    if store.report.reason and sys.stderr is not None:
        print(f"leshua-query: {store.report.reason}", file=sys.stderr)
    try:
        services.prune_by_retention(store, settings.load(paths.settings_file))
    except HistoryUnavailable as exc:  # pruning can wait for the next time
        log.warning("history not pruned: %s", exc)
    return store
