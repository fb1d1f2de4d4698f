"""Coaching cadence (spec §3): a coaching session is due ``cadence_days`` after the last held
one. Coaching sessions and check-ins reset the clock; training and three-way meetings do not,
nor do planned, cancelled or no-show sessions. Before the first held coaching session the
clock runs from the engagement's start. An engagement without a cadence, or one that has
ended, is never due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coachdesk.domain import Engagement, SessionKind, SessionStatus
from coachdesk.storage import cadence_repo
from coachdesk.storage.connection import Database
from coachdesk.storage.dates import s2d, s2d_req, s2t

CLOCK_KINDS: frozenset[SessionKind] = frozenset({SessionKind.COACHING, SessionKind.CHECK_IN})


@dataclass(frozen=True)
class Due:
    """When an engagement's next coaching session is due, and whether that day has passed."""

    engagement_id: str
    coachee_id: str
    due: dt.date
    last_held: dt.date | None
    overdue: bool


def due_date(
    start: dt.date,
    end: dt.date | None,
    cadence_days: int | None,
    last_held: dt.date | None,
    today: dt.date,
) -> dt.date | None:
    """The day the next coaching session is due, or None (no cadence; the engagement ended)."""
    if cadence_days is None or (end is not None and end < today):
        return None
    return (last_held or start) + dt.timedelta(days=cadence_days)


def last_held_coaching(e: Engagement) -> dt.date | None:
    """The day of the last held coaching session or check-in of ``e``."""
    days = [s.date for s in e.sessions if s.status is SessionStatus.HELD and s.kind in CLOCK_KINDS]
    return max(days) if days else None


def due_of(e: Engagement, today: dt.date) -> Due | None:
    """:func:`due_date` for a loaded engagement."""
    last = last_held_coaching(e)
    due = due_date(e.start, e.end, e.cadence_days, last, today)
    if due is None:
        return None
    return Due(e.id, e.coachee_id, due, last, due < today)


def all_due(db: Database, today: dt.date) -> dict[str, Due]:
    """Every engagement with a cadence that has not ended, by id (one query, no note text):
    what the navigation, the team view and the welcome page flag."""
    out: dict[str, Due] = {}
    for eid, coachee, start, end, days, last in cadence_rows(db):
        last_day = s2t(last).date() if last else None
        due = due_date(s2d_req(start), s2d(end), days, last_day, today)
        if due is not None:
            out[eid] = Due(eid, coachee, due, last_day, due < today)
    return out


def overdue(db: Database, today: dt.date) -> dict[str, Due]:
    """The engagements overdue for coaching (their due day is before ``today``)."""
    return {k: v for k, v in all_due(db, today).items() if v.overdue}


def due_within(db: Database, today: dt.date, days: int = 7) -> list[Due]:
    """Engagements due by ``today + days`` (overdue ones included), earliest first: the
    welcome page's "due this week"."""
    until = today + dt.timedelta(days=days)
    return sorted(
        (d for d in all_due(db, today).values() if d.due <= until),
        key=lambda d: (d.due, d.engagement_id),
    )


def cadence_rows(db: Database) -> list[tuple[str, str, str, str | None, int, str | None]]:
    return cadence_repo.cadence_rows(db)
