"""The demo practice reads as real data would (issue 17): an Italian engagement names its
KPIs in Italian, and the four agents of the demo team have values of their own."""

from __future__ import annotations

import datetime as dt
import itertools
import re

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


# Issue 21: an Italian engagement is Italian throughout, not only in its KPI names.
ENGLISH_PHRASES = ("session", "monthly", "verbally", "shared", "agreed", "weekly")
MONTHS_IT = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
)  # fmt: skip


def test_italian_engagements_are_italian_throughout():
    practice = build_demo(TODAY)
    italian = [e for e in practice.engagements if e.language is Language.IT]
    texts = []
    for e in italian:
        for a in e.agreements:
            texts += [a.cadence, a.exceptions, a.text]
        for s in e.sessions:
            for i in s.items:
                texts.append(i.text)
                texts += [st.how for st in i.sharing.values() if st.how]
    assert any("sessione" in t for t in texts)
    for t in texts:
        words = set(re.findall(r"\w+", t.casefold()))
        assert not words & set(ENGLISH_PHRASES), t


def test_an_agreement_names_no_month_it_was_not_made_in():
    # "Da aprile …" on a version dated August read as a slip (issue 21).
    practice = build_demo(TODAY)
    for e in practice.engagements:
        for a in e.agreements:
            named = {m for m in MONTHS_IT if m in a.text.casefold()}
            assert named <= {MONTHS_IT[a.agreed_on.month - 1]}, (e.id, a.version, a.text)
