"""Coaching cadence (spec §3): a coaching session is due ``cadence_days`` after the last held
one; training, three-way meetings and sessions not held do not reset the clock; an engagement
without a cadence, or ended, is never due."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import Engagement, Person, Session, SessionKind, SessionStatus
from coachdesk.services import cadence
from coachdesk.storage import engagement_repo, people_repo

START = dt.date(2026, 1, 5)
TODAY = dt.date(2026, 3, 1)


def _eng(sessions=(), cadence_days=28, end=None, eid="e1") -> Engagement:
    return Engagement(
        eid, "anna", "T", START, end=end, cadence_days=cadence_days, sessions=tuple(sessions)
    )


def _s(sid, day, kind=SessionKind.COACHING, status=SessionStatus.HELD) -> Session:
    return Session(sid, dt.datetime.combine(day, dt.time(10)), kind, status)


def test_due_cadence_days_after_the_last_held_coaching_session():
    e = _eng([_s("s1", dt.date(2026, 2, 1)), _s("s2", dt.date(2026, 2, 10))])
    due = cadence.due_of(e, TODAY)
    assert due is not None and due.due == dt.date(2026, 3, 10) and not due.overdue


def test_training_does_not_reset_the_clock():
    e = _eng(
        [
            _s("s1", dt.date(2026, 1, 10)),
            _s("s2", dt.date(2026, 2, 20), SessionKind.TRAINING),
            _s("s3", dt.date(2026, 2, 21), SessionKind.THREE_WAY),
            _s("s4", dt.date(2026, 2, 22), status=SessionStatus.CANCELLED),
            _s("s5", dt.date(2026, 2, 23), status=SessionStatus.PLANNED),
        ]
    )
    due = cadence.due_of(e, TODAY)
    assert due is not None and due.due == dt.date(2026, 2, 7) and due.overdue


def test_a_check_in_resets_the_clock():
    e = _eng([_s("s1", dt.date(2026, 2, 20), SessionKind.CHECK_IN)])
    assert cadence.due_of(e, TODAY).due == dt.date(2026, 3, 20)


def test_before_any_session_the_clock_runs_from_the_start():
    assert cadence.due_of(_eng(), TODAY).due == START + dt.timedelta(days=28)


def test_no_cadence_or_an_ended_engagement_is_never_due():
    assert cadence.due_of(_eng(cadence_days=None), TODAY) is None
    assert cadence.due_of(_eng(end=dt.date(2026, 2, 28)), TODAY) is None
    assert cadence.due_of(_eng(end=TODAY), TODAY) is not None  # ends today: still running


def test_due_within_lists_the_week_earliest_first_with_overdue_ones(vault):
    engagements = [
        _eng([_s("a1", dt.date(2026, 2, 1))], eid="late"),  # due 03-01... 28 days: 03-01
        _eng([_s("b1", dt.date(2026, 2, 5))], eid="week"),  # due 03-05
        _eng([_s("c1", dt.date(2026, 2, 25))], eid="later"),  # due 03-25
        _eng([_s("d1", dt.date(2026, 1, 10))], eid="over"),  # due 02-07, overdue
    ]
    with vault.db.transaction():
        people_repo.insert_person(vault.db, Person("anna", "Anna"))
        for e in engagements:
            engagement_repo.insert_engagement(vault.db, e)
    due = cadence.due_within(vault.db, TODAY, 7)
    assert [d.engagement_id for d in due] == ["over", "late", "week"]
    assert set(cadence.overdue(vault.db, TODAY)) == {"over"}


kinds = st.sampled_from(list(SessionKind))
statuses = st.sampled_from(list(SessionStatus))


@settings(max_examples=60)
@given(
    plans=st.lists(
        st.tuples(
            st.none() | st.integers(1, 60),
            st.none() | st.integers(0, 120),
            st.lists(st.tuples(st.integers(0, 100), kinds, statuses), max_size=6),
        ),
        max_size=4,
    ),
    today_offset=st.integers(0, 150),
)
def test_the_vault_query_agrees_with_the_rule_on_loaded_engagements(vault, plans, today_offset):
    """all_due (one SQL query) and due_of (the engagement in memory) say the same."""
    today = START + dt.timedelta(days=today_offset)
    engagements = []
    n = 0
    for i, (days, end, sessions) in enumerate(plans):
        ss = []
        for off, kind, status in sessions:
            n += 1
            ss.append(_s(f"s{n}", START + dt.timedelta(days=off), kind, status))
        end_day = START + dt.timedelta(days=end) if end is not None else None
        engagements.append(_eng(ss, days, end_day, f"e{i}"))

    class Rollback(Exception):
        pass

    try:
        with vault.db.transaction():
            people_repo.insert_person(vault.db, Person("anna", "Anna"))
            for e in engagements:
                engagement_repo.insert_engagement(vault.db, e)
            got = cadence.all_due(vault.db, today)
            raise Rollback
    except Rollback:
        pass
    want = {e.id: d for e in engagements if (d := cadence.due_of(e, today)) is not None}
    assert got == want


def test_the_demo_shows_an_overdue_agent_and_others_due_this_week(vault):
    from coachdesk.services.demo import install_demo

    install_demo(vault, TODAY)
    assert set(cadence.overdue(vault.db, TODAY)) == {"eng-stefan"}
    due = {d.engagement_id for d in cadence.due_within(vault.db, TODAY, 7)}
    assert {"eng-stefan", "eng-zoe", "eng-lukasz", "eng-eleni"} <= due
    assert "eng-anna" not in due and "eng-james" not in cadence.all_due(vault.db, TODAY)
