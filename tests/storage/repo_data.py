"""A small practice for the repository tests: one organisation, a coachee with two
stakeholders, and an engagement holding one of everything."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import (
    Action,
    ActionStatus,
    Agreement,
    Better,
    Billing,
    Category,
    Engagement,
    Goal,
    GoalStatus,
    Grow,
    ItemKind,
    Kpi,
    Language,
    Measurement,
    NoteItem,
    Organisation,
    Person,
    Rating,
    Role,
    Session,
    SessionFormat,
    SessionKind,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.storage import people_repo
from coachdesk.storage.connection import Database

DAY = dt.date(2026, 3, 2)
ACME = Organisation("o1", "Acme O'Neil S.p.A.")
SARA = Person("sara", "Sara Neri", "o1", "Team lead", "sara@example.org")
MARCO = Person("marco", "Marco Blu", "o1")
GIULIA = Person("giulia", "Giulia Verdi")
NOTE = "She will ask for the budget; «prima» the plan."


def add_people(db: Database) -> None:
    people_repo.insert_organisation(db, ACME)
    for person in (SARA, MARCO, GIULIA):
        people_repo.insert_person(db, person)


def engagement(eid: str = "e1", *, start: dt.date = DAY) -> Engagement:
    """An engagement of Sara's with an agreement, a goal with a KPI, an action and a session
    whose items carry sharing states (ids prefixed by ``eid``)."""
    agreed = SharingState(SharingStateKind.AGREED, DAY, "in session", "", text_sha256(NOTE))
    session = Session(
        f"{eid}-s1",
        dt.datetime.combine(start, dt.time(9, 30)),
        SessionKind.COACHING,
        SessionStatus.HELD,
        75,
        "",
        (
            NoteItem(f"{eid}-i1", ItemKind.SUMMARY, NOTE, {"marco": agreed}),
            NoteItem(f"{eid}-i2", ItemKind.REFLECTION, "Mine only."),
        ),
        SessionFormat.INDIVIDUAL,
    )
    kpi = Kpi(
        f"{eid}-k1", "Escalations", "per week", Better.LOWER, 12.0, 4.0,
        (Measurement(DAY, 11.0), Measurement(DAY + dt.timedelta(days=7), 9.5)),
    )  # fmt: skip
    goal = Goal(
        f"{eid}-g1", "Delegate more", GoalStatus.ACTIVE, frozenset({"marco"}),
        Grow("g", "r", "o", "w"), (Rating(DAY, 4), Rating(DAY, 6)), (kpi,), DAY, None,
    )  # fmt: skip
    action = Action(
        f"{eid}-a1", "Weekly one-to-ones", "sara", DAY + dt.timedelta(days=14),
        ActionStatus.OPEN, f"{eid}-g1", frozenset({"marco"}), f"{eid}-k1",
    )  # fmt: skip
    agreement = Agreement(
        1, DAY, {Role.SPONSOR: frozenset({Category.ATTENDANCE, Category.GOALS})}, "monthly"
    )
    return Engagement(
        eid, "sara", "Leadership 2026", start, None, "o1", Language.IT, 36,
        (Stakeholder("marco", Role.SPONSOR), Stakeholder("giulia", Role.HR)),
        (agreement,), (goal,), (action,), (session,), Billing.PRO_BONO, 28,
    )  # fmt: skip
