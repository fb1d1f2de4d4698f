"""The one worker thread that owns the vault and its database connection.

A SQLCipher connection belongs to the thread that opened it, and the GUI must never wait on
the database (spec §10: no event-loop stall over 100 ms). Every vault operation, unlocking
included (the Argon2id derivation takes a good fraction of a second), is submitted here as a
callable; its result or error comes back on the GUI thread through a callback.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from coachdesk.services import vault as vault_service
from coachdesk.services.vault import Database, Vault

BUSY_AFTER_MS = 150


class Context:
    """What a task may use: the open vault, on the worker thread only."""

    def __init__(self) -> None:
        self.vault: Vault | None = None

    @property
    def db(self) -> Database:
        if self.vault is None:
            raise RuntimeError("the vault is locked")
        return self.vault.db

    def open(self, folder: Path, passphrase: str) -> Path:
        self.close()
        self.vault = vault_service.open_vault(folder, passphrase)
        return folder

    def adopt(self, vault: Vault) -> None:
        self.close()
        self.vault = vault

    def close(self) -> None:
        if self.vault is not None:
            vault, self.vault = self.vault, None
            vault.close()


@dataclass
class _Job:
    fn: Callable[[Context], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None


def _follow_thread_hooks() -> None:  # pragma: no cover - runs before the tracer it installs
    """Install the trace function that coverage or a debugger gave ``threading.settrace``.

    The worker is a QThread, not a ``threading.Thread``, so that hook never reaches it by
    itself and the database work would run unmeasured (and without breakpoints). It takes
    effect from the next call on, so the slots below only call this and then the real work."""
    hook = threading.gettrace()
    if hook is not None and sys.gettrace() is None:
        sys.settrace(hook)


class _Worker(QObject):
    done = Signal(object, object)
    failed = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.context = Context()

    @Slot(object)
    def execute(self, job: _Job) -> None:  # pragma: no cover - see _follow_thread_hooks
        _follow_thread_hooks()
        self._execute(job)

    def _execute(self, job: _Job) -> None:
        try:
            result = job.fn(self.context)
        except Exception as exc:  # handed to the GUI thread, which shows it
            self.failed.emit(job, exc)
        else:
            self.done.emit(job, result)

    @Slot()
    def close_vault(self) -> None:  # pragma: no cover - see _follow_thread_hooks
        _follow_thread_hooks()
        self.context.close()


class Tasks(QObject):
    """Submit work to the database thread; ``busy`` says when the coach should see a spinner."""

    _request = Signal(object)
    busy = Signal(bool)
    error = Signal(object)  # an error no callback handled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("coachdesk-database")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.execute)
        self._worker.done.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._pending = 0
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.emit(True))
        self._thread.start()

    def run(
        self,
        fn: Callable[[Context], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self._busy_timer.start()
        self._request.emit(_Job(fn, on_done, on_error))

    @property
    def pending(self) -> int:
        return self._pending

    def _settle(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self._busy_timer.stop()
            self.busy.emit(False)

    @Slot(object, object)
    def _finished(self, job: _Job, result: Any) -> None:
        self._settle()
        if job.on_done is not None:
            job.on_done(result)

    @Slot(object, object)
    def _failed(self, job: _Job, exc: Exception) -> None:
        self._settle()
        if job.on_error is not None:
            job.on_error(exc)
        else:
            self.error.emit(exc)

    def shutdown(self) -> None:
        """Close the vault on its own thread, then stop the thread."""
        if not self._thread.isRunning():
            return
        QMetaObject.invokeMethod(
            self._worker, "close_vault", Qt.ConnectionType.BlockingQueuedConnection
        )
        self._thread.quit()
        self._thread.wait()
