"""The demo practice reads as real data would (issue 17): an Italian engagement names its
KPIs in Italian, and the four agents of the demo team have values of their own."""

from __future__ import annotations

import datetime as dt
import itertools

from coachdesk.domain import Language
from coachdesk.services.demo import build_demo

TODAY = dt.date(2026, 11, 24)
ENGLISH_WORDS = {"time", "handling", "resolution", "score", "quality", "hours", "average"}


def _kpis(engagement):
    return [k for g in engagement.goals for k in g.kpis]


def test_italian_engagements_name_their_kpis_in_italian():
    practice = build_demo(TODAY)
    italian = [e for e in practice.engagements if e.language is Language.IT]
    assert italian and any(_kpis(e) for e in italian)
    for e in italian:
        for kpi in _kpis(e):
            words = {w.casefold() for w in kpi.name.split()}
            assert not words & ENGLISH_WORDS, (e.id, kpi.name)


def test_the_four_demo_agents_have_different_values_for_every_kpi():
    practice = build_demo(TODAY)
    team = {"stefan", "zoe", "lukasz", "eleni"}
    agents = [e for e in practice.engagements if e.coachee_id in team]
    assert len(agents) == 4
    series = {
        e.coachee_id: {k.name: tuple(m.value for m in k.measurements) for k in _kpis(e)}
        for e in agents
    }
    names = set(next(iter(series.values())))
    assert all(set(s) == names for s in series.values())  # one KPI set for the team
    for name in names:
        for a, b in itertools.combinations(series, 2):
            assert series[a][name] != series[b][name], (name, a, b)
