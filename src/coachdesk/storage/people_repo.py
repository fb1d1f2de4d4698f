"""The coach profile, organisations and people. Plain parameterised SQL; callers own the
transaction."""

from __future__ import annotations

from collections.abc import Iterable

from coachdesk.domain import CoachProfile, Organisation, Person
from coachdesk.storage.connection import Database


def coach(db: Database) -> CoachProfile:
    row = db.one("SELECT name, credentials, letterhead, logo FROM coach WHERE id = 1")
    if not row:
        return CoachProfile()
    name, credentials, letterhead, logo = row
    return CoachProfile(name, credentials, letterhead, None if logo is None else bytes(logo))


def set_coach(db: Database, profile: CoachProfile) -> None:
    db.execute(
        "UPDATE coach SET name = ?, credentials = ?, letterhead = ?, logo = ? WHERE id = 1",
        (profile.name, profile.credentials, profile.letterhead, profile.logo),
    )


# -- organisations -------------------------------------------------------------------------


def organisations(db: Database) -> list[Organisation]:
    return [
        Organisation(*r) for r in db.all("SELECT id, name FROM organisations ORDER BY name, id")
    ]


def insert_organisation(db: Database, org: Organisation) -> None:
    db.execute("INSERT INTO organisations (id, name) VALUES (?, ?)", (org.id, org.name))


def update_organisation(db: Database, org: Organisation) -> None:
    db.execute("UPDATE organisations SET name = ? WHERE id = ?", (org.name, org.id))


def delete_organisation(db: Database, org_id: str) -> None:
    """People and engagements keep existing, without an organisation."""
    db.execute("DELETE FROM organisations WHERE id = ?", (org_id,))


# -- people --------------------------------------------------------------------------------


def people(db: Database) -> list[Person]:
    return [
        Person(*r)
        for r in db.all(
            "SELECT id, name, organisation_id, title, email FROM people ORDER BY name, id"
        )
    ]


def insert_person(db: Database, person: Person) -> None:
    db.execute(
        "INSERT INTO people (id, name, organisation_id, title, email) VALUES (?, ?, ?, ?, ?)",
        (person.id, person.name, person.organisation_id, person.title, person.email),
    )


def update_person(db: Database, person: Person) -> None:
    db.execute(
        "UPDATE people SET name = ?, organisation_id = ?, title = ?, email = ? WHERE id = ?",
        (person.name, person.organisation_id, person.title, person.email, person.id),
    )


def person_uses(db: Database, person_id: str) -> tuple[int, int]:
    """(engagements they are the coachee of, engagements they are a stakeholder in)."""
    coachee = db.one("SELECT count(*) FROM engagements WHERE coachee_id = ?", (person_id,))[0]
    stake = db.one("SELECT count(*) FROM stakeholders WHERE person_id = ?", (person_id,))[0]
    return int(coachee), int(stake)


def delete_person(db: Database, person_id: str) -> None:
    """Removes them as a stakeholder and their sharing states; the caller refuses coachees
    (their engagements would go too: that is erasure)."""
    db.execute("DELETE FROM people WHERE id = ?", (person_id,))


def missing_people(db: Database, person_ids: Iterable[str]) -> set[str]:
    """Those of ``person_ids`` that name nobody in the practice."""
    wanted = set(person_ids)
    found = {
        r[0]
        for pid in wanted
        for r in db.all("SELECT id FROM people WHERE id = ?", (pid,))
    }
    return wanted - found


def engagement_names(db: Database, engagement_id: str) -> dict[str, str]:
    """The display names an engagement's page, board and reports show: its coachee, its
    stakeholders and the owners of its actions, by id (not everyone in the practice)."""
    return dict(
        db.all(
            "SELECT id, name FROM people WHERE id IN ("
            "SELECT coachee_id FROM engagements WHERE id = ?1 "
            "UNION SELECT person_id FROM stakeholders WHERE engagement_id = ?1 "
            "UNION SELECT owner_id FROM actions WHERE engagement_id = ?1)",
            (engagement_id,),
        )
    )


def people_with_roles(db: Database, roles: tuple[str, ...]) -> list[tuple[str, str]]:
    marks = ", ".join("?" for _ in roles)
    return [
        (r[0], r[1])
        for r in db.all(
            f"SELECT DISTINCT p.id, p.name FROM people p JOIN stakeholders s ON s.person_id = p.id "
            f"WHERE s.role IN ({marks}) ORDER BY p.name, p.id",
            roles,
        )
    ]
