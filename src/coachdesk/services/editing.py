"""Creating, changing and deleting what the practice holds, for the app (spec §2, §3).

Each function is one transaction and checks its input (``InvalidInput`` with a sentence the
app shows). Deleting says first what goes with it (``*_counts``); deleting a person who is a
coachee is refused here: that is erasure (``services.erasure``), which also compacts the file.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from coachdesk.domain import (
    Action,
    Agreement,
    Category,
    Engagement,
    Goal,
    Kpi,
    Language,
    Measurement,
    NoteItem,
    Organisation,
    Person,
    Rating,
    Role,
    Stakeholder,
)
from coachdesk.errors import InvalidInput
from coachdesk.services import kpi_units
from coachdesk.services.practice import new_id
from coachdesk.storage import action_repo, engagement_repo, goal_repo, people_repo, session_repo
from coachdesk.storage.connection import Database


def _name(text: str, what: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput(f"{what} cannot be empty")
    return cleaned


# -- organisations and people -----------------------------------------------------------


def add_organisation(db: Database, name: str) -> Organisation:
    org = Organisation(new_id("o"), _name(name, "an organisation's name"))
    with db.transaction():
        people_repo.insert_organisation(db, org)
    return org


def rename_organisation(db: Database, org_id: str, name: str) -> None:
    with db.transaction():
        people_repo.update_organisation(db, Organisation(org_id, _name(name, "a name")))


def delete_organisation(db: Database, org_id: str) -> None:
    with db.transaction():
        people_repo.delete_organisation(db, org_id)


def add_person(
    db: Database, name: str, organisation_id: str | None = None, title: str = ""
) -> Person:
    person = Person(new_id("p"), _name(name, "a person's name"), organisation_id, title.strip())
    with db.transaction():
        people_repo.insert_person(db, person)
    return person


def update_person(db: Database, person: Person) -> None:
    with db.transaction():
        people_repo.update_person(db, replace(person, name=_name(person.name, "a name")))


def person_uses(db: Database, person_id: str) -> tuple[int, int]:
    with db.transaction():
        return people_repo.person_uses(db, person_id)


def delete_person(db: Database, person_id: str) -> None:
    with db.transaction():
        coachee_of, _ = people_repo.person_uses(db, person_id)
        if coachee_of:
            raise InvalidInput(
                "this person is a coachee: erase the coachee's data instead, which removes "
                "their engagements too"
            )
        people_repo.delete_person(db, person_id)


# -- engagements and agreements ---------------------------------------------------------


def _check_people(coachee_id: str, stakeholders: tuple[Stakeholder, ...]) -> None:
    """One role per person in an engagement (the database refuses a second one too)."""
    ids = [s.person_id for s in stakeholders]
    if coachee_id in ids:
        raise InvalidInput("the coachee cannot also be a stakeholder")
    if len(set(ids)) != len(ids):
        raise InvalidInput("a person can have only one role in an engagement")


def add_engagement(
    db: Database,
    *,
    title: str,
    coachee_id: str,
    start: dt.date,
    end: dt.date | None = None,
    organisation_id: str | None = None,
    language: Language = Language.EN,
    stakeholders: tuple[Stakeholder, ...] = (),
    retention_months: int = 24,
) -> Engagement:
    """A new engagement, with a first agreement that permits the coachee everything and
    each stakeholder nothing yet: the three-way contract is then agreed and recorded as a
    new version."""
    if end is not None and end < start:
        raise InvalidInput("an engagement cannot end before it starts")
    _check_people(coachee_id, stakeholders)
    engagement = Engagement(
        id=new_id("e"),
        coachee_id=coachee_id,
        organisation_id=organisation_id,
        title=_name(title, "an engagement's title"),
        start=start,
        end=end,
        language=language,
        retention_months=retention_months,
        stakeholders=stakeholders,
        agreements=(Agreement(1, start, {Role.COACHEE: frozenset(Category)}),),
    )
    with db.transaction():
        if people_repo.missing_people(db, [coachee_id, *(s.person_id for s in stakeholders)]):
            raise InvalidInput("choose people who exist in the practice")
        engagement_repo.insert_engagement(db, engagement)
    return engagement


def update_engagement(db: Database, engagement: Engagement) -> None:
    """Title, coachee, organisation, dates, language, retention and stakeholders."""
    if engagement.end is not None and engagement.end < engagement.start:
        raise InvalidInput("an engagement cannot end before it starts")
    _check_people(engagement.coachee_id, engagement.stakeholders)
    with db.transaction():
        engagement_repo.update_engagement(
            db, replace(engagement, title=_name(engagement.title, "a title"))
        )


def engagement_counts(db: Database, engagement_id: str) -> dict[str, int]:
    with db.transaction():
        return engagement_repo.engagement_counts(db, engagement_id)


def delete_engagement(db: Database, engagement_id: str) -> None:
    """The engagement and everything in it. Its ledger entries stay (ids and hashes)."""
    with db.transaction():
        engagement_repo.delete_engagement(db, engagement_id)


def new_agreement_version(
    db: Database,
    engagement_id: str,
    *,
    agreed_on: dt.date,
    permits: dict[Role, frozenset[Category]],
    cadence: str = "",
    exceptions: str = "",
    text: str = "",
) -> Agreement:
    """Record a changed agreement as a new version; earlier versions stay as they were."""
    with db.transaction():
        engagement = engagement_repo.load_engagement(db, engagement_id)
        if engagement is None:
            raise InvalidInput("that engagement no longer exists")
        current = engagement.current_agreement
        if current is not None and agreed_on < current.agreed_on:
            raise InvalidInput(
                "a new version cannot be agreed before the current one "
                f"({current.agreed_on.isoformat()})"
            )
        roles = {Role.COACHEE, *(s.role for s in engagement.stakeholders)}
        if set(permits) - roles:
            raise InvalidInput("the agreement names a role nobody has in this engagement")
        version = engagement_repo.next_agreement_version(db, engagement_id)
        agreement = Agreement(version, agreed_on, permits, cadence.strip(), exceptions, text)
        engagement_repo.insert_agreement(db, engagement_id, agreement)
    return agreement


# -- sessions and items -----------------------------------------------------------------


def delete_session(db: Database, session_id: str) -> None:
    with db.transaction():
        session_repo.delete_session(db, session_id)


def restore_item(db: Database, session_id: str, item: NoteItem, position: int) -> None:
    """Put back a deleted item (undo), with its sharing states as they were."""
    with db.transaction():
        if session_repo.session_engagement(db, session_id) is None:
            raise InvalidInput("that session no longer exists")
        ids = session_repo.item_ids_in_order(db, session_id)
        session_repo.insert_item(db, session_id, item, position)
        ids.insert(min(position, len(ids)), item.id)
        session_repo.set_item_positions(db, ids)


def move_item(db: Database, item_id: str, steps: int) -> list[str]:
    """Move an item up (negative) or down within its session; returns the new order."""
    with db.transaction():
        found = session_repo.item_position(db, item_id)
        if found is None:
            raise InvalidInput("that note item no longer exists")
        ids = session_repo.item_ids_in_order(db, found[0])
        index = ids.index(item_id)
        target = max(0, min(len(ids) - 1, index + steps))
        ids.insert(target, ids.pop(index))
        session_repo.set_item_positions(db, ids)
        return ids


# -- goals, ratings, KPIs ---------------------------------------------------------------


def add_goal(db: Database, engagement_id: str, title: str) -> Goal:
    goal = Goal(new_id("g"), _name(title, "a goal's title"))
    with db.transaction():
        if engagement_repo.engagement_summary(db, engagement_id) is None:
            raise InvalidInput("that engagement no longer exists")
        position = goal_repo.next_goal_position(db, engagement_id)
        goal_repo.insert_goal(db, engagement_id, goal, position)
    return goal


def update_goal(db: Database, goal: Goal) -> None:
    if goal.start and goal.end and goal.end < goal.start:
        raise InvalidInput("a goal cannot end before it starts")
    with db.transaction():
        engagement_id = goal_repo.goal_engagement(db, goal.id)
        summary = engagement_repo.engagement_summary(db, engagement_id) if engagement_id else None
        if summary is not None and goal.end is not None and goal.end < summary[3]:
            raise InvalidInput("a goal cannot end before its engagement starts")
        goal_repo.update_goal(db, replace(goal, title=_name(goal.title, "a goal's title")))


def delete_goal(db: Database, goal_id: str) -> None:
    with db.transaction():
        goal_repo.delete_goal(db, goal_id)


def add_rating(db: Database, goal_id: str, day: dt.date, value: int) -> None:
    if not 1 <= value <= 10:
        raise InvalidInput("a rating is from 1 to 10")
    with db.transaction():
        if goal_repo.goal_engagement(db, goal_id) is None:
            raise InvalidInput("that goal no longer exists")
        goal_repo.add_rating(db, goal_id, Rating(day, value))


def add_kpi(db: Database, goal_id: str, kpi: Kpi) -> Kpi:
    kpi = replace(kpi, id=kpi.id or new_id("k"), name=_name(kpi.name, "a KPI's name"))
    with db.transaction():
        if goal_repo.goal_engagement(db, goal_id) is None:
            raise InvalidInput("that goal no longer exists")
        goal_repo.insert_kpi(db, goal_id, kpi, goal_repo.next_kpi_position(db, goal_id))
    return kpi


def update_kpi(db: Database, kpi: Kpi) -> None:
    """Name, unit, direction, baseline and target (not the measurements)."""
    kpi = replace(kpi, name=_name(kpi.name, "a KPI's name"))
    with db.transaction():
        goal_id = goal_repo.kpi_goal(db, kpi.id)
        if goal_id is None:
            raise InvalidInput("that KPI no longer exists")
        goal_repo.update_kpi(db, goal_id, kpi)


def delete_kpi(db: Database, kpi_id: str) -> None:
    with db.transaction():
        goal_repo.delete_kpi(db, kpi_id)


def add_measurement(db: Database, kpi_id: str, day: dt.date, value: float) -> None:
    """One measurement, refused when it is not a number or its KPI's unit does not allow it
    (a percentage from 0 to 100, a duration or count not negative, a range unit's range)."""
    if not math.isfinite(value):
        raise InvalidInput("a measurement must be a number")
    with db.transaction():
        goal_id = goal_repo.kpi_goal(db, kpi_id)
        if goal_id is None:
            raise InvalidInput("that KPI no longer exists")
        engagement_id = goal_repo.goal_engagement(db, goal_id)
        engagement = engagement_repo.load_engagement(db, engagement_id) if engagement_id else None
        kpis = [k for g in engagement.goals for k in g.kpis] if engagement else []
        for kpi in kpis:
            if kpi.id == kpi_id:
                kpi_units.check(kpi.unit, value)
        goal_repo.add_measurement(db, kpi_id, Measurement(day, value))


# -- actions ----------------------------------------------------------------------------


def add_action(db: Database, engagement_id: str, action: Action) -> Action:
    action = replace(action, id=action.id or new_id("a"), text=_name(action.text, "an action"))
    with db.transaction():
        if engagement_repo.engagement_summary(db, engagement_id) is None:
            raise InvalidInput("that engagement no longer exists")
        position = action_repo.next_action_position(db, engagement_id)
        action_repo.insert_action(db, engagement_id, action, position)
    return action


def update_action(db: Database, action: Action) -> None:
    with db.transaction():
        if action_repo.action_engagement(db, action.id) is None:
            raise InvalidInput("that action no longer exists")
        action_repo.update_action(db, replace(action, text=_name(action.text, "an action")))


def delete_action(db: Database, action_id: str) -> None:
    with db.transaction():
        action_repo.delete_action(db, action_id)
