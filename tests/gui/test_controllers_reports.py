"""The reports controller (gui/controllers/reports.py): the board, the report and the
engagement's ledger need an open engagement; the practice's ledger and the coaching log
do not; every such window goes with the lock."""

from __future__ import annotations

import pytest

from coachdesk.gui.dialogs.coaching_log import CoachingLogDialog
from coachdesk.gui.dialogs.ledger import LedgerDialog
from coachdesk.gui.mainwindow import MainWindow
from coachdesk.gui.tasks import Tasks


@pytest.fixture
def window(qtbot, vault_info):
    tasks = Tasks()
    w = MainWindow(tasks)
    qtbot.addWidget(w)
    opened: list[object] = []
    tasks.run(lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    yield w
    tasks.shutdown()


def test_without_an_engagement_nothing_of_one_opens(qtbot, window):
    reports = window.reports
    reports.open_board()
    reports.open_report()
    reports.open_ledger(whole_practice=False)
    assert window._dialogs == []


def test_the_practice_s_ledger_and_the_coaching_log_open_and_go_with_the_lock(qtbot, window):
    window.practice_ledger_action.trigger()
    window.coaching_log_action.trigger()
    ledger, log = window._dialogs
    assert isinstance(ledger, LedgerDialog) and isinstance(log, CoachingLogDialog)
    assert ledger.isVisible() and log.isVisible()
    window.clear()
    assert window._dialogs == [] and not ledger.isVisible()
