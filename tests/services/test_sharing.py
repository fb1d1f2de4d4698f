"""Sharing states (spec §3): consent binds to the text, exceptions need a reason,
reflections are never shared."""

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
)
from coachdesk.errors import InvalidInput
from coachdesk.services.sharing import edit_item_text, set_sharing_state
from coachdesk.storage import practice_repo


@pytest.fixture
def db(vault):
    db = vault.db
    with db.transaction():
        for pid in ("anna", "marco", "luca"):
            practice_repo.insert_person(db, Person(pid, pid.title()))
        practice_repo.insert_engagement(
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
    item, _ = practice_repo.item_context(db, item_id)
    return item


def test_agreed_binds_to_the_hash_of_the_text(db):
    set_sharing_state(db, "i", "marco", SharingStateKind.AGREED, how="in session")
    item = _state(db, "i", "marco")
    assert item.effective_state("marco") is SharingStateKind.AGREED
    assert item.state_for("marco").on == dt.date.today()


def test_editing_the_text_voids_consent_and_says_whose(db):
    set_sharing_state(db, "i", "marco", SharingStateKind.AGREED)
    set_sharing_state(db, "i", "anna", SharingStateKind.AGREED)
    voided = edit_item_text(db, "i", "changed text")
    assert voided == ["anna", "marco"]
    item = _state(db, "i", "marco")
    assert item.effective_state("marco") is SharingStateKind.PROPOSED
    assert item.consent_void("marco")
    # A second edit voids nothing more.
    assert edit_item_text(db, "i", "changed again") == []


def test_editing_back_to_the_agreed_text_restores_nothing_silently(db):
    set_sharing_state(db, "i", "marco", SharingStateKind.AGREED)
    edit_item_text(db, "i", "changed text")
    edit_item_text(db, "i", "original text")
    # The hash matches the agreed text again: the coachee agreed to exactly this text.
    assert _state(db, "i", "marco").effective_state("marco") is SharingStateKind.AGREED


def test_exception_requires_a_justification(db):
    with pytest.raises(InvalidInput, match="justification"):
        set_sharing_state(db, "i", "marco", SharingStateKind.EXCEPTION, justification="  ")
    set_sharing_state(
        db, "i", "marco", SharingStateKind.EXCEPTION, justification="risk of serious harm"
    )
    assert _state(db, "i", "marco").state_for("marco").justification == "risk of serious harm"


@pytest.mark.parametrize(
    "state", [SharingStateKind.PROPOSED, SharingStateKind.AGREED, SharingStateKind.EXCEPTION]
)
def test_reflection_refuses_every_state_but_private(db, state):
    with pytest.raises(InvalidInput, match="reflection"):
        set_sharing_state(db, "r", "marco", state, justification="x")
    assert _state(db, "r", "marco").sharing == {}


def test_storage_itself_refuses_sharing_a_reflection(db):
    from coachdesk.storage.connection import IntegrityError

    with pytest.raises(IntegrityError, match="reflection"), db.transaction():
        db.execute(
            "INSERT INTO sharing (item_id, person_id, state) VALUES ('r', 'marco', 'proposed')"
        )


def test_only_recipients_of_the_engagement_can_be_given_a_state(db):
    with pytest.raises(InvalidInput, match="not a recipient"):
        set_sharing_state(db, "i", "luca", SharingStateKind.PROPOSED)


def test_back_to_private_removes_the_state(db):
    set_sharing_state(db, "i", "marco", SharingStateKind.PROPOSED)
    set_sharing_state(db, "i", "marco", SharingStateKind.PRIVATE)
    assert _state(db, "i", "marco").sharing == {}


def test_consent_is_refused_where_the_agreement_blocks_the_category(db):
    # The sponsor may receive summaries only: an observation is a "notes" item.
    for state in (SharingStateKind.PROPOSED, SharingStateKind.AGREED):
        with pytest.raises(InvalidInput, match="blocked by the agreement"):
            set_sharing_state(db, "o", "marco", state, how="in session")
    assert _state(db, "o", "marco").state_for("marco").state is SharingStateKind.PRIVATE
    # The coachee may receive everything; an exception is the one way around rule 1.
    set_sharing_state(db, "o", "anna", SharingStateKind.AGREED, how="in session")
    set_sharing_state(
        db, "o", "marco", SharingStateKind.EXCEPTION, justification="Risk of serious harm."
    )
    assert _state(db, "o", "marco").state_for("marco").state is SharingStateKind.EXCEPTION


def test_goals_are_shared_only_where_the_agreement_permits_goals_or_progress(db):
    from coachdesk.domain import Goal
    from coachdesk.services.sharing import share_goal

    with db.transaction():
        practice_repo.insert_goal(db, "e", Goal("g", "Delegate more"), 0)
    # The sponsor may receive summaries only: neither goals nor progress.
    with pytest.raises(InvalidInput, match="blocked by the agreement"):
        share_goal(db, "g", "marco", True)
    share_goal(db, "g", "anna", True)
    engagement = practice_repo.load_engagement(db, "e")
    assert engagement.goals[0].share_with == frozenset({"anna"})
    share_goal(db, "g", "anna", False)
    assert practice_repo.load_engagement(db, "e").goals[0].share_with == frozenset()
    with pytest.raises(InvalidInput):
        share_goal(db, "g", "luca", True)  # not a recipient of this engagement
