"""The engagement controller (gui/controllers/engagement.py): the lines under the heading
(coachee, period, stakeholders, agreement, sessions held, next coaching session), with
names escaped."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import (
    Agreement,
    Engagement,
    Role,
    Session,
    SessionKind,
    SessionStatus,
    Stakeholder,
)
from coachdesk.gui.controllers.engagement import details_html
from coachdesk.services.practice import EngagementPage

TODAY = dt.date(2026, 5, 4)
START = dt.date(2026, 1, 5)


def _session(sid: str, day: int, kind: SessionKind, status=SessionStatus.HELD) -> Session:
    return Session(sid, dt.datetime(2026, 4, day, 9), kind, status)


def _page(**kw: object) -> EngagementPage:
    e = Engagement("e1", "anna", "Leadership", START, **kw)  # type: ignore[arg-type]
    return EngagementPage(e, {"anna": "Anna <Rossi>", "marco": "Marco & Co"})


def test_a_new_engagement_says_open_ended_no_agreement_and_nothing_held():
    text = details_html(_page(), TODAY)
    assert text == (
        "<b>Coachee:</b> Anna &lt;Rossi&gt;<br><b>Period:</b> 2026-01-05 – open-ended<br>"
        "<b>Stakeholders:</b> —<br><b>Agreement:</b> none yet<br>"
        "<b>Held:</b> 0 coaching, 0 training"
    )


def test_stakeholders_agreement_and_held_sessions_are_counted_by_kind():
    page = _page(
        end=dt.date(2026, 12, 31),
        stakeholders=(Stakeholder("marco", Role.SPONSOR),),
        agreements=(Agreement(1, START), Agreement(2, dt.date(2026, 2, 1))),
        sessions=(
            _session("a", 1, SessionKind.COACHING),
            _session("b", 8, SessionKind.COACHING),
            _session("c", 9, SessionKind.TRAINING),
            _session("d", 20, SessionKind.COACHING, SessionStatus.PLANNED),
        ),
    )
    text = details_html(page, TODAY)
    assert "<b>Period:</b> 2026-01-05 – 2026-12-31" in text
    assert "<b>Stakeholders:</b> Marco &amp; Co (sponsor)" in text
    assert "<b>Agreement:</b> version 2 of 2026-02-01" in text
    assert "<b>Held:</b> 2 coaching, 1 training" in text
    assert "Next coaching session" not in text  # no cadence


def test_with_a_cadence_the_next_coaching_session_is_due_or_overdue():
    sessions = (_session("a", 8, SessionKind.COACHING),)
    due = details_html(_page(cadence_days=14, sessions=sessions), TODAY)
    assert "<b>Next coaching session:</b> overdue since 2026-04-22 (cadence in days: 14)" in due
    soon = details_html(_page(cadence_days=30, sessions=sessions), TODAY)
    assert soon.endswith("<br><b>Next coaching session:</b> due 2026-05-08 (cadence in days: 30)")
