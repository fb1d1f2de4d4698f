"""Sharing states (spec §3, §4): consent and exceptions bind to the text shown on screen and
to the text stored, exceptions need a reason, reflections are never shared."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.domain import (
    Agreement,
    Category,
    Engagement,
    ItemKind,
    NoteItem,
    Person,
    Role,
    Session,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.errors import InvalidInput
from coachdesk.services import board
from coachdesk.services.sharing import agree_items, edit_item_text, set_sharing_state
from coachdesk.storage import engagement_repo, goal_repo, people_repo, session_repo


@pytest.fixture
def db(vault):
    db = vault.db
    with db.transaction():
        for pid in ("anna", "marco", "luca"):
            people_repo.insert_person(db, Person(pid, pid.title()))
        engagement_repo.insert_engagement(
            db,
            Engagement(
                id="e",
                coachee_id="anna",
                title="T",
                start=dt.date(2026, 1, 1),
                stakeholders=(Stakeholder("marco", Role.SPONSOR),),
                agreements=(
                    Agreement(
                        1,
                        dt.date(2026, 1, 1),
                        {
                            Role.SPONSOR: frozenset({Category.SUMMARIES}),
                            Role.COACHEE: frozenset(Category),
                        },
                    ),
                ),
                sessions=(
                    Session(
                        id="s",
                        start=dt.datetime(2026, 1, 5, 10),
                        items=(
                            NoteItem("i", ItemKind.SUMMARY, "original text"),
                            NoteItem("r", ItemKind.REFLECTION, "my own thinking"),
                            NoteItem("o", ItemKind.OBSERVATION, "an observation"),
                        ),
                    ),
                ),
            ),
        )
    return db


def _state(db, item_id, person):
    item, _ = session_repo.item_context(db, item_id)
    return item


def _shown(db, item_id):
    """The hash of the item's text as a screen showing it now would pass."""
    return text_sha256(_state(db, item_id, "").text)


def _set(db, item_id, person, state, **details):
    return set_sharing_state(
        db, item_id, person, state, shown_sha256=_shown(db, item_id), **details
    )


def test_agreed_binds_to_the_hash_of_the_text(db):
    _set(db, "i", "marco", SharingStateKind.AGREED, how="in session")
    item = _state(db, "i", "marco")
    assert item.effective_state("marco") is SharingStateKind.AGREED
    assert item.state_for("marco").on == dt.date.today()


def test_editing_the_text_voids_consent_and_says_whose(db):
    _set(db, "i", "marco", SharingStateKind.AGREED)
    _set(db, "i", "anna", SharingStateKind.AGREED)
    _set(db, "o", "anna", SharingStateKind.AGREED)
    # The coachee's own copy of a summary follows the edit (tests/services/test_own_copy.py);
    # every other consent goes.
    voided = edit_item_text(db, "i", "changed text")
    assert voided == ["marco"]
    item = _state(db, "i", "marco")
    assert item.effective_state("marco") is SharingStateKind.PROPOSED
    assert item.consent_void("marco")
    # A second edit voids nothing more.
    assert edit_item_text(db, "i", "changed again") == []
    # An observation is no summary: the coachee's consent to it goes too.
    assert edit_item_text(db, "o", "another observation") == ["anna"]


def test_editing_back_to_the_agreed_text_restores_nothing_silently(db):
    _set(db, "i", "marco", SharingStateKind.AGREED)
    edit_item_text(db, "i", "changed text")
    edit_item_text(db, "i", "original text")
    # The hash matches the agreed text again: the coachee agreed to exactly this text.
    assert _state(db, "i", "marco").effective_state("marco") is SharingStateKind.AGREED


def test_exception_requires_a_justification(db):
    with pytest.raises(InvalidInput, match="justification"):
        _set(db, "i", "marco", SharingStateKind.EXCEPTION, justification="  ")
    _set(db, "i", "marco", SharingStateKind.EXCEPTION, justification="risk of serious harm")
    assert _state(db, "i", "marco").state_for("marco").justification == "risk of serious harm"


@pytest.mark.parametrize(
    "state", [SharingStateKind.PROPOSED, SharingStateKind.AGREED, SharingStateKind.EXCEPTION]
)
def test_reflection_refuses_every_state_but_private(db, state):
    with pytest.raises(InvalidInput, match="reflection"):
        _set(db, "r", "marco", state, justification="x")
    assert _state(db, "r", "marco").sharing == {}


def test_storage_itself_refuses_sharing_a_reflection(db):
    from coachdesk.storage.connection import IntegrityError

    with pytest.raises(IntegrityError, match="reflection"), db.transaction():
        db.execute(
            "INSERT INTO sharing (item_id, person_id, state) VALUES ('r', 'marco', 'proposed')"
        )


def test_only_recipients_of_the_engagement_can_be_given_a_state(db):
    with pytest.raises(InvalidInput, match="not a recipient"):
        _set(db, "i", "luca", SharingStateKind.PROPOSED)


def test_back_to_private_removes_the_state(db):
    _set(db, "i", "marco", SharingStateKind.PROPOSED)
    _set(db, "i", "marco", SharingStateKind.PRIVATE)
    assert _state(db, "i", "marco").sharing == {}


def test_consent_is_refused_where_the_agreement_blocks_the_category(db):
    # The sponsor may receive summaries only: an observation is a "notes" item.
    for state in (SharingStateKind.PROPOSED, SharingStateKind.AGREED):
        with pytest.raises(InvalidInput, match="blocked by the agreement"):
            _set(db, "o", "marco", state, how="in session")
    assert _state(db, "o", "marco").state_for("marco").state is SharingStateKind.PRIVATE
    # The coachee may receive everything; an exception is the one way around rule 1.
    _set(db, "o", "anna", SharingStateKind.AGREED, how="in session")
    _set(db, "o", "marco", SharingStateKind.EXCEPTION, justification="Risk of serious harm.")
    assert _state(db, "o", "marco").state_for("marco").state is SharingStateKind.EXCEPTION


def test_goals_are_shared_only_where_the_agreement_permits_goals_or_progress(db):
    from coachdesk.domain import Goal
    from coachdesk.services.sharing import share_goal

    with db.transaction():
        goal_repo.insert_goal(db, "e", Goal("g", "Delegate more"), 0)
    # The sponsor may receive summaries only: neither goals nor progress.
    with pytest.raises(InvalidInput, match="blocked by the agreement"):
        share_goal(db, "g", "marco", True)
    share_goal(db, "g", "anna", True)
    engagement = engagement_repo.load_engagement(db, "e")
    assert engagement.goals[0].share_with == frozenset({"anna"})
    share_goal(db, "g", "anna", False)
    assert engagement_repo.load_engagement(db, "e").goals[0].share_with == frozenset()
    with pytest.raises(InvalidInput):
        share_goal(db, "g", "luca", True)  # not a recipient of this engagement


# -- consent binds to the text on screen (spec §4) -------------------------------------


SHOWN = text_sha256("original text")


@pytest.mark.parametrize("state", [SharingStateKind.AGREED, SharingStateKind.EXCEPTION])
def test_recording_is_refused_when_the_text_changed_since_it_was_shown(db, state):
    set_sharing_state(db, "i", "marco", SharingStateKind.PROPOSED)
    edit_item_text(db, "i", "edited after the screen showed the original")
    with pytest.raises(InvalidInput, match="the text changed since it was shown"):
        set_sharing_state(
            db, "i", "marco", state, shown_sha256=SHOWN, how="in session", justification="harm"
        )
    # Nothing written: still proposed, bound to nothing.
    assert _state(db, "i", "marco").state_for("marco").state is SharingStateKind.PROPOSED
    assert _state(db, "i", "marco").state_for("marco").text_sha256 is None
    # The text the screen shows now is accepted, and bound to.
    now = text_sha256("edited after the screen showed the original")
    set_sharing_state(db, "i", "marco", state, shown_sha256=now, justification="harm")
    assert _state(db, "i", "marco").state_for("marco").text_sha256 == now


@pytest.mark.parametrize("state", [SharingStateKind.AGREED, SharingStateKind.EXCEPTION])
def test_recording_consent_or_an_exception_needs_the_hash_of_the_text_shown(db, state):
    with pytest.raises(ValueError, match="hash of the text shown"):
        set_sharing_state(db, "i", "marco", state, justification="harm")
    assert _state(db, "i", "marco").sharing == {}


def test_consent_cannot_be_dated_after_today(db):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(InvalidInput, match="date after today"):
        _set(db, "i", "marco", SharingStateKind.AGREED, on=tomorrow)
    assert _state(db, "i", "marco").sharing == {}


def test_the_board_s_agreement_is_all_or_nothing_when_one_text_changed(db):
    with db.transaction():
        session_repo.insert_item(db, "s", NoteItem("j", ItemKind.SUMMARY, "second text"), 3)
    shown = {"i": SHOWN, "j": text_sha256("second text")}
    edit_item_text(db, "j", "second text, edited while the board was open")
    with pytest.raises(InvalidInput, match="the text changed since it was shown"):
        agree_items(db, shown, "marco", on=dt.date.today(), how="in session")
    assert _state(db, "i", "marco").sharing == {} and _state(db, "j", "marco").sharing == {}
    # With the texts as they are now, both are recorded, each bound to its own text.
    shown["j"] = text_sha256("second text, edited while the board was open")
    agree_items(db, shown, "marco", on=dt.date.today(), how="in session")
    for item_id in ("i", "j"):
        item = _state(db, item_id, "marco")
        assert item.effective_state("marco") is SharingStateKind.AGREED
        assert item.state_for("marco").text_sha256 == shown[item_id]


def test_an_exception_binds_to_the_text_and_an_edit_voids_it(db):
    _set(db, "o", "marco", SharingStateKind.EXCEPTION, justification="Risk of serious harm.")
    assert _state(db, "o", "marco").state_for("marco").text_sha256 == text_sha256("an observation")
    assert not _state(db, "o", "").exception_void("marco")
    assert edit_item_text(db, "o", "an observation, reworded") == ["marco"]
    item = _state(db, "o", "marco")
    assert item.exception_void("marco")
    assert item.effective_state("marco") is SharingStateKind.PRIVATE
    assert item.state_for("marco").state is SharingStateKind.EXCEPTION  # kept, to say so
    # The board lists it among what needs the coach's attention.
    shown = board.board(db, "e", dt.date(2026, 2, 1))
    assert shown.void_exceptions["marco"] == ("o",)
    assert shown.void_exceptions["anna"] == ()
    # Recorded again on the new text, it is valid again and no longer listed.
    _set(db, "o", "marco", SharingStateKind.EXCEPTION, justification="Risk of serious harm.")
    assert not _state(db, "o", "").exception_void("marco")
    assert board.board(db, "e", dt.date(2026, 2, 1)).void_exceptions["marco"] == ()
