"""The settings controller (gui/controllers/settings.py): a new language is offered with a
restart, or said to apply next time; the idle lock takes the minutes chosen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from coachdesk.gui import settings
from coachdesk.gui.mainwindow import MainWindow
from coachdesk.gui.tasks import Tasks


@pytest.fixture
def window(qtbot):
    tasks = Tasks()
    w = MainWindow(tasks)
    qtbot.addWidget(w)
    yield w
    tasks.shutdown()


def _choose_italian(window) -> QMessageBox:
    italian = next(a for a in window.findChildren(QAction) if a.data() == "it")
    italian.trigger()
    box = window.settings_flows.language_box
    assert box is not None and box.isVisible()
    return box


def _button(box: QMessageBox, role: QMessageBox.ButtonRole):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def test_a_new_language_can_wait_for_the_next_start(qtbot, window):
    box = _choose_italian(window)
    assert settings.language() == "it"
    with qtbot.assertNotEmitted(window.restart_requested):
        _button(box, QMessageBox.ButtonRole.RejectRole).click()
    assert window.statusBar().currentMessage() == (
        "The new language applies the next time CoachDesk starts."
    )


def test_a_new_language_can_restart_now(qtbot, window):
    box = _choose_italian(window)
    with qtbot.waitSignal(window.restart_requested):
        _button(box, QMessageBox.ButtonRole.AcceptRole).click()


def test_the_idle_lock_takes_the_minutes_chosen(qtbot, window):
    window.idle_action.trigger()
    dialog = window.settings_flows.idle_dialog
    assert dialog is not None and dialog.intValue() == settings.idle_lock_minutes()
    with qtbot.waitSignal(window.idle_minutes_changed) as changed:
        dialog.setIntValue(7)
        dialog.accept()
    assert changed.args == [7] and settings.idle_lock_minutes() == 7
