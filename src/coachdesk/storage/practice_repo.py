"""The practice as a whole: everything in the vault loaded or inserted at once (the
interchange and the coaching log), and every id it holds. Each area has its repository:
:mod:`people_repo`, :mod:`engagement_repo`, :mod:`session_repo`, :mod:`goal_repo`,
:mod:`action_repo`. Plain parameterised SQL; callers own the transaction."""

from __future__ import annotations

from collections.abc import Iterable

from coachdesk.domain import Practice
from coachdesk.storage.connection import Database
from coachdesk.storage.engagement_repo import engagement_ids, insert_engagement, load_engagement
from coachdesk.storage.people_repo import (
    coach,
    insert_organisation,
    insert_person,
    organisations,
    people,
    set_coach,
)


def insert_practice(db: Database, practice: Practice) -> None:
    """Insert organisations, people and engagements; sets the coach profile when the
    practice names a coach. The caller owns the transaction."""
    if practice.coach.name:
        set_coach(db, practice.coach)
    for org in practice.organisations:
        insert_organisation(db, org)
    for person in practice.people:
        insert_person(db, person)
    for engagement in practice.engagements:
        insert_engagement(db, engagement)


def load_practice(db: Database, engagement_ids_: Iterable[str] | None = None) -> Practice:
    """Everything in the vault, or only the given engagements (with all organisations and
    people; callers that need less filter afterwards)."""
    ids = engagement_ids(db) if engagement_ids_ is None else list(engagement_ids_)
    engagements = []
    for eid in ids:
        e = load_engagement(db, eid)
        if e is not None:
            engagements.append(e)
    return Practice(
        coach=coach(db),
        organisations=tuple(organisations(db)),
        people=tuple(people(db)),
        engagements=tuple(engagements),
    )


def existing_ids(db: Database) -> dict[str, set[str]]:
    """Every id the vault holds, by kind, for the interchange's conflict check."""
    statements = {
        "organisation": "SELECT id FROM organisations",
        "person": "SELECT id FROM people",
        "engagement": "SELECT id FROM engagements",
        "goal": "SELECT id FROM goals",
        "kpi": "SELECT id FROM kpis",
        "action": "SELECT id FROM actions",
        "session": "SELECT id FROM sessions",
        "item": "SELECT id FROM items",
    }
    return {kind: {r[0] for r in db.all(sql)} for kind, sql in statements.items()}
