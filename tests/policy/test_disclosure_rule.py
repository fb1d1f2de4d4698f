"""Each clause of spec §4, one test per promise, on hand-built engagements."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect

import pytest

from coachdesk.domain import (
    Action,
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    Grow,
    ItemKind,
    Kpi,
    Measurement,
    NoteItem,
    Rating,
    Role,
    Session,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.export import render_report
from coachdesk.policy import Period, Reason, disclose

ALL = frozenset(Category)
D = dt.date
REPORT_DAY = D(2026, 6, 30)
YEAR = Period(D(2026, 1, 1), D(2026, 12, 31))


FEB_1 = D(2026, 2, 1)


def agreed(text: str, on: dt.date = FEB_1) -> SharingState:
    return SharingState(SharingStateKind.AGREED, on, "in session", "", text_sha256(text))


def item(
    iid: str, text: str, kind: ItemKind = ItemKind.SUMMARY, **sharing: SharingState
) -> NoteItem:
    return NoteItem(iid, kind, text, dict(sharing))


def session(sid: str, day: dt.date, *items: NoteItem) -> Session:
    return Session(
        sid, dt.datetime.combine(day, dt.time(10)), status=SessionStatus.HELD, items=items
    )


def engagement(
    *sessions: Session,
    permits: dict[Role, frozenset[Category]] | None = None,
    agreements: tuple[Agreement, ...] | None = None,
    goals: tuple[Goal, ...] = (),
    actions: tuple[Action, ...] = (),
) -> Engagement:
    if agreements is None:
        agreements = (
            Agreement(
                1,
                D(2026, 1, 1),
                permits or {Role.SPONSOR: ALL, Role.COACHEE: ALL},
                text="AGREEMENTTEXT",
                exceptions="EXCEPTIONSTEXT",
            ),
        )
    return Engagement(
        id="e",
        coachee_id="c",
        title="T",
        start=D(2026, 1, 1),
        stakeholders=(Stakeholder("s", Role.SPONSOR), Stakeholder("h", Role.HR)),
        agreements=agreements,
        goals=goals,
        actions=actions,
        sessions=sessions,
    )


def run(e: Engagement, recipient: str = "s", period: Period = YEAR, day: dt.date = REPORT_DAY):
    return disclose(
        e, recipient, period, day, coach=CoachProfile("Coach"), names={"c": "C", "s": "S"}
    )


def texts(d) -> set[str]:
    ds = d.included
    return {i.text for i in (*(ds.summaries or ()), *(ds.notes or ()))}


def test_a_new_note_is_private_and_never_appears():
    d = run(engagement(session("s1", D(2026, 3, 1), item("i1", "PRIVATE"))))
    assert texts(d) == set()
    assert [(x.id, x.reason) for x in d.excluded if x.kind == "item"] == [("i1", Reason.NO_CONSENT)]


def test_a_proposed_note_does_not_appear_and_awaits_agreement():
    p = SharingState(SharingStateKind.PROPOSED)
    d = run(engagement(session("s1", D(2026, 3, 1), item("i1", "PROPOSED", s=p))))
    assert texts(d) == set()
    assert d.awaiting == ("i1",)


def test_an_agreed_note_appears_when_the_agreement_permits_its_category():
    d = run(engagement(session("s1", D(2026, 3, 1), item("i1", "AGREED", s=agreed("AGREED")))))
    assert texts(d) == {"AGREED"}


def test_an_agreed_note_in_a_category_not_permitted_for_the_role_is_excluded():
    permits = {Role.SPONSOR: frozenset({Category.SUMMARIES})}
    i = item("i1", "A NOTE", ItemKind.OBSERVATION, s=agreed("A NOTE"))
    d = run(engagement(session("s1", D(2026, 3, 1), i), permits=permits))
    assert texts(d) == set()
    assert d.included.notes is None  # the section is absent, not empty
    assert d.excluded[-1].reason is Reason.CATEGORY_NOT_PERMITTED


def test_consent_is_void_once_the_text_changes():
    i = item("i1", "EDITED TEXT", s=agreed("ORIGINAL TEXT"))
    d = run(engagement(session("s1", D(2026, 3, 1), i)))
    assert texts(d) == set()
    assert d.excluded[-1].reason is Reason.CONSENT_VOID
    assert d.awaiting == ("i1",)


def test_consent_given_to_another_recipient_does_not_count():
    i = item("i1", "FOR HR ONLY", h=agreed("FOR HR ONLY"), c=agreed("FOR HR ONLY"))
    assert texts(run(engagement(session("s1", D(2026, 3, 1), i)))) == set()
    assert texts(run(engagement(session("s1", D(2026, 3, 1), i)), recipient="c")) == {"FOR HR ONLY"}


def test_a_reflection_never_appears_even_if_the_data_claims_agreement_or_exception():
    claims = {"s": agreed("MINE"), "c": SharingState(SharingStateKind.EXCEPTION, justification="x")}
    i = NoteItem("i1", ItemKind.REFLECTION, "MINE", claims)
    for recipient in ("s", "c"):
        d = run(engagement(session("s1", D(2026, 3, 1), i)), recipient=recipient)
        assert texts(d) == set() and d.included.exceptions == ()
        assert d.excluded[-1].reason is Reason.REFLECTION


def test_the_agreement_version_in_force_at_the_report_date_decides():
    v1 = Agreement(1, D(2026, 1, 1), {Role.SPONSOR: frozenset({Category.SUMMARIES})})
    v2 = Agreement(2, D(2026, 9, 1), {Role.SPONSOR: frozenset()})
    e = engagement(
        session("s1", D(2026, 3, 1), item("i1", "SUMMARY", s=agreed("SUMMARY"))),
        agreements=(v1, v2),
    )
    assert texts(run(e, day=D(2026, 6, 30))) == {"SUMMARY"}
    later = run(e, day=D(2026, 9, 1))
    assert texts(later) == set()
    assert later.included.header.agreement_version == 2


def test_without_an_agreement_in_force_nothing_but_exceptions_appears():
    exc = SharingState(SharingStateKind.EXCEPTION, D(2026, 3, 2), justification="harm")
    e = engagement(
        session("s1", D(2026, 3, 1), item("i1", "A", s=agreed("A")), item("i2", "B", s=exc)),
        agreements=(),
    )
    d = run(e)
    ds = d.included
    assert (ds.attendance, ds.goals, ds.progress, ds.summaries, ds.notes) == (None,) * 5
    assert [x.text for x in ds.exceptions] == ["B"]
    assert {x.reason for x in d.excluded} == {Reason.NO_AGREEMENT}


def test_attendance_needs_only_the_agreement():
    e = engagement(session("s1", D(2026, 3, 1)), session("s2", D(2026, 4, 1)))
    assert [s.id for s in run(e).included.attendance or ()] == ["s1", "s2"]
    no = engagement(
        session("s1", D(2026, 3, 1)), permits={Role.SPONSOR: frozenset({Category.GOALS})}
    )
    assert run(no).included.attendance is None


def test_facts_outside_the_period_are_excluded():
    e = engagement(
        session("s1", D(2025, 12, 31), item("i1", "BEFORE", s=agreed("BEFORE"))),
        session("s2", D(2026, 3, 1), item("i2", "DURING", s=agreed("DURING"))),
        session("s3", D(2026, 7, 1), item("i3", "AFTER", s=agreed("AFTER"))),
    )
    d = run(e, period=Period(D(2026, 1, 1), D(2026, 6, 30)))
    assert texts(d) == {"DURING"}
    assert [s.id for s in d.included.attendance or ()] == ["s2"]
    assert {x.id for x in d.excluded if x.reason is Reason.OUTSIDE_PERIOD} == {
        "s1",
        "s3",
        "i1",
        "i3",
    }


def test_an_exception_bypasses_agreement_and_consent_but_not_the_period():
    exc = SharingState(SharingStateKind.EXCEPTION, D(2026, 3, 1), justification="risk of harm")
    e = engagement(
        session("s1", D(2026, 3, 1), item("i1", "RISK", ItemKind.CONCERN, s=exc)),
        session("s2", D(2025, 3, 1), item("i2", "OLD RISK", ItemKind.CONCERN, s=exc)),
        permits={Role.SPONSOR: frozenset()},
    )
    d = run(e)
    assert [(x.text, x.justification) for x in d.included.exceptions] == [("RISK", "risk of harm")]
    assert texts(d) == set()


def _goal(**kw) -> Goal:
    base = Goal(
        "g1",
        "GOALTITLE",
        share_with=frozenset({"s"}),
        grow=Grow("GROWGOAL", "GROWREALITY", "GROWOPTIONS", "GROWWILL"),
        ratings=(Rating(D(2026, 3, 1), 4), Rating(D(2025, 3, 1), 2)),
        kpis=(Kpi("k1", "KPINAME", measurements=(Measurement(D(2026, 3, 1), 7.0),)),),
    )
    return dataclasses.replace(base, **kw)


def test_goals_and_progress_appear_only_when_shared_with_the_recipient():
    d = run(engagement(goals=(_goal(),)))
    assert [g.title for g in d.included.goals or ()] == ["GOALTITLE"]
    progress = d.included.progress or ()
    assert [p.ratings for p in progress] == [((D(2026, 3, 1), 4),)]  # the 2025 rating is outside
    hidden = run(engagement(goals=(_goal(share_with=frozenset({"h"})),)))
    assert hidden.included.goals == () and hidden.included.progress == ()
    assert {x.reason for x in hidden.excluded} == {Reason.NOT_SHARED}


def test_a_goal_appears_only_if_active_during_the_period():
    ended = _goal(start=D(2025, 1, 1), end=D(2025, 12, 31))
    d = run(engagement(goals=(ended,)))
    assert d.included.goals == ()
    assert {x.reason for x in d.excluded} == {Reason.OUTSIDE_PERIOD}


def test_progress_without_the_goals_category_does_not_reveal_goal_titles():
    d = run(engagement(goals=(_goal(),), permits={Role.SPONSOR: frozenset({Category.PROGRESS})}))
    assert d.included.goals is None
    (p,) = d.included.progress or ()
    assert p.title == "" and p.number == 1


def test_grow_fields_actions_and_the_agreement_text_never_reach_the_disclosure_set():
    e = engagement(
        session("s1", D(2026, 3, 1), item("i1", "OK", s=agreed("OK"))),
        goals=(_goal(),),
        actions=(Action("a1", "ACTIONTEXT", "c", D(2026, 3, 3), goal_id="g1"),),
    )
    dump = repr(run(e).included)
    for secret in ("GROW", "ACTIONTEXT", "AGREEMENTTEXT", "EXCEPTIONSTEXT"):
        assert secret not in dump
    assert "GOALTITLE" in dump and "OK" in dump


def test_the_rule_refuses_a_recipient_who_is_not_in_the_engagement():
    with pytest.raises(ValueError):
        run(engagement(), recipient="stranger")


def test_the_renderer_accepts_a_disclosure_set_and_nothing_else():
    params = inspect.signature(render_report).parameters
    assert list(params) == ["ds"]
    assert params["ds"].annotation in (
        "DisclosureSet",
        "'DisclosureSet'",
    ) or "DisclosureSet" in str(params["ds"].annotation)


def test_the_rule_is_pure_the_same_input_gives_the_same_answer():
    e = engagement(session("s1", D(2026, 3, 1), item("i1", "X", s=agreed("X"))), goals=(_goal(),))
    assert run(e) == run(e)
