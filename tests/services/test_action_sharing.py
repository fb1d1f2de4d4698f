"""Sharing an action (spec §4 ``plan``): per recipient, refused when the agreement permits
``plan`` to nobody of that role, stored in the vault and read back; a new action's default
recipients; the team template permits ``plan`` to the coachee and the cs_manager."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.domain import (
    Action,
    Agreement,
    Category,
    Engagement,
    Person,
    Role,
    Stakeholder,
)
from coachdesk.errors import InvalidInput
from coachdesk.policy import Period, disclose
from coachdesk.services import editing, teams
from coachdesk.services.action_sharing import default_action_shares, share_action
from coachdesk.storage import engagement_repo, people_repo

START = dt.date(2026, 1, 1)


@pytest.fixture
def db(vault):
    db = vault.db
    with db.transaction():
        for pid in ("anna", "marco", "hr"):
            people_repo.insert_person(db, Person(pid, pid.title()))
        engagement_repo.insert_engagement(
            db,
            Engagement(
                id="e",
                coachee_id="anna",
                title="T",
                start=START,
                stakeholders=(
                    Stakeholder("marco", Role.SPONSOR),
                    Stakeholder("hr", Role.HR),
                ),
                agreements=(
                    Agreement(
                        1,
                        START,
                        {
                            Role.SPONSOR: frozenset({Category.PLAN}),
                            Role.HR: frozenset({Category.ATTENDANCE}),
                            Role.COACHEE: frozenset(Category),
                        },
                    ),
                ),
                actions=(Action("a", "Call the supplier", "anna"),),
            ),
        )
    return db


def _shared(db) -> frozenset[str]:
    engagement = engagement_repo.load_engagement(db, "e")
    assert engagement is not None
    return engagement.actions[0].share_with


def test_share_action_is_stored_and_can_be_withdrawn(db):
    share_action(db, "a", "marco", True)
    share_action(db, "a", "anna", True)
    assert _shared(db) == {"marco", "anna"}
    share_action(db, "a", "marco", False)
    assert _shared(db) == {"anna"}


def test_share_action_is_refused_when_the_role_may_not_receive_the_plan(db):
    with pytest.raises(InvalidInput, match="blocked by the agreement"):
        share_action(db, "a", "hr", True)
    assert _shared(db) == frozenset()
    share_action(db, "a", "hr", False)  # withdrawing is always allowed


def test_share_action_refuses_a_stranger_and_a_missing_action(db):
    with pytest.raises(InvalidInput):
        share_action(db, "a", "nobody", True)
    with pytest.raises(InvalidInput):
        share_action(db, "missing", "anna", True)


def test_a_shared_action_reaches_the_report_of_that_recipient_only(db):
    share_action(db, "a", "marco", True)
    engagement = engagement_repo.load_engagement(db, "e")
    assert engagement is not None
    names = {"anna": "Anna", "marco": "Marco", "hr": "Hr"}
    period = Period(START, dt.date(2026, 3, 1))
    day = dt.date(2026, 3, 1)
    to_marco = disclose(engagement, "marco", period, day, coach=teams_coach(), names=names)
    to_anna = disclose(engagement, "anna", period, day, coach=teams_coach(), names=names)
    assert [(p.text, p.owner_name) for p in to_marco.included.plan or ()] == [
        ("Call the supplier", "Anna")
    ]
    assert to_anna.included.plan == ()


def teams_coach():
    from coachdesk.domain import CoachProfile

    return CoachProfile("Coach")


def test_a_new_action_is_shared_with_the_coachee_by_default(db):
    engagement = engagement_repo.load_engagement(db, "e")
    assert engagement is not None
    # The sponsor may receive the plan, but only a cs_manager is added by default.
    assert default_action_shares(engagement, START) == {"anna"}


def test_the_team_template_permits_the_plan_to_the_agent_and_the_manager(vault):
    db = vault.db
    (engagement,) = teams.create_team(
        db, title="Desk", manager_name="Maria", agent_names=["Ştefan"], start=START
    )
    agreement = engagement.agreements[0]
    manager = next(s.person_id for s in engagement.stakeholders if s.role is Role.CS_MANAGER)
    assert agreement.permits_category(Role.COACHEE, Category.PLAN)
    assert agreement.permits_category(Role.CS_MANAGER, Category.PLAN)
    assert default_action_shares(engagement, START) == {engagement.coachee_id, manager}
    # A new team action is shared with both and reaches both.
    added = editing.add_action(
        db,
        engagement.id,
        Action("", "Shadow a senior agent", share_with=default_action_shares(engagement, START)),
    )
    stored = engagement_repo.load_engagement(db, engagement.id)
    assert stored is not None
    assert stored.actions[0].id == added.id
    assert stored.actions[0].share_with == {engagement.coachee_id, manager}
