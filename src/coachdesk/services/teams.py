"""A team leader's view of their team (spec §1.2): the agents whose engagements name a given
customer-service manager or team leader, each with the latest value and trend of every KPI,
their last coaching and training sessions (counted apart), and overdue actions; and the
whole team's measurements of one period entered at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from coachdesk.domain import (
    ActionStatus,
    Better,
    Engagement,
    Kpi,
    Measurement,
    SessionKind,
    SessionStatus,
)
from coachdesk.errors import InvalidInput
from coachdesk.policy import team_engagements
from coachdesk.storage import practice_repo
from coachdesk.storage.connection import Database


@dataclass(frozen=True)
class KpiCell:
    latest: float | None
    previous: float | None
    baseline: float | None
    target: float | None
    better: Better
    unit: str

    def trend(self) -> int:
        """+1 improving, -1 worsening, 0 level or unknown (by the KPI's direction)."""
        if self.latest is None or self.previous is None or self.latest == self.previous:
            return 0
        up = self.latest > self.previous
        return 1 if up == (self.better is Better.HIGHER) else -1

    def on_target(self) -> bool | None:
        if self.latest is None or self.target is None:
            return None
        if self.better is Better.HIGHER:
            return self.latest >= self.target
        return self.latest <= self.target


@dataclass(frozen=True)
class AgentRow:
    engagement_id: str
    agent_name: str
    kpis: dict[str, KpiCell]
    last_coaching: dt.date | None
    last_training: dt.date | None
    coaching_held: int
    training_held: int
    overdue_actions: int


@dataclass(frozen=True)
class TeamOverview:
    leader_id: str
    leader_name: str
    kpi_names: tuple[tuple[str, str], ...]  # (name, unit), in first-seen order
    rows: tuple[AgentRow, ...]


def _kpis(engagement: Engagement) -> dict[str, Kpi]:
    found: dict[str, Kpi] = {}
    for goal in engagement.goals:
        for kpi in goal.kpis:
            found.setdefault(kpi.name, kpi)
    return found


def _row(engagement: Engagement, names: Mapping[str, str], today: dt.date) -> AgentRow:
    cells = {}
    for name, kpi in _kpis(engagement).items():
        values = [m.value for m in sorted(kpi.measurements, key=lambda m: m.date)]
        cells[name] = KpiCell(
            values[-1] if values else None,
            values[-2] if len(values) > 1 else None,
            kpi.baseline,
            kpi.target,
            kpi.better,
            kpi.unit,
        )
    held = [s for s in engagement.sessions if s.status is SessionStatus.HELD]
    coaching = sorted(s.start.date() for s in held if s.kind is SessionKind.COACHING)
    training = sorted(s.start.date() for s in held if s.kind is SessionKind.TRAINING)
    overdue = sum(
        1
        for a in engagement.actions
        if a.status is ActionStatus.OPEN and a.due is not None and a.due < today
    )
    return AgentRow(
        engagement.id,
        names.get(engagement.coachee_id, ""),
        cells,
        coaching[-1] if coaching else None,
        training[-1] if training else None,
        len(coaching),
        len(training),
        overdue,
    )


def leaders(db: Database) -> list[tuple[str, str]]:
    """(id, name) of everyone who is a customer-service manager or team leader somewhere."""
    with db.transaction():
        return practice_repo.people_with_roles(db, ("cs_manager", "team_leader"))


def _team(db: Database, leader_id: str) -> list[Engagement]:
    ids = practice_repo.engagement_ids_with_stakeholder(db, leader_id)
    loaded = [practice_repo.load_engagement(db, i) for i in ids]
    return team_engagements([e for e in loaded if e is not None], leader_id)


def overview(db: Database, leader_id: str, today: dt.date) -> TeamOverview:
    with db.transaction():
        names = {p.id: p.name for p in practice_repo.people(db)}
        team = _team(db, leader_id)
    rows = sorted((_row(e, names, today) for e in team), key=lambda r: r.agent_name.casefold())
    kpi_names: dict[str, str] = {}
    for e in team:
        for name, kpi in _kpis(e).items():
            kpi_names.setdefault(name, kpi.unit)
    return TeamOverview(leader_id, names.get(leader_id, ""), tuple(kpi_names.items()), tuple(rows))


def record_measurements(
    db: Database, leader_id: str, day: dt.date, values: Mapping[tuple[str, str], float]
) -> int:
    """Add one period's measurements for the whole team, all or none:
    ``values[(engagement id, KPI name)] = value``. Returns how many were added."""
    with db.transaction():
        team = {e.id: e for e in _team(db, leader_id)}
        for (engagement_id, name), value in sorted(values.items()):
            engagement = team.get(engagement_id)
            if engagement is None:
                raise InvalidInput("that agent is not in this team")
            kpi = _kpis(engagement).get(name)
            if kpi is None:
                raise InvalidInput(f"this agent has no KPI named {name!r}")
            practice_repo.add_measurement(db, kpi.id, Measurement(day, float(value)))
    return len(values)
