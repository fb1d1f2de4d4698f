"""What the navigation tree shows, a page at a time (spec §10): the organisations with their
number of engagements, then each organisation's engagements and everyone, in pages, in name
order (accents, case and spacing forgiven, then id). Unlocking and drawing the window cost
what one screenful costs, whatever the size of the practice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coachdesk.storage import navigation_repo
from coachdesk.storage.connection import Database
from coachdesk.storage.dates import s2d, s2d_req

PAGE = 200
Cursor = tuple[str, str]


@dataclass(frozen=True)
class OrgRow:
    """An organisation; ``id`` None is the bucket of engagements without one (listed last)."""

    id: str | None
    name: str
    engagements: int


@dataclass(frozen=True)
class EngagementRow:
    id: str
    coachee_name: str
    title: str
    start: dt.date
    end: dt.date | None
    # Where the next page starts: (the coachee's name key, the engagement's id).
    cursor: Cursor


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    title: str
    cursor: Cursor


def organisations(db: Database) -> list[OrgRow]:
    with db.transaction():
        return [OrgRow(*r) for r in navigation_repo.organisations(db)]


def _engagement(r: navigation_repo.EngagementRowTuple) -> EngagementRow:
    eid, name, title, start, end, key = r
    return EngagementRow(eid, name, title, s2d_req(start), s2d(end), (key, eid))


def engagements(
    db: Database, org_id: str | None, *, after: Cursor | None = None, limit: int = PAGE
) -> list[EngagementRow]:
    """Up to ``limit`` engagements of an organisation (None: those without one) after
    ``after``, ordered by the coachee's name key, then id."""
    with db.transaction():
        count = navigation_repo.engagement_count(db, org_id)
        rows = navigation_repo.engagements(
            db, org_id, after, limit, large=count > navigation_repo.SMALL_ORGANISATION
        )
    return [_engagement(r) for r in rows]


def people(db: Database, *, after: Cursor | None = None, limit: int = PAGE) -> list[PersonRow]:
    """Up to ``limit`` people after ``after``, by name key, then id."""
    with db.transaction():
        rows = navigation_repo.people(db, after, limit)
    return [PersonRow(pid, name, title, (key, pid)) for pid, name, title, key in rows]


def people_count(db: Database) -> int:
    with db.transaction():
        return navigation_repo.people_count(db)


def engagement_row(db: Database, engagement_id: str) -> tuple[str | None, EngagementRow] | None:
    """(organisation id, row) of one engagement, so the tree can select an engagement whose
    page it has not loaded yet; None when it no longer exists."""
    with db.transaction():
        found = navigation_repo.engagement(db, engagement_id)
    if found is None:
        return None
    return found[0], _engagement(found[1])
