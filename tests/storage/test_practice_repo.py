"""storage.practice_repo on a real SQLCipher vault: the whole practice at once."""

from __future__ import annotations

from repo_data import ACME, DAY, GIULIA, MARCO, SARA, engagement

from coachdesk.domain import CoachProfile, Practice
from coachdesk.storage import practice_repo


def _practice() -> Practice:
    return Practice(
        CoachProfile("Laura Bianchi", "PCC"),
        (ACME,),
        (GIULIA, MARCO, SARA),
        (engagement("e1"), engagement("e2", start=DAY.replace(day=1))),
    )


def test_a_practice_reads_back_exactly_as_inserted(vault):
    practice_repo.insert_practice(vault.db, _practice())
    loaded = practice_repo.load_practice(vault.db)
    expected = _practice()
    assert loaded == Practice(
        expected.coach, expected.organisations, expected.people, expected.engagements[::-1]
    )


def test_a_practice_can_be_loaded_for_some_engagements_only(vault):
    practice_repo.insert_practice(vault.db, _practice())
    loaded = practice_repo.load_practice(vault.db, ["e1", "missing"])
    assert [e.id for e in loaded.engagements] == ["e1"]
    assert loaded.people == (GIULIA, MARCO, SARA)


def test_a_practice_without_a_coach_leaves_the_profile_alone(vault):
    practice_repo.insert_practice(vault.db, _practice())
    practice_repo.insert_practice(vault.db, Practice())
    assert practice_repo.load_practice(vault.db).coach.name == "Laura Bianchi"


def test_every_id_the_vault_holds_by_kind(vault):
    practice_repo.insert_practice(vault.db, _practice())
    ids = practice_repo.existing_ids(vault.db)
    assert ids["person"] == {"sara", "marco", "giulia"}
    assert ids["organisation"] == {"o1"}
    assert ids["engagement"] == {"e1", "e2"}
    assert ids["item"] == {"e1-i1", "e1-i2", "e2-i1", "e2-i2"}
    assert ids["kpi"] == {"e1-k1", "e2-k1"} and ids["action"] == {"e1-a1", "e2-a1"}
    assert ids["goal"] == {"e1-g1", "e2-g1"} and ids["session"] == {"e1-s1", "e2-s1"}
