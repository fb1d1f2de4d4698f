"""A small practice for the coaching log's tests: every kind and status, both billings and
formats, an organisation, an e-mail and a name outside Latin-1."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import (
    Billing,
    CoachProfile,
    Engagement,
    Organisation,
    Person,
    Practice,
    Session,
    SessionFormat,
    SessionKind,
    SessionStatus,
)

DAY0 = dt.date(2026, 1, 1)


def sample_practice() -> Practice:
    held = SessionStatus.HELD
    return Practice(
        coach=CoachProfile("Laura Bianchi", "PCC"),
        organisations=(Organisation("acme", "ACME S.p.A."),),
        people=(
            Person("anna", "Anna Rossi", "acme", email="anna@example.com"),
            Person("luk", "Łukasz Nowak"),
        ),
        engagements=(
            Engagement(
                "e1", "anna", "T", DAY0, organisation_id="acme",
                sessions=(
                    Session("s1", dt.datetime(2026, 1, 10, 9), SessionKind.COACHING, held, 90),
                    Session("s2", dt.datetime(2026, 1, 20, 9), SessionKind.CHECK_IN, held, 30),
                    Session("s3", dt.datetime(2026, 1, 25, 9), SessionKind.COACHING,
                            SessionStatus.CANCELLED, 60),
                    Session("s4", dt.datetime(2026, 2, 1, 9), SessionKind.COACHING,
                            SessionStatus.NO_SHOW, 60),
                    Session("s5", dt.datetime(2026, 2, 3, 9), SessionKind.THREE_WAY, held, 45),
                    Session("s6", dt.datetime(2026, 2, 5, 9), SessionKind.TRAINING, held, 120),
                ),
            ),
            Engagement(
                "e2", "luk", "T", DAY0, billing=Billing.PRO_BONO,
                sessions=(
                    Session("s7", dt.datetime(2026, 1, 12, 9), SessionKind.COACHING, held, 60,
                            format=SessionFormat.GROUP),
                ),
            ),
        ),
    )  # fmt: skip
