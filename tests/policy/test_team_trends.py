"""The team's KPI trends for a team report (issue 22): each KPI's average per period, from
what the report discloses and nothing else."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import Category, Person, Role
from coachdesk.policy.team import team_trends
from coachdesk.services import editing, team_reports, teams
from coachdesk.storage import goal_repo, people_repo

TODAY = dt.date.today()


def test_team_trends_average_only_what_the_report_discloses(vault):
    with vault.db.transaction():
        people_repo.insert_person(vault.db, Person("mgr", "Mara Manager"))
    start = TODAY - dt.timedelta(days=90)
    made = teams.create_team(
        vault.db, title="Inbound", manager_id="mgr", agent_names=["Ada", "Bo", "Cy"],
        start=start,
    )  # fmt: skip
    # Ada and Bo let the manager see their KPIs; Cy does not.
    for engagement in made[:2]:
        editing.new_agreement_version(
            vault.db, engagement.id, agreed_on=start,
            permits={Role.COACHEE: frozenset(Category),
                     Role.CS_MANAGER: frozenset({Category.PROGRESS})},
        )  # fmt: skip
        with vault.db.transaction():
            goal_repo.set_goal_share(vault.db, engagement.goals[0].id, "mgr", True)
    first, second = TODAY - dt.timedelta(days=40), TODAY - dt.timedelta(days=10)
    for day, values in ((first, (80.0, 70.0, 10.0)), (second, (86.0, 74.0, 20.0))):
        teams.record_measurements(
            vault.db, "mgr", day, {(e.id, "CSAT"): v for e, v in zip(made, values, strict=True)}
        )
    request = team_reports.TeamReportRequest(
        recipient_id="mgr", report_date=TODAY, period_from=start, period_to=TODAY
    )
    with vault.db.transaction():
        disclosure = team_reports.team_disclosure_for(vault.db, request)
    trends = {t.name: t for t in team_trends(disclosure)}
    csat = trends["CSAT"]
    assert csat.unit == "%"
    assert csat.periods == ((first, 75.0, 2), (second, 80.0, 2))  # Cy's 10 and 20 left out
    assert csat.change() == 5.0
    assert trends["Quality score"].periods == () and trends["Quality score"].change() is None
