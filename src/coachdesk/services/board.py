"""The disclosure board (spec §4): for every recipient of an engagement, what a report would
give them now and what awaits the coachee's agreement, from the same rule and the same
disclosure set the report uses; and what needs the coach's attention: exceptions voided by
an edit of their text (they count as private until recorded again)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coachdesk.domain import Engagement
from coachdesk.errors import InvalidInput
from coachdesk.policy import Disclosure, Period, disclose
from coachdesk.storage import engagement_repo, people_repo
from coachdesk.storage.connection import Database


@dataclass(frozen=True)
class Board:
    engagement: Engagement
    names: dict[str, str]
    period: Period
    # Recipient id -> what the rule decides for them, in the engagement's recipient order.
    recipients: dict[str, Disclosure]
    # Recipient id -> items of the period whose exception for them an edit voided.
    void_exceptions: dict[str, tuple[str, ...]] = field(default_factory=dict)


def board(db: Database, engagement_id: str, today: dt.date, period: Period | None = None) -> Board:
    """The board of an engagement over ``period`` (default: from its start to ``today``)."""
    with db.transaction():
        engagement = engagement_repo.load_engagement(db, engagement_id)
        if engagement is None:
            raise InvalidInput("that engagement no longer exists")
        names = people_repo.engagement_names(db, engagement_id)
        coach = people_repo.coach(db)
    if period is None:
        period = Period(min(engagement.start, today), today)
    recipients = {
        person: disclose(engagement, person, period, today, coach=coach, names=names)
        for person in engagement.recipients
    }
    sessions = sorted(engagement.sessions, key=lambda s: (s.start, s.id))
    void = {
        person: tuple(
            item.id
            for s in sessions
            if period.contains(s.date)
            for item in s.items
            if item.exception_void(person)
        )
        for person in engagement.recipients
    }
    return Board(engagement, names, period, recipients, void)
