"""Goals with their shares and ratings, and their KPIs with measurements. Plain
parameterised SQL; callers own the transaction."""

from __future__ import annotations

from collections import defaultdict

from coachdesk.domain import Better, Goal, GoalStatus, Grow, Kpi, Measurement, Rating
from coachdesk.storage.connection import Database
from coachdesk.storage.dates import d2s, s2d, s2d_req

# -- goals ---------------------------------------------------------------------------------


def insert_goal(db: Database, engagement_id: str, g: Goal, position: int) -> None:
    db.execute(
        "INSERT INTO goals (id, engagement_id, position, title, status, grow_goal, "
        'grow_reality, grow_options, grow_will, start, "end") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            g.id,
            engagement_id,
            position,
            g.title,
            g.status.value,
            g.grow.goal,
            g.grow.reality,
            g.grow.options,
            g.grow.will,
            d2s(g.start),
            d2s(g.end),
        ),
    )
    db.executemany(
        "INSERT INTO goal_shares (goal_id, person_id) VALUES (?, ?)",
        [(g.id, p) for p in sorted(g.share_with)],
    )
    db.executemany(
        "INSERT INTO ratings (goal_id, position, date, value) VALUES (?, ?, ?, ?)",
        [(g.id, i, d2s(r.date), r.value) for i, r in enumerate(g.ratings)],
    )
    for i, k in enumerate(g.kpis):
        insert_kpi(db, g.id, k, i)


def update_goal(db: Database, goal: Goal) -> None:
    """Title, status, GROW fields and dates (not shares, ratings or KPIs)."""
    db.execute(
        "UPDATE goals SET title = ?, status = ?, grow_goal = ?, grow_reality = ?, "
        'grow_options = ?, grow_will = ?, start = ?, "end" = ? WHERE id = ?',
        (
            goal.title,
            goal.status.value,
            goal.grow.goal,
            goal.grow.reality,
            goal.grow.options,
            goal.grow.will,
            d2s(goal.start),
            d2s(goal.end),
            goal.id,
        ),
    )


def goal_engagement(db: Database, goal_id: str) -> str | None:
    row = db.one("SELECT engagement_id FROM goals WHERE id = ?", (goal_id,))
    return None if row is None else str(row[0])


def next_goal_position(db: Database, engagement_id: str) -> int:
    row = db.one("SELECT max(position) FROM goals WHERE engagement_id = ?", (engagement_id,))
    return 0 if row[0] is None else int(row[0]) + 1


def delete_goal(db: Database, goal_id: str) -> None:
    db.execute("DELETE FROM goals WHERE id = ?", (goal_id,))


def set_goal_share(db: Database, goal_id: str, person_id: str, shared: bool) -> None:
    if shared:
        db.execute(
            "INSERT INTO goal_shares (goal_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (goal_id, person_id),
        )
    else:
        db.execute(
            "DELETE FROM goal_shares WHERE goal_id = ? AND person_id = ?", (goal_id, person_id)
        )


def add_rating(db: Database, goal_id: str, rating: Rating) -> None:
    row = db.one("SELECT max(position) FROM ratings WHERE goal_id = ?", (goal_id,))
    position = 0 if row[0] is None else int(row[0]) + 1
    db.execute(
        "INSERT INTO ratings (goal_id, position, date, value) VALUES (?, ?, ?, ?)",
        (goal_id, position, d2s(rating.date), rating.value),
    )


def load_goals(db: Database, eid: str) -> tuple[Goal, ...]:
    shares: dict[str, set[str]] = defaultdict(set)
    for gid, pid in db.all(
        "SELECT s.goal_id, s.person_id FROM goal_shares s JOIN goals g ON g.id = s.goal_id "
        "WHERE g.engagement_id = ?",
        (eid,),
    ):
        shares[gid].add(pid)
    ratings: dict[str, list[Rating]] = defaultdict(list)
    for gid, day, value in db.all(
        "SELECT r.goal_id, r.date, r.value FROM ratings r JOIN goals g ON g.id = r.goal_id "
        "WHERE g.engagement_id = ? ORDER BY r.goal_id, r.position",
        (eid,),
    ):
        ratings[gid].append(Rating(s2d_req(day), value))
    measurements: dict[str, list[Measurement]] = defaultdict(list)
    for kid, day, value in db.all(
        "SELECT m.kpi_id, m.date, m.value FROM measurements m JOIN kpis k ON k.id = m.kpi_id "
        "JOIN goals g ON g.id = k.goal_id WHERE g.engagement_id = ? "
        "ORDER BY m.kpi_id, m.position",
        (eid,),
    ):
        measurements[kid].append(Measurement(s2d_req(day), value))
    kpis: dict[str, list[Kpi]] = defaultdict(list)
    for kid, gid, name, unit, better, baseline, target in db.all(
        "SELECT k.id, k.goal_id, k.name, k.unit, k.better, k.baseline, k.target FROM kpis k "
        "JOIN goals g ON g.id = k.goal_id WHERE g.engagement_id = ? "
        "ORDER BY k.goal_id, k.position",
        (eid,),
    ):
        kpis[gid].append(
            Kpi(
                id=kid,
                name=name,
                unit=unit,
                better=Better(better),
                baseline=baseline,
                target=target,
                measurements=tuple(measurements[kid]),
            )
        )
    return tuple(
        Goal(
            id=gid,
            title=title,
            status=GoalStatus(status),
            share_with=frozenset(shares[gid]),
            grow=Grow(g, r, o, w),
            ratings=tuple(ratings[gid]),
            kpis=tuple(kpis[gid]),
            start=s2d(start),
            end=s2d(end),
        )
        for gid, title, status, g, r, o, w, start, end in db.all(
            "SELECT id, title, status, grow_goal, grow_reality, grow_options, grow_will, "
            'start, "end" FROM goals WHERE engagement_id = ? ORDER BY position, id',
            (eid,),
        )
    )


# -- KPIs ----------------------------------------------------------------------------------


def insert_kpi(db: Database, goal_id: str, k: Kpi, position: int) -> None:
    db.execute(
        "INSERT INTO kpis (id, goal_id, position, name, unit, better, baseline, target) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (k.id, goal_id, position, k.name, k.unit, k.better.value, k.baseline, k.target),
    )
    db.executemany(
        "INSERT INTO measurements (kpi_id, position, date, value) VALUES (?, ?, ?, ?)",
        [(k.id, i, d2s(m.date), m.value) for i, m in enumerate(k.measurements)],
    )


def update_kpi(db: Database, goal_id: str, k: Kpi) -> None:
    db.execute(
        "UPDATE kpis SET name = ?, unit = ?, better = ?, baseline = ?, target = ? "
        "WHERE id = ? AND goal_id = ?",
        (k.name, k.unit, k.better.value, k.baseline, k.target, k.id, goal_id),
    )


def kpi_goal(db: Database, kpi_id: str) -> str | None:
    row = db.one("SELECT goal_id FROM kpis WHERE id = ?", (kpi_id,))
    return None if row is None else str(row[0])


def next_kpi_position(db: Database, goal_id: str) -> int:
    row = db.one("SELECT max(position) FROM kpis WHERE goal_id = ?", (goal_id,))
    return 0 if row[0] is None else int(row[0]) + 1


def delete_kpi(db: Database, kpi_id: str) -> None:
    db.execute("DELETE FROM kpis WHERE id = ?", (kpi_id,))


def add_measurement(db: Database, kpi_id: str, m: Measurement) -> None:
    row = db.one("SELECT max(position) FROM measurements WHERE kpi_id = ?", (kpi_id,))
    position = 0 if row[0] is None else int(row[0]) + 1
    db.execute(
        "INSERT INTO measurements (kpi_id, position, date, value) VALUES (?, ?, ?, ?)",
        (kpi_id, position, d2s(m.date), m.value),
    )
