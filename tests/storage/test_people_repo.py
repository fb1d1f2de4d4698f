"""storage.people_repo on a real SQLCipher vault: the coach profile, organisations, people."""

from __future__ import annotations

import dataclasses

from repo_data import ACME, GIULIA, MARCO, SARA, add_people, engagement

from coachdesk.domain import CoachProfile, Organisation, Person
from coachdesk.storage import engagement_repo, people_repo


def test_the_coach_profile_is_empty_until_set_then_read_back_with_its_logo(vault):
    db = vault.db
    assert people_repo.coach(db) == CoachProfile()
    profile = CoachProfile("Laura Bianchi", "PCC", "Via Roma 1\nMilano", b"\x89PNG\r\n")
    people_repo.set_coach(db, profile)
    assert people_repo.coach(db) == profile


def test_organisations_are_listed_by_name_renamed_and_deleted_without_their_people(vault):
    db = vault.db
    add_people(db)
    people_repo.insert_organisation(db, Organisation("o0", "Zeta"))
    assert people_repo.organisations(db) == [ACME, Organisation("o0", "Zeta")]
    people_repo.update_organisation(db, Organisation("o0", "Aardvark"))
    assert people_repo.organisations(db)[0] == Organisation("o0", "Aardvark")
    people_repo.delete_organisation(db, "o1")
    assert [o.id for o in people_repo.organisations(db)] == ["o0"]
    sara = next(p for p in people_repo.people(db) if p.id == "sara")
    assert sara == dataclasses.replace(SARA, organisation_id=None)


def test_people_are_listed_by_name_and_changed_in_place(vault):
    db = vault.db
    add_people(db)
    assert people_repo.people(db) == [GIULIA, MARCO, SARA]
    people_repo.update_person(db, dataclasses.replace(MARCO, name="Marco Azzurri", email="m@x"))
    assert people_repo.people(db)[1] == Person("marco", "Marco Azzurri", "o1", "", "m@x")


def test_what_a_person_is_used_for_and_deleting_a_stakeholder(vault):
    db = vault.db
    add_people(db)
    engagement_repo.insert_engagement(db, engagement())
    assert people_repo.person_uses(db, "sara") == (1, 0)
    assert people_repo.person_uses(db, "marco") == (0, 1)
    people_repo.delete_person(db, "marco")
    assert engagement_repo.recipients(db, "e1") == ["sara", "giulia"]
    assert people_repo.missing_people(db, ["sara", "marco", "nobody"]) == {"marco", "nobody"}


def test_an_engagement_s_names_are_its_people_only(vault):
    db = vault.db
    add_people(db)
    people_repo.insert_person(db, Person("other", "Someone Else"))
    engagement_repo.insert_engagement(db, engagement())
    assert people_repo.engagement_names(db, "e1") == {
        "sara": "Sara Neri",
        "marco": "Marco Blu",
        "giulia": "Giulia Verdi",
    }
    assert people_repo.people_with_roles(db, ("sponsor",)) == [("marco", "Marco Blu")]
    assert people_repo.people_with_roles(db, ("hr", "sponsor")) == [
        ("giulia", "Giulia Verdi"),
        ("marco", "Marco Blu"),
    ]
