"""The engagement page through the real widgets: session details, deleting with undo and
reordering items, goals with ratings and KPIs, a new agreement version, actions with the
overdue highlight, and deletions that ask first and say what goes."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import (
    all_child_texts,
    child,
    current_session_text,
    select,
    select_session,
    session_count,
    unlocked_app,
)
from PySide6.QtWidgets import QMessageBox, QPushButton

from coachdesk.domain import ActionStatus, Category, Role, SessionKind
from coachdesk.gui.widgets.engagement_tabs import ACTIONS_TAB, AGREEMENT_TAB, GOALS_TAB
from coachdesk.services import demo
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000


@pytest.fixture
def window(qtbot, vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        demo.install_demo(vault, dt.date.today())
    root = unlocked_app(qtbot, vault_info.folder, vault_info.passphrase)
    w = root.window
    select(w, child(w, "ACME S.p.A.", 0))
    qtbot.waitUntil(lambda: session_count(w) > 0, timeout=TIMEOUT)
    select_session(w, 1)
    qtbot.waitUntil(lambda: len(w.editor.editors()) > 1, timeout=TIMEOUT)
    yield w
    root.shutdown()


def _reloaded(qtbot, w, check):
    qtbot.waitUntil(lambda: check(w.engagement.page.engagement), timeout=TIMEOUT)


def _confirm(qtbot, parent):
    qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)), timeout=TIMEOUT)
    box = parent.findChildren(QMessageBox)[-1]
    text = box.text()
    delete = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    delete.click()
    return text


def test_items_delete_with_undo_and_reorder(qtbot, window):
    w = window
    before = [e.item_id for e in w.editor.editors()]
    w.editor.editors()[0].delete_requested.emit(before[0])
    qtbot.waitUntil(lambda: w.undo_action.isEnabled(), timeout=TIMEOUT)
    assert [e.item_id for e in w.editor.editors()] == before[1:]
    w.undo_action.trigger()
    qtbot.waitUntil(lambda: [e.item_id for e in w.editor.editors()] == before, timeout=TIMEOUT)
    assert not w.undo_action.isEnabled()
    w.editor.editors()[0].move_requested.emit(before[0], 1)
    qtbot.waitUntil(
        lambda: [e.item_id for e in w.editor.editors()][:2] == [before[1], before[0]],
        timeout=TIMEOUT,
    )
    _reloaded(qtbot, w, lambda e: any(
        [i.id for i in s.items][:2] == [before[1], before[0]] for s in e.sessions
    ))  # fmt: skip


def test_session_details_save_themselves_and_the_list_follows(qtbot, window):
    w = window
    details = w.editor.details
    details.kind.setCurrentIndex(details.kind.findData(SessionKind.TRAINING.value))
    details.topic.setText("Difficult calls")
    details.topic.textEdited.emit("Difficult calls")
    qtbot.waitUntil(lambda: "Difficult calls" in current_session_text(w), timeout=TIMEOUT)
    _reloaded(
        qtbot,
        w,
        lambda e: any(
            s.topic == "Difficult calls" and s.kind is SessionKind.TRAINING for s in e.sessions
        ),
    )


def test_deleting_a_session_asks_first_and_says_what_goes(qtbot, window):
    w = window
    count = session_count(w)
    w.editor.delete_session.click()
    text = _confirm(qtbot, w)
    assert "note items (" in text and "cannot be undone" in text
    qtbot.waitUntil(lambda: session_count(w) == count - 1, timeout=TIMEOUT)


def test_goals_ratings_kpis_agreement_and_actions(qtbot, window):
    w = window
    tabs = w.tabs
    tabs.setCurrentIndex(GOALS_TAB)
    editor = w.goals.editors[0]
    editor.grow["will"].setPlainText("Hand over two reports by Friday")
    _reloaded(qtbot, w, lambda e: e.goals[0].grow.will == "Hand over two reports by Friday")
    ratings = len(w.engagement.page.engagement.goals[0].ratings)
    editor.rating_value.setValue(9)
    add_rating = next(b for b in editor.findChildren(QPushButton) if b.text() == "&Add rating")
    add_rating.click()
    _reloaded(qtbot, w, lambda e: len(e.goals[0].ratings) == ratings + 1)

    tabs._ask_new_kpi(w.engagement.page.engagement.goals[0].id)
    dialog = tabs._dialog
    dialog.name.setText("CSAT")
    dialog.unit.setText("%")
    dialog.target.setText("90")
    dialog.accept()
    _reloaded(qtbot, w, lambda e: any(k.name == "CSAT" for k in e.goals[0].kpis))

    tabs.setCurrentIndex(AGREEMENT_TAB)
    version = w.engagement.page.engagement.current_agreement.version
    w.tabs.agreement.new_version.click()
    agreement = tabs._dialog
    agreement.boxes[(Role.HR, Category.GOALS)].setChecked(True)
    agreement.accept()
    _reloaded(qtbot, w, lambda e: e.current_agreement.version == version + 1)
    assert w.engagement.page.engagement.current_agreement.permits_category(Role.HR, Category.GOALS)
    assert w.tabs.agreement.history.count() == version  # every earlier version listed

    tabs.setCurrentIndex(ACTIONS_TAB)
    panel = w.tabs.actions_panel
    overdue = [
        r for r in range(panel.table.rowCount()) if "overdue" in panel.table.item(r, 2).text()
    ]
    assert overdue, "the demo has an overdue action"
    panel.add.click()
    action = tabs._dialog
    action.text.setText("Book the three-way meeting")
    action.due.setDate(action.due.date().addDays(-30))
    action.accept()
    _reloaded(qtbot, w, lambda e: any(a.text == "Book the three-way meeting" for a in e.actions))
    row = next(
        r for r in range(panel.table.rowCount())
        if panel.table.item(r, 0).text() == "Book the three-way meeting"
    )  # fmt: skip
    assert "overdue" in panel.table.item(row, 2).text()
    panel.table.selectRow(row)
    panel.edit.click()
    tabs._dialog.status.setCurrentIndex(tabs._dialog.status.findData(ActionStatus.DONE.value))
    tabs._dialog.accept()
    _reloaded(qtbot, w, lambda e: any(
        a.text == "Book the three-way meeting" and a.status is ActionStatus.DONE for a in e.actions
    ))  # fmt: skip


def test_deleting_an_engagement_says_what_goes_with_it(qtbot, window, vault_info):
    w = window
    title = w.engagement.page.engagement.title
    w.delete_engagement_action.trigger()
    text = _confirm(qtbot, w)
    assert title in text and "sessions (" in text and "ledger" in text
    qtbot.waitUntil(lambda: w.engagement.page is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: all(
        title not in text
        for text in all_child_texts(w)
    ), timeout=TIMEOUT)  # fmt: skip
    # The tree is read back from the vault after the deletion: the engagement is gone.
