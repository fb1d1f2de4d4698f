"""gui/background.py: work on a thread of its own, its result back on the GUI thread."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from coachdesk.gui.background import BACKGROUND_NICENESS, Background


def test_a_job_runs_elsewhere_and_answers_on_the_gui_thread(qtbot):
    jobs = Background()
    ran_on: list[str] = []
    answered_on: list[tuple[str, int]] = []

    def work() -> int:
        ran_on.append(threading.current_thread().name)
        return 42

    jobs.run(work, lambda value: answered_on.append((threading.current_thread().name, value)))
    qtbot.waitUntil(lambda: bool(answered_on), timeout=5000)
    assert ran_on == ["coachdesk-background"]
    assert answered_on == [(threading.main_thread().name, 42)]
    jobs.wait()
    assert jobs.running == 0


def test_an_error_reaches_its_callback_on_the_gui_thread(qtbot):
    jobs = Background()
    errors: list[tuple[str, str]] = []

    def fail() -> None:
        raise ValueError("disk gone")

    jobs.run(fail, on_error=lambda exc: errors.append((threading.current_thread().name, str(exc))))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == [(threading.main_thread().name, "disk gone")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priority: Linux")
def test_a_job_runs_at_a_lower_priority_than_the_window(qtbot):
    jobs = Background()
    seen: list[int] = []

    def work() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    jobs.run(work, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    window = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert seen[0] >= min(window + BACKGROUND_NICENESS, 19)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == window
