"""No leak, no loss: the real PDF holds exactly what spec §4 discloses (hypothesis).

A value that must not be disclosed is as much a leak as a sentence. So every field a report
can show is made recognisable in the generated data: every text and name is a unique marker,
every date is used once (and searched in the long and the short form), every session has a
time and a duration of its own, every KPI number (baseline, target, measurement) is unique
and never a round chart tick. An oracle written here from the words of §4
(``report_oracle.shown``), never calling ``policy``, says which of them the report for the
chosen recipient may show; the real PDF is rendered and its text extracted with pypdf; then
every allowed value must be present (in its row: a session's kind, status and duration, a
goal's status, an item's date and kind, a KPI's baseline, target and latest value) and every
other value absent. Rating values are drawn, not printed; their dates are the axis labels.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import (
    STAKEHOLDER_ROLES,
    Action,
    ActionStatus,
    Agreement,
    Better,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    GoalStatus,
    Grow,
    ItemKind,
    Kpi,
    Language,
    Measurement,
    NoteItem,
    Rating,
    Role,
    Session,
    SessionKind,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.export import render_report
from coachdesk.export.i18n import Texts
from coachdesk.policy import Period, disclose

sys.path.insert(0, str(Path(__file__).parent))
from report_oracle import (
    change_since_previous,
    long_date,
    number,
    pdf_lines,
    row_at,
    short_date,
    shown,
    shows_date,
    shows_number,
    topic_cells,
)

days = st.dates(min_value=dt.date(2025, 6, 2), max_value=dt.date(2027, 6, 30))
EARLY = (dt.date(2025, 6, 2), dt.date(2025, 9, 30))
LATE = (dt.date(2027, 4, 1), dt.date(2027, 12, 31))
ENGAGEMENT_START = dt.date(2025, 6, 1)
RECIPIENTS = ["coachee", "p1", "p2", "p3"]


class Unique:
    """Markers, dates, times, durations and numbers, each used once in a scenario."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.counter = itertools.count(1)
        self.markers: set[str] = set()
        self.dates: set[dt.date] = {ENGAGEMENT_START}
        self.integers: set[int] = set()
        self.numbers: set[float] = set()

    def marker(self, kind: str) -> str:
        m = f"Q{kind}{next(self.counter):04d}Z"
        self.markers.add(m)
        return m

    def day(self, lo: dt.date | None = None, hi: dt.date | None = None) -> dt.date:
        within = days if lo is None or hi is None else st.dates(min_value=lo, max_value=hi)
        d = self.draw(within.filter(lambda d: d not in self.dates))
        self.dates.add(d)
        return d

    def early_or_any(self) -> dt.date:
        """Often in the engagement's first months, so that it is in force or counts."""
        return self.day(*EARLY) if self.draw(st.booleans()) else self.day()

    def day_after(self, start: dt.date) -> dt.date | None:
        later = st.dates(min_value=start + dt.timedelta(days=1), max_value=dt.date(2027, 12, 31))
        d = self.draw(later.filter(lambda d: d not in self.dates))
        self.dates.add(d)
        return d

    def value(self) -> float:
        """1001.11 to 9989.99: a unique whole part that a chart tick never has (its last
        digit is not 0), and two decimals, the last not 0."""
        whole = self.draw(
            st.integers(1001, 9989).filter(lambda i: i % 10 and i not in self.integers)
        )
        self.integers.add(whole)
        cents = self.draw(st.integers(11, 99).filter(lambda c: c % 10))
        v = whole + cents / 100
        self.numbers.add(v)
        return v


def _state(draw: st.DrawFn, u: Unique, text: str, kind: ItemKind) -> SharingState | None:
    choice = draw(
        st.sampled_from(
            ["private", "proposed", "agreed", "void", "undated", "exception", "void exception"]
        )
    )
    if kind is ItemKind.REFLECTION and draw(st.booleans()):
        choice = "private"  # mostly private, sometimes (bad) data claiming more
    if choice == "proposed":
        return SharingState(SharingStateKind.PROPOSED)
    if choice in ("agreed", "void", "undated"):
        bound = text + ("old" if choice == "void" else "")
        on = None if choice == "undated" else u.early_or_any()
        return SharingState(SharingStateKind.AGREED, on, "verbally", "", text_sha256(bound))
    if choice in ("exception", "void exception"):
        bound = text + ("old" if choice == "void exception" else "")
        return SharingState(
            SharingStateKind.EXCEPTION,
            u.early_or_any(),
            "",
            u.marker("just"),
            text_sha256(bound),
        )
    return None


@st.composite
def scenarios(draw: st.DrawFn):
    u = Unique(draw)
    stakeholders = tuple(
        Stakeholder(p, draw(st.sampled_from(STAKEHOLDER_ROLES))) for p in RECIPIENTS[1:]
    )
    names = {p: u.marker("name") for p in RECIPIENTS}
    agreements = tuple(
        Agreement(
            version=v,
            agreed_on=u.early_or_any(),
            permits={
                r: draw(
                    st.just(frozenset(Category)) | st.frozensets(st.sampled_from(list(Category)))
                )
                for r in draw(st.just(set(Role)) | st.sets(st.sampled_from(list(Role))))
            },
            text=u.marker("agrtext"),
            exceptions=u.marker("agrexc"),
            cadence=u.marker("cadence"),
        )
        for v in range(1, draw(st.integers(0, 3)) + 1)
    )
    sessions = []
    for n in range(draw(st.integers(0, 6))):
        items = []
        for _ in range(draw(st.integers(0, 4))):
            kind = draw(st.sampled_from(list(ItemKind)))
            text = u.marker("item")
            sharing = {}
            for p in RECIPIENTS:
                state = _state(draw, u, text, kind)
                if state is not None:
                    sharing[p] = state
            items.append(NoteItem(u.marker("id"), kind, text, sharing))
        at = dt.time(7 + n, draw(st.integers(1, 59)))  # the hour makes it unique
        sessions.append(
            Session(
                id=u.marker("sid"),
                start=dt.datetime.combine(u.day(), at),
                kind=draw(st.sampled_from(list(SessionKind))),
                status=draw(st.sampled_from(list(SessionStatus))),
                duration_min=101 + 8 * n + draw(st.integers(0, 7)),
                # Every kind may hold a topic; only a training session's is ever shown.
                topic=u.marker("topic") if draw(st.integers(0, 4)) else "",
                items=tuple(items),
            )
        )
    goals = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.none() | st.builds(u.day))
        goals.append(
            Goal(
                id=u.marker("gid"),
                title=u.marker("goal"),
                status=draw(st.sampled_from(list(GoalStatus))),
                share_with=draw(
                    st.just(frozenset(RECIPIENTS)) | st.frozensets(st.sampled_from(RECIPIENTS))
                ),
                grow=Grow(u.marker("grow"), u.marker("grow"), u.marker("grow"), u.marker("grow")),
                ratings=tuple(
                    Rating(u.day(), draw(st.integers(1, 10)))
                    for _ in range(draw(st.integers(0, 3)))
                ),
                kpis=tuple(
                    Kpi(
                        u.marker("kid"),
                        u.marker("kpi"),
                        unit="s",
                        better=draw(st.sampled_from(list(Better))),
                        baseline=draw(st.none() | st.builds(u.value)),
                        target=draw(st.none() | st.builds(u.value)),
                        measurements=tuple(
                            Measurement(u.day(), u.value()) for _ in range(draw(st.integers(0, 3)))
                        ),
                    )
                    for _ in range(draw(st.integers(0, 2)))
                ),
                start=start,
                end=None if start is None or not draw(st.booleans()) else u.day_after(start),
            )
        )
    kpi_ids = [k.id for g in goals for k in g.kpis]
    actions = tuple(
        Action(
            u.marker("aid"),
            u.marker("action"),
            draw(st.none() | st.sampled_from(RECIPIENTS)),
            due=draw(st.none() | st.builds(u.day)),
            status=draw(st.sampled_from(list(ActionStatus))),
            goal_id=draw(st.none() | st.sampled_from([g.id for g in goals] or ["gone"])),
            share_with=draw(
                st.just(frozenset(RECIPIENTS)) | st.frozensets(st.sampled_from(RECIPIENTS))
            ),
            kpi_id=draw(st.none() | st.sampled_from(kpi_ids or ["gone"])),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    engagement = Engagement(
        id="e1",
        coachee_id="coachee",
        title=u.marker("title"),
        start=ENGAGEMENT_START,
        stakeholders=stakeholders,
        agreements=agreements,
        goals=tuple(goals),
        actions=actions,
        sessions=tuple(sessions),
    )
    recipient = draw(st.sampled_from(RECIPIENTS))
    if draw(st.booleans()):  # a wide period, most facts in it
        a, b = u.day(*EARLY), u.day(dt.date(2027, 3, 1), dt.date(2027, 6, 30))
    else:
        a, b = sorted([u.day(), u.day()])
    report_date = u.day(*LATE) if draw(st.booleans()) else u.day()
    language = draw(st.sampled_from(list(Language)))
    coach = CoachProfile(u.marker("coach"))
    return engagement, names, coach, recipient, Period(a, b), report_date, language, u


def _expected_and_forbidden(scenario) -> None:
    """Render the real PDF and hold it against the oracle, value by value."""
    engagement, names, coach, recipient, period, report_date, language, u = scenario
    disclosure = disclose(
        engagement,
        recipient,
        period,
        report_date,
        coach=coach,
        names=names,
        language=language,
    )
    lines = pdf_lines(render_report(disclosure.included))
    text = "\n".join(lines)
    texts = Texts(language)
    ok = shown(engagement, recipient, period.start, period.end, report_date)
    e = engagement

    # -- the header: who, for whom, over when, under which agreement ----------------------
    role = texts.enum(e.role_of(recipient))  # type: ignore[arg-type]
    assert row_at(lines, texts("coachee"), [names[e.coachee_id]])
    assert row_at(lines, texts("recipient"), [f"{names[recipient]} ({role})"])
    period_line = f"{long_date(period.start, language)} – {long_date(period.end, language)}"
    assert row_at(lines, texts("period"), [period_line])
    agreement_line = (
        texts("agreement_value", version=ok.agreement[0], date=long_date(ok.agreement[1], language))
        if ok.agreement
        else texts("no_agreement")
    )
    assert row_at(lines, texts("agreement"), [agreement_line])
    assert row_at(lines, texts("report_date"), [long_date(report_date, language)])

    # -- sections: present exactly when permitted (exceptions: when there is one) -----------
    sections = {
        "attendance": Category.ATTENDANCE in ok.permitted,
        "goals": Category.GOALS in ok.permitted,
        "progress": Category.PROGRESS in ok.permitted,
        "plan": Category.PLAN in ok.permitted,
        "summaries": Category.SUMMARIES in ok.permitted,
        "notes": Category.NOTES in ok.permitted,
        "exceptions": bool(ok.exceptions),
    }
    for key, present in sections.items():
        assert (texts(key) in lines) is present, key
    groups = {
        "coaching_sessions": [s for s in ok.sessions if s.kind is SessionKind.COACHING],
        "training_sessions": [s for s in ok.sessions if s.kind is SessionKind.TRAINING],
        "other_sessions": [
            s for s in ok.sessions if s.kind not in (SessionKind.COACHING, SessionKind.TRAINING)
        ],
    }
    for key, group in groups.items():
        assert (texts(key) in lines) is bool(group), key

    # -- what may be shown, and where -------------------------------------------------------
    markers = {e.title, names[e.coachee_id], names[recipient], coach.name}
    long_dates = {period.start, period.end, report_date}
    short_dates: set[dt.date] = set()
    times: set[str] = set()
    durations: set[str] = set()
    numbers: set[str] = set()
    if ok.agreement:
        long_dates.add(ok.agreement[1])
    for s in ok.sessions:
        time = f"{s.start:%H:%M}"
        minutes = texts("minutes", n=s.duration_min)
        row = [texts.enum(s.kind), texts.enum(s.status), minutes, *topic_cells(s)]
        assert row_at(lines, f"{short_date(s.date, language)}  {time}", row), s.id
        markers.update(topic_cells(s))  # a topic not shown here must appear nowhere
        short_dates.add(s.date)
        times.add(time)
        durations.add(minutes)
    for s, item, state in ok.summaries:
        after = [texts("agreed_on", date=long_date(state.on, language))] if state.on else []
        assert row_at(lines, long_date(s.date, language), [item.text, *after]), item.id
    for s, item, state in ok.notes:
        after = [texts("agreed_on", date=long_date(state.on, language))] if state.on else []
        label = f"{long_date(s.date, language)} · {texts.enum(item.kind)}"
        assert row_at(lines, label, [item.text, *after]), item.id
    for s, item, state in ok.exceptions:
        label = f"{long_date(s.date, language)} · {texts.enum(item.kind)}"
        why = f"{texts('justification')}: {state.justification}"
        assert row_at(lines, label, [item.text, why]), item.id
        markers.add(state.justification)
    for s, item, state in (*ok.summaries, *ok.notes, *ok.exceptions):
        markers.add(item.text)
        long_dates.add(s.date)
        if state.on and state.state is SharingStateKind.AGREED:
            long_dates.add(state.on)
    for g in ok.goals:
        assert row_at(lines, g.title, [texts.enum(g.status)]), g.id
        markers.add(g.title)
    titled = Category.GOALS in ok.permitted
    for g, n, ratings, kpis in ok.progress:
        heading = g.title if titled else texts("goal_n", n=n)
        assert heading in lines, heading
        short_dates |= {d for d, _ in ratings}
        for k in g.kpis:
            measured = kpis[k.id]
            latest = measured[-1][1] if measured else None
            cells = [
                texts("better_lower" if k.better is Better.LOWER else "better_higher"),
                *(
                    "–" if v is None else number(v, language)
                    for v in (k.baseline, k.target, latest)
                ),
                change_since_previous(measured, language),
            ]
            assert row_at(lines, f"{k.name} (s)", cells), k.id
            markers.add(k.name)
            numbers |= {number(v, language) for v in (k.baseline, k.target, latest) if v}
            short_dates |= {d for d, _ in measured}
    for a, serves in ok.plan:
        owner = names[a.owner_id] if a.owner_id else "–"
        due = short_date(a.due, language) if a.due else "–"
        status = texts(f"action_{a.status.value}")
        first = [f"{texts('serves')}: {serves}"] if serves else []
        assert row_at(lines, a.text, [*first, owner, due, status]), a.id
        markers.add(a.text)
        if a.owner_id:
            markers.add(names[a.owner_id])
        if a.due:
            short_dates.add(a.due)
    if not titled:
        # Numbered among the goals shown only: 1, 2, … and no further.
        assert texts("goal_n", n=len(ok.progress) + 1) not in lines

    # -- and every generated value: shown exactly when allowed -------------------------------
    for m in u.markers:
        assert (m in text) is (m in markers), m
    for d in u.dates:
        forms = {long_date(d, language): d in long_dates}
        # "10 May 2026" is both forms in English: allowed if either is.
        short = short_date(d, language)
        forms[short] = forms.get(short, False) or d in short_dates
        for form, allowed in forms.items():
            assert shows_date(text, form) is allowed, (form, d)
    for s in e.sessions:
        time, minutes = f"{s.start:%H:%M}", texts("minutes", n=s.duration_min)
        assert (time in text) is (time in times), (s.id, time)
        assert (minutes in lines) is (minutes in durations), (s.id, minutes)
    for v in u.numbers:
        shown_as = number(v, language)
        assert shows_number(text, shown_as) is (shown_as in numbers), v


@settings(max_examples=200)
@given(scenario=scenarios())
def test_the_pdf_shows_every_disclosed_value_and_nothing_else(scenario):
    _expected_and_forbidden(scenario)
