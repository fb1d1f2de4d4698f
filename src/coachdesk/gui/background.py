"""Work that needs no vault connection, on a thread of its own (today: the second half of
the automatic backup, which grows with the vault). Its result or error comes back on the
GUI thread through a callback, as from :class:`coachdesk.gui.tasks.Tasks`; the database
thread stays free for what the coach asks meanwhile.

Collecting garbage on such a thread is left to :mod:`coachdesk.gui.collector`.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

Callback = Callable[[Any], None] | None


# How much lower than the window's the background thread's scheduling priority is (the
# Unix "nice" scale): on two cores, a page check or a backup of a large vault competing
# with the window's thread and the database thread would otherwise make the window wait.
BACKGROUND_NICENESS = 10


def _yield_to_the_window() -> None:
    """Lower this thread's priority where the system allows it per thread (Linux: a
    thread's id is a process id to ``setpriority``); elsewhere nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        tid = threading.get_native_id()
        os.setpriority(
            os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + BACKGROUND_NICENESS
        )


class Background(QObject):
    _done = Signal(object, object)
    _failed = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: list[threading.Thread] = []
        # Emitted from the worker thread, delivered here on the GUI thread (queued).
        self._done.connect(self._deliver)
        self._failed.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callback = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        def body() -> None:
            _yield_to_the_window()
            try:
                result = fn()
            except Exception as exc:  # handed to the GUI thread, which shows it
                outcome, callback, value = self._failed, on_error, exc
            else:
                outcome, callback, value = self._done, on_done, result
            with contextlib.suppress(RuntimeError):  # the window already gone (quit)
                outcome.emit(callback, value)

        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=body, name="coachdesk-background", daemon=True)
        self._threads.append(thread)
        thread.start()

    @property
    def running(self) -> int:
        return sum(t.is_alive() for t in self._threads)

    def wait(self) -> None:
        """Let every job finish. Quitting does not wait: a backup cut short leaves only a
        scratch folder, tidied on the next unlock, which then makes the day's backup."""
        for thread in self._threads:
            thread.join()

    @Slot(object, object)
    def _deliver(self, callback: Callback, value: Any) -> None:
        if callback is not None:
            callback(value)
