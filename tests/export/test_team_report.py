"""The team report (spec §5, §1.2): for a generated team of agents with different
agreements and sharing states, each agent's section is exactly what a single report to the
manager would disclose, nothing else reaches the PDF, and an agent who agreed to nothing for
this manager is absent, name included."""

from __future__ import annotations

import datetime as dt
import io
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    ItemKind,
    Kpi,
    Language,
    Measurement,
    NoteItem,
    Role,
    Session,
    SessionKind,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.export import render_team_report
from coachdesk.policy import Period, disclose, disclose_team

MANAGER = "mgr"
TODAY = dt.date(2026, 11, 20)
PERIOD = Period(dt.date(2026, 1, 1), TODAY)
COACH = CoachProfile("Team Coach")


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


@st.composite
def teams(draw: st.DrawFn) -> tuple[list[Engagement], dict[str, str], set[str]]:
    counter = itertools.count(1)

    def marker(kind: str) -> str:
        return f"Q{kind}{next(counter):04d}Z"

    names = {MANAGER: "Manager Mara"}
    engagements = []
    all_markers: set[str] = set()
    for n in range(draw(st.integers(1, 4))):
        agent = f"agent{n}"
        names[agent] = marker("NAME")
        all_markers.add(names[agent])
        role = draw(st.sampled_from([Role.CS_MANAGER, Role.TEAM_LEADER, Role.SPONSOR]))
        permits = draw(st.frozensets(st.sampled_from(list(Category))))
        sessions = []
        for s in range(draw(st.integers(0, 3))):
            items = []
            for k in range(draw(st.integers(0, 3))):
                kind = draw(st.sampled_from(list(ItemKind)))
                text = marker("ITEM")
                all_markers.add(text)
                state = draw(st.sampled_from(list(SharingStateKind)))
                if kind is ItemKind.REFLECTION:
                    state = SharingStateKind.PRIVATE
                sharing = {}
                if state is SharingStateKind.AGREED:
                    sharing[MANAGER] = SharingState(
                        state, TODAY, "in session", "", text_sha256(text)
                    )
                elif state is SharingStateKind.EXCEPTION:
                    sharing[MANAGER] = SharingState(state, TODAY, "", marker("WHY"))
                    all_markers.add(sharing[MANAGER].justification)
                elif state is SharingStateKind.PROPOSED:
                    sharing[MANAGER] = SharingState(state)
                items.append(NoteItem(f"{agent}-s{s}-i{k}", kind, text, sharing))
            sessions.append(
                Session(
                    f"{agent}-s{s}",
                    dt.datetime(2026, 2 + s, 3, 14),
                    draw(st.sampled_from([SessionKind.COACHING, SessionKind.TRAINING])),
                    SessionStatus.HELD,
                    45,
                    marker("TOPIC"),
                    tuple(items),
                )
            )
        goal_title = marker("GOAL")
        all_markers.add(goal_title)
        goal = Goal(
            f"{agent}-g",
            goal_title,
            share_with=frozenset({MANAGER}) if draw(st.booleans()) else frozenset(),
            kpis=(
                Kpi(
                    f"{agent}-k",
                    "AHT",
                    "s",
                    measurements=(Measurement(dt.date(2026, 3, 1), 400.0 + n),),
                ),
            ),
        )
        engagements.append(
            Engagement(
                id=f"e-{agent}",
                coachee_id=agent,
                title=marker("TITLE"),
                start=dt.date(2026, 1, 10),
                stakeholders=(Stakeholder(MANAGER, role),),
                agreements=(Agreement(1, dt.date(2026, 1, 10), {role: permits}),),
                goals=(goal,),
                sessions=tuple(sessions),
            )
        )
    return engagements, names, all_markers


@settings(max_examples=25)
@given(teams())
def test_each_agent_gets_exactly_the_single_report_s_disclosure(team):
    engagements, names, all_markers = team
    result = disclose_team(
        engagements, MANAGER, PERIOD, TODAY, coach=COACH, names=names, language=Language.EN
    )
    # Agent by agent: the very disclosure set a single report to the manager would hold.
    expected = []
    for e in engagements:
        if e.role_of(MANAGER) not in (Role.CS_MANAGER, Role.TEAM_LEADER):
            continue
        ds = disclose(
            e, MANAGER, PERIOD, TODAY, coach=COACH, names=names, language=Language.EN
        ).included
        sections = (ds.attendance, ds.goals, ds.progress, ds.summaries, ds.notes)
        if any(s is not None for s in sections) or ds.exceptions:
            expected.append(ds)
    assert sorted(result.agents, key=lambda d: d.header.engagement_id) == sorted(
        expected, key=lambda d: d.header.engagement_id
    )
    # And the PDF: every disclosed text present, every other marker absent.
    text = _text(render_team_report(result))
    shown_agents = {ds.header.coachee_name for ds in result.agents}
    allowed = set(shown_agents) | {ds.header.engagement_title for ds in result.agents}
    for ds in result.agents:
        allowed |= {i.text for i in (*(ds.summaries or ()), *(ds.notes or ()))}
        allowed |= {x.text for x in ds.exceptions} | {x.justification for x in ds.exceptions}
        allowed |= {g.title for g in ds.goals or ()} | {p.title for p in ds.progress or ()}
    for m in all_markers:
        if m in allowed:
            assert m in text, m
        else:
            assert m not in text, m


def test_an_agent_who_permits_only_attendance_shows_only_attendance_and_none_is_absent():
    names = {MANAGER: "Manager Mara", "a1": "Attendance Only", "a2": "Nothing At All"}

    def engagement(agent: str, permits: frozenset[Category]) -> Engagement:
        return Engagement(
            id=f"e-{agent}",
            coachee_id=agent,
            title=f"Coaching {agent}",
            start=dt.date(2026, 1, 10),
            stakeholders=(Stakeholder(MANAGER, Role.CS_MANAGER),),
            agreements=(Agreement(1, dt.date(2026, 1, 10), {Role.CS_MANAGER: permits}),),
            sessions=(
                Session(
                    f"{agent}-s",
                    dt.datetime(2026, 3, 3, 14),
                    SessionKind.TRAINING,
                    SessionStatus.HELD,
                    items=(NoteItem(f"{agent}-i", ItemKind.SUMMARY, f"Secret of {agent}"),),
                ),
            ),
        )

    result = disclose_team(
        [engagement("a1", frozenset({Category.ATTENDANCE})), engagement("a2", frozenset())],
        MANAGER,
        PERIOD,
        TODAY,
        coach=COACH,
        names=names,
        language=Language.EN,
    )
    (only,) = result.agents
    assert only.header.coachee_name == "Attendance Only"
    assert only.attendance and only.summaries is None and only.progress is None
    text = _text(render_team_report(result))
    assert "Attendance Only" in text and "Training sessions" in text
    assert "Nothing At All" not in text and "Secret of" not in text
    assert "0 coaching, 1 training session(s) held" in text
