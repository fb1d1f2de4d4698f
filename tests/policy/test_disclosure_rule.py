"""Each clause of spec §4, one test per promise, on hand-built engagements."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import typing
from pathlib import Path

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
from coachdesk.policy import DisclosureSet, Period, Reason, disclose, disclosure, set_digest

ALL = frozenset(Category)
D = dt.date
REPORT_DAY = D(2026, 6, 30)
YEAR = Period(D(2026, 1, 1), D(2026, 12, 31))


FEB_1 = D(2026, 2, 1)


def agreed(text: str, on: dt.date = FEB_1) -> SharingState:
    return SharingState(SharingStateKind.AGREED, on, "in session", "", text_sha256(text))


def exception(text: str, on: dt.date = FEB_1, why: str = "risk of harm") -> SharingState:
    """An exception recorded for ``text`` (bound to its hash, like a consent)."""
    return SharingState(SharingStateKind.EXCEPTION, on, "", why, text_sha256(text))


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
    exc = exception("B", D(2026, 3, 2), "harm")
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
    e = engagement(
        session("s1", D(2026, 3, 1), item("i1", "RISK", ItemKind.CONCERN, s=exception("RISK"))),
        session(
            "s2",
            D(2025, 3, 1),
            item("i2", "OLD RISK", ItemKind.CONCERN, s=exception("OLD RISK")),
        ),
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
    assert list(inspect.signature(render_report).parameters) == ["ds"]
    assert typing.get_type_hints(render_report) == {"ds": DisclosureSet, "return": bytes}


# What the rule may import: the domain, and standard modules with no I/O and no clock.
_PURE_IMPORTS = {
    "__future__", "collections.abc", "dataclasses", "datetime", "enum", "hashlib", "json",
    "typing", "coachdesk.domain", "coachdesk.policy.disclosure",
}  # fmt: skip
_CLOCK_CALLS = {"today", "now", "utcnow", "time", "open", "getenv"}


@pytest.mark.parametrize("module", ["disclosure", "team"])
def test_the_rule_has_no_io_no_qt_and_no_clock(module):
    source = (Path(disclosure.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert imported <= _PURE_IMPORTS, imported - _PURE_IMPORTS
    called = {
        node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
    }
    assert not called & _CLOCK_CALLS, called & _CLOCK_CALLS


def test_the_answer_does_not_depend_on_the_order_data_is_stored_in():
    """Sessions come from storage by date, but the rule must not rely on it: the same
    engagement with its sessions, goals' measurements and sharing maps in another order
    gives the same disclosure set, digest included."""
    s1 = session("s1", D(2026, 3, 1), item("i1", "X", s=agreed("X"), c=agreed("X")))
    s2 = session("s2", D(2026, 2, 1), item("i2", "Y", ItemKind.CONCERN, s=agreed("Y")))
    kpi = Kpi(
        "k1",
        "KPINAME",
        measurements=(Measurement(D(2026, 3, 1), 7.0), Measurement(D(2026, 2, 1), 9.0)),
    )
    goal = _goal(kpis=(kpi,), ratings=(Rating(D(2026, 4, 1), 6), Rating(D(2026, 3, 1), 4)))
    e = engagement(s1, s2, goals=(goal,))
    shuffled = dataclasses.replace(
        e,
        sessions=(s2, dataclasses.replace(s1, items=(
            dataclasses.replace(s1.items[0], sharing=dict(reversed(s1.items[0].sharing.items()))),
        ))),
        goals=(dataclasses.replace(
            goal,
            ratings=tuple(reversed(goal.ratings)),
            kpis=(dataclasses.replace(kpi, measurements=tuple(reversed(kpi.measurements))),),
        ),),
    )  # fmt: skip
    a, b = run(e), run(shuffled)
    assert [s.id for s in a.included.attendance or ()] == ["s2", "s1"]
    (p,) = a.included.progress or ()
    # Ratings and measurements in date order: the last one is the latest.
    assert p.ratings == ((D(2026, 3, 1), 4), (D(2026, 4, 1), 6))
    assert p.kpis[0].measurements == ((D(2026, 2, 1), 9.0), (D(2026, 3, 1), 7.0))
    assert a == b and set_digest(a.included) == set_digest(b.included)


# -- exceptions bind to the text (spec §3) ----------------------------------------------


def test_an_exception_is_void_once_the_text_changes_and_counts_as_private():
    i = item("i1", "EDITED RISK", ItemKind.CONCERN, s=exception("ORIGINAL RISK"))
    d = run(engagement(session("s1", D(2026, 3, 1), i), permits={Role.SPONSOR: frozenset()}))
    assert d.included.exceptions == ()
    assert [(x.id, x.reason) for x in d.excluded if x.kind == "item"] == [
        ("i1", Reason.EXCEPTION_VOID)
    ]
    assert d.awaiting == ()  # the coach records it again; the coachee is not asked


def test_an_exception_not_bound_to_any_text_is_void():
    unbound = SharingState(SharingStateKind.EXCEPTION, FEB_1, justification="risk of harm")
    d = run(engagement(session("s1", D(2026, 3, 1), item("i1", "RISK", s=unbound))))
    assert d.included.exceptions == () and texts(d) == set()
    assert d.excluded[-1].reason is Reason.EXCEPTION_VOID


def test_a_void_exception_does_not_fall_back_to_an_agreement_that_permits_the_category():
    i = item("i1", "NOW", s=exception("BEFORE"))
    d = run(engagement(session("s1", D(2026, 3, 1), i)))  # every category permitted
    assert texts(d) == set() and d.included.exceptions == ()


# -- a report dated D shows what had been agreed by D (spec §4) ----------------------------


def test_consent_recorded_after_the_report_date_does_not_count():
    i = item("i1", "LATER", s=agreed("LATER", on=D(2026, 7, 1)))
    e = engagement(session("s1", D(2026, 3, 1), i))
    before = run(e, day=D(2026, 6, 30))
    assert texts(before) == set()
    assert before.excluded[-1].reason is Reason.AFTER_REPORT_DATE
    assert before.awaiting == ("i1",)  # as of that day it still awaited the coachee
    assert texts(run(e, day=D(2026, 7, 1))) == {"LATER"}


def test_an_exception_recorded_after_the_report_date_does_not_count():
    i = item("i1", "RISK", ItemKind.CONCERN, s=exception("RISK", on=D(2026, 7, 1)))
    e = engagement(session("s1", D(2026, 3, 1), i))
    before = run(e, day=D(2026, 6, 30))
    assert before.included.exceptions == ()
    assert before.excluded[-1].reason is Reason.AFTER_REPORT_DATE
    assert [x.id for x in run(e, day=D(2026, 7, 1)).included.exceptions] == ["i1"]


def test_an_agreement_version_agreed_after_the_report_date_is_not_in_force():
    v1 = Agreement(1, D(2026, 1, 1), {Role.SPONSOR: frozenset({Category.ATTENDANCE})})
    v2 = Agreement(2, D(2099, 1, 1), {Role.SPONSOR: ALL})
    e = engagement(
        session("s1", D(2026, 3, 1), item("i1", "SUMMARY", s=agreed("SUMMARY"))),
        agreements=(v1, v2),
    )
    d = run(e, day=D(2026, 6, 30))
    h = d.included.header
    assert (h.agreement_version, h.agreement_date) == (1, D(2026, 1, 1))
    assert texts(d) == set() and d.included.summaries is None


# -- goals without titles are numbered among the included only (spec §4) ----------------


def test_untitled_goals_are_numbered_among_the_included_only():
    in_period = (Rating(D(2026, 3, 1), 5),)
    goals = (
        _goal(id="g1", ratings=(Rating(D(2025, 3, 1), 2),), kpis=()),  # nothing in P: left out
        _goal(id="g2", ratings=in_period, kpis=()),
        _goal(id="g3", share_with=frozenset({"h"})),  # not shared with the sponsor
        _goal(id="g4", ratings=()),  # a KPI only
        _goal(id="g5", ratings=in_period, kpis=()),
    )
    d = run(engagement(goals=goals, permits={Role.SPONSOR: frozenset({Category.PROGRESS})}))
    progress = d.included.progress or ()
    assert [(p.goal_id, p.number, p.title) for p in progress] == [
        ("g2", 1, ""),
        ("g4", 2, ""),
        ("g5", 3, ""),
    ]


# -- ratings and KPI measurements: dated in P (spec §4 rule 3) --------------------------


def test_ratings_and_kpi_measurements_outside_the_period_are_left_out():
    goal = _goal(
        ratings=(Rating(D(2025, 12, 31), 1), Rating(D(2026, 3, 1), 4), Rating(D(2026, 7, 1), 9)),
        kpis=(
            Kpi(
                "k1",
                "KPINAME",
                measurements=(
                    Measurement(D(2025, 12, 31), 1.0),
                    Measurement(D(2026, 3, 1), 2.0),
                    Measurement(D(2026, 7, 1), 3.0),
                ),
            ),
        ),
    )
    d = run(engagement(goals=(goal,)), period=Period(D(2026, 1, 1), D(2026, 6, 30)))
    (p,) = d.included.progress or ()
    assert p.ratings == ((D(2026, 3, 1), 4),)
    assert p.kpis[0].measurements == ((D(2026, 3, 1), 2.0),)
