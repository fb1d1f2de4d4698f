"""storage.goal_repo on a real SQLCipher vault: goals, their shares and ratings, KPIs and
their measurements."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from repo_data import DAY, add_people, engagement

from coachdesk.domain import Better, Goal, GoalStatus, Kpi, Measurement, Rating
from coachdesk.storage import engagement_repo, goal_repo


@pytest.fixture
def db(vault):
    add_people(vault.db)
    engagement_repo.insert_engagement(vault.db, engagement())
    return vault.db


def _goal(db, goal_id="e1-g1"):
    return next(g for g in goal_repo.load_goals(db, "e1") if g.id == goal_id)


def test_a_goal_is_added_after_the_others_and_changed_in_place(db):
    assert goal_repo.next_goal_position(db, "e1") == 1
    goal_repo.insert_goal(db, "e1", Goal("e1-g2", "Speak up"), 1)
    assert [g.id for g in goal_repo.load_goals(db, "e1")] == ["e1-g1", "e1-g2"]
    assert goal_repo.goal_engagement(db, "e1-g2") == "e1"
    assert goal_repo.goal_engagement(db, "nope") is None
    before = _goal(db)
    changed = dataclasses.replace(before, title="Delegate", status=GoalStatus.ACHIEVED, end=DAY)
    goal_repo.update_goal(db, changed)
    assert _goal(db) == changed


def test_sharing_a_goal_twice_or_unsharing_it_twice_is_harmless(db):
    goal_repo.set_goal_share(db, "e1-g1", "giulia", True)
    goal_repo.set_goal_share(db, "e1-g1", "giulia", True)
    assert _goal(db).share_with == {"marco", "giulia"}
    goal_repo.set_goal_share(db, "e1-g1", "marco", False)
    goal_repo.set_goal_share(db, "e1-g1", "marco", False)
    assert _goal(db).share_with == {"giulia"}


def test_ratings_and_measurements_are_appended_in_order(db):
    goal_repo.add_rating(db, "e1-g1", Rating(DAY + dt.timedelta(days=1), 8))
    assert [r.value for r in _goal(db).ratings] == [4, 6, 8]
    goal_repo.add_measurement(db, "e1-k1", Measurement(DAY, 7.25))
    assert [m.value for m in _goal(db).kpis[0].measurements] == [11.0, 9.5, 7.25]


def test_a_kpi_is_added_changed_only_under_its_goal_and_deleted(db):
    assert goal_repo.next_kpi_position(db, "e1-g1") == 1
    goal_repo.insert_kpi(db, "e1-g1", Kpi("e1-k2", "CSAT", "%"), 1)
    assert goal_repo.kpi_goal(db, "e1-k2") == "e1-g1"
    assert goal_repo.kpi_goal(db, "nope") is None
    changed = Kpi("e1-k2", "CSAT score", "pts", Better.LOWER, 70.0, 90.0)
    goal_repo.update_kpi(db, "other-goal", changed)
    assert _goal(db).kpis[1] == Kpi("e1-k2", "CSAT", "%")
    goal_repo.update_kpi(db, "e1-g1", changed)
    assert _goal(db).kpis[1] == changed
    goal_repo.delete_kpi(db, "e1-k2")
    assert [k.id for k in _goal(db).kpis] == ["e1-k1"]


def test_deleting_a_goal_takes_its_kpis_and_leaves_actions_serving_nothing(db):
    goal_repo.delete_goal(db, "e1-g1")
    assert goal_repo.load_goals(db, "e1") == ()
    (action,) = engagement_repo.load_engagement(db, "e1").actions
    assert action.goal_id is None and action.kpi_id is None
