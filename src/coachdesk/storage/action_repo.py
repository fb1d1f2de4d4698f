"""Actions of an engagement's plan and whom each is shared with. Plain parameterised SQL;
callers own the transaction."""

from __future__ import annotations

from collections import defaultdict

from coachdesk.domain import Action, ActionStatus
from coachdesk.storage.connection import Database
from coachdesk.storage.dates import d2s, s2d


def insert_action(db: Database, engagement_id: str, a: Action, position: int) -> None:
    db.execute(
        "INSERT INTO actions "
        "(id, engagement_id, position, text, owner_id, due, status, goal_id, kpi_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.id,
            engagement_id,
            position,
            a.text,
            a.owner_id,
            d2s(a.due),
            a.status.value,
            a.goal_id,
            a.kpi_id,
        ),
    )
    db.executemany(
        "INSERT INTO action_shares (action_id, person_id) VALUES (?, ?)",
        [(a.id, pid) for pid in sorted(a.share_with)],
    )


def update_action(db: Database, a: Action) -> None:
    db.execute(
        "UPDATE actions SET text = ?, owner_id = ?, due = ?, status = ?, goal_id = ?, kpi_id = ? "
        "WHERE id = ?",
        (a.text, a.owner_id, d2s(a.due), a.status.value, a.goal_id, a.kpi_id, a.id),
    )


def action_engagement(db: Database, action_id: str) -> str | None:
    row = db.one("SELECT engagement_id FROM actions WHERE id = ?", (action_id,))
    return None if row is None else str(row[0])


def next_action_position(db: Database, engagement_id: str) -> int:
    row = db.one("SELECT max(position) FROM actions WHERE engagement_id = ?", (engagement_id,))
    return 0 if row[0] is None else int(row[0]) + 1


def set_action_share(db: Database, action_id: str, person_id: str, shared: bool) -> None:
    if shared:
        db.execute(
            "INSERT INTO action_shares (action_id, person_id) VALUES (?, ?) "
            "ON CONFLICT DO NOTHING",
            (action_id, person_id),
        )
    else:
        db.execute(
            "DELETE FROM action_shares WHERE action_id = ? AND person_id = ?",
            (action_id, person_id),
        )


def delete_action(db: Database, action_id: str) -> None:
    db.execute("DELETE FROM actions WHERE id = ?", (action_id,))


def load_actions(db: Database, eid: str) -> tuple[Action, ...]:
    shares: dict[str, set[str]] = defaultdict(set)
    for aid, pid in db.all(
        "SELECT s.action_id, s.person_id FROM action_shares s "
        "JOIN actions a ON a.id = s.action_id WHERE a.engagement_id = ?",
        (eid,),
    ):
        shares[aid].add(pid)
    return tuple(
        Action(
            id=aid,
            text=text,
            owner_id=owner,
            due=s2d(due),
            status=ActionStatus(status),
            goal_id=goal,
            share_with=frozenset(shares.get(aid, ())),
            kpi_id=kpi,
        )
        for aid, text, owner, due, status, goal, kpi in db.all(
            "SELECT id, text, owner_id, due, status, goal_id, kpi_id FROM actions "
            "WHERE engagement_id = ? ORDER BY position, id",
            (eid,),
        )
    )
