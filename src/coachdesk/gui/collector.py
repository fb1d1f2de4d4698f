"""Python's cycle collector, run on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a generation's count
passes its threshold. In this app that may be the database thread or a background backup,
and a cycle it frees may hold a Qt object of the GUI thread (a closed dialog and its cursor
timer), which Qt forbids destroying elsewhere ("Timers cannot be stopped from another
thread", or a crash). So while the window runs, automatic collection is off and a timer on
the GUI thread collects, by the same thresholds CPython uses, a generation at a time.
Reference counting still frees everything that is not a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Qt, QTimer

INTERVAL_MS = 100


def due_generation(counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> int | None:
    """The generation CPython would collect now (the oldest one whose count passed its
    threshold, counting from the youngest), or None."""
    if counts[0] <= thresholds[0]:
        return None
    if counts[1] <= thresholds[1]:
        return 0
    if counts[2] <= thresholds[2]:
        return 1
    return 2


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = False
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> None:
        threshold = gc.get_threshold()
        generation = due_generation(gc.get_count(), (threshold[0], threshold[1], threshold[2]))
        if generation is not None:
            gc.collect(generation)
