"""Retention (spec §3): engagements whose retention period has passed.

CoachDesk says so on unlock (and in ``verify``) and offers to erase the coachee's data; it
never erases without the coach's confirmation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coachdesk.domain import add_months
from coachdesk.storage import engagement_repo, erasure_repo, people_repo
from coachdesk.storage.connection import Database


@dataclass(frozen=True)
class Expired:
    engagement_id: str
    coachee_id: str
    retention_ended: dt.date
    # True when every engagement of this coachee is past retention, so erasing the
    # coachee takes nothing still needed.
    coachee_fully_expired: bool


def expired_engagements(db: Database, today: dt.date) -> list[Expired]:
    """Engagements past their retention period on ``today`` (end + retention months)."""

    # Only an engagement that ended before today can be past retention; the coachees of
    # those then have every engagement read, to know whether any is still kept.
    def until(end: str | None, months: int) -> dt.date | None:
        return add_months(dt.date.fromisoformat(end), months) if end else None

    ended = erasure_repo.retention_rows(db, today.isoformat())
    candidates = {
        coachee for _, coachee, end, months in ended if (u := until(end, months)) and u < today
    }
    rows = erasure_repo.retention_rows(db, today.isoformat(), candidates)
    expiry = {eid: until(end, months) for eid, _, end, months in rows}
    live = {coachee for eid, coachee, _, _ in rows if (u := expiry[eid]) is None or u >= today}
    return [
        Expired(eid, coachee, u, coachee not in live)
        for eid, coachee, _, _ in rows
        if (u := expiry[eid]) is not None and u < today
    ]


@dataclass(frozen=True)
class ExpiredRow:
    """One line of the app's retention notice."""

    coachee_id: str
    coachee_name: str
    engagement_title: str
    retention_ended: dt.date
    erasable: bool


def retention_notice(db: Database, today: dt.date) -> list[ExpiredRow]:
    """The engagements past retention, with the names the app shows, in one transaction."""
    with db.transaction():
        expired = expired_engagements(db, today)
        if not expired:
            return []
        names = {p.id: p.name for p in people_repo.people(db)}
        rows = []
        for x in expired:
            summary = engagement_repo.engagement_summary(db, x.engagement_id)
            title = summary[0] if summary else ""
            rows.append(
                ExpiredRow(
                    x.coachee_id,
                    names.get(x.coachee_id, x.coachee_id),
                    title,
                    x.retention_ended,
                    x.coachee_fully_expired,
                )
            )
        return rows
