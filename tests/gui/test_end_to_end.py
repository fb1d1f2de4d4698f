"""A coach's first day, end to end through the real window (spec §2, §7, §8, §10): create
a vault, add the coachee and the sponsor, create the engagement, write a session, close the
app; reopen, unlock, find the note by search, get locked for idleness, unlock and be back
where she was. The window's item models are checked by QAbstractItemModelTester throughout."""

from __future__ import annotations

from helpers import current_session_text, session_count, wait_for_navigation
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox

from coachdesk.domain import ItemKind, Role
from coachdesk.gui.app import App
from coachdesk.gui.dialogs.create_vault import CreateVaultDialog
from coachdesk.gui.dialogs.entities import EngagementDialog, PersonDialog
from coachdesk.gui.dialogs.unlock import UnlockDialog
from coachdesk.gui.widgets.engagement_tabs import SESSION_TAB
from coachdesk.services import vault as vault_service
from coachdesk.storage import engagement_repo

TIMEOUT = 15_000
PASSPHRASE = "a brand new passphrase"
NOTE = "Sara decided to hand the weekly report to Luca"


def _testers(window):
    fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
    return [
        QAbstractItemModelTester(window.navigation.model(), fatal),
        QAbstractItemModelTester(window.sessions.model(), fatal),
        QAbstractItemModelTester(window.search.model, fatal),
    ]


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_day_then_reopen_search_idle_lock_and_resume(qtbot, tmp_path):
    folder = tmp_path / "vault"
    root = App(folder)
    qtbot.addWidget(root.window)
    testers = _testers(root.window)
    root.start()
    create = root.dialog
    assert isinstance(create, CreateVaultDialog)
    qtbot.addWidget(create)
    create.passphrase.setText(PASSPHRASE)
    create.repeat.setText(PASSPHRASE)
    create.next_button.click()
    create.profile.name.setText("Laura Bianchi")  # the coach profile step (spec §3)
    create.create_button.click()
    qtbot.waitUntil(lambda: create.stored.isVisible(), timeout=TIMEOUT)
    create.stored.setChecked(True)
    create.finish.click()
    w = root.window
    qtbot.waitUntil(w.isVisible, timeout=TIMEOUT)
    wait_for_navigation(qtbot, w)

    # Two people, then the engagement with the sponsor.
    for name in ("Sara Neri", "Marco Blu"):
        w.new_person_action.trigger()
        dialog = w._dialogs[-1]
        assert isinstance(dialog, PersonDialog)
        dialog.name.setText(name)
        _ok(dialog)
        qtbot.waitUntil(
            lambda n=name: any(p.name == n for p in w.practice.people),
            timeout=TIMEOUT,
        )
    w.new_engagement_action.trigger()
    dialog = w._dialogs[-1]
    assert isinstance(dialog, EngagementDialog)
    dialog.title.setText("Leadership 2026")
    dialog.coachee.setCurrentIndex(dialog.coachee.findText("Sara Neri"))
    dialog._add_row(None)
    person, role = dialog.stakeholders.cellWidget(0, 0), dialog.stakeholders.cellWidget(0, 1)
    person.setCurrentIndex(person.findText("Marco Blu"))
    role.setCurrentIndex(role.findData(Role.SPONSOR.value))
    _ok(dialog)
    qtbot.waitUntil(lambda: w.engagement.page is not None, timeout=TIMEOUT)
    assert "Marco Blu (sponsor)" in w.details.text()

    # A session with two items.
    w.new_session_action.trigger()
    qtbot.waitUntil(lambda: session_count(w) == 1 and w.editor.add.isEnabled(), timeout=TIMEOUT)
    assert w.tabs.currentIndex() == SESSION_TAB
    w.new_item_action.trigger()
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 1, timeout=TIMEOUT)
    w.editor.editors()[0].text.setPlainText(NOTE)
    w.editor.kind.setCurrentIndex(w.editor.kind.findData(ItemKind.REFLECTION))
    w.editor.add_item()
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 2, timeout=TIMEOUT)
    w.editor.editors()[1].text.setPlainText("My own doubt about Marco")
    w.close()  # saves what is pending, then the app quits
    root.shutdown()
    del testers

    with vault_service.open_vault(folder, PASSPHRASE) as vault:
        (eid,) = engagement_repo.engagement_ids(vault.db)
        texts = [
            i.text for s in engagement_repo.load_engagement(vault.db, eid).sessions for i in s.items
        ]
    assert texts == [NOTE, "My own doubt about Marco"]

    # Reopen: unlock, search, get locked when idle, unlock and be back.
    root = App(folder, idle_lock_ms=1500)
    qtbot.addWidget(root.window)
    w = root.window
    testers = _testers(w)
    root.start()
    assert isinstance(root.dialog, UnlockDialog)
    root.dialog.passphrase.setText(PASSPHRASE)
    root.dialog.unlock_button.click()
    wait_for_navigation(qtbot, w, 2)
    w.search_action.trigger()
    w.search.query.setText("weekly rep")
    qtbot.waitUntil(lambda: w.search.model.rowCount() == 1, timeout=TIMEOUT)
    w.search._activate_first()
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 2, timeout=TIMEOUT)
    assert current_session_text(w) is not None
    qtbot.waitUntil(lambda: isinstance(root.dialog, UnlockDialog), timeout=TIMEOUT)
    assert not w.isVisible() and session_count(w) == 0 and w.editor.editors() == []
    root.dialog.passphrase.setText(PASSPHRASE)
    root.dialog.unlock_button.click()
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 2, timeout=TIMEOUT)
    assert w.engagement.page is not None and w.engagement.page.engagement.title == "Leadership 2026"
    assert w.editor.editors()[0].text.toPlainText() == NOTE
    root.shutdown()
    del testers
