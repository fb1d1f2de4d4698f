"""The agent's own copy through the real window (issue 22): a new summary is shared with the
coachee, whose control says "Shared with …" and asks no consent; it keeps saying so while the
coach types and after the autosave, and the vault binds it to the new text; the sponsor's
consent to the same summary is voided by the edit, as always; unticking and ticking again
records it without a dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import child, select, select_session, session_count, unlocked_app

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    ItemKind,
    Person,
    Role,
    Session,
    SessionStatus,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.services import vault as vault_service
from coachdesk.services.sharing import OWN_COPY_HOW
from coachdesk.storage import engagement_repo, people_repo, session_repo

TIMEOUT = 15_000
TODAY = dt.date.today()
WORDS = "Giulia will try the new refund script"


@pytest.fixture
def window(qtbot, vault_info):
    start = TODAY - dt.timedelta(days=60)
    engagement = Engagement(
        id="e1",
        coachee_id="giulia",
        title="Inbound support",
        start=start,
        stakeholders=(Stakeholder("marco", Role.CS_MANAGER),),
        agreements=(
            Agreement(
                1,
                start,
                {
                    Role.CS_MANAGER: frozenset({Category.SUMMARIES}),
                    Role.COACHEE: frozenset(Category),
                },
            ),
        ),
        sessions=(
            Session(
                "s1",
                dt.datetime.combine(TODAY - dt.timedelta(days=2), dt.time(10)),
                status=SessionStatus.HELD,
            ),
        ),
    )
    vault = vault_service.open_vault(vault_info.folder, vault_info.passphrase)
    with vault, vault.db.transaction():
        people_repo.set_coach(vault.db, CoachProfile("Laura Bianchi"))
        people_repo.insert_person(vault.db, Person("giulia", "Giulia Verdi"))
        people_repo.insert_person(vault.db, Person("marco", "Marco Blu"))
        engagement_repo.insert_engagement(vault.db, engagement)
    root = unlocked_app(qtbot, vault_info.folder, vault_info.passphrase)
    w = root.window
    select(w, child(w, 0, 0))
    qtbot.waitUntil(lambda: session_count(w) == 1, timeout=TIMEOUT)
    select_session(w, 0)
    qtbot.waitUntil(lambda: w.editor.kind.isEnabled(), timeout=TIMEOUT)
    yield w
    root.shutdown()


def _stored(qtbot, w, item_id):
    got = []
    w._tasks.run(lambda ctx: session_repo.item_context(ctx.db, item_id)[0], got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    return got[0]


def test_a_new_summary_is_the_agent_s_own_copy(qtbot, window):
    w = window
    w.editor.kind.setCurrentIndex(w.editor.kind.findData(ItemKind.SUMMARY))
    w.editor.add_item()
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 1, timeout=TIMEOUT)
    editor = w.editor.editors()[0]
    own = editor.sharing.controls["giulia"]
    manager = editor.sharing.controls["marco"]
    assert own.text() == "Shared with Giulia Verdi"
    assert manager.text() == "Marco Blu: private"
    # Its menu shares or stops sharing; it never asks the coachee's consent to her words.
    assert own.agreed_action.text() == "Share with Giulia Verdi"
    assert not own.proposed_action.isVisible() and not own.exception_action.isVisible()

    qtbot.keyClicks(editor.text, WORDS)
    assert own.text() == "Shared with Giulia Verdi"  # it follows the typing
    assert editor.warning.isHidden()  # no "voids the consent of Giulia"
    w.editor.flush()
    qtbot.waitUntil(lambda: w._tasks.pending == 0, timeout=TIMEOUT)
    stored = _stored(qtbot, w, editor.item_id)
    assert stored.text == WORDS
    state = stored.state_for("giulia")
    assert (state.state, state.how, state.text_sha256) == (
        SharingStateKind.AGREED,
        OWN_COPY_HOW,
        text_sha256(WORDS),
    )

    # The manager's consent, recorded for these words, is voided by the next edit.
    manager.agreed_action.trigger()
    dialog = manager._dialog
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: manager.state.state is SharingStateKind.AGREED, timeout=TIMEOUT)
    qtbot.keyClicks(editor.text, " on Monday")
    assert "Marco Blu" in editor.warning.text() and "Giulia" not in editor.warning.text()
    assert own.text() == "Shared with Giulia Verdi"
    assert manager.text() == "Marco Blu: consent needed again"
    w.editor.flush()
    qtbot.waitUntil(lambda: w._tasks.pending == 0, timeout=TIMEOUT)
    stored = _stored(qtbot, w, editor.item_id)
    assert stored.effective_state("giulia") is SharingStateKind.AGREED
    assert stored.consent_void("marco")

    # Unshared, then shared again from the same menu, without a dialog.
    own.private_action.trigger()
    qtbot.waitUntil(lambda: own.text() == "Share with Giulia Verdi", timeout=TIMEOUT)
    own.agreed_action.trigger()
    qtbot.waitUntil(lambda: own.text() == "Shared with Giulia Verdi", timeout=TIMEOUT)
    assert own._dialog is None
    stored = _stored(qtbot, w, editor.item_id)
    assert stored.effective_state("giulia") is SharingStateKind.AGREED
