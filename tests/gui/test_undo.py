"""No lost words (issue 17): Ctrl+Z in a note undoes the last editing step, never the whole
note, across autosaves and across the board's reloads; a voided consent offers to restore
the agreed text, which makes the consent hold again. Real widgets, worker and SQLCipher."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import child, select, select_session, session_count, unlocked_app
from PySide6 import QtCore
from PySide6.QtTest import QTest

from coachdesk.domain import (
    Agreement,
    Category,
    Engagement,
    ItemKind,
    NoteItem,
    Organisation,
    Person,
    Role,
    Session,
    SessionStatus,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.services import vault as vault_service
from coachdesk.services.sharing import set_sharing_state
from coachdesk.storage import engagement_repo, people_repo, session_repo

TIMEOUT = 15_000
AGREED = "Sara chose to delegate the weekly report."
TODAY = dt.date.today()


@pytest.fixture
def folder(vault_info):
    start = TODAY - dt.timedelta(days=60)
    engagement = Engagement(
        id="e1",
        coachee_id="sara",
        organisation_id="o1",
        title="Leadership",
        start=start,
        stakeholders=(Stakeholder("marco", Role.SPONSOR),),
        agreements=(
            Agreement(
                1,
                start,
                {
                    Role.SPONSOR: frozenset({Category.ATTENDANCE, Category.SUMMARIES}),
                    Role.COACHEE: frozenset(Category),
                },
            ),
        ),
        sessions=(
            Session(
                "s1",
                dt.datetime.combine(TODAY - dt.timedelta(days=7), dt.time(10)),
                status=SessionStatus.HELD,
                items=(
                    NoteItem("i-agreed", ItemKind.SUMMARY, AGREED),
                    NoteItem("i-blank", ItemKind.OBSERVATION, ""),
                ),
            ),
            Session(
                "s2",
                dt.datetime.combine(TODAY - dt.timedelta(days=14), dt.time(10)),
                status=SessionStatus.HELD,
            ),
        ),
    )
    vault = vault_service.open_vault(vault_info.folder, vault_info.passphrase)
    with vault:
        with vault.db.transaction():
            people_repo.insert_organisation(vault.db, Organisation("o1", "Acme"))
            people_repo.insert_person(vault.db, Person("sara", "Sara Neri", "o1"))
            people_repo.insert_person(vault.db, Person("marco", "Marco Blu", "o1"))
            engagement_repo.insert_engagement(vault.db, engagement)
        set_sharing_state(
            vault.db,
            "i-agreed",
            "marco",
            SharingStateKind.AGREED,
            shown_sha256=text_sha256(AGREED),
            how="in session",
        )
    return vault_info.folder


@pytest.fixture
def root(qtbot, folder, vault_info):
    root = unlocked_app(qtbot, folder, vault_info.passphrase)
    w = root.window
    select(w, child(w, 0, 0))
    qtbot.waitUntil(lambda: session_count(w) == 2, timeout=TIMEOUT)
    select_session(w, 0)
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 2, timeout=TIMEOUT)
    yield root
    root.shutdown()


def _editor(w, item_id):
    return next(e for e in w.editor.editors() if e.item_id == item_id)


def _type_and_autosave(qtbot, w, widget, text):
    """Type like a person (key by key) at the end of the note, then wait for the autosave."""
    widget.moveCursor(widget.textCursor().MoveOperation.End)
    with qtbot.waitSignal(
        w.editor.status, timeout=TIMEOUT, check_params_cb=lambda t: t.startswith("Saved")
    ):
        QTest.keyClicks(widget, text)


def _read_item(qtbot, root, item_id):
    result = {}

    def work(ctx):
        return session_repo.item_context(ctx.db, item_id)

    root.tasks.run(work, lambda found: result.setdefault("item", found[0]))
    qtbot.waitUntil(lambda: "item" in result, timeout=TIMEOUT)
    return result["item"]


def _undo(widget):
    QTest.keyClick(widget, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_after_bursts_with_autosaves_undoes_only_the_last_burst(qtbot, root):
    w = root.window
    note = _editor(w, "i-blank").text
    note.setFocus()
    _type_and_autosave(qtbot, w, note, "First burst.")
    _type_and_autosave(qtbot, w, note, " Second burst.")
    _type_and_autosave(qtbot, w, note, " Third burst.")
    _undo(note)
    assert note.toPlainText() == "First burst. Second burst."
    with qtbot.waitSignal(
        w.editor.status, timeout=TIMEOUT, check_params_cb=lambda t: t.startswith("Saved")
    ):
        pass  # the undo is saved like any edit
    assert _read_item(qtbot, root, "i-blank").text == "First burst. Second burst."
    _undo(note)
    assert note.toPlainText() == "First burst."


def test_ctrl_z_after_voiding_a_consent_brings_back_the_agreed_text_not_an_empty_note(qtbot, root):
    w = root.window
    editor = _editor(w, "i-agreed")
    note = editor.text
    note.setFocus()
    _type_and_autosave(qtbot, w, note, " And the monthly one.")
    assert editor.warning.isVisible() and "Marco Blu" in editor.warning.text()
    qtbot.waitUntil(editor.restore.isVisible, timeout=TIMEOUT)  # shown with its editor
    _undo(note)
    assert note.toPlainText() == AGREED
    assert not editor.warning.isVisible()
    with qtbot.waitSignal(
        w.editor.status, timeout=TIMEOUT, check_params_cb=lambda t: t.startswith("Saved")
    ):
        pass
    item = _read_item(qtbot, root, "i-agreed")
    assert item.text == AGREED
    assert item.sharing["marco"].text_sha256 == text_sha256(item.text)  # consent holds


def test_the_board_reloading_the_session_keeps_the_notes_undo_history(qtbot, root):
    w = root.window
    note = _editor(w, "i-blank").text
    note.setFocus()
    _type_and_autosave(qtbot, w, note, "One.")
    _type_and_autosave(qtbot, w, note, " Two.")
    w.reload_page(redraw=True, session_too=True)  # what a change on the board does
    qtbot.waitUntil(lambda: root.tasks.pending == 0, timeout=TIMEOUT)
    assert _editor(w, "i-blank").text is note  # the same editor, not a rebuilt one
    _undo(note)
    assert note.toPlainText() == "One."


def test_restore_the_agreed_text_after_moving_away_puts_it_back_and_consent_holds(qtbot, root):
    w = root.window
    note = _editor(w, "i-agreed").text
    note.setFocus()
    _type_and_autosave(qtbot, w, note, " Edited.")
    assert _read_item(qtbot, root, "i-agreed").text == AGREED + " Edited."
    # To another session and back: a new editor, no undo history, the agreed text known.
    select_session(w, 1)
    qtbot.waitUntil(lambda: not w.editor.editors(), timeout=TIMEOUT)
    select_session(w, 0)
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 2, timeout=TIMEOUT)
    editor = _editor(w, "i-agreed")
    assert editor.text.toPlainText() == AGREED + " Edited."
    qtbot.waitUntil(editor.restore.isVisible, timeout=TIMEOUT)  # shown with its editor
    with qtbot.waitSignal(
        w.editor.status, timeout=TIMEOUT, check_params_cb=lambda t: t.startswith("Saved")
    ):
        editor.restore.click()
    assert editor.text.toPlainText() == AGREED
    assert not editor.restore.isVisible()
    item = _read_item(qtbot, root, "i-agreed")
    assert item.text == AGREED
    assert item.sharing["marco"].state is SharingStateKind.AGREED
    assert item.sharing["marco"].text_sha256 == text_sha256(AGREED)
    # One editing step: Ctrl+Z takes the restored text away again.
    _undo(editor.text)
    assert editor.text.toPlainText() == AGREED + " Edited."
