"""The GUI figures of ``coachdesk bench``: how long the unlock dialog takes to appear, and
the longest stall of the event loop while a coach unlocks, opens the largest engagement,
types a search and scrolls its results, in the real window (offscreen).

A timer asks to run every ``TICK_MS``; any gap between two runs beyond that is time the
event loop could not answer the coach. The worst gap over the scripted use is
``gui_max_stall_ms``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TICK_MS = 5
WAIT_LIMIT_S = 120.0
TYPE_PAUSE_MS = 90  # between keystrokes: a brisk typist
SCROLL_STEPS = 20


class StallMonitor(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.worst_ms = 0.0
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.worst_ms = max(self.worst_ms, (now - self._last) * 1000.0 - TICK_MS)
        self._last = now


def pause(ms: int) -> None:
    """Let the event loop run for ``ms`` (as a person's pause between actions)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.perf_counter() + WAIT_LIMIT_S
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the window never got to: {what}")
        pause(TICK_MS)


def measure(
    folder: Path, passphrase: str, engagement_id: str, query: str, launched: float
) -> dict[str, Any]:
    """Drive the real app; ``launched`` is the wall-clock time the process was started."""
    from coachdesk.gui.app import App, load_translation
    from coachdesk.gui.dialogs.unlock import UnlockDialog

    qapp = QApplication.instance() or QApplication(["coachdesk"])
    assert isinstance(qapp, QApplication)
    qapp.setQuitOnLastWindowClosed(False)
    load_translation(qapp)
    root = App(folder)
    painted: list[float] = []
    root.start()
    dialog = root.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.painted.connect(lambda: painted.append(time.time()))
    wait_until(lambda: bool(painted), "paint the unlock dialog")
    first_dialog_ms = (painted[0] - launched) * 1000.0

    monitor = StallMonitor()
    monitor.start()
    try:
        # The coach reads the dialog and types: the window's modules load meanwhile (a
        # stall there counts as any other).
        wait_until(lambda: root._window is not None, "prepare the main window")
        window = root.window
        dialog.passphrase.setText(passphrase)
        unlock_started = time.perf_counter()
        dialog.unlock_button.click()
        wait_until(
            lambda: window.isVisible() and window.navigation.model().rowCount() > 0,
            "unlock and list the practice",
        )
        unlocked_ms = (time.perf_counter() - unlock_started) * 1000.0
        pause(200)

        window.open_engagement(engagement_id)
        sessions = window.sessions.model()
        wait_until(lambda: sessions.rowCount() > 0, "open the largest engagement")
        window.sessions.setCurrentIndex(sessions.index(0, 0))
        pause(300)

        window.search_action.trigger()
        for ch in query:
            QTest.keyClicks(window.search.query, ch)
            pause(TYPE_PAUSE_MS)
        wait_until(lambda: window.search.model.rowCount() > 0, "show search results")
        pause(400)
        bar = window.search.results.verticalScrollBar()
        for _ in range(SCROLL_STEPS):
            bar.setValue(bar.maximum())
            pause(60)
        results = window.search.model.rowCount()
    finally:
        monitor.stop()
        root.shutdown()
    return {
        "gui_first_dialog_ms": first_dialog_ms,
        "gui_unlock_ms": unlocked_ms,
        "gui_max_stall_ms": monitor.worst_ms,
        "gui_search_results": results,
    }
