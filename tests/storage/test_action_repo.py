"""storage.action_repo on a real SQLCipher vault: an engagement's plan and its shares."""

from __future__ import annotations

import dataclasses

import pytest
from repo_data import DAY, add_people, engagement

from coachdesk.domain import Action, ActionStatus
from coachdesk.storage import action_repo, engagement_repo, people_repo


@pytest.fixture
def db(vault):
    add_people(vault.db)
    engagement_repo.insert_engagement(vault.db, engagement())
    return vault.db


def test_an_action_is_added_after_the_others_and_changed_in_place(db):
    assert action_repo.next_action_position(db, "e1") == 1
    action_repo.insert_action(db, "e1", Action("e1-a2", "Read «Drive»"), 1)
    assert [a.id for a in action_repo.load_actions(db, "e1")] == ["e1-a1", "e1-a2"]
    assert action_repo.action_engagement(db, "e1-a2") == "e1"
    assert action_repo.action_engagement(db, "nope") is None
    (first, _) = action_repo.load_actions(db, "e1")
    changed = dataclasses.replace(
        first, text="Fortnightly", owner_id="marco", due=DAY, status=ActionStatus.DONE,
        goal_id=None, kpi_id=None,
    )  # fmt: skip
    action_repo.update_action(db, changed)
    assert action_repo.load_actions(db, "e1")[0] == changed


def test_sharing_an_action_twice_or_unsharing_it_twice_is_harmless(db):
    action_repo.set_action_share(db, "e1-a1", "giulia", True)
    action_repo.set_action_share(db, "e1-a1", "giulia", True)
    assert action_repo.load_actions(db, "e1")[0].share_with == {"marco", "giulia"}
    action_repo.set_action_share(db, "e1-a1", "marco", False)
    action_repo.set_action_share(db, "e1-a1", "marco", False)
    assert action_repo.load_actions(db, "e1")[0].share_with == {"giulia"}


def test_an_owner_who_is_deleted_leaves_the_action_without_owner(db):
    action_repo.set_action_share(db, "e1-a1", "marco", False)
    people_repo.delete_person(db, "marco")
    action_repo.insert_action(db, "e1", Action("e1-a2", "x", "giulia"), 1)
    people_repo.delete_person(db, "giulia")
    assert action_repo.load_actions(db, "e1")[1].owner_id is None


def test_a_deleted_action_is_gone(db):
    action_repo.delete_action(db, "e1-a1")
    assert action_repo.load_actions(db, "e1") == ()
