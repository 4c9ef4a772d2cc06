"""Where the app keeps its files: per-user directories, or one folder named by LESHUA_GUI_HOME."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from leshua_gui import APP_ID

HOME_ENV = "LESHUA_GUI_HOME"


@dataclass(frozen=True)
class AppPaths:
    config: Path
    data: Path
    logs: Path

    @property
    def profiles_file(self) -> Path:
        return self.config / "profiles.json"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def history_db(self) -> Path:
        return self.data / "history.sqlite3"

    def ensure(self) -> AppPaths:
        for folder in (self.config, self.data, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """The directories in force now (read each time: tests switch LESHUA_GUI_HOME)."""
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        root = Path(home).expanduser()
        return AppPaths(root / "config", root / "data", root / "logs")
    import platformdirs  # not needed when LESHUA_GUI_HOME is set

    return AppPaths(
        Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
    )
