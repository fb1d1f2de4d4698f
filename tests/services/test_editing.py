"""Creating, changing and deleting through services.editing, on a real vault."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coachdesk.domain import (
    Action,
    ActionStatus,
    Better,
    Category,
    GoalStatus,
    Grow,
    ItemKind,
    Kpi,
    Role,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.errors import InvalidInput
from coachdesk.services import editing, practice, sharing
from coachdesk.storage import engagement_repo, people_repo, session_repo

D = dt.date(2026, 3, 2)


@pytest.fixture
def engagement(vault):
    db = vault.db
    org = editing.add_organisation(db, "  Acme   S.p.A. ")
    ada = editing.add_person(db, "Ada Neri", org.id)
    bo = editing.add_person(db, "Bo Verdi", org.id, "CFO")
    e = editing.add_engagement(
        db,
        title="Leadership",
        coachee_id=ada.id,
        start=D,
        organisation_id=org.id,
        stakeholders=(Stakeholder(bo.id, Role.SPONSOR),),
    )
    return db, e, ada, bo, org


def test_a_new_engagement_starts_with_the_coachee_permitted_and_the_sponsor_not(engagement):
    db, e, ada, bo, _org = engagement
    loaded = engagement_repo.load_engagement(db, e.id)
    assert people_repo.organisations(db)[0].name == "Acme S.p.A."
    assert loaded.coachee_id == ada.id and loaded.stakeholders == (
        Stakeholder(bo.id, Role.SPONSOR),
    )
    assert loaded.current_agreement.permits == {Role.COACHEE: frozenset(Category)}
    editing.new_agreement_version(
        db, e.id, agreed_on=D + dt.timedelta(days=7),
        permits={Role.COACHEE: frozenset(Category), Role.SPONSOR: frozenset({Category.SUMMARIES})},
        cadence="monthly",
    )  # fmt: skip
    loaded = engagement_repo.load_engagement(db, e.id)
    assert [a.version for a in loaded.agreements] == [1, 2]
    assert loaded.current_agreement.permits_category(Role.SPONSOR, Category.SUMMARIES)
    with pytest.raises(InvalidInput, match="before the current one"):
        editing.new_agreement_version(db, e.id, agreed_on=D, permits={})
    with pytest.raises(InvalidInput, match="role nobody has"):
        editing.new_agreement_version(
            db, e.id, agreed_on=D + dt.timedelta(days=9), permits={Role.HR: frozenset(Category)}
        )


def test_bad_input_is_refused_and_changes_nothing(engagement):
    db, e, ada, bo, _org = engagement
    with pytest.raises(InvalidInput):
        editing.add_person(db, "   ")
    with pytest.raises(InvalidInput, match="end before"):
        editing.add_engagement(db, title="X", coachee_id=ada.id, start=D, end=D - dt.timedelta(1))
    with pytest.raises(InvalidInput, match="stakeholder"):
        editing.add_engagement(
            db, title="X", coachee_id=ada.id, start=D, stakeholders=(Stakeholder(ada.id, Role.HR),)
        )
    with pytest.raises(InvalidInput, match="exist"):
        editing.add_engagement(db, title="X", coachee_id="nobody", start=D)
    assert engagement_repo.engagement_ids(db) == [e.id]
    with pytest.raises(InvalidInput, match="erase"):
        editing.delete_person(db, ada.id)
    assert editing.person_uses(db, bo.id) == (0, 1)
    editing.delete_person(db, bo.id)  # a stakeholder only: removed from the engagement
    assert engagement_repo.load_engagement(db, e.id).stakeholders == ()


def test_one_person_with_two_roles_is_refused_in_words_not_with_a_database_error(engagement):
    db, e, ada, bo, _org = engagement
    twice = (Stakeholder(bo.id, Role.SPONSOR), Stakeholder(bo.id, Role.LINE_MANAGER))
    with pytest.raises(InvalidInput, match="only one role in an engagement"):
        editing.add_engagement(db, title="X", coachee_id=ada.id, start=D, stakeholders=twice)
    assert engagement_repo.engagement_ids(db) == [e.id]
    loaded = engagement_repo.load_engagement(db, e.id)
    with pytest.raises(InvalidInput, match="only one role in an engagement"):
        editing.update_engagement(db, dataclasses.replace(loaded, stakeholders=twice))
    with pytest.raises(InvalidInput, match="cannot also be a stakeholder"):
        editing.update_engagement(
            db, dataclasses.replace(loaded, stakeholders=(Stakeholder(ada.id, Role.HR),))
        )
    assert engagement_repo.load_engagement(db, e.id).stakeholders == loaded.stakeholders


def test_goals_ratings_kpis_and_actions(engagement):
    db, e, ada, _bo, _org = engagement
    goal = editing.add_goal(db, e.id, "Delegate more")
    editing.update_goal(
        db,
        dataclasses.replace(goal, status=GoalStatus.ACHIEVED, grow=Grow("g", "r", "o", "w")),
    )
    with pytest.raises(InvalidInput, match="before its engagement starts"):
        editing.update_goal(db, dataclasses.replace(goal, end=D - dt.timedelta(days=1)))
    editing.add_rating(db, goal.id, D, 4)
    editing.add_rating(db, goal.id, D + dt.timedelta(days=30), 7)
    with pytest.raises(InvalidInput):
        editing.add_rating(db, goal.id, D, 11)
    kpi = editing.add_kpi(db, goal.id, Kpi("", "AHT", "s", Better.LOWER, 420, 360))
    editing.add_measurement(db, kpi.id, D, 400.0)
    editing.update_kpi(db, dataclasses.replace(kpi, name="Average handling time", target=350))
    action = editing.add_action(db, e.id, Action("", "Hand over the report", ada.id, D))
    editing.update_action(db, dataclasses.replace(action, status=ActionStatus.DONE))
    loaded = engagement_repo.load_engagement(db, e.id)
    g = loaded.goals[0]
    assert g.status is GoalStatus.ACHIEVED and g.grow.will == "w"
    assert [r.value for r in g.ratings] == [4, 7]
    assert g.kpis[0].name == "Average handling time" and g.kpis[0].target == 350
    assert g.kpis[0].measurements[0].value == 400.0  # kept by the edit
    assert loaded.actions[0].status is ActionStatus.DONE
    editing.delete_kpi(db, kpi.id)
    editing.delete_action(db, action.id)
    editing.delete_goal(db, goal.id)
    loaded = engagement_repo.load_engagement(db, e.id)
    assert loaded.goals == () and loaded.actions == ()


def test_items_reorder_and_an_undone_delete_keeps_its_consent(engagement):
    db, e, ada, _bo, _org = engagement
    s = practice.add_session(db, e.id, dt.datetime(2026, 3, 5, 10))
    items = [practice.add_item(db, s.id, ItemKind.SUMMARY, f"text {n}") for n in range(3)]
    assert editing.move_item(db, items[2].id, -2) == [items[2].id, items[0].id, items[1].id]
    sharing.set_sharing_state(
        db,
        items[0].id,
        ada.id,
        SharingStateKind.AGREED,
        shown_sha256=text_sha256("text 0"),
        how="in session",
    )
    deleted, _ = session_repo.item_context(db, items[0].id)
    practice.delete_item(db, items[0].id)
    editing.restore_item(db, s.id, deleted, 1)
    assert session_repo.item_ids_in_order(db, s.id) == [items[2].id, items[0].id, items[1].id]
    restored, _ = session_repo.item_context(db, items[0].id)
    assert restored.effective_state(ada.id) is SharingStateKind.AGREED
    counts = editing.engagement_counts(db, e.id)
    assert counts["sessions"] == 1 and counts["items"] == 3
    editing.delete_session(db, s.id)
    assert editing.engagement_counts(db, e.id)["items"] == 0
    editing.delete_engagement(db, e.id)
    assert engagement_repo.engagement_ids(db) == []
