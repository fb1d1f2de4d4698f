"""The plan category of spec §4, as properties (hypothesis): an action is in R's report
exactly when the agreement in force permits ``plan`` to R's role, the action is shared with
R, and it is open or due in the period; every other action is excluded with its reason;
GROW fields never appear; the goal or KPI served is named only when itself shown."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import (
    STAKEHOLDER_ROLES,
    Action,
    ActionStatus,
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    Grow,
    Kpi,
    Role,
    Stakeholder,
)
from coachdesk.policy import Period, Reason, disclose
from coachdesk.policy.disclosure import action_in_period

PEOPLE = ["c", "s1", "s2"]
START = dt.date(2026, 1, 1)
days = st.dates(min_value=START, max_value=dt.date(2026, 12, 31))


@st.composite
def cases(draw: st.DrawFn):
    stakeholders = tuple(
        Stakeholder(p, draw(st.sampled_from(STAKEHOLDER_ROLES))) for p in PEOPLE[1:]
    )
    agreements = tuple(
        Agreement(
            v,
            draw(days),
            {r: draw(st.frozensets(st.sampled_from(list(Category)))) for r in Role},
        )
        for v in range(1, draw(st.integers(0, 2)) + 1)
    )
    goals = tuple(
        Goal(
            f"g{i}",
            f"GOALTITLE{i}",
            share_with=draw(st.frozensets(st.sampled_from(PEOPLE))),
            grow=Grow(f"GROWG{i}", f"GROWR{i}", f"GROWO{i}", f"GROWW{i}"),
            kpis=(Kpi(f"k{i}", f"KPINAME{i}"),),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    actions = tuple(
        Action(
            f"a{i}",
            f"ACTIONTEXT{i}",
            draw(st.none() | st.sampled_from(PEOPLE)),
            draw(st.none() | days),
            draw(st.sampled_from(list(ActionStatus))),
            draw(st.none() | st.sampled_from([g.id for g in goals] or ["nogoal"])),
            draw(st.frozensets(st.sampled_from(PEOPLE))),
            draw(st.none() | st.sampled_from([f"k{i}" for i in range(len(goals))] or ["nokpi"])),
        )
        for i in range(draw(st.integers(0, 4)))
    )
    e = Engagement(
        "e", "c", "T", START, stakeholders=stakeholders, agreements=agreements,
        goals=goals, actions=actions,
    )  # fmt: skip
    a, b = sorted([draw(days), draw(days)])
    report_date = draw(days)
    return e, draw(st.sampled_from(PEOPLE)), Period(a, b), report_date


def _run(case):
    e, r, period, day = case
    names = {p: p.upper() + "NAME" for p in PEOPLE}
    return disclose(e, r, period, day, coach=CoachProfile("Coach"), names=names)


@settings(max_examples=300, deadline=None)
@given(case=cases())
def test_an_action_is_shown_exactly_when_permitted_shared_and_in_the_period(case):
    e, r, period, day = case
    d = _run(case)
    agreement = e.agreement_at(day)
    role = e.role_of(r)
    assert role is not None
    permitted = agreement is not None and Category.PLAN in agreement.permits.get(role, ())
    expected = [
        a.id
        for a in e.actions
        if permitted
        and r in a.share_with
        and (a.status is ActionStatus.OPEN or (a.due is not None and period.contains(a.due)))
    ]
    plan = d.included.plan
    assert (plan is not None) is permitted
    assert [p.id for p in plan or ()] == expected
    # Every other action is excluded, once, with the reason the rule gives.
    left_out = {x.id: x.reason for x in d.excluded if x.kind == "action"}
    assert set(left_out) == {a.id for a in e.actions} - set(expected)
    for a in e.actions:
        if a.id not in left_out:
            continue
        if not action_in_period(a, period):
            assert left_out[a.id] is Reason.OUTSIDE_PERIOD
        elif agreement is None:
            assert left_out[a.id] is Reason.NO_AGREEMENT
        elif not permitted:
            assert left_out[a.id] is Reason.CATEGORY_NOT_PERMITTED
        else:
            assert left_out[a.id] is Reason.ACTION_NOT_SHARED
    # The ledger records each shown action, by id.
    assert [i for k, i, _ in d.included.facts() if k == "action"] == expected


@settings(max_examples=300, deadline=None)
@given(case=cases())
def test_the_plan_never_carries_grow_fields_nor_a_goal_or_kpi_not_in_the_report(case):
    d = _run(case)
    ds = d.included
    shown_titles = {g.title for g in ds.goals or ()}
    shown_kpis = {k.name for p in ds.progress or () for k in p.kpis}
    for fact in ds.plan or ():
        values = [str(v) for v in dataclasses.asdict(fact).values()]
        assert not any("GROW" in v for v in values)
        assert fact.serves == "" or fact.serves in shown_titles | shown_kpis
    everything = repr(ds)
    assert "GROW" not in everything
    # An action's text is in the set only when the action is in the plan section.
    shown = {p.id for p in ds.plan or ()}
    for a in case[0].actions:
        assert (a.text in everything) is (a.id in shown)
