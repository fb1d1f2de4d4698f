"""storage.engagement_repo on a real SQLCipher vault: an engagement written with everything
it contains and read back whole, its stakeholders, agreements and counts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from repo_data import DAY, add_people, engagement

from coachdesk.domain import Agreement, Role, Stakeholder
from coachdesk.storage import engagement_repo
from coachdesk.storage.connection import IntegrityError


@pytest.fixture
def db(vault):
    add_people(vault.db)
    return vault.db


def test_an_engagement_reads_back_exactly_as_written(db):
    e = engagement()
    engagement_repo.insert_engagement(db, e)
    assert engagement_repo.load_engagement(db, "e1") == e
    assert engagement_repo.load_engagement(db, "nope") is None


def test_an_engagement_of_someone_unknown_is_refused(db):
    with pytest.raises(IntegrityError):
        engagement_repo.insert_engagement(db, dataclasses.replace(engagement(), coachee_id="x"))


def test_engagements_are_listed_by_start_for_everyone_or_one_coachee(db):
    engagement_repo.insert_engagement(db, engagement("late", start=DAY + dt.timedelta(days=9)))
    engagement_repo.insert_engagement(db, engagement("early"))
    assert engagement_repo.engagement_ids(db) == ["early", "late"]
    assert engagement_repo.engagement_ids(db, "sara") == ["early", "late"]
    assert engagement_repo.engagement_ids(db, "marco") == []
    assert engagement_repo.engagement_ids_with_stakeholder(db, "giulia") == ["early", "late"]
    assert engagement_repo.engagement_summary(db, "early") == (
        "Leadership 2026", "sara", "o1", DAY, None,
    )  # fmt: skip


def test_updating_an_engagement_replaces_its_stakeholders_and_keeps_its_contents(db):
    e = engagement()
    engagement_repo.insert_engagement(db, e)
    changed = dataclasses.replace(
        e, title="Leadership 2027", end=DAY, stakeholders=(Stakeholder("giulia", Role.SPONSOR),)
    )
    engagement_repo.update_engagement(db, changed)
    assert engagement_repo.load_engagement(db, "e1") == changed
    assert engagement_repo.recipients(db, "e1") == ["sara", "giulia"]
    assert engagement_repo.recipients(db, "nope") == []


def test_agreement_versions_follow_each_other(db):
    engagement_repo.insert_engagement(db, engagement())
    assert engagement_repo.next_agreement_version(db, "e1") == 2
    engagement_repo.insert_agreement(db, "e1", Agreement(2, DAY, {Role.HR: frozenset()}))
    assert engagement_repo.next_agreement_version(db, "e1") == 3
    versions = engagement_repo.load_agreements(db, "e1")
    assert [a.version for a in versions] == [1, 2]


def test_deleting_an_engagement_takes_what_its_counts_said(db):
    engagement_repo.insert_engagement(db, engagement())
    assert engagement_repo.engagement_counts(db, "e1") == {
        "sessions": 1, "items": 2, "goals": 1, "actions": 1, "agreements": 1,
    }  # fmt: skip
    engagement_repo.delete_engagement(db, "e1")
    assert engagement_repo.load_engagement(db, "e1") is None
    assert set(engagement_repo.engagement_counts(db, "e1").values()) == {0}
    assert db.one("SELECT count(*) FROM items")[0] == 0
