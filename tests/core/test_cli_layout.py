"""The command line's layout: one module per subcommand through a registry, no import cycle,
the documented exit codes, and every package of the app shipped."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import leshua_gui
from leshua_gui.cli import main
from leshua_gui.cli.dispatch import REGISTRY
from leshua_gui.cli.exitcodes import ExitCode

PACKAGE = Path(leshua_gui.__file__).parent
CLI = PACKAGE / "cli"
ROOT = PACKAGE.parent


def _tree(name: str) -> ast.Module:
    return ast.parse((CLI / f"{name}.py").read_text(encoding="utf-8"))


def _cli_imports(name: str) -> set[str]:
    """The leshua_gui.cli modules that `cli/<name>.py` imports (at any depth of the file)."""
    modules = {p.stem for p in CLI.glob("*.py")}
    found: set[str] = set()
    for node in ast.walk(_tree(name)):
        if isinstance(node, ast.ImportFrom) and node.module == "leshua_gui.cli":
            found |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("leshua_gui.cli."):
            found.add((node.module or "").split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("leshua_gui.cli."):
                    found.add(alias.name.split(".")[2])
    return found


def _defines_commands(name: str) -> bool:
    return any(
        isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "COMMANDS" for t in node.targets)
        for node in _tree(name).body
    )


SUBCOMMAND_MODULES = sorted(p.stem for p in CLI.glob("*.py") if _defines_commands(p.stem))
ENTRY_MODULES = {"__init__", "__main__", "dispatch"}  # they assemble the subcommands
ALL_MODULES = {p.stem for p in CLI.glob("*.py")}
SHARED_MODULES = sorted(ALL_MODULES - set(SUBCOMMAND_MODULES) - ENTRY_MODULES)


def test_each_subcommand_lives_in_its_own_module() -> None:
    assert SUBCOMMAND_MODULES == ["batch", "callback", "close", "history", "profiles", "status"]
    assert REGISTRY.names == (
        "status",
        "refund",
        "close",
        "batch",
        "profiles",
        "history",
        "callback",
    )


def test_subcommand_modules_never_import_each_other() -> None:
    crossing = {
        name: sorted(_cli_imports(name) & set(SUBCOMMAND_MODULES) - {name})
        for name in SUBCOMMAND_MODULES
    }
    assert crossing == {name: [] for name in SUBCOMMAND_MODULES}


def test_shared_modules_never_import_a_subcommand_module() -> None:
    assert {"exitcodes", "parser", "registry"} <= set(SHARED_MODULES)
    upward = {name: sorted(_cli_imports(name) & set(SUBCOMMAND_MODULES)) for name in SHARED_MODULES}
    assert upward == {name: [] for name in SHARED_MODULES}


def test_no_if_chain_dispatches_commands_or_profile_actions() -> None:
    """`main` goes through the registry and `profiles` through its table of actions."""
    for name in ("dispatch", "profiles"):
        compared = [
            f"{name}.py:{node.lineno}"
            for node in ast.walk(_tree(name))
            if isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Attribute)
            and node.left.attr in ("command", "action")
        ]
        assert compared == []


def test_profiles_has_one_function_for_each_of_its_eight_actions() -> None:
    from leshua_gui.cli import profiles

    actions = profiles._ACTIONS
    assert sorted(actions) == sorted(
        ["add", "list", "show", "edit", "remove", "test", "export", "import"]
    )
    assert len(set(actions.values())) == 8


def test_exit_codes_are_the_documented_ones() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("Exit status:", 1)[1].split("\n\n", 2)[1]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, flags=re.M)}
    assert documented == set(range(8)) | {130}
    assert {code.value for code in ExitCode} == documented
    assert (ExitCode.OK, ExitCode.USAGE, ExitCode.HISTORY, ExitCode.INTERRUPTED) == (0, 2, 7, 130)


def test_the_entry_points_name_the_cli_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["leshua-query"] == "leshua_gui.cli:main"
    assert callable(main)
    assert (CLI / "__main__.py").is_file()
    spec = (ROOT / "build_spec.spec").read_text(encoding="utf-8")
    assert '"leshua_gui" / "cli" / "__main__.py"' in spec


def test_every_package_of_the_app_is_shipped() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(project["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE.rglob("__init__.py")}
    assert found - listed == set()
