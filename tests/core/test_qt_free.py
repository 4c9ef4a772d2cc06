"""The core, the sandbox, the app services and the CLI never load Qt (ruff's TID251 too)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import leshua_gui

PACKAGE = Path(leshua_gui.__file__).parent
QT_MODULES = ("PySide6", "shiboken6")

# Import every module of the Qt-free parts, then report which Qt modules got loaded.
PROBE = """
import importlib, json, pkgutil, sys
names = []
for pkg in ("leshua_gui.app", "leshua_gui.cli", "leshua_gui.core", "leshua_gui.sandbox"):
    module = importlib.import_module(pkg)
    names.append(pkg)
    names += [m.name for m in pkgutil.walk_packages(module.__path__, pkg + ".")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def qt_free_files() -> list[Path]:
    return [
        path
        for part in ("core", "sandbox", "app", "cli")
        for path in sorted((PACKAGE / part).rglob("*.py"))
    ]


def test_importing_core_sandbox_and_cli_loads_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert "leshua_gui.core.gateway.polling" in report["imported"]
    assert "leshua_gui.sandbox.server" in report["imported"]
    assert "leshua_gui.cli" in report["imported"]
    assert "leshua_gui.cli.status" in report["imported"]
    assert "leshua_gui.app.services" in report["imported"]
    assert report["qt"] == []


def test_no_qt_import_statement_in_core_sandbox_or_cli() -> None:
    files = qt_free_files()
    assert PACKAGE / "core" / "gateway" / "polling.py" in files
    assert PACKAGE / "cli" / "profiles.py" in files
    assert PACKAGE / "app" / "services.py" in files
    offenders: list[str] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                roots = [node.module.split(".")[0]]
            else:
                continue
            if any(root in QT_MODULES for root in roots):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []
