"""Teams of customer-service agents (spec §1.2). A team is the agents whose engagements name
the same customer-service manager or team leader: created in one step with its KPI set
(every agent's engagement gets it), grown one agent at a time, its KPI set changed for all at
once; its view shows each agent's latest KPI values and trends, coaching and training counted
apart, and overdue actions, with the team's average per period; a whole period's measurements
are entered at once, each checked against its KPI's unit; and an agent who leaves is taken
off the team by ending their engagement (every record kept; undone by clearing the end)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from coachdesk.domain import (
    ActionStatus,
    Agreement,
    Better,
    Category,
    Engagement,
    Goal,
    Kpi,
    Language,
    Measurement,
    Person,
    Role,
    SessionKind,
    SessionStatus,
    Stakeholder,
)
from coachdesk.domain.names import name_key as name_key  # the GUI sorts by it too
from coachdesk.errors import InvalidInput
from coachdesk.policy import team_engagements
from coachdesk.services import kpi_units
from coachdesk.services.practice import new_id
from coachdesk.storage import engagement_repo, goal_repo, people_repo
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
        """+1 better, -1 worse, 0 level or unknown (by the KPI's direction): against the
        baseline when there is one, else against the previous measurement."""
        reference = self.baseline if self.baseline is not None else self.previous
        if self.latest is None or reference is None or self.latest == reference:
            return 0
        up = self.latest > reference
        return 1 if up == (self.better is Better.HIGHER) else -1

    def moved(self) -> int:
        """Which way the value moved, whatever the KPI's direction: +1 up, -1 down, 0 level
        or unknown; since the previous measurement, or (for the first one) the baseline."""
        reference = self.previous if self.previous is not None else self.baseline
        if self.latest is None or reference is None or self.latest == reference:
            return 0
        return 1 if self.latest > reference else -1

    def change(self) -> float | None:
        """The change since the previous measurement (``None`` without two of them)."""
        if self.latest is None or self.previous is None:
            return None
        return self.latest - self.previous

    def standing(self) -> str | None:
        """Better or worse against the target and baseline, by the KPI's direction:
        ``"target"`` the target is met; ``"better"`` better than the baseline, target not yet
        met; ``"worse"`` worse than the baseline, or short of the target with no baseline;
        ``None`` when there is nothing to compare with (or it equals the baseline)."""
        if self.latest is None:
            return None
        if self.on_target():
            return "target"
        if self.baseline is not None:
            if self.latest == self.baseline:
                return None
            up = self.latest > self.baseline
            return "better" if up == (self.better is Better.HIGHER) else "worse"
        return "worse" if self.on_target() is False else None

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
    left: dt.date | None = None  # the day the agent left the team (their engagement ended)
    open_actions: int = 0  # the agent's open actions, overdue ones included


@dataclass(frozen=True)
class TeamOverview:
    leader_id: str
    leader_name: str
    kpi_names: tuple[tuple[str, str], ...]  # (name, unit), in first-seen order
    rows: tuple[AgentRow, ...]
    # The team's average per period (a measurement date), for the agents in ``rows``:
    # ``averages[KPI name] = ((date, average, how many agents), ...)`` oldest first.
    averages: Mapping[str, tuple[tuple[dt.date, float, int], ...]] = field(default_factory=dict)

    def average_change(self, name: str) -> float | None:
        """The team average's change since the previous period (``None`` without two)."""
        series = self.averages.get(name, ())
        if len(series) < 2:
            return None
        return series[-1][1] - series[-2][1]


def has_left(engagement: Engagement, today: dt.date) -> bool:
    """True when the agent's engagement ended on or before ``today``: they left the team."""
    return engagement.end is not None and engagement.end <= today


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
        engagement.end if has_left(engagement, today) else None,
        sum(1 for a in engagement.actions if a.status is ActionStatus.OPEN),
    )


def leaders(db: Database) -> list[tuple[str, str]]:
    """(id, name) of everyone who is a customer-service manager or team leader somewhere."""
    with db.transaction():
        return people_repo.people_with_roles(db, ("cs_manager", "team_leader"))


def _team(db: Database, leader_id: str) -> list[Engagement]:
    ids = engagement_repo.engagement_ids_with_stakeholder(db, leader_id)
    loaded = [engagement_repo.load_engagement(db, i) for i in ids]
    return team_engagements([e for e in loaded if e is not None], leader_id)


def _averages(team: list[Engagement]) -> dict[str, tuple[tuple[dt.date, float, int], ...]]:
    by_day: dict[str, dict[dt.date, list[float]]] = {}
    for e in team:
        for name, kpi in _kpis(e).items():
            days = by_day.setdefault(name, {})
            for m in kpi.measurements:
                days.setdefault(m.date, []).append(m.value)
    return {
        name: tuple((d, math.fsum(v) / len(v), len(v)) for d, v in sorted(days.items()))
        for name, days in by_day.items()
    }


def overview(db: Database, leader_id: str, today: dt.date, *, former: bool = False) -> TeamOverview:
    """The team as it is ``today``: agents who left (their engagement ended on or before
    today) are left out, unless ``former``, which lists only them. Rows in a stable order:
    by name (accents and case forgiven), then engagement id."""
    with db.transaction():
        names = {p.id: p.name for p in people_repo.people(db)}
        team = [e for e in _team(db, leader_id) if has_left(e, today) == former]
    rows = sorted(
        (_row(e, names, today) for e in team),
        key=lambda r: (name_key(r.agent_name), r.agent_name, r.engagement_id),
    )
    kpi_names: dict[str, str] = {}
    for e in sorted(team, key=lambda e: (e.start, e.id)):
        for name, kpi in _kpis(e).items():
            kpi_names.setdefault(name, kpi.unit)
    return TeamOverview(
        leader_id,
        names.get(leader_id, ""),
        tuple(kpi_names.items()),
        tuple(rows),
        _averages(team),
    )


def record_measurements(
    db: Database, leader_id: str, day: dt.date, values: Mapping[tuple[str, str], float]
) -> int:
    """Add one period's measurements for the whole team, all or none:
    ``values[(engagement id, KPI name)] = value``; each value must be one its KPI's unit
    allows (a percentage from 0 to 100, a duration or count not negative). Returns how many
    were added. An agent who left before ``day`` is not in the team any more."""
    if not all(math.isfinite(v) for v in values.values()):
        raise InvalidInput("every measurement must be a number")
    with db.transaction():
        team = {e.id: e for e in _team(db, leader_id) if not has_left(e, day)}
        for (engagement_id, name), value in sorted(values.items()):
            engagement = team.get(engagement_id)
            if engagement is None:
                raise InvalidInput("that agent is not in this team")
            kpi = _kpis(engagement).get(name)
            if kpi is None:
                raise InvalidInput(f"this agent has no KPI named {name!r}")
            kpi_units.check(kpi.unit, value)
            goal_repo.add_measurement(db, kpi.id, Measurement(day, float(value)))
    return len(values)


# -- creating a team ----------------------------------------------------------------------

DEFAULT_KPIS: tuple[Kpi, ...] = (
    Kpi("", "Average handling time", "s", Better.LOWER),
    Kpi("", "First-contact resolution", "%", Better.HIGHER),
    Kpi("", "CSAT", "%", Better.HIGHER),
    Kpi("", "Quality score", "%", Better.HIGHER),
)
KPI_GOAL_TITLE = "KPI"


def _agent_engagement(
    *,
    agent_id: str,
    title: str,
    manager_id: str,
    leader_id: str | None,
    kpis: tuple[Kpi, ...],
    start: dt.date,
    language: Language,
    organisation_id: str | None,
) -> Engagement:
    stakeholders = [Stakeholder(manager_id, Role.CS_MANAGER)]
    if leader_id and leader_id != manager_id:
        stakeholders.append(Stakeholder(leader_id, Role.TEAM_LEADER))
    return Engagement(
        id=new_id("e"),
        coachee_id=agent_id,
        organisation_id=organisation_id,
        title=title,
        start=start,
        language=language,
        cadence_days=28,  # team leaders coach every few weeks (spec §3)
        stakeholders=tuple(stakeholders),
        # The agent may receive everything about their own coaching; the manager the agent's
        # action plan (the actions shared with them), and nothing else until the agent
        # agrees, recorded as a new version of the agreement.
        agreements=(
            Agreement(
                1,
                start,
                {
                    Role.COACHEE: frozenset(Category),
                    Role.CS_MANAGER: frozenset({Category.PLAN}),
                },
            ),
        ),
        goals=(
            Goal(
                new_id("g"),
                KPI_GOAL_TITLE,
                # The agent sees their own KPIs; the manager only once the goal is shared
                # with them too and the agreement permits progress.
                share_with=frozenset({agent_id}),
                kpis=tuple(replace(k, id=new_id("k"), measurements=()) for k in kpis),
            ),
        ),
    )


def create_team(
    db: Database,
    *,
    title: str,
    manager_id: str | None = None,
    manager_name: str = "",
    agent_names: list[str],
    kpis: tuple[Kpi, ...] = DEFAULT_KPIS,
    leader_id: str | None = None,
    start: dt.date,
    language: Language = Language.EN,
    organisation_id: str | None = None,
) -> list[Engagement]:
    """One engagement per agent (a new person each), with the manager as ``cs_manager``,
    the team leader as ``team_leader`` when they are not the coach, and the team's KPI set;
    all in one transaction. With ``manager_name`` instead of ``manager_id`` the manager is a
    new person, created in the same transaction (the first team, before anyone else)."""
    title = " ".join(title.split())
    agents = [" ".join(n.split()) for n in agent_names if n.strip()]
    if not title or not agents:
        raise InvalidInput("a team needs a name and at least one agent")
    if not kpis or any(not k.name.strip() for k in kpis):
        raise InvalidInput("every KPI of the team needs a name")
    made = []
    with db.transaction():
        known = {p.id for p in people_repo.people(db)}
        new_manager = " ".join(manager_name.split())
        if new_manager:
            manager = Person(new_id("p"), new_manager, organisation_id)
            people_repo.insert_person(db, manager)
            manager_id = manager.id
            known.add(manager.id)
        if manager_id is None or manager_id not in known or (leader_id and leader_id not in known):
            raise InvalidInput("choose the manager (and team leader) among the people")
        for name in agents:
            person = Person(new_id("p"), name, organisation_id)
            people_repo.insert_person(db, person)
            engagement = _agent_engagement(
                agent_id=person.id,
                title=title,
                manager_id=manager_id,
                leader_id=leader_id,
                kpis=kpis,
                start=start,
                language=language,
                organisation_id=organisation_id,
            )
            engagement_repo.insert_engagement(db, engagement)
            made.append(engagement)
    return made


def kpi_set(db: Database, leader_id: str) -> tuple[Kpi, ...]:
    """The team's KPI set: every KPI name used in the team, as last defined."""
    with db.transaction():
        team = _team(db, leader_id)
    found: dict[str, Kpi] = {}
    for e in sorted(team, key=lambda e: (e.start, e.id)):
        for name, kpi in _kpis(e).items():
            found[name] = replace(kpi, measurements=())
    return tuple(found.values())


def add_agent(db: Database, leader_id: str, agent_name: str, start: dt.date) -> Engagement:
    """A new agent in the team: a person, and an engagement like the others' (same title,
    stakeholders, language and KPI set)."""
    name = " ".join(agent_name.split())
    if not name:
        raise InvalidInput("an agent needs a name")
    kpis = kpi_set(db, leader_id)
    with db.transaction():
        team = _team(db, leader_id)
        if not team:
            raise InvalidInput("that person leads no team yet")
        model = max(team, key=lambda e: (e.start, e.id))
        person = Person(new_id("p"), name, model.organisation_id)
        people_repo.insert_person(db, person)
        leader = next((s.person_id for s in model.stakeholders if s.role is Role.TEAM_LEADER), None)
        manager = next(
            (s.person_id for s in model.stakeholders if s.role is Role.CS_MANAGER), leader_id
        )
        engagement = _agent_engagement(
            agent_id=person.id,
            title=model.title,
            manager_id=manager,
            leader_id=leader,
            kpis=kpis,
            start=start,
            language=model.language,
            organisation_id=model.organisation_id,
        )
        engagement_repo.insert_engagement(db, engagement)
    return engagement


def apply_kpi_set(db: Database, leader_id: str, kpis: tuple[Kpi, ...]) -> int:
    """Give every agent of the team this KPI set: a KPI of the same name takes the new unit,
    direction, baseline and target (its measurements stay); a missing one is added to the
    agent's first goal. Returns how many KPIs were added or changed."""
    changed = 0
    with db.transaction():
        for engagement in _team(db, leader_id):
            existing: dict[str, tuple[str, Kpi]] = {}
            for goal in engagement.goals:
                for kpi in goal.kpis:
                    existing.setdefault(kpi.name, (goal.id, kpi))
            for template in kpis:
                if template.name in existing:
                    goal_id, kpi = existing[template.name]
                    updated = replace(
                        template, id=kpi.id, measurements=kpi.measurements, name=kpi.name
                    )
                    goal_repo.update_kpi(db, goal_id, updated)
                else:
                    if not engagement.goals:
                        goal = Goal(new_id("g"), KPI_GOAL_TITLE)
                        goal_repo.insert_goal(db, engagement.id, goal, 0)
                        goal_id = goal.id
                    else:
                        goal_id = engagement.goals[0].id
                    goal_repo.insert_kpi(
                        db,
                        goal_id,
                        replace(template, id=new_id("k"), measurements=()),
                        goal_repo.next_kpi_position(db, goal_id),
                    )
                changed += 1
    return changed


# -- an agent leaves, and may come back ---------------------------------------------------


def _team_member(db: Database, leader_id: str, engagement_id: str) -> Engagement:
    engagement = next((e for e in _team(db, leader_id) if e.id == engagement_id), None)
    if engagement is None:
        raise InvalidInput("that agent is not in this team")
    return engagement


def remove_agent(db: Database, leader_id: str, engagement_id: str, day: dt.date) -> None:
    """The agent leaves the team on ``day``: their engagement ends that day. Every record,
    report and ledger entry stays; from that day they are out of the team view and the
    measurements grid, and out of team reports for periods starting after it.
    :func:`rejoin` undoes it."""
    with db.transaction():
        engagement = _team_member(db, leader_id, engagement_id)
        if day < engagement.start:
            raise InvalidInput("an engagement cannot end before it starts")
        engagement_repo.update_engagement(db, replace(engagement, end=day))


def rejoin(db: Database, leader_id: str, engagement_id: str) -> None:
    """Undo :func:`remove_agent`: the engagement has no end again."""
    with db.transaction():
        engagement = _team_member(db, leader_id, engagement_id)
        engagement_repo.update_engagement(db, replace(engagement, end=None))
