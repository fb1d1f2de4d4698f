"""services.navigation: the tree's rows in pages, with dates and cursors, through a real
vault; and the engagement page names only the people it shows."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import Role, Stakeholder
from coachdesk.services import board, editing, navigation, practice


def _practice(db):
    org = editing.add_organisation(db, "ACME")
    people = [editing.add_person(db, name, org.id) for name in ("Zeno", "anna", "Álvaro", "Bea")]
    sponsor = editing.add_person(db, "Sponsor", org.id)
    engagements = [
        editing.add_engagement(
            db,
            title=f"T{n}",
            coachee_id=p.id,
            start=dt.date(2026, 1, 5),
            end=dt.date(2026, 6, 30) if n == 0 else None,
            organisation_id=org.id,
            stakeholders=(Stakeholder(sponsor.id, Role.SPONSOR),),
        )
        for n, p in enumerate(people)
    ]
    loose = editing.add_person(db, "Loose")
    solo = editing.add_engagement(db, title="Solo", coachee_id=loose.id, start=dt.date(2026, 2, 1))
    return org, people, sponsor, engagements, solo


def test_pages_of_an_organisation_come_in_coachee_name_order(vault):
    org, _people, _sponsor, engagements, solo = _practice(vault.db)
    orgs = navigation.organisations(vault.db)
    assert [(o.id, o.name, o.engagements) for o in orgs] == [(org.id, "ACME", 4), (None, "", 1)]
    first = navigation.engagements(vault.db, org.id, limit=2)
    rest = navigation.engagements(vault.db, org.id, after=first[-1].cursor, limit=2)
    assert [r.coachee_name for r in first + rest] == ["Álvaro", "anna", "Bea", "Zeno"]
    zeno = rest[-1]
    assert (zeno.title, zeno.start, zeno.end) == ("T0", dt.date(2026, 1, 5), dt.date(2026, 6, 30))
    assert navigation.engagements(vault.db, org.id, after=zeno.cursor) == []
    assert [r.id for r in navigation.engagements(vault.db, None)] == [solo.id]
    assert navigation.engagement_row(vault.db, engagements[0].id) == (org.id, zeno)
    assert navigation.engagement_row(vault.db, "gone") is None


def test_people_come_in_pages_by_name(vault):
    _practice(vault.db)
    first = navigation.people(vault.db, limit=3)
    rest = navigation.people(vault.db, after=first[-1].cursor)
    assert [p.name for p in first + rest] == ["Álvaro", "anna", "Bea", "Loose", "Sponsor", "Zeno"]
    assert navigation.people_count(vault.db) == 6


def test_the_engagement_page_and_board_name_only_the_engagement_s_people(vault):
    _org, people, sponsor, engagements, _solo = _practice(vault.db)
    page = practice.engagement_page(vault.db, engagements[1].id)
    assert page.names == {people[1].id: "anna", sponsor.id: "Sponsor"}
    shown = board.board(vault.db, engagements[1].id, dt.date(2026, 3, 1))
    assert shown.names == page.names
