"""The personal-data controller (gui/controllers/personal_data.py): what the status bar says
about the backups in each state, and that the window forgets an erased coachee's engagement
(and warns when the file could not be compacted)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coachdesk.gui.mainwindow import MainWindow
from coachdesk.gui.tasks import Tasks
from coachdesk.services import backup
from coachdesk.services.erasure import ErasureSummary

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def window(qtbot):
    tasks = Tasks()
    w = MainWindow(tasks)
    qtbot.addWidget(w)
    yield w
    tasks.shutdown()


def _state(days_old: float) -> backup.BackupState:
    info = backup.BackupInfo(
        Path("/backups/vault-1.cdbk"), NOW - dt.timedelta(days=days_old), "v", 6
    )
    return backup.BackupState(info, made_now=False)


def test_a_recent_backup_is_said_in_grey_with_its_folder(qtbot, window):
    window.personal_data._backup_done(_state(1), NOW)
    label = window.backup_label
    assert label.text() == "Last backup: 2026-11-19 09:00"
    assert label.toolTip() == "/backups" and "#5f6b7a" in label.styleSheet()


def test_a_week_old_backup_is_said_in_red(qtbot, window):
    window.personal_data._backup_done(_state(8), NOW)
    assert window.backup_label.text() == "⚠ Last backup 2026-11-12 09:00: over a week old"
    assert "#b3261e" in window.backup_label.styleSheet()


def test_no_backup_at_all_is_a_failure_said_in_the_status_bar(qtbot, window):
    window.personal_data._backup_done(backup.BackupState(None, made_now=False), NOW)
    assert window.backup_label.text() == "⚠ Backup failed"
    assert window.backup_label.toolTip() == "no backup exists"
    assert window.statusBar().currentMessage() == ("The automatic backup failed: no backup exists")


def test_a_read_only_vault_says_so_and_is_not_backed_up(qtbot, window):
    window.personal_data._backup_done(backup.BackupState(None, False, read_only=True), NOW)
    assert window.backup_label.text() == "Read-only vault"
    assert "not backed up" in window.backup_label.toolTip()


def test_an_erasure_the_disk_could_not_compact_warns_and_says_what_to_do(qtbot, window):
    refreshed: list[bool] = []
    window.navigator.refresh = lambda: refreshed.append(True)
    window.personal_data._erased(ErasureSummary("ada", {}, (), compacted=False))
    box = window.personal_data.erase_warning
    assert box is not None and box.isVisible() and "lock and unlock" in box.text()
    assert refreshed == [True]
    box.close()
