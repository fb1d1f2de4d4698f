"""Cycles are freed on the GUI thread only (gui/collector.py): a Qt object of the GUI
thread must never be destroyed by the database thread or a background job."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import ClassVar

from coachdesk.gui.collector import GuiThreadCollector, due_generation


def test_the_due_generation_follows_cpython_s_thresholds():
    th = (700, 10, 10)
    assert due_generation((10, 0, 0), th) is None
    assert due_generation((701, 3, 0), th) == 0
    assert due_generation((701, 11, 3), th) == 1
    assert due_generation((701, 11, 11), th) == 2


class _Node:
    finalised_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it

    def __del__(self) -> None:
        _Node.finalised_on.append(threading.current_thread().name)


def test_a_cycle_is_freed_on_the_gui_thread_not_on_a_thread_that_allocates(qtbot):
    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        _Node.finalised_on.clear()
        node = _Node()
        ref = weakref.ref(node)
        del node

        def allocate() -> None:
            junk = [[k] for k in range(200_000)]  # far past every threshold
            del junk

        worker = threading.Thread(target=allocate, name="busy-worker")
        worker.start()
        worker.join()
        assert ref() is not None and _Node.finalised_on == []
        gc.set_threshold(1, 1, 1)
        try:
            qtbot.waitUntil(lambda: ref() is None, timeout=5000)
        finally:
            gc.set_threshold(700, 10, 10)
        assert _Node.finalised_on == [threading.main_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled()


def test_the_app_collects_on_its_own_thread_from_the_start_until_shutdown(qtbot, vault_info):
    from coachdesk.gui.app import App

    root = App(vault_info.folder)
    try:
        assert not gc.isenabled()
    finally:
        root.shutdown()
    assert gc.isenabled()
