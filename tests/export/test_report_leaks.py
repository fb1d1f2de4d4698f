"""No leak, no loss: the real PDF holds exactly what spec §4 discloses (hypothesis).

Every text of a generated engagement is a unique marker. An oracle written here, straight
from the words of §4 and independent of ``policy``, says which markers a report for the
chosen recipient may hold; the real PDF is rendered and its text extracted with pypdf; then
every expected marker must be present and every other marker absent.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from coachdesk.domain import (
    STAKEHOLDER_ROLES,
    Action,
    Agreement,
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
from coachdesk.policy import Period, disclose

days = st.dates(min_value=dt.date(2025, 6, 1), max_value=dt.date(2027, 6, 30))
RECIPIENTS = ["coachee", "p1", "p2", "p3"]


class Markers:
    def __init__(self) -> None:
        self.counter = itertools.count(1)
        self.all: set[str] = set()

    def __call__(self, kind: str) -> str:
        marker = f"Q{kind}{next(self.counter):04d}Z"
        self.all.add(marker)
        return marker


@st.composite
def scenarios(draw: st.DrawFn):
    mk = Markers()
    stakeholders = tuple(
        Stakeholder(p, draw(st.sampled_from(STAKEHOLDER_ROLES))) for p in RECIPIENTS[1:]
    )
    agreements = tuple(
        Agreement(
            version=v,
            agreed_on=draw(st.just(dt.date(2025, 6, 1)) | days),  # often in force early
            permits={
                r: frozenset(draw(st.sets(st.sampled_from(list(Category)))))
                for r in draw(st.sets(st.sampled_from(list(Role))))
            },
            text=mk("agrtext"),
            exceptions=mk("agrexc"),
            cadence=mk("cadence"),
        )
        for v in range(1, draw(st.integers(0, 3)) + 1)
    )
    sessions = []
    for _ in range(draw(st.integers(0, 6))):
        items = []
        for _ in range(draw(st.integers(0, 4))):
            kind = draw(st.sampled_from(list(ItemKind)))
            text = mk("item")
            sharing = {}
            for p in RECIPIENTS:
                choice = draw(
                    st.sampled_from(["private", "proposed", "agreed", "void", "exception"])
                )
                if kind is ItemKind.REFLECTION and draw(st.booleans()):
                    choice = "private"  # mostly private, sometimes (bad) data claiming more
                if choice == "proposed":
                    sharing[p] = SharingState(SharingStateKind.PROPOSED)
                elif choice == "agreed":
                    sharing[p] = SharingState(
                        SharingStateKind.AGREED, draw(days), "verbally", "", text_sha256(text)
                    )
                elif choice == "void":
                    sharing[p] = SharingState(
                        SharingStateKind.AGREED, draw(days), "", "", text_sha256(text + "old")
                    )
                elif choice == "exception":
                    sharing[p] = SharingState(
                        SharingStateKind.EXCEPTION, draw(days), "", mk("just")
                    )
            items.append(NoteItem(mk("id"), kind, text, sharing))
        day = draw(days)
        sessions.append(
            Session(
                id=mk("sid"),
                start=dt.datetime.combine(day, dt.time(9, 30)),
                kind=draw(st.sampled_from(list(SessionKind))),
                status=draw(st.sampled_from(list(SessionStatus))),
                topic=mk("topic"),
                items=tuple(items),
            )
        )
    goals = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.none() | days)
        goals.append(
            Goal(
                id=mk("gid"),
                title=mk("goal"),
                status=draw(st.sampled_from(list(GoalStatus))),
                share_with=frozenset(draw(st.sets(st.sampled_from(RECIPIENTS)))),
                grow=Grow(mk("grow"), mk("grow"), mk("grow"), mk("grow")),
                ratings=tuple(
                    Rating(draw(days), draw(st.integers(1, 10)))
                    for _ in range(draw(st.integers(0, 3)))
                ),
                kpis=tuple(
                    Kpi(
                        mk("kid"),
                        mk("kpi"),
                        unit="s",
                        measurements=tuple(
                            Measurement(draw(days), float(draw(st.integers(0, 500))))
                            for _ in range(draw(st.integers(0, 3)))
                        ),
                    )
                    for _ in range(draw(st.integers(0, 2)))
                ),
                start=start,
                end=None
                if start is None
                else draw(st.none() | st.just(start + dt.timedelta(days=90))),
            )
        )
    actions = tuple(
        Action(mk("aid"), mk("action"), "coachee") for _ in range(draw(st.integers(0, 2)))
    )
    engagement = Engagement(
        id="e1",
        coachee_id="coachee",
        title="Engagement",
        start=dt.date(2025, 6, 1),
        stakeholders=stakeholders,
        agreements=agreements,
        goals=tuple(goals),
        actions=actions,
        sessions=tuple(sessions),
    )
    recipient = draw(st.sampled_from(RECIPIENTS))
    a, b = sorted([draw(days), draw(days)])
    report_date = draw(days)
    language = draw(st.sampled_from(list(Language)))
    return engagement, recipient, Period(a, b), report_date, language, mk.all


def oracle(e: Engagement, recipient: str, period: Period, report_date: dt.date) -> set[str]:
    """The markers §4 lets through, restated independently of ``policy``."""
    role = (
        Role.COACHEE
        if recipient == e.coachee_id
        else next(s.role for s in e.stakeholders if s.person_id == recipient)
    )
    in_force = [a for a in e.agreements if a.agreed_on <= report_date]
    agreement = max(in_force, key=lambda a: (a.agreed_on, a.version)) if in_force else None

    def permits(category: Category) -> bool:
        return agreement is not None and category in agreement.permits.get(role, frozenset())

    expected: set[str] = set()
    for s in e.sessions:
        if not period.start <= s.start.date() <= period.end:
            continue
        for i in s.items:
            if i.kind is ItemKind.REFLECTION:
                continue
            st_ = i.sharing.get(recipient)
            if st_ is None:
                continue
            if st_.state is SharingStateKind.EXCEPTION:
                expected |= {i.text, st_.justification}
                continue
            category = Category.SUMMARIES if i.kind is ItemKind.SUMMARY else Category.NOTES
            if (
                permits(category)
                and st_.state is SharingStateKind.AGREED
                and st_.text_sha256 == text_sha256(i.text)
            ):
                expected.add(i.text)
    for g in e.goals:
        start = g.start or e.start
        active = start <= period.end and (g.end is None or g.end >= period.start)
        if not (active and recipient in g.share_with):
            continue
        if permits(Category.GOALS):
            expected.add(g.title)
        if permits(Category.PROGRESS):
            expected |= {k.name for k in g.kpis}
    return expected


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@settings(max_examples=200)
@given(scenario=scenarios())
def test_the_pdf_holds_every_disclosed_fact_and_nothing_else(scenario):
    engagement, recipient, period, report_date, language, markers = scenario
    disclosure = disclose(
        engagement,
        recipient,
        period,
        report_date,
        coach=CoachProfile("Coach"),
        names={p: p for p in RECIPIENTS},
        language=language,
    )
    text = _text(render_report(disclosure.included))
    found = {m for m in markers if m in text}
    assert found == oracle(engagement, recipient, period, report_date)
