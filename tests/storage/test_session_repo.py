"""storage.session_repo on a real SQLCipher vault: sessions, their note items in order and
in time order, and each item's sharing states."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from repo_data import DAY, NOTE, add_people, engagement

from coachdesk.domain import ItemKind, NoteItem, Session, SharingState, SharingStateKind
from coachdesk.storage import engagement_repo, session_repo
from coachdesk.storage.connection import IntegrityError
from coachdesk.storage.schema import ITEM_SEQUENCE_BITS


@pytest.fixture
def db(vault):
    add_people(vault.db)
    engagement_repo.insert_engagement(vault.db, engagement())
    return vault.db


def _minute_of_rowids(db, session_id):
    rows = db.all("SELECT rowid FROM items WHERE session_id = ?", (session_id,))
    return {r[0] >> ITEM_SEQUENCE_BITS for r in rows}


def test_an_item_is_read_with_its_sharing_and_its_engagement(db):
    item, eid = session_repo.item_context(db, "e1-i1")
    assert eid == "e1" and item.text == NOTE
    assert item.sharing["marco"].state is SharingStateKind.AGREED
    assert session_repo.item_context(db, "nope") is None
    assert session_repo.session_engagement(db, "e1-s1") == "e1"
    assert session_repo.session_engagement(db, "nope") is None


def test_private_is_stored_as_no_row_and_a_state_can_change(db):
    proposed = SharingState(SharingStateKind.PROPOSED)
    session_repo.set_sharing(db, "e1-i1", "giulia", proposed)
    session_repo.set_sharing(db, "e1-i1", "marco", SharingState())
    item, _ = session_repo.item_context(db, "e1-i1")
    assert item.sharing == {"giulia": proposed}
    session_repo.update_item_text(db, "e1-i1", "Another text")
    assert session_repo.item_context(db, "e1-i1")[0].text == "Another text"


def test_items_keep_their_order_and_can_be_reordered_added_and_deleted(db):
    assert session_repo.item_ids_in_order(db, "e1-s1") == ["e1-i1", "e1-i2"]
    assert session_repo.next_item_position(db, "e1-s1") == 2
    assert session_repo.next_item_position(db, "nope") is None
    session_repo.insert_item(db, "e1-s1", NoteItem("e1-i3", ItemKind.INSIGHT, "New"), 2)
    session_repo.set_item_positions(db, ["e1-i3", "e1-i1", "e1-i2"])
    assert session_repo.item_ids_in_order(db, "e1-s1") == ["e1-i3", "e1-i1", "e1-i2"]
    assert session_repo.item_position(db, "e1-i1") == ("e1-s1", 1)
    session_repo.delete_item(db, "e1-i1")
    assert session_repo.item_ids_in_order(db, "e1-s1") == ["e1-i3", "e1-i2"]
    assert session_repo.item_position(db, "e1-i1") is None


def test_an_item_of_no_session_is_refused(db):
    with pytest.raises(IntegrityError):
        session_repo.insert_item(db, "nope", NoteItem("x", ItemKind.INSIGHT, "t"), 0)


def test_items_move_to_their_session_s_new_minute_when_its_start_changes(db):
    start = dt.datetime.combine(DAY, dt.time(9, 30))
    assert _minute_of_rowids(db, "e1-s1") == {int(start.timestamp()) // 60}
    later = start + dt.timedelta(days=3, minutes=7)
    (session,) = session_repo.load_sessions(db, "e1")
    session_repo.update_session(db, dataclasses.replace(session, start=later, topic="Budget"))
    assert _minute_of_rowids(db, "e1-s1") == {int(later.timestamp()) // 60}
    (moved,) = session_repo.load_sessions(db, "e1")
    assert moved == dataclasses.replace(session, start=later, topic="Budget")


def test_a_session_added_and_deleted_with_its_items(db):
    start = dt.datetime.combine(DAY, dt.time(15, 0))
    session = Session("e1-s2", start, items=(NoteItem("e1-i9", ItemKind.INSIGHT, "Call"),))
    session_repo.insert_session(db, "e1", session)
    assert [s.id for s in session_repo.load_sessions(db, "e1")] == ["e1-s1", "e1-s2"]
    session_repo.delete_session(db, "e1-s2")
    assert session_repo.item_context(db, "e1-i9") is None
    assert [s.id for s in session_repo.load_sessions(db, "e1")] == ["e1-s1"]
