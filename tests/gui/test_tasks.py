"""gui/tasks.py: the one database thread. Work runs off the GUI thread, results and errors
come back on it, the busy signal follows the pending work, the vault is opened and closed on
the worker, and the worker follows the trace hook coverage and debuggers install."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread, QTimer

from coachdesk.errors import VaultInUse, WrongPassphrase
from coachdesk.gui.tasks import BUSY_AFTER_MS, Context, Tasks
from coachdesk.services import vault as vault_service

TIMEOUT = 20_000


@pytest.fixture
def tasks(qtbot: Any) -> Iterator[Tasks]:
    tasks = Tasks()
    yield tasks
    tasks.shutdown()


def run_and_wait(qtbot: Any, tasks: Tasks, fn: Any) -> tuple[str, Any]:
    """Run ``fn`` on the worker; ('done', result) or ('failed', error) from the callbacks."""
    out: list[tuple[str, Any]] = []
    tasks.run(fn, lambda r: out.append(("done", r)), lambda e: out.append(("failed", e)))
    qtbot.waitUntil(lambda: bool(out), timeout=TIMEOUT)
    return out[0]


def test_work_runs_on_the_database_thread_and_its_result_arrives_on_the_gui_thread(
    qtbot: Any, tasks: Tasks
) -> None:
    gui_thread = QThread.currentThread()
    seen: dict[str, Any] = {}

    def work(ctx: Context) -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def done(result: int) -> None:
        seen["callback"] = QThread.currentThread()
        seen["result"] = result

    tasks.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=TIMEOUT)
    assert seen["result"] == 42
    assert seen["worker"] is not gui_thread
    assert seen["worker"].objectName() == "coachdesk-database"
    assert seen["callback"] is gui_thread
    assert tasks.pending == 0


def test_jobs_run_one_at_a_time_in_the_order_they_were_submitted(qtbot: Any, tasks: Tasks) -> None:
    order: list[int] = []
    results: list[int] = []
    for n in range(5):
        tasks.run(lambda ctx, n=n: order.append(n) or n, results.append)
    assert tasks.pending == 5
    qtbot.waitUntil(lambda: len(results) == 5, timeout=TIMEOUT)
    assert order == results == [0, 1, 2, 3, 4]
    assert tasks.pending == 0


def test_an_error_goes_to_its_own_callback_and_not_to_the_error_signal(
    qtbot: Any, tasks: Tasks
) -> None:
    unhandled: list[object] = []
    tasks.error.connect(unhandled.append)

    def boom(ctx: Context) -> None:
        raise ValueError("no")

    kind, error = run_and_wait(qtbot, tasks, boom)
    assert kind == "failed"
    assert isinstance(error, ValueError)
    assert unhandled == []


def test_an_error_without_a_callback_is_emitted_on_the_error_signal(
    qtbot: Any, tasks: Tasks
) -> None:
    def boom(ctx: Context) -> None:
        raise ValueError("no")

    with qtbot.waitSignal(tasks.error, timeout=TIMEOUT) as blocker:
        tasks.run(boom)
    assert isinstance(blocker.args[0], ValueError)
    assert tasks.pending == 0


def let_the_threshold_pass(qtbot: Any) -> None:
    """A "never shows" can only be seen by letting the busy threshold pass; a timer says when."""
    later = QTimer()
    later.setSingleShot(True)
    with qtbot.waitSignal(later.timeout, timeout=TIMEOUT):
        later.start(3 * BUSY_AFTER_MS)


def test_busy_comes_on_only_when_work_takes_longer_than_the_threshold_and_goes_off_after(
    qtbot: Any, tasks: Tasks
) -> None:
    states: list[bool] = []
    tasks.busy.connect(states.append)
    release = threading.Event()

    # Quick work: settled before the busy timer fires, so only "not busy" is said.
    kind, _ = run_and_wait(qtbot, tasks, lambda ctx: None)
    assert kind == "done"
    let_the_threshold_pass(qtbot)
    assert states == [False]  # and no late "busy" once nothing is pending

    # Work held on the worker until the spinner shows: busy, then not busy when it ends.
    states.clear()
    with qtbot.waitSignal(tasks.busy, timeout=TIMEOUT, check_params_cb=lambda b: b):
        tasks.run(lambda ctx: release.wait(TIMEOUT / 1000))
    assert tasks.pending == 1
    with qtbot.waitSignal(tasks.busy, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        release.set()
    assert states == [True, False]
    let_the_threshold_pass(qtbot)
    assert states == [True, False]
    assert BUSY_AFTER_MS == 150  # spec §10: a spinner only for work a coach would notice


def test_the_context_opens_uses_and_closes_the_vault_on_the_worker(
    qtbot: Any, tasks: Tasks, vault_info: Any
) -> None:
    def locked_db(ctx: Context) -> object:
        return ctx.db

    kind, error = run_and_wait(qtbot, tasks, locked_db)
    assert kind == "failed" and isinstance(error, RuntimeError)

    kind, folder = run_and_wait(
        qtbot, tasks, lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase)
    )
    assert (kind, folder) == ("done", vault_info.folder)
    kind, count = run_and_wait(
        qtbot, tasks, lambda ctx: ctx.db.conn.execute("SELECT count(*) FROM engagements").fetchone()
    )
    assert kind == "done" and tuple(count) == (0,)

    # The vault is held (its lock) until the worker closes it on shutdown.
    with pytest.raises(VaultInUse):
        vault_service.open_vault(vault_info.folder, vault_info.passphrase)
    tasks.shutdown()
    vault_service.open_vault(vault_info.folder, vault_info.passphrase).close()
    tasks.shutdown()  # a second shutdown does nothing


def test_a_wrong_passphrase_leaves_the_context_locked(
    qtbot: Any, tasks: Tasks, vault_info: Any
) -> None:
    kind, error = run_and_wait(qtbot, tasks, lambda ctx: ctx.open(vault_info.folder, "wrong one!"))
    assert kind == "failed" and isinstance(error, WrongPassphrase)
    kind, vault = run_and_wait(qtbot, tasks, lambda ctx: ctx.vault)
    assert (kind, vault) == ("done", None)


def test_adopting_a_vault_closes_the_one_that_was_open(
    qtbot: Any, tasks: Tasks, vault_info: Any
) -> None:
    run_and_wait(qtbot, tasks, lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase))

    def swap(ctx: Context) -> bool:
        first = ctx.vault
        assert first is not None
        ctx.close()  # the lock is released, so the same folder can be opened again
        ctx.adopt(vault_service.open_vault(vault_info.folder, vault_info.passphrase))
        second = ctx.vault
        ctx.adopt(second)  # adopting closes what was open first: here, itself
        return second is not first and ctx.vault is second

    kind, ok = run_and_wait(qtbot, tasks, swap)
    assert (kind, ok) == ("done", True)


def test_the_worker_follows_the_trace_hook_that_coverage_and_debuggers_set(
    qtbot: Any, tasks: Tasks
) -> None:
    """A QThread is not a threading.Thread: without the worker installing threading's trace
    hook, the database work would run unmeasured by coverage and blind to debuggers."""
    called: list[str] = []

    def hook(frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            called.append(frame.f_code.co_name)
        return None

    def traced_job(ctx: Context) -> str:
        return threading.current_thread().name

    previous = threading.gettrace()
    threading.settrace(hook)  # type: ignore[arg-type]
    try:
        kind, _ = run_and_wait(qtbot, tasks, traced_job)
    finally:
        threading.settrace(previous)  # type: ignore[arg-type]
    assert kind == "done"
    assert "traced_job" in called
    assert sys.gettrace() is not hook  # the GUI thread's own tracing is left alone
