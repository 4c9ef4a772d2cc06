"""The history's migrations are history: what files written by earlier versions hold. They are
never edited and never derived from the current record, or an old file would migrate into
something no version ever wrote."""

from __future__ import annotations

import ast
import hashlib
import inspect

from leshua_gui.core.history import schema

# The SHA-256 of each released migration (SQL text, or the source of a migration function).
# A schema change is a NEW version: append its entry here and to schema.MIGRATIONS; never change
# an entry already here.
RELEASED = {
    1: "f3943db6846b2ff1cb5976a5c4602efac024d22a5baec9bd180c7e48381cc8e3",
    2: "5e33ef1988f3df7b07babfd3d4ef948bf663d1cabc8bb4f4b0afd41f17ecbfb6",
    3: "4727cc63b04460085177e022f9b0979621ea5c45bfba0b7f627c5bacf9a6513d",
    4: "cca20a9580b6ba654ba8d2aeabe892460355f7cc8532d4e65593f8f8c6b4325a",
    5: "c5690330865c99625d795bbbb07b798e4cf79438e30ec52b8222020005a6bcee",
    6: "d907d2f3cd8cc0cc7fab9b774adfbe0004d6f0aee5cec6920ff3e0224a7923de",
}


def _text(version: int) -> str:
    migration = schema.MIGRATIONS[version]
    return migration if isinstance(migration, str) else inspect.getsource(migration)


def test_no_released_migration_changed() -> None:
    changed = {
        v: hashlib.sha256(_text(v).encode()).hexdigest()
        for v in RELEASED
        if hashlib.sha256(_text(v).encode()).hexdigest() != RELEASED[v]
    }
    assert changed == {}


def test_every_migration_is_recorded_and_the_schema_version_is_the_last() -> None:
    assert list(schema.MIGRATIONS) == list(RELEASED)
    assert max(schema.MIGRATIONS) == schema.SCHEMA_VERSION


def test_the_migrations_import_nothing_of_the_record() -> None:
    tree = ast.parse(inspect.getsource(schema))
    imported = {
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not {name for name in imported if name.startswith("leshua_gui")}
