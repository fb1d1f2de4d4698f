"""The team report (spec §5, §1.2): for a generated team of agents with different
agreements and sharing states, each agent's section is exactly what a single report to the
manager would disclose, nothing else reaches the PDF, and an agent who agreed to nothing for
this manager is absent, name included."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import sys
from pathlib import Path

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
from coachdesk.export.i18n import Texts
from coachdesk.policy import Period, disclose_team

sys.path.insert(0, str(Path(__file__).parent))
from report_oracle import (
    any_number,
    change_since_previous,
    number,
    pdf_lines,
    row_at,
    shown,
    signed,
    topic_cells,
)

MANAGER = "mgr"
TODAY = dt.date(2026, 11, 20)
PERIOD = Period(dt.date(2026, 1, 1), TODAY)
COACH = CoachProfile("Team Coach")


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


KPI_NAMES = ("AHT", "FCR")
TEAM_ROLES = (Role.CS_MANAGER, Role.TEAM_LEADER)


class Values:
    """KPI values with a unique whole part of four digits whose last is not 0: the overview
    prints ``%.4g`` (the whole part), and a chart tick never ends in another digit than 0."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.used: set[int] = set()

    def __call__(self) -> float:
        whole = self.draw(st.integers(1001, 9989).filter(lambda i: i % 10 and i not in self.used))
        self.used.add(whole)
        # Under half: ``%.4g`` rounds down to the whole part.
        return whole + self.draw(st.integers(11, 49).filter(lambda c: c % 10)) / 100


@st.composite
def teams(draw: st.DrawFn) -> tuple[list[Engagement], dict[str, str], set[str], list[float]]:
    counter = itertools.count(1)
    value = Values(draw)

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
        permits = draw(
            st.just(frozenset(Category)) | st.frozensets(st.sampled_from(list(Category)))
        )
        sessions = []
        for s in range(draw(st.integers(0, 4))):
            items = []
            for k in range(draw(st.integers(0, 3))):
                kind = draw(st.sampled_from(list(ItemKind)))
                text = marker("ITEM")
                all_markers.add(text)
                state = draw(st.sampled_from(list(SharingStateKind)))
                if kind is ItemKind.REFLECTION:
                    state = SharingStateKind.PRIVATE
                sharing = {}
                bound = text_sha256(text if draw(st.booleans()) else text + " before")
                if state is SharingStateKind.AGREED:
                    sharing[MANAGER] = SharingState(state, TODAY, "in session", "", bound)
                elif state is SharingStateKind.EXCEPTION:
                    sharing[MANAGER] = SharingState(state, TODAY, "", marker("WHY"), bound)
                    all_markers.add(sharing[MANAGER].justification)
                elif state is SharingStateKind.PROPOSED:
                    sharing[MANAGER] = SharingState(state)
                items.append(NoteItem(f"{agent}-s{s}-i{k}", kind, text, sharing))
            # Some in the period, some in December 2025 (before it).
            month = draw(st.sampled_from([0, 2, 3, 4, 5]))
            start = (
                dt.datetime(2025, 12, 3 + s, 14)
                if month == 0
                else dt.datetime(2026, month, 3 + s, 14)
            )
            topic = marker("TOPIC")  # shown only with a training session under attendance
            all_markers.add(topic)
            sessions.append(
                Session(
                    f"{agent}-s{s}",
                    start,
                    draw(st.sampled_from(list(SessionKind))),
                    draw(st.sampled_from(list(SessionStatus))),
                    45,
                    topic,
                    tuple(items),
                )
            )
        goal_title = marker("GOAL")
        all_markers.add(goal_title)
        measured = sorted(
            draw(
                st.lists(
                    st.sampled_from(
                        [dt.date(2025, 12, 1), dt.date(2026, 2, 1), dt.date(2026, 3, 1),
                         dt.date(2026, 4, 1), dt.date(2026, 12, 1)]
                    ),
                    unique=True,
                    max_size=4,
                )
            )
        )  # fmt: skip
        goal = Goal(
            f"{agent}-g",
            goal_title,
            share_with=frozenset({MANAGER}) if draw(st.booleans()) else frozenset(),
            kpis=(
                Kpi(
                    f"{agent}-k",
                    draw(st.sampled_from(KPI_NAMES)),
                    "s",
                    # Entered in any order: "latest" is by date, not by position.
                    measurements=tuple(
                        draw(st.permutations([Measurement(d, value()) for d in measured]))
                    ),
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
    return engagements, names, all_markers, sorted(value.used)


TRENDS = "Team trends: the team's average per period"


def _overview(lines: list[str], first_agent_heading: str | None) -> list[str]:
    """The lines of the KPI overview: from its heading to the team trends."""
    if "KPI overview: latest value per agent" not in lines:
        return []
    start = lines.index("KPI overview: latest value per agent")
    end = lines.index(TRENDS) if TRENDS in lines else len(lines)
    if first_agent_heading:
        end = min(end, lines.index(first_agent_heading))
    return lines[start:end]


def _trends(lines: list[str], first_agent_heading: str | None) -> list[str]:
    """The lines of the team trends: from their heading to the first agent's section."""
    if TRENDS not in lines:
        return []
    end = lines.index(first_agent_heading) if first_agent_heading else len(lines)
    return lines[lines.index(TRENDS) : end]


@settings(max_examples=60)
@given(teams())
def test_the_team_report_shows_what_each_agent_permits_and_nothing_else(team):
    """Expected values built here from the generated data (``report_oracle``), not by
    ``disclose``: who is shown, their counts, their items, goals and KPI values, the
    overview's latest value per agent; every other marker and value is absent."""
    engagements, names, all_markers, wholes = team
    result = disclose_team(
        engagements, MANAGER, PERIOD, TODAY, coach=COACH, names=names, language=Language.EN
    )
    lines = pdf_lines(render_team_report(result))
    text = "\n".join(lines)
    allowed: set[str] = set()
    agents = []
    for e in engagements:
        if e.role_of(MANAGER) not in TEAM_ROLES:
            continue
        ok = shown(e, MANAGER, PERIOD.start, PERIOD.end, TODAY)
        if ok.any_section():
            agents.append((names[e.coachee_id], e, ok))
    agents.sort(key=lambda a: a[0].casefold())
    assert row_at(lines, "Agents", [str(len(agents))])
    headings = [f"{name} · {e.title}" for name, e, _ in agents]
    assert [line for line in lines if " · Q" in line] == headings  # in order, nobody else
    overview_values: dict[str, list[str]] = {}
    # Team trends: per KPI name, per measurement date, the shown agents' values.
    per_period: dict[str, dict[dt.date, list[float]]] = {}
    english = Texts(Language.EN)
    for name, e, ok in agents:
        allowed |= {name, e.title}
        if Category.ATTENDANCE in ok.permitted:
            held = [s for s in ok.sessions if s.status is SessionStatus.HELD]
            coaching = sum(s.kind is SessionKind.COACHING for s in held)
            training = sum(s.kind is SessionKind.TRAINING for s in held)
            held_line = (
                f"Held: {coaching} coaching session{'' if coaching == 1 else 's'}, "
                f"{training} training session{'' if training == 1 else 's'}"
            )
            assert held_line in lines, name
            for s in ok.sessions:
                if s.kind is SessionKind.TRAINING:  # its row ends with its topic
                    row = [english.enum(s.kind), english.enum(s.status), "45 min", s.topic]
                    assert row_at(lines, f"{s.start:%d %b %Y  %H:%M}", row), s.id
                allowed.update(topic_cells(s))
        allowed |= {i.text for _, i, _ in (*ok.summaries, *ok.notes, *ok.exceptions)}
        allowed |= {st_.justification for _, _, st_ in ok.exceptions}
        allowed |= {g.title for g in ok.goals}
        if Category.GOALS in ok.permitted:
            allowed |= {g.title for g, _, _, _ in ok.progress}
        for g, _, _, kpis in ok.progress:
            for k in g.kpis:
                for day, value in kpis[k.id]:
                    per_period.setdefault(k.name, {}).setdefault(day, []).append(value)
                if kpis[k.id]:
                    latest = kpis[k.id][-1][1]
                    change = change_since_previous(kpis[k.id], Language.EN)
                    assert row_at(
                        lines,
                        f"{k.name} (s)",
                        ["higher is better", "–", "–", number(latest, Language.EN), change],
                    )
                    overview_values.setdefault(k.name, []).append(f"{latest:.4g}")
    for m in all_markers:
        assert (m in text) is (m in allowed), m
    # The overview: per KPI, each shown agent's latest value (by date) in the period, and
    # no other value of any agent.
    overview = _overview(lines, headings[0] if headings else None)
    shown_wholes = {line for line in overview if line.isdigit() and len(line) == 4}
    expected = {v for values in overview_values.values() for v in values}
    assert shown_wholes & {str(w) for w in wholes} == expected
    for kpi_name, values in overview_values.items():
        assert row_at(overview, f"{kpi_name} (s)", values), kpi_name
    # Team trends: per KPI, each date's average over the agents shown and measured then, its
    # change since the date before, and how many agents; nothing for a KPI nobody shows.
    trends = _trends(lines, headings[0] if headings else None)
    assert bool(trends) is bool(per_period)
    assert [line for line in trends if line.endswith(" (s)")] == sorted(
        f"{name} (s)" for name in per_period
    )
    for kpi_name, days in per_period.items():
        previous: float | None = None
        rows: list[str] = []
        for day in sorted(days):
            average = sum(days[day]) / len(days[day])
            change = "–" if previous is None else signed(average - previous, Language.EN)
            rows += [
                english.short_date(day),
                any_number(average, Language.EN),
                change,
                str(len(days[day])),
            ]
            previous = average
        head = ["higher is better", "Date", "Team average", "Change", "Agents measured"]
        assert row_at(trends, f"{kpi_name} (s)", head + rows), kpi_name


def test_the_kpi_overview_shows_each_agent_s_latest_value_not_the_oldest():
    def engagement(agent: str, values: tuple[float, float, float]) -> Engagement:
        old, new, later = values
        kpi = Kpi(
            f"k-{agent}",
            "AHT",
            "s",
            measurements=(
                Measurement(dt.date(2026, 4, 1), new),
                Measurement(dt.date(2026, 2, 1), old),
                Measurement(dt.date(2026, 12, 1), later),  # after the period
            ),
        )
        return Engagement(
            id=f"e-{agent}",
            coachee_id=agent,
            title=f"Coaching {agent}",
            start=dt.date(2026, 1, 10),
            stakeholders=(Stakeholder(MANAGER, Role.CS_MANAGER),),
            agreements=(
                Agreement(1, dt.date(2026, 1, 10), {Role.CS_MANAGER: frozenset(Category)}),
            ),
            goals=(Goal(f"g-{agent}", "Handle faster", share_with=frozenset({MANAGER}),
                        kpis=(kpi,)),),
        )  # fmt: skip

    names = {MANAGER: "Manager Mara", "a1": "Ada", "a2": "Bea"}
    result = disclose_team(
        [
            engagement("a1", (4111.11, 3222.22, 2333.13)),
            engagement("a2", (5444.44, 6555.25, 1666.16)),
        ],
        MANAGER, PERIOD, TODAY, coach=COACH, names=names, language=Language.EN,
    )  # fmt: skip
    lines = pdf_lines(render_team_report(result))
    overview = _overview(lines, "Ada · Coaching a1")
    # The bars' values in the agents' order, then (after the value axis) their names, which
    # the text engine draws under the bars.
    after = overview[overview.index("AHT (s)") + 1 :]
    assert after[:2] == ["3222", "6555"]
    assert after.index("Ada") < after.index("Bea")
    for wrong in ("4111", "5444", "2333", "1666"):
        assert wrong not in overview


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
    assert "Held: 0 coaching sessions, 1 training session" in text
