"""A report dated D shows what had been agreed by D and never more (spec §4), for generated
engagements: no consent or exception recorded after D counts, and the agreement in force is
the newest agreed on or before D. Checked two ways: directly on the disclosure set, and as a
metamorphic property (the report equals the report of the same engagement with everything
recorded after D taken away)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    ItemKind,
    NoteItem,
    Role,
    Session,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.policy import Period, disclose

days = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2027, 12, 31))
RECIPIENTS = ("c", "s", "h")


@st.composite
def engagements(draw: st.DrawFn) -> Engagement:
    agreements = tuple(
        Agreement(
            v,
            draw(days),
            {
                r: frozenset(draw(st.sets(st.sampled_from(list(Category)), min_size=1)))
                for r in draw(st.sets(st.sampled_from([Role.COACHEE, Role.SPONSOR, Role.HR])))
            },
        )
        for v in range(1, draw(st.integers(0, 4)) + 1)
    )
    sessions = []
    for n in range(draw(st.integers(0, 4))):
        items = []
        for k in range(draw(st.integers(0, 4))):
            text = f"text {n}.{k}"
            kind = draw(st.sampled_from([ItemKind.SUMMARY, ItemKind.CONCERN, ItemKind.INSIGHT]))
            sharing = {}
            for p in RECIPIENTS:
                state = draw(st.sampled_from(list(SharingStateKind)))
                on = draw(st.none() | days)
                bound = text_sha256(text if draw(st.booleans()) else text + " before the edit")
                if state is SharingStateKind.AGREED:
                    sharing[p] = SharingState(state, on, "in session", "", bound)
                elif state is SharingStateKind.EXCEPTION:
                    sharing[p] = SharingState(state, on, "", "risk of harm", bound)
                elif state is SharingStateKind.PROPOSED:
                    sharing[p] = SharingState(state)
            items.append(NoteItem(f"i{n}.{k}", kind, text, sharing))
        start = dt.datetime.combine(draw(days), dt.time(10))
        sessions.append(Session(f"s{n}", start, status=SessionStatus.HELD, items=tuple(items)))
    return Engagement(
        id="e",
        coachee_id="c",
        title="T",
        start=dt.date(2026, 1, 1),
        stakeholders=(Stakeholder("s", Role.SPONSOR), Stakeholder("h", Role.HR)),
        agreements=agreements,
        sessions=tuple(sessions),
    )


def _run(e: Engagement, recipient: str, period: Period, day: dt.date):
    return disclose(e, recipient, period, day, coach=CoachProfile("C"), names={})


def _as_of(e: Engagement, day: dt.date) -> Engagement:
    """The engagement as it stood at the end of ``day``: agreements and states recorded later
    did not exist yet (a consent was at most proposed; an exception was not recorded)."""

    def state(st_: SharingState) -> SharingState:
        if st_.on is None or st_.on <= day:
            return st_
        if st_.state is SharingStateKind.AGREED:
            return SharingState(SharingStateKind.PROPOSED)
        return SharingState()

    return dataclasses.replace(
        e,
        agreements=tuple(a for a in e.agreements if a.agreed_on <= day),
        sessions=tuple(
            dataclasses.replace(
                s,
                items=tuple(
                    dataclasses.replace(i, sharing={p: state(x) for p, x in i.sharing.items()})
                    for i in s.items
                ),
            )
            for s in e.sessions
        ),
    )


@settings(max_examples=300)
@given(
    e=engagements(),
    recipient=st.sampled_from(RECIPIENTS),
    day=days,
    bounds=st.tuples(days, days).map(sorted),
)
def test_a_report_dated_d_never_uses_what_was_recorded_after_d(e, recipient, day, bounds):
    period = Period(*bounds)
    d = _run(e, recipient, period, day)
    ds = d.included
    items = {i.id: i for s in e.sessions for i in s.items}
    for fact in (*(ds.summaries or ()), *(ds.notes or ())):
        st_ = items[fact.id].state_for(recipient)
        assert st_.state is SharingStateKind.AGREED
        assert st_.on is None or st_.on <= day, (fact.id, st_.on, day)
        assert st_.text_sha256 == text_sha256(items[fact.id].text)
    for x in ds.exceptions:
        st_ = items[x.id].state_for(recipient)
        assert st_.state is SharingStateKind.EXCEPTION
        assert st_.on is None or st_.on <= day, (x.id, st_.on, day)
        assert st_.text_sha256 == text_sha256(items[x.id].text)
    in_force = [a for a in e.agreements if a.agreed_on <= day]
    if in_force:
        newest = max(in_force, key=lambda a: (a.agreed_on, a.version))
        assert (ds.header.agreement_version, ds.header.agreement_date) == (
            newest.version,
            newest.agreed_on,
        )
        assert ds.header.agreement_date is not None and ds.header.agreement_date <= day
    else:
        assert ds.header.agreement_version is None and ds.header.agreement_date is None
    # The report equals the report of the engagement as it stood on that day.
    assert _run(_as_of(e, day), recipient, period, day).included == ds
