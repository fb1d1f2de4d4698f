"""Engagements: their own fields, stakeholders and agreement versions, and an engagement
loaded whole or inserted with everything it contains. Plain parameterised SQL; callers own the
transaction."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from coachdesk.domain import Agreement, Billing, Category, Engagement, Language, Role, Stakeholder
from coachdesk.storage.action_repo import insert_action, load_actions
from coachdesk.storage.connection import Database
from coachdesk.storage.dates import d2s, s2d, s2d_req
from coachdesk.storage.goal_repo import insert_goal, load_goals
from coachdesk.storage.session_repo import insert_session, load_sessions

# -- write ---------------------------------------------------------------------------------


def _row(e: Engagement) -> dict[str, object]:
    """The engagement's own columns, bound by name by the insert and the update."""
    return {
        "id": e.id,
        "coachee_id": e.coachee_id,
        "organisation_id": e.organisation_id,
        "title": e.title,
        "start": d2s(e.start),
        "end": d2s(e.end),
        "language": e.language.value,
        "retention_months": e.retention_months,
        "billing": e.billing.value,
        "cadence_days": e.cadence_days,
    }


def _insert_stakeholders(db: Database, e: Engagement) -> None:
    db.executemany(
        "INSERT INTO stakeholders (engagement_id, person_id, role, position) VALUES (?, ?, ?, ?)",
        [(e.id, s.person_id, s.role.value, i) for i, s in enumerate(e.stakeholders)],
    )


def insert_engagement(db: Database, e: Engagement) -> None:
    """Insert an engagement with everything it contains."""
    db.execute(
        'INSERT INTO engagements (id, coachee_id, organisation_id, title, start, "end", '
        "language, retention_months, billing, cadence_days) VALUES (:id, :coachee_id, "
        ":organisation_id, :title, :start, :end, :language, :retention_months, :billing, "
        ":cadence_days)",
        _row(e),
    )
    _insert_stakeholders(db, e)
    for a in e.agreements:
        insert_agreement(db, e.id, a)
    for i, g in enumerate(e.goals):
        insert_goal(db, e.id, g, i)
    for i, act in enumerate(e.actions):
        insert_action(db, e.id, act, i)
    for s in e.sessions:
        insert_session(db, e.id, s)


def insert_agreement(db: Database, engagement_id: str, a: Agreement) -> None:
    db.execute(
        "INSERT INTO agreements (engagement_id, version, agreed_on, cadence, exceptions, text) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (engagement_id, a.version, d2s(a.agreed_on), a.cadence, a.exceptions, a.text),
    )
    db.executemany(
        "INSERT INTO agreement_permits (engagement_id, version, role, category) "
        "VALUES (?, ?, ?, ?)",
        [
            (engagement_id, a.version, role.value, cat.value)
            for role, cats in a.permits.items()
            for cat in sorted(cats)
        ],
    )


def update_engagement(db: Database, e: Engagement) -> None:
    """The engagement's own fields and its stakeholders (not what it contains)."""
    db.execute(
        "UPDATE engagements SET coachee_id = :coachee_id, organisation_id = :organisation_id, "
        'title = :title, start = :start, "end" = :end, language = :language, '
        "retention_months = :retention_months, billing = :billing, cadence_days = :cadence_days "
        "WHERE id = :id",
        _row(e),
    )
    db.execute("DELETE FROM stakeholders WHERE engagement_id = ?", (e.id,))
    _insert_stakeholders(db, e)


def next_agreement_version(db: Database, engagement_id: str) -> int:
    row = db.one("SELECT max(version) FROM agreements WHERE engagement_id = ?", (engagement_id,))
    return 1 if row[0] is None else int(row[0]) + 1


def delete_engagement(db: Database, engagement_id: str) -> None:
    db.execute("DELETE FROM engagements WHERE id = ?", (engagement_id,))


# -- read ----------------------------------------------------------------------------------


def engagement_ids(db: Database, coachee_id: str | None = None) -> list[str]:
    if coachee_id is None:
        return [r[0] for r in db.all("SELECT id FROM engagements ORDER BY start, id")]
    return [
        r[0]
        for r in db.all(
            "SELECT id FROM engagements WHERE coachee_id = ? ORDER BY start, id", (coachee_id,)
        )
    ]


def load_engagement(db: Database, engagement_id: str) -> Engagement | None:
    row = db.one(
        'SELECT id, coachee_id, organisation_id, title, start, "end", language, '
        "retention_months, billing, cadence_days FROM engagements WHERE id = ?",
        (engagement_id,),
    )
    if row is None:
        return None
    eid = row[0]
    stakeholders = tuple(
        Stakeholder(p, Role(r))
        for p, r in db.all(
            "SELECT person_id, role FROM stakeholders WHERE engagement_id = ? "
            "ORDER BY position, person_id",
            (eid,),
        )
    )
    return Engagement(
        id=eid,
        coachee_id=row[1],
        organisation_id=row[2],
        title=row[3],
        start=s2d_req(row[4]),
        end=s2d(row[5]),
        language=Language(row[6]),
        retention_months=row[7],
        billing=Billing(row[8]),
        cadence_days=row[9],
        stakeholders=stakeholders,
        agreements=load_agreements(db, eid),
        goals=load_goals(db, eid),
        actions=load_actions(db, eid),
        sessions=load_sessions(db, eid),
    )


def load_agreements(db: Database, eid: str) -> tuple[Agreement, ...]:
    permits: dict[int, dict[Role, set[Category]]] = defaultdict(lambda: defaultdict(set))
    for version, role, cat in db.all(
        "SELECT version, role, category FROM agreement_permits WHERE engagement_id = ?", (eid,)
    ):
        permits[version][Role(role)].add(Category(cat))
    return tuple(
        Agreement(
            version=v,
            agreed_on=s2d_req(on),
            cadence=cadence,
            exceptions=exc,
            text=text,
            permits={r: frozenset(c) for r, c in permits[v].items()},
        )
        for v, on, cadence, exc, text in db.all(
            "SELECT version, agreed_on, cadence, exceptions, text FROM agreements "
            "WHERE engagement_id = ? ORDER BY version",
            (eid,),
        )
    )


def engagement_summary(
    db: Database, engagement_id: str
) -> tuple[str, str, str | None, dt.date, dt.date | None] | None:
    """(title, coachee id, organisation id, start, end) of an engagement."""
    row = db.one(
        'SELECT title, coachee_id, organisation_id, start, "end" FROM engagements WHERE id = ?',
        (engagement_id,),
    )
    if row is None:
        return None
    return row[0], row[1], row[2], s2d_req(row[3]), s2d(row[4])


def recipients(db: Database, engagement_id: str) -> list[str]:
    """The coachee, then the stakeholders, of an engagement."""
    row = db.one("SELECT coachee_id FROM engagements WHERE id = ?", (engagement_id,))
    if row is None:
        return []
    return [row[0]] + [
        r[0]
        for r in db.all(
            "SELECT person_id FROM stakeholders WHERE engagement_id = ? ORDER BY position, "
            "person_id",
            (engagement_id,),
        )
    ]


def engagement_ids_with_stakeholder(db: Database, person_id: str) -> list[str]:
    return [
        r[0]
        for r in db.all(
            "SELECT engagement_id FROM stakeholders WHERE person_id = ? ORDER BY engagement_id",
            (person_id,),
        )
    ]


def engagement_counts(db: Database, engagement_id: str) -> dict[str, int]:
    """What deleting an engagement takes with it."""

    def one(sql: str) -> int:
        return int(db.one(sql, (engagement_id,))[0])

    return {
        "sessions": one("SELECT count(*) FROM sessions WHERE engagement_id = ?"),
        "items": one(
            "SELECT count(*) FROM items i JOIN sessions s ON s.id = i.session_id "
            "WHERE s.engagement_id = ?"
        ),
        "goals": one("SELECT count(*) FROM goals WHERE engagement_id = ?"),
        "actions": one("SELECT count(*) FROM actions WHERE engagement_id = ?"),
        "agreements": one("SELECT count(*) FROM agreements WHERE engagement_id = ?"),
    }
