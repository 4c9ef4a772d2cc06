"""The profiles and the history as the command line opens them (the window's settings apply)."""

from __future__ import annotations

import logging
import sys

from leshua_gui.core.history.store import HistoryStore, HistoryUnavailable
from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.keystore import open_keystore
from leshua_gui.core.profiles.store import ProfileStore

log = logging.getLogger(__name__)


def open_store() -> ProfileStore:
    """The saved profiles, their keys in the OS keyring."""
    return ProfileStore(app_paths().profiles_file, open_keystore())


def open_history(*, create: bool = True) -> HistoryStore:
    """The history, pruned by the retention setting the window also uses.

    Raises HistoryUnavailable (reason "missing" when there is none and `create` is false)."""
    from leshua_gui.core import settings

    paths = app_paths()
    if not create and not paths.history_db.exists():
        raise HistoryUnavailable("no query has been recorded yet", reason="missing")
    store = HistoryStore(paths.history_db)
    if store.report.reason and sys.stderr is not None:
        print(f"leshua-query: {store.report.reason}", file=sys.stderr)
    days = settings.load(paths.settings_file).history_retention_days
    if days > 0:
        try:
            store.prune(days)
        except HistoryUnavailable as exc:  # pruning can wait for the next time
            log.warning("history not pruned: %s", exc)
    return store
