"""The background-task helper: typed from the work function to its callbacks, values delivered
on the GUI thread, a cancelled task's late answers dropped, abandonable work not waited for."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from leshua_gui.ui.tasks import TaskContext, TaskRunner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(5000)


def test_the_result_and_progress_arrive_on_the_gui_thread_as_the_work_made_them(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui = threading.current_thread()
    seen: list[tuple[str, object, threading.Thread]] = []

    def work(ctx: TaskContext[int]) -> list[str]:
        for n in (1, 2, 3):
            ctx.progress(n)
        return ["a", "b"]

    def progressed(n: int) -> None:
        seen.append(("progress", n, threading.current_thread()))

    def done(rows: list[str]) -> None:
        seen.append(("done", rows, threading.current_thread()))

    task = runner.run(work, on_success=done, on_progress=progressed)
    qtbot.waitUntil(lambda: task.finished)
    assert [(kind, value) for kind, value, _ in seen] == [
        ("progress", 1), ("progress", 2), ("progress", 3), ("done", ["a", "b"]),
    ]  # fmt: skip
    assert all(thread is gui for *_, thread in seen)
    assert runner.active == 0


def test_a_cancelled_task_reports_nothing_that_comes_after(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    release = threading.Event()
    reached = threading.Event()
    seen: list[object] = []

    def work(ctx: TaskContext[str]) -> str:
        reached.set()
        release.wait(10)
        ctx.progress("late progress")
        return "late answer"

    task = runner.run(work, on_success=seen.append, on_progress=seen.append, on_failure=seen.append)
    assert reached.wait(10)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.finished)
    assert task.cancelled
    assert seen == []


def test_a_failure_reaches_on_failure(qtbot: QtBot, runner: TaskRunner) -> None:
    failures: list[BaseException] = []

    def work(_ctx: TaskContext[None]) -> int:
        raise ValueError("no such row")

    task = runner.run(work, on_success=lambda _n: None, on_failure=failures.append)
    qtbot.waitUntil(lambda: task.finished)
    assert [str(exc) for exc in failures] == ["no such row"]


def test_shutdown_does_not_wait_for_abandonable_work(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    answers: list[str] = []

    def work(_ctx: TaskContext[None]) -> str:
        release.wait(30)
        return "too late"

    runner.run(work, on_success=answers.append, abandonable=True)
    assert runner.shutdown(5000)
    assert not release.is_set()  # shutdown returned while the work was still blocked
    assert runner.active == 0
    release.set()
    qtbot.wait(50)
    assert answers == []


SNIPPET = """
from leshua_gui.ui.tasks import Task, TaskContext, TaskRunner

def work(ctx: TaskContext[int]) -> list[str]:
    ctx.progress(1)
    return ["row"]

def shown(rows: list[str]) -> None: ...
def wrong(count: int) -> None: ...
def step(n: int) -> None: ...
def wrong_step(text: str) -> None: ...

runner = TaskRunner()
ok: Task[list[str]] = runner.run(work, on_success=shown, on_progress=step)
runner.run(work, on_success=wrong)
runner.run(work, on_progress=wrong_step)
bad: Task[int] = runner.run(work)
"""


def test_mypy_catches_a_callback_of_the_wrong_type(tmp_path: Path) -> None:
    """What a work function returns and reports is what its callbacks are typed to receive."""
    pytest.importorskip("mypy")
    snippet = tmp_path / "uses_tasks.py"
    snippet.write_text(textwrap.dedent(SNIPPET), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
         "--cache-dir", str(tmp_path / "cache"), "--follow-imports=silent", str(snippet)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    source = textwrap.dedent(SNIPPET).splitlines()
    flagged = [source[n - 1] for n in lines]
    assert flagged == [
        "runner.run(work, on_success=wrong)",
        "runner.run(work, on_progress=wrong_step)",
        "bad: Task[int] = runner.run(work)",
    ], proc.stdout
