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


def test_a_team_in_one_step_grows_by_one_agent_and_changes_its_kpi_set(vault):
    from dataclasses import replace

    from coachdesk.domain import Category, Person, Role
    from coachdesk.storage import practice_repo as repo

    with vault.db.transaction():
        repo.insert_person(vault.db, Person("mgr", "Mara Manager"))
        repo.insert_person(vault.db, Person("tl", "Tino Leader"))
    made = teams.create_team(
        vault.db, title="Inbound 2027", manager_id="mgr", leader_id="tl",
        agent_names=["Ada", "  Bo  ", ""], start=TODAY,
    )  # fmt: skip
    assert len(made) == 2
    for e in made:
        loaded = repo.load_engagement(vault.db, e.id)
        assert {(s.person_id, s.role) for s in loaded.stakeholders} == {
            ("mgr", Role.CS_MANAGER), ("tl", Role.TEAM_LEADER)
        }  # fmt: skip
        # Private by default: the manager may receive nothing until the agent agrees.
        assert loaded.current_agreement.permits == {Role.COACHEE: frozenset(Category)}
        assert [k.name for k in loaded.goals[0].kpis] == [k.name for k in teams.DEFAULT_KPIS]
        assert loaded.goals[0].share_with == {loaded.coachee_id}  # the agent sees their KPIs
    new = teams.add_agent(vault.db, "mgr", "Cleo", TODAY)
    assert [k.name for k in repo.load_engagement(vault.db, new.id).goals[0].kpis] == [
        k.name for k in teams.DEFAULT_KPIS
    ]
    aht = replace(teams.DEFAULT_KPIS[0], baseline=420.0, target=360.0)
    extra = replace(teams.DEFAULT_KPIS[2], name="Sales conversion")
    teams.apply_kpi_set(vault.db, "mgr", (aht, extra))
    view = teams.overview(vault.db, "mgr", TODAY)
    assert len(view.rows) == 3
    for row in view.rows:
        assert row.kpis["Average handling time"].target == 360.0
        assert "Sales conversion" in row.kpis
    with pytest.raises(InvalidInput):
        teams.create_team(vault.db, title="X", manager_id="nobody", agent_names=["A"], start=TODAY)


def test_trend_is_against_the_baseline_by_the_kpi_s_direction():
    from coachdesk.domain import Better

    lower = teams.KpiCell(380.0, 400.0, 420.0, 360.0, Better.LOWER, "s")
    assert lower.trend() == 1 and lower.on_target() is False
    assert teams.KpiCell(430.0, 400.0, 420.0, 360.0, Better.LOWER, "s").trend() == -1
    higher = teams.KpiCell(91.0, 93.0, None, 90.0, Better.HIGHER, "%")
    assert higher.trend() == -1 and higher.on_target() is True  # no baseline: vs previous
    assert teams.KpiCell(None, None, None, None, Better.HIGHER, "").trend() == 0


def test_measurements_must_be_finite_numbers(vault):
    import math

    from coachdesk.gui.dialogs.team_view import parse_number

    practice = demo.install_demo(vault, TODAY)
    team = [e for e in practice.engagements if e.role_of("paola") is not None]
    for bad in (math.inf, math.nan):
        with pytest.raises(InvalidInput):
            teams.record_measurements(vault.db, "paola", TODAY, {(team[0].id, "CSAT"): bad})
    for text in ("nan", "inf", "-inf", "1e400", "abc"):
        with pytest.raises(ValueError):
            parse_number(text)
    assert parse_number("82,5") == 82.5 and parse_number(" 90 % ") == 90.0
    assert parse_number("1.234,5") == 1234.5 and parse_number("") is None
