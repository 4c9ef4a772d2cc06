"""`leshua-query` as a real process: `python -m leshua_gui.cli ARGS`, the way a person runs it.

Every run gets its own environment: the app home (`home`, or the test's own LESHUA_GUI_HOME that
the autouse `app_home` fixture sets), the transaction key in LESHUA_TRANSACTION_KEY only (never
on the command line), UTF-8 output. Every run's stdout and stderr are checked for the known keys
(the sandbox's, the key given, any `secrets` named): a key on screen or in a CI log is a defect.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leshua_gui.sandbox import DEMO_NOTIFY_KEY, DEMO_TRANSACTION_KEY

KEY_ENV = "LESHUA_TRANSACTION_KEY"
#: Keys no output may ever hold, whatever the test: the sandbox merchant's.
KNOWN_SECRETS = (DEMO_TRANSACTION_KEY, DEMO_NOTIFY_KEY)


@dataclass(frozen=True)
class Run:
    """A finished `leshua-query`: its exit code and what it wrote (decoded as UTF-8)."""

    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """The whole of stdout as one JSON value (the --json contract)."""
        return json.loads(self.stdout)


def cli_env(
    *,
    home: Path | None = None,
    key: str | None = None,
    env: Mapping[str, str | None] | None = None,
    base: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The process environment: `base` (this process's by default), without a transaction key
    unless `key` is given, LESHUA_GUI_HOME=`home` when given; `env` is laid over it last (a None
    value removes the variable)."""
    out = dict(os.environ if base is None else base)
    out.pop(KEY_ENV, None)
    if home is not None:
        out["LESHUA_GUI_HOME"] = str(home)
    if key is not None:
        out[KEY_ENV] = key
    out["PYTHONIOENCODING"] = "utf-8"
    for name, value in (env or {}).items():
        if value is None:
            out.pop(name, None)
        else:
            out[name] = value
    return out


def argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "leshua_gui.cli", *args]


def assert_no_secret(text: str, where: str, secrets: Iterable[str | None]) -> None:
    for secret in filter(None, secrets):
        assert secret not in text, f"a key leaked to {where}:\n{text}"


def run_cli(
    *args: str,
    home: Path | None = None,
    key: str | None = None,
    stdin: str | bytes | None = None,
    env: Mapping[str, str | None] | None = None,
    base: Mapping[str, str] | None = None,
    secrets: Iterable[str | None] = (),
    timeout: float = 60,
) -> Run:
    """Run `leshua-query ARGS` to its end (see the module's docstring for the environment).

    `stdin` is what the process reads (text is sent as UTF-8, nothing means an empty stdin);
    `secrets` are more keys the output must not hold (keys given on stdin, or in `env`).
    """
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        argv(*args),
        env=cli_env(home=home, key=key, env=env, base=base),
        input=data,
        stdin=subprocess.DEVNULL if data is None else None,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    run = Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", "replace"))
    known = (*KNOWN_SECRETS, key, *secrets)
    assert_no_secret(run.stdout, "stdout", known)
    assert_no_secret(run.stderr, "stderr", known)
    return run


def start_cli(
    *args: str,
    home: Path | None = None,
    key: str | None = None,
    env: Mapping[str, str | None] | None = None,
) -> subprocess.Popen[str]:
    """Start `leshua-query ARGS` without waiting (to run several at once, or to kill one),
    stdout and stderr piped as text. Read it with `finish`."""
    return subprocess.Popen(
        argv(*args),
        env=cli_env(home=home, key=key, env=env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )


def finish(proc: subprocess.Popen[str], *, key: str | None = None, timeout: float = 60) -> Run:
    """Wait for a process `start_cli` started; its output is checked for keys as `run_cli`'s."""
    out, err = proc.communicate(timeout=timeout)
    run = Run(proc.returncode, out, err)
    known = (*KNOWN_SECRETS, key)
    assert_no_secret(run.stdout, "stdout", known)
    assert_no_secret(run.stderr, "stderr", known)
    return run
