"""The rough edges of issue 17, each checked through the real window: dialogs that say what
is missing, sensible defaults, notes in view and sized to their text, the language change,
unique Alt keys, the remembered report recipient, elided names, a neutral "Unlocking…"."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from helpers import (
    child,
    select,
    select_session,
    session_count,
    tooltip,
    top,
    top_texts,
    unlocked_app,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
)

from coachdesk.domain import Organisation, Person
from coachdesk.gui.app import App
from coachdesk.gui.dialogs.entities import EngagementDialog, OrganisationDialog, PersonDialog
from coachdesk.gui.dialogs.report import ReportDialog
from coachdesk.services import demo
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000


def _start(qtbot, folder, passphrase):
    root = unlocked_app(qtbot, folder, passphrase)
    qtbot.waitUntil(lambda: root.window.isVisible(), timeout=TIMEOUT)
    return root


@pytest.fixture
def demo_root(qtbot, vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        demo.install_demo(vault, dt.date.today())
    root = _start(qtbot, vault_info.folder, vault_info.passphrase)
    yield root
    root.shutdown()


@pytest.fixture
def empty_root(qtbot, vault_info):
    root = _start(qtbot, vault_info.folder, vault_info.passphrase)
    yield root
    root.shutdown()


def _open_anna(qtbot, w):
    select(w, child(w, "ACME S.p.A.", 0))
    qtbot.waitUntil(lambda: session_count(w) > 0, timeout=TIMEOUT)


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_an_empty_organisation_name_keeps_the_dialog_open_and_says_what_is_missing(
    qtbot, empty_root
):
    w = empty_root.window
    w.practice.ask_organisation(None)
    dialog = w._dialogs[-1]
    assert isinstance(dialog, OrganisationDialog)
    dialog.name.setText("   ")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.message.text() == "Type the organisation's name."
    dialog.name.setText("Initech")
    _ok(dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(
        lambda: "Initech" in top_texts(w),
        timeout=TIMEOUT,
    )


def test_a_new_person_starts_in_the_organisation_selected_in_the_navigation(qtbot, demo_root):
    w = demo_root.window
    _open_anna(qtbot, w)  # an engagement under ACME is selected
    w.practice.ask_person(None)
    dialog = w._dialogs[-1]
    assert isinstance(dialog, PersonDialog)
    assert dialog.organisation.currentText() == "ACME S.p.A."
    dialog.close()
    select(w, top(w, "People"))
    w.practice.ask_person(None)
    assert w._dialogs[-1].organisation.currentData() == ""  # nothing selected: none


def test_a_new_stakeholder_row_names_nobody_until_the_coach_chooses(qtbot):
    people = [Person("anna", "Anna Rossi"), Person("marco", "Marco Bianchi")]
    dialog = EngagementDialog(people, [Organisation("o", "Acme")], None)
    qtbot.addWidget(dialog)
    dialog._add_row(None)
    person = dialog.stakeholders.cellWidget(0, 0)
    assert isinstance(person, QComboBox)
    assert person.currentIndex() == -1 and person.currentText() == ""
    assert dialog.stakeholder_list() == ()
    header = dialog.stakeholders.horizontalHeader()
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Stretch  # names get room


def test_a_new_note_item_scrolls_into_view_and_takes_the_focus(qtbot, demo_root):
    w = demo_root.window
    _open_anna(qtbot, w)
    select_session(w, 0)
    qtbot.waitUntil(lambda: w.editor._session is not None, timeout=TIMEOUT)
    editor = w.editor
    for _ in range(8):
        count = len(editor.editors())
        editor.add_item()
        qtbot.waitUntil(lambda c=count: len(editor.editors()) == c + 1, timeout=TIMEOUT)
    newest = editor.editors()[-1]
    qtbot.waitUntil(lambda: w.focusWidget() is newest.text, timeout=TIMEOUT)
    viewport = editor.items_area.viewport()

    def in_view():
        top_left = newest.text.mapTo(viewport, newest.text.rect().topLeft())
        return viewport.rect().contains(top_left)

    qtbot.waitUntil(in_view, timeout=TIMEOUT)
    assert editor.items_area.verticalScrollBar().value() > 0  # it did scroll


def test_note_boxes_size_to_their_text(qtbot, demo_root):
    w = demo_root.window
    _open_anna(qtbot, w)
    select_session(w, 0)
    qtbot.waitUntil(lambda: w.editor._session is not None, timeout=TIMEOUT)
    count = len(w.editor.editors())
    w.editor.add_item()
    qtbot.waitUntil(lambda: len(w.editor.editors()) == count + 1, timeout=TIMEOUT)
    note = w.editor.editors()[-1].text
    note.setPlainText("Short.")
    qtbot.waitUntil(lambda: note.height() < 80, timeout=TIMEOUT)
    short = note.height()
    note.setPlainText("\n".join(f"Line {n} of a longer note." for n in range(12)))
    qtbot.waitUntil(lambda: note.height() > short + 100, timeout=TIMEOUT)
    w.editor.flush()


def test_choosing_a_language_says_it_needs_a_restart_and_offers_it(qtbot, demo_root, monkeypatch):
    w = demo_root.window
    italian = next(a for a in w.findChildren(type(w.lock_action)) if a.data() == "it")
    italian.trigger()
    box = w.settings_flows.language_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "restart" in box.text()
    later = next(b for b in box.buttons() if b.text() == "&Later")
    later.click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=TIMEOUT)
    assert "next time" in w.statusBar().currentMessage()

    # Restart now: the vault is closed, and its lock let go, before the new copy starts.
    started = []
    folder = demo_root.folder
    monkeypatch.setattr(
        "coachdesk.gui.app.QProcess.startDetached",
        lambda program, arguments: started.append(
            (program, arguments, vault_service.vault_in_use(folder))
        ),
    )
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    italian.trigger()
    box = w.settings_flows.language_box
    restart = next(b for b in box.buttons() if b.text() == "&Restart now")
    restart.click()
    qtbot.waitUntil(lambda: bool(started), timeout=TIMEOUT)
    assert started[0][2] is False  # not held by us any more


def _keys(texts):
    found = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append(match.group(1).casefold())
    return found


def test_every_alt_key_of_the_main_window_is_unique_on_each_tab(qtbot, demo_root):
    w = demo_root.window
    _open_anna(qtbot, w)
    select_session(w, 0)
    qtbot.waitUntil(lambda: w.editor._session is not None, timeout=TIMEOUT)
    menus = [a.text() for a in w.menuBar().actions()]
    tabs = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    clashes = []
    for index in range(w.tabs.count()):
        w.tabs.setCurrentIndex(index)
        shown = [
            b.text()
            for b in w.findChildren(QAbstractButton)
            if b.isVisibleTo(w) and b.window() is w
        ]
        shown += [
            lab.text()
            for lab in w.findChildren(QLabel)
            if lab.buddy() is not None and lab.isVisibleTo(w) and lab.window() is w
        ]
        # Each goal repeats its own form (ratings, KPIs, GROW): one text, counted once.
        shown = sorted(set(shown))
        keys = _keys(menus + tabs + shown)
        if len(keys) != len(set(keys)):
            clashes.append(" | ".join(t for t in menus + tabs + shown if "&" in t))
    assert not clashes, "\n".join(clashes)
    assert "s" in _keys(menus)  # &Settings keeps Alt+S


def test_the_report_dialog_remembers_the_last_recipient_chosen_for_the_engagement(qtbot, demo_root):
    w = demo_root.window
    _open_anna(qtbot, w)
    w.report_action.trigger()
    dialog = w._dialogs[-1]
    assert isinstance(dialog, ReportDialog)
    assert dialog.recipient.count() > 1
    chosen = dialog.recipient.itemData(dialog.recipient.count() - 1)
    assert dialog.recipient.currentData() != chosen
    dialog.recipient.setCurrentIndex(dialog.recipient.count() - 1)
    dialog.close()
    w.report_action.trigger()
    again = w._dialogs[-1]
    assert again is not dialog
    assert again.recipient.currentData() == chosen
    again.close()


def test_long_engagement_names_elide_in_the_middle_with_the_full_name_in_the_tooltip(
    qtbot, demo_root
):
    w = demo_root.window
    assert w.navigation.textElideMode() is Qt.TextElideMode.ElideMiddle
    item = child(w, "ACME S.p.A.", 0)
    assert item.data().split(" (")[0] in tooltip(item)


def test_unlocking_is_said_in_the_ordinary_text_colour_and_a_wrong_passphrase_in_red(
    qtbot, vault_info
):
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    root.start()
    dialog = root.dialog
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("not the passphrase")
    dialog.unlock_button.click()
    assert dialog.message.text() == "Unlocking…"
    assert "#a23b2a" not in dialog.message.styleSheet()
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.message.text(), timeout=TIMEOUT)
    assert "#a23b2a" in dialog.message.styleSheet()
    root.shutdown()


def test_the_welcome_hint_has_no_double_full_stop(qtbot, empty_root):
    w = empty_root.window
    qtbot.waitUntil(lambda: "Start here" in w.details.text(), timeout=TIMEOUT)
    assert "…." not in w.details.text()


def test_the_ledger_shows_its_hash_header_whole(qtbot, demo_root):
    from coachdesk.gui.dialogs.ledger import LedgerDialog

    w = demo_root.window
    w.reports.open_ledger(whole_practice=True)
    dialog = w._dialogs[-1]
    assert isinstance(dialog, LedgerDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    header = dialog.table.horizontalHeader()
    last = dialog.model.columnCount() - 1
    text = dialog.model.headerData(last, Qt.Orientation.Horizontal)
    needed = header.fontMetrics().horizontalAdvance(text)
    qtbot.waitUntil(lambda: header.sectionSize(last) >= needed, timeout=TIMEOUT)
    assert header.sectionResizeMode(last) is QHeaderView.ResizeMode.ResizeToContents
    qtbot.waitUntil(lambda: demo_root.tasks.pending == 0, timeout=TIMEOUT)
    dialog.close()
