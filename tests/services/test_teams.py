"""The team view's data and the team's measurements entered at once."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.errors import InvalidInput
from coachdesk.services import demo, teams
from coachdesk.storage import practice_repo

TODAY = dt.date(2026, 11, 25)


def test_the_demo_team_overview(vault):
    practice = demo.install_demo(vault, TODAY)
    assert ("paola", "Paola Marino") in teams.leaders(vault.db)
    view = teams.overview(vault.db, "paola", TODAY)
    team = [e for e in practice.engagements if e.role_of("paola") is not None]
    assert {r.engagement_id for r in view.rows} == {e.id for e in team}
    assert [name for name, _ in view.kpi_names][:1] == ["Average handling time"]
    row = view.rows[0]
    aht = row.kpis["Average handling time"]
    # Lower is better: a falling AHT is an improvement.
    assert aht.trend() in (-1, 0, 1)
    assert row.coaching_held >= 1 and row.training_held >= 1  # counted apart
    assert row.overdue_actions >= 0


def test_a_period_for_the_whole_team_in_one_go_all_or_nothing(vault):
    practice = demo.install_demo(vault, TODAY)
    team = [e for e in practice.engagements if e.role_of("paola") is not None]
    day = dt.date(2026, 11, 30)
    values = {(e.id, "CSAT"): 80.0 + n for n, e in enumerate(team)}
    assert teams.record_measurements(vault.db, "paola", day, values) == len(team)
    view = teams.overview(vault.db, "paola", TODAY)
    latest = {r.engagement_id: r.kpis["CSAT"].latest for r in view.rows}
    assert latest == {e.id: 80.0 + n for n, e in enumerate(team)}
    before = practice_repo.load_engagement(vault.db, team[0].id)
    bad = {(team[0].id, "CSAT"): 1.0, (team[1].id, "No such KPI"): 2.0}
    with pytest.raises(InvalidInput, match="no KPI named"):
        teams.record_measurements(vault.db, "paola", day, bad)
    assert practice_repo.load_engagement(vault.db, team[0].id) == before  # nothing written
