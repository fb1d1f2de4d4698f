"""The coaching log's rule (spec §5): which sessions count, and how. Pure: no I/O, no clock.

Only held sessions count; cancelled, no-show and planned ones never do. Coaching hours are
coaching sessions and check-ins; three-way meetings and training are listed apart. An
engagement has a row when it has a held session in the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from coachdesk.domain import (
    Billing,
    CoachProfile,
    Engagement,
    Language,
    Person,
    Practice,
    SessionFormat,
    SessionKind,
    SessionStatus,
)


class PeriodReversed(ValueError):
    """The period ends before it starts."""


COACHING_KINDS: frozenset[SessionKind] = frozenset({SessionKind.COACHING, SessionKind.CHECK_IN})


@dataclass(frozen=True)
class LogRow:
    """One engagement's line. Minutes, so that sums are exact; hours are shown."""

    engagement_id: str
    coachee: str
    organisation: str
    contact: str
    first: dt.date
    last: dt.date
    coaching_min: int
    three_way_min: int
    training_min: int
    billing: Billing
    formats: frozenset[SessionFormat]  # of the held coaching sessions counted
    individual_min: int
    group_min: int


@dataclass(frozen=True)
class LogTotals:
    coaching_min: int = 0
    three_way_min: int = 0
    training_min: int = 0
    by_billing: dict[Billing, int] = field(default_factory=dict)
    by_format: dict[SessionFormat, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CoachingLog:
    coach: CoachProfile
    period_from: dt.date | None
    period_to: dt.date
    rows: tuple[LogRow, ...]
    totals: LogTotals
    language: Language = Language.EN


def build_log(
    practice: Practice,
    period_from: dt.date | None,
    period_to: dt.date,
    language: Language = Language.EN,
) -> CoachingLog:
    """The log of ``practice`` from ``period_from`` (the beginning, if None) to ``period_to``,
    both included. An engagement appears when it has a held session in the period."""
    if period_from is not None and period_from > period_to:
        raise PeriodReversed("the period ends before it starts")
    people = {p.id: p for p in practice.people}
    orgs = {o.id: o.name for o in practice.organisations}
    rows = [
        row
        for e in practice.engagements
        if (row := _row(e, people, orgs, period_from, period_to)) is not None
    ]
    rows.sort(key=lambda r: (r.coachee.casefold(), r.first, r.engagement_id))
    return CoachingLog(practice.coach, period_from, period_to, tuple(rows), _totals(rows), language)


def _row(
    e: Engagement,
    people: Mapping[str, Person],
    orgs: dict[str, str],
    period_from: dt.date | None,
    period_to: dt.date,
) -> LogRow | None:
    held = [
        s
        for s in e.sessions
        if s.status is SessionStatus.HELD
        and s.date <= period_to
        and (period_from is None or s.date >= period_from)
    ]
    if not held:
        return None
    coaching = [s for s in held if s.kind in COACHING_KINDS]
    person = people.get(e.coachee_id)
    org_id = e.organisation_id or (person.organisation_id if person else None)
    return LogRow(
        engagement_id=e.id,
        coachee=person.name if person else e.coachee_id,
        organisation=orgs.get(org_id, "") if org_id else "",
        contact=person.email if person else "",
        first=min(s.date for s in held),
        last=max(s.date for s in held),
        coaching_min=sum(s.duration_min for s in coaching),
        three_way_min=sum(s.duration_min for s in held if s.kind is SessionKind.THREE_WAY),
        training_min=sum(s.duration_min for s in held if s.kind is SessionKind.TRAINING),
        billing=e.billing,
        formats=frozenset(s.format for s in coaching),
        individual_min=sum(
            s.duration_min for s in coaching if s.format is SessionFormat.INDIVIDUAL
        ),
        group_min=sum(s.duration_min for s in coaching if s.format is SessionFormat.GROUP),
    )


def _totals(rows: Iterable[LogRow]) -> LogTotals:
    rows = list(rows)
    return LogTotals(
        coaching_min=sum(r.coaching_min for r in rows),
        three_way_min=sum(r.three_way_min for r in rows),
        training_min=sum(r.training_min for r in rows),
        by_billing={b: sum(r.coaching_min for r in rows if r.billing is b) for b in Billing},
        by_format={
            SessionFormat.INDIVIDUAL: sum(r.individual_min for r in rows),
            SessionFormat.GROUP: sum(r.group_min for r in rows),
        },
    )
