"""The team report's rule (spec §5, §1.2): for a customer-service manager or team leader,
every engagement in which they hold that role, each agent's section built by the one rule of
§4 exactly as a single report to them would be. An agent whose agreement permits this
recipient nothing at all is absent from the report, name included. Pure Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from coachdesk.domain import Better, CoachProfile, Engagement, Language, Role
from coachdesk.policy.disclosure import DisclosureSet, Period, disclose

TEAM_ROLES = frozenset({Role.CS_MANAGER, Role.TEAM_LEADER})


@dataclass(frozen=True)
class TeamHeader:
    coach: CoachProfile
    recipient_id: str
    recipient_name: str
    period: Period
    report_date: dt.date
    language: Language


@dataclass(frozen=True)
class TeamDisclosure:
    header: TeamHeader
    # One disclosure set per agent shown, ordered by the agent's name: the very set a single
    # report from that engagement to this recipient would hold (language aside).
    agents: tuple[DisclosureSet, ...]

    def facts(self) -> list[tuple[str, str, str, str]]:
        """(engagement id, kind, id, sha256) of every fact, for the ledger."""
        return [
            (ds.header.engagement_id, kind, ident, digest)
            for ds in self.agents
            for kind, ident, digest in ds.facts()
        ]


@dataclass(frozen=True)
class KpiTrend:
    """One KPI's team average per period (a measurement date), oldest first:
    ``(date, average, how many agents measured)``."""

    name: str
    unit: str
    better: Better
    periods: tuple[tuple[dt.date, float, int], ...]

    def change(self) -> float | None:
        """The latest average's change since the previous period (``None`` without two)."""
        if len(self.periods) < 2:
            return None
        return self.periods[-1][1] - self.periods[-2][1]


def team_trends(disclosure: TeamDisclosure) -> tuple[KpiTrend, ...]:
    """Each KPI's team average per period, computed from the KPI measurements the team
    report discloses and nothing else (an agent whose progress the recipient may not receive
    counts in no average). KPIs by name and unit, in first-seen order."""
    found: dict[tuple[str, str], tuple[Better, dict[dt.date, list[float]]]] = {}
    for ds in disclosure.agents:
        for progress in ds.progress or ():
            for kpi in progress.kpis:
                _, days = found.setdefault((kpi.name, kpi.unit), (kpi.better, {}))
                for day, value in kpi.measurements:
                    days.setdefault(day, []).append(value)
    return tuple(
        KpiTrend(
            name,
            unit,
            better,
            tuple((d, sum(v) / len(v), len(v)) for d, v in sorted(days.items())),
        )
        for (name, unit), (better, days) in found.items()
    )


def permits_anything(ds: DisclosureSet) -> bool:
    """True when the agreement lets the recipient receive at least one category (even if
    nothing falls in the period), or an exception discloses something."""
    sections = (ds.attendance, ds.goals, ds.progress, ds.plan, ds.summaries, ds.notes)
    return any(s is not None for s in sections) or bool(ds.exceptions)


def team_engagements(engagements: Iterable[Engagement], recipient_id: str) -> list[Engagement]:
    """The engagements in which the recipient is a customer-service manager or team leader."""
    return [e for e in engagements if e.role_of(recipient_id) in TEAM_ROLES]


def disclose_team(
    engagements: Iterable[Engagement],
    recipient_id: str,
    period: Period,
    report_date: dt.date,
    *,
    coach: CoachProfile,
    names: Mapping[str, str],
    language: Language,
) -> TeamDisclosure:
    """The team report's disclosure for a customer-service manager or team leader: for each
    engagement where they hold that role, the very set :func:`disclose` gives a single report
    to them on ``report_date`` (so the same agreement in force, consents and exceptions
    recorded by that date); agents whose agreement permits them nothing, and who have no
    exception for them, are left out, name included; so are agents who left the team (their
    engagement ended) before the period starts. Ordered by the agent's name."""
    sets: list[tuple[str, str, DisclosureSet]] = []
    for engagement in team_engagements(engagements, recipient_id):
        if engagement.end is not None and engagement.end < period.start:
            continue  # the agent had left the team before the period: not in its report
        ds = disclose(
            engagement,
            recipient_id,
            period,
            report_date,
            coach=coach,
            names=names,
            language=language,
        ).included
        if permits_anything(ds):
            sets.append((ds.header.coachee_name.casefold(), engagement.id, ds))
    header = TeamHeader(
        coach, recipient_id, names.get(recipient_id, ""), period, report_date, language
    )
    return TeamDisclosure(header, tuple(ds for _, _, ds in sorted(sets, key=lambda t: t[:2])))
