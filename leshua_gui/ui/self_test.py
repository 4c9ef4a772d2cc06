"""`leshua-gui --self-test`: what a support call or CI needs to know the installed app works.

Prints versions, the Qt platform plugin, the keyring backend (unsafe fails), where data and logs
live and which translations load; then starts the sandbox in-process and runs one verified query
through the core and the background-task helper. Exit 0 only when everything passed.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEventLoop, QTimer, qVersion
from PySide6.QtGui import QGuiApplication

from leshua_gui import APP_NAME, __version__
from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.keystore import check_backend
from leshua_gui.ui import i18n
from leshua_gui.ui.gc_guard import GarbageCollector
from leshua_gui.ui.icons import icon
from leshua_gui.ui.tasks import TaskContext, TaskRunner

QUERY_ORDER = "DEMO-PAID-WX"


def run_self_test(emit: Callable[[str], None]) -> int:
    from leshua_gui.ui.app_main import make_application

    app = make_application()
    collector = GarbageCollector(app)
    collector.start()  # as in the app: no garbage collection on the worker thread
    failures: list[str] = []

    def check(name: str, ok: bool, detail: str) -> None:
        emit(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
        if not ok:
            failures.append(name)

    emit(f"{APP_NAME} {__version__}")
    emit(f"     Python {platform.python_version()} ({sys.platform}, {platform.machine()})")
    emit(
        f"     Qt {qVersion()}, PySide6 {pyside_version}, frozen: {bool(getattr(sys, 'frozen', False))}"
    )
    check(
        "Qt platform plugin", bool(QGuiApplication.platformName()), QGuiApplication.platformName()
    )

    status = check_backend()
    check("keyring backend", status.safe, status.name if status.safe else status.message())

    paths = app_paths()
    try:
        paths.ensure()
        check("data folders", True, f"config {paths.config}, data {paths.data}, logs {paths.logs}")
    except OSError as exc:
        check("data folders", False, str(exc))

    loaded = [*i18n.install("zh_CN"), *i18n.install("zh_TW")]
    wanted = ("leshua_zh_CN", "qtbase_zh_CN", "leshua_zh_TW", "qtbase_zh_TW")
    check("translations", all(name in loaded for name in wanted), ", ".join(loaded) or "none")
    i18n.install("en")
    check("icons", not icon("app").pixmap(64, 64).isNull(), "app icon renders")

    check("Qt signals", *_signals_keep_references())
    check("sandbox query", *_sandbox_query())
    check("batch process", *_batch_process())
    check("watch and close", *_watch_and_close())
    collector.stop()
    emit("self-test passed" if not failures else f"self-test FAILED: {', '.join(failures)}")
    return 0 if not failures else 1


def _signals_keep_references() -> tuple[bool, str]:
    """Emitting a signal keeps the references of True (PySide6 6.12.0 dropped one an emit,
    and the app aborted after a few thousand: "bool_dealloc")."""
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        ping = Signal()

    source = Source()
    before = sys.getrefcount(True)
    for _ in range(200):
        source.ping.emit()
    lost = before - sys.getrefcount(True)
    return lost < 20, "emit keeps reference counts" if lost < 20 else f"{lost} references lost"


def _batch_process() -> tuple[bool, str]:
    """The process a batch job runs in starts and answers (leshua-query beside the window)."""
    import json
    import subprocess

    from leshua_gui.app.batch_process import worker_command

    command = worker_command()
    try:
        child = subprocess.run(
            command, input='{"probe": true}\n', capture_output=True, text=True, timeout=60,
            check=False, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )  # fmt: skip
        ready = json.loads(child.stdout or "{}").get("ready") is True
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        return False, f"{command[0]}: {exc}"
    return ready, "starts and answers" if ready else f"exit status {child.returncode}"


def _watch_and_close() -> tuple[bool, str]:
    """The watch list's file kept, and a guarded close of a paying sandbox order verified
    closed (in a folder of its own, recording nothing)."""
    import tempfile
    from pathlib import Path

    from leshua_gui.app.close import close_guarded
    from leshua_gui.app.services import demo_profile
    from leshua_gui.core.gateway.client import GatewayClient
    from leshua_gui.core.profiles.store import Profile
    from leshua_gui.core.protocol.validation import OrderRef
    from leshua_gui.core.watch.store import WatchStore
    from leshua_gui.sandbox.server import Sandbox

    class Bare:
        """What a lookup needs, against the self-test's sandbox; nothing is recorded."""

        def __init__(self, sandbox: Sandbox) -> None:
            self.sandbox = sandbox

        def transaction_key(self, profile: Profile) -> str:  # noqa: ARG002 (the one merchant)
            return self.sandbox.transaction_key

        def client_for(self, profile: Profile, key: str) -> GatewayClient:
            return GatewayClient(self.sandbox.url, profile.merchant_id, key)

        def record(self, *_args: object, **_kw: object) -> None:
            return None

    order = OrderRef.of(third_order_id="DEMO-PENDING")
    try:
        with tempfile.TemporaryDirectory() as folder, Sandbox() as sandbox:
            with WatchStore(Path(folder) / "watch.sqlite3") as store:
                entry, _ = store.add(
                    profile_id="self-test", profile="self-test", merchant_id=sandbox.merchant_id,
                    environment="sandbox", order=order, now_ms=0, hours=1, first_check_ms=0,
                )  # fmt: skip
                kept = store.get(entry.id) is not None
            outcome = close_guarded(Bare(sandbox), demo_profile(), order, order.value, record=False)
    except Exception as exc:  # a missing module in a frozen build, a file that cannot be made
        return False, f"{type(exc).__name__}: {exc}"
    ok = kept and outcome.closed
    return (
        ok,
        f"watch list kept an entry: {kept}, DEMO-PENDING closed and verified: {outcome.closed}",
    )


def _sandbox_query() -> tuple[bool, str]:
    """One verified query through GatewayClient, polling and the background-task helper."""
    from leshua_gui.core.gateway.client import GatewayClient
    from leshua_gui.core.gateway.polling import PollResult, poll
    from leshua_gui.core.protocol.validation import OrderRef
    from leshua_gui.sandbox.server import Sandbox

    answers: list[PollResult] = []
    errors: list[BaseException] = []
    loop = QEventLoop()
    runner = TaskRunner()
    with Sandbox() as sandbox:

        def work(ctx: TaskContext[None]) -> PollResult:
            with GatewayClient(sandbox.url, sandbox.merchant_id, sandbox.transaction_key) as client:
                order = OrderRef.of(third_order_id=QUERY_ORDER)
                return poll(lambda: client.query_status(order), deadline_s=0, cancel=ctx.cancel)

        def done(result: PollResult) -> None:
            answers.append(result)
            loop.quit()

        def failed(exc: BaseException) -> None:
            errors.append(exc)
            loop.quit()

        runner.run(work, on_success=done, on_failure=failed)
        QTimer.singleShot(20000, loop.quit)
        loop.exec()
        runner.shutdown()
    result = answers[0] if answers else None
    if result is not None and result.reply is not None:
        answer = result.reply.answer
        ok = result.reply.verification.trusted and answer.status == "2"
        return (
            ok,
            f"{QUERY_ORDER} status {answer.status}, signature {result.reply.verification.status}, {result.reply.exchange.elapsed_ms:.0f} ms",
        )
    if errors:
        return False, str(errors[0])
    return False, str(result.error if result is not None else "no answer in 20 s")
