"""The disclosure board says when a report would be refused because an agreed text holds a
character no bundled font can print (spec §5), naming the item, never its text."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import child, select, session_count, unlocked_app

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    ItemKind,
    NoteItem,
    Person,
    Role,
    Session,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.services import vault as vault_service
from coachdesk.storage import engagement_repo, people_repo

TIMEOUT = 15_000
TODAY = dt.date.today()
TEXT = "Agreed words with a private-use \ue000 character"


@pytest.fixture
def window(qtbot, vault_info):
    start = TODAY - dt.timedelta(days=30)
    agreed = SharingState(SharingStateKind.AGREED, start, "in session", "", text_sha256(TEXT))
    engagement = Engagement(
        id="e1",
        coachee_id="sara",
        title="Leadership",
        start=start,
        stakeholders=(Stakeholder("marco", Role.SPONSOR),),
        agreements=(Agreement(1, start, {Role.SPONSOR: frozenset(Category)}),),
        sessions=(
            Session(
                "s1",
                dt.datetime.combine(TODAY - dt.timedelta(days=7), dt.time(10)),
                status=SessionStatus.HELD,
                items=(NoteItem("i-pua", ItemKind.SUMMARY, TEXT, {"marco": agreed}),),
            ),
        ),
    )
    vault = vault_service.open_vault(vault_info.folder, vault_info.passphrase)
    with vault, vault.db.transaction():
        people_repo.set_coach(vault.db, CoachProfile("Laura Bianchi"))
        people_repo.insert_person(vault.db, Person("sara", "Sara Neri"))
        people_repo.insert_person(vault.db, Person("marco", "Marco Blu"))
        engagement_repo.insert_engagement(vault.db, engagement)
    root = unlocked_app(qtbot, vault_info.folder, vault_info.passphrase)
    w = root.window
    select(w, child(w, 0, 0))
    qtbot.waitUntil(lambda: session_count(w) == 1, timeout=TIMEOUT)
    yield w
    root.shutdown()


def test_the_board_says_a_report_would_be_refused_and_names_the_item(qtbot, window):
    window.board_action.trigger()
    board = window._dialogs[-1]
    qtbot.waitUntil(lambda: "marco" in board.pages, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: board.message.isVisibleTo(board), timeout=TIMEOUT)
    message = board.message.text()
    assert "A report would be refused" in message
    assert "(item i-pua) holds a character no bundled font can print: U+E000" in message
    assert "Agreed words" not in message
