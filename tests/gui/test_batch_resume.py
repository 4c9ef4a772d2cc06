"""A batch job is never lost: Cancel leaves it resumable and the next batch window offers it;
a job paused at close, or left running by a crash, is offered when the app starts again; a
resumed job asks only the orders without an answer, each order ends with exactly one, and every
query is a history record with the job's id. All on the demo sandbox with a real jobs file."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leshua_gui.app.services import DEMO_RECORDED_NAME, Services
from leshua_gui.core.batch.job import JobSettings
from leshua_gui.core.batch.jobstore import JobStore
from leshua_gui.core.batch.preview import preview_text
from leshua_gui.core.history.store import HistoryFilter
from leshua_gui.sandbox.orders import DEMO_MERCHANT_ID
from leshua_gui.ui import i18n
from leshua_gui.ui.main_window import MainWindow
from tests.support.batch_window import (
    answer_next_question,
    answered,
    ids,
    open_batch,
    paste,
    start,
    store_of,
)

DIALOG_OFFSCREEN = "does not support propagateSizeHints"


def requests(ctx: Services) -> int:
    assert ctx.sandbox is not None
    return ctx.sandbox.state.requests_seen


def jobs_file(ctx: Services) -> Path:
    return ctx.paths.data / "jobs.sqlite3"


def next_start(qtbot: QtBot, ctx: Services) -> MainWindow:
    """The app started again on the same home (a second main window, as the next run)."""
    i18n.install("en")
    window = MainWindow(ctx, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_cancel_leaves_the_job_resumable_and_only_the_rest_is_asked(
    qtbot: QtBot, window: MainWindow, demo_ctx: Services
) -> None:
    batch = open_batch(qtbot, window)
    paste(qtbot, batch, "\n".join(ids(4001, 150)))
    assert demo_ctx.sandbox is not None
    demo_ctx.sandbox.state.reset()
    with qtbot.waitSignal(batch.run_ended, timeout=30000) as ended:
        start(qtbot, batch, qps=25, concurrency=2)
        qtbot.waitUntil(lambda: answered(batch) >= 15, timeout=10000)
        qtbot.mouseClick(batch.run_panel.cancel_button, Qt.MouseButton.LeftButton)
        assert batch.run_panel.mode == "stopping"
        assert not batch.run_panel.cancel_button.isEnabled()
    end = ended.args[0]
    assert not end.finished
    assert 0 < end.left < 150
    assert batch.job is not None
    job_id = batch.job.id
    store = store_of(batch)
    job = store.job(job_id)
    assert job is not None
    assert job.state == "cancelled"
    assert len(store.pending(job_id)) == end.left
    assert batch.run_panel.resume_button.isVisible()  # resumable from this window too
    assert f"Stopped. Left to ask: {end.left}." in batch.run_panel.pace.text()
    asked_before = requests(demo_ctx)
    assert asked_before == 150 - end.left  # every answer kept, those in flight at cancel too

    assert batch.close()  # nothing runs: no question
    assert window.batch_window is None
    again = open_batch(qtbot, window)
    qtbot.waitUntil(again.resume_bar.isVisible, timeout=10000)
    offer = again.resume_bar.text.text()
    assert f"A batch job was stopped: {end.left} of 150 orders left (job {job_id}" in offer
    with qtbot.waitSignal(again.run_ended, timeout=30000) as resumed:
        qtbot.mouseClick(again.resume_bar.resume_button, Qt.MouseButton.LeftButton)
    assert resumed.args[0].finished
    assert not again.resume_bar.isVisible()
    assert requests(demo_ctx) - asked_before == end.left  # only the orders without an answer
    store = store_of(again)
    tally = store.tally(job_id)
    assert (tally.unique, tally.completed) == (150, 150)  # one outcome for every order
    assert store.job(job_id).state == "done"  # type: ignore[union-attr]
    assert again.run_panel.bar.format() == "150 / 150 orders answered"
    demo_ctx.history_writer.flush()
    assert demo_ctx.history.count(HistoryFilter(job=job_id)) == requests(demo_ctx)


@pytest.mark.qt_log_ignore(DIALOG_OFFSCREEN)
def test_a_job_paused_at_close_is_offered_at_the_next_start(
    qtbot: QtBot, window: MainWindow, demo_ctx: Services
) -> None:
    batch = open_batch(qtbot, window)
    paste(qtbot, batch, "\n".join(ids(5001, 120)))
    start(qtbot, batch, qps=20, concurrency=2)
    qtbot.waitUntil(lambda: answered(batch) >= 10, timeout=10000)
    assert batch.job is not None
    job_id = batch.job.id
    seen: list[str] = []
    answer_next_question("&Pause and close", seen)
    assert batch.close()
    assert seen
    window.shutdown()  # the app quits

    with JobStore(jobs_file(demo_ctx)) as store:
        job = store.job(job_id)
    assert job is not None
    assert job.state == "paused"
    left = job.unique - job.completed
    assert left > 0

    second = next_start(qtbot, demo_ctx)
    try:
        qtbot.waitUntil(
            lambda: second.resume_bar is not None and second.resume_bar.isVisible(), timeout=10000
        )
        assert second.resume_bar is not None
        offer = second.resume_bar.text.text()
        assert f"A batch job was interrupted: {left} of 120 orders left (job {job_id}" in offer
        qtbot.mouseClick(second.resume_bar.resume_button, Qt.MouseButton.LeftButton)
        batch = second.batch_window
        assert batch is not None
        with qtbot.waitSignal(batch.run_ended, timeout=30000) as ended:
            pass
        assert ended.args[0].finished
        assert batch.job is not None
        assert batch.job.id == job_id
        assert store_of(batch).pending(job_id) == []
        assert batch.run_panel.bar.format() == "120 / 120 orders answered"
    finally:
        second.shutdown()


def _crashed_demo_job(ctx: Services, order_ids: list[str]) -> str:
    """A job as a killed process leaves it: state "running", some orders never asked."""
    with JobStore(jobs_file(ctx)) as store:
        job = store.create(
            preview_text("\n".join(order_ids)),
            profile=DEMO_RECORDED_NAME,
            merchant_id=DEMO_MERCHANT_ID,
            environment="sandbox",
            source_name="yesterday.xlsx",
            settings=JobSettings(concurrency=2, qps=0.0),
        )
    return job.id


def test_a_crashed_job_is_offered_and_later_puts_it_off(
    qtbot: QtBot, window: MainWindow, demo_ctx: Services
) -> None:
    job_id = _crashed_demo_job(demo_ctx, ids(6001, 30))
    window.shutdown()
    second = next_start(qtbot, demo_ctx)
    try:
        qtbot.waitUntil(
            lambda: second.resume_bar is not None and second.resume_bar.isVisible(), timeout=10000
        )
        assert second.resume_bar is not None
        assert (
            f"interrupted: 30 of 30 orders left (job {job_id}, yesterday.xlsx)"
            in second.resume_bar.text.text()
        )
        qtbot.mouseClick(second.resume_bar.later_button, Qt.MouseButton.LeftButton)
        assert not second.resume_bar.isVisible()
        assert second.batch_window is None  # nothing was asked
    finally:
        second.shutdown()
    with JobStore(jobs_file(demo_ctx)) as store:
        assert [j.id for j in store.jobs(unfinished_only=True)] == [job_id]  # offered again


def test_a_demo_job_resumed_without_the_demo_running_starts_it(
    qtbot: QtBot, first_run: MainWindow
) -> None:
    ctx = first_run.ctx
    job_id = _crashed_demo_job(ctx, ids(7001, 20))
    first_run.shutdown()
    second = next_start(qtbot, ctx)
    try:
        qtbot.waitUntil(
            lambda: second.resume_bar is not None and second.resume_bar.isVisible(), timeout=10000
        )
        assert second.resume_bar is not None
        qtbot.mouseClick(second.resume_bar.resume_button, Qt.MouseButton.LeftButton)
        assert ctx.demo_profile is not None  # the demo merchant is back to finish its job
        batch = second.batch_window
        assert batch is not None
        with qtbot.waitSignal(batch.run_ended, timeout=30000) as ended:
            pass
        assert ended.args[0].finished
        assert "Demo merchant (sandbox)" in batch.who.text()
        assert store_of(batch).tally(job_id).completed == 20
    finally:
        second.shutdown()


@pytest.mark.qt_log_ignore(DIALOG_OFFSCREEN)
def test_a_job_another_program_runs_is_not_started_and_the_window_says_who_runs_it(
    qtbot: QtBot, window: MainWindow, demo_ctx: Services
) -> None:
    job_id = _crashed_demo_job(demo_ctx, ids(8001, 20))
    other = JobStore(jobs_file(demo_ctx))  # another program (leshua-query batch --resume) runs it
    try:
        theirs = other.take_lease(job_id, 120)
        window.shutdown()
        second = next_start(qtbot, demo_ctx)
        try:
            qtbot.wait(1500)  # past the first paint's look for unfinished jobs
            # running elsewhere: not offered (resuming it would be refused)
            assert second.resume_bar is None or not second.resume_bar.isVisible()
            before = 0 if demo_ctx.sandbox is None else requests(demo_ctx)
            batch = second.open_batch(job_id=job_id)  # asked for anyway (it was just taken)
            qtbot.waitUntil(lambda: getattr(batch, "failure_box", None) is not None, timeout=10000)
            said = batch.failure_box.text()
            assert said == (
                f"job {job_id} is running in another program (pid {os.getpid()} on "
                f"{socket.gethostname()}): wait for it or stop it"
            )
            assert batch.controller.job is None  # never started
            assert not batch.controller.running
            assert (0 if demo_ctx.sandbox is None else requests(demo_ctx)) == before
            assert other.lease(job_id) == theirs  # the other program still holds it
            assert store_of(batch).tally(job_id).completed == 0
        finally:
            second.shutdown()
    finally:
        other.close()
