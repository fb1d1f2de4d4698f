"""Bulk inserts for the benchmark's synthetic practice: the same tables, many rows per
statement. The caller owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from coachdesk.storage.connection import Database
from coachdesk.storage.session_repo import INSERT_ITEM

Row = tuple[Any, ...]

_INSERTS = {
    "organisations": "INSERT INTO organisations (id, name) VALUES (?, ?)",
    "people": "INSERT INTO people (id, name, organisation_id, title) VALUES (?, ?, ?, ?)",
    "engagements": 'INSERT INTO engagements (id, coachee_id, organisation_id, title, start, "end", '
    "language, retention_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "stakeholders": "INSERT INTO stakeholders (engagement_id, person_id, role, position) "
    "VALUES (?, ?, ?, ?)",
    "agreements": "INSERT INTO agreements (engagement_id, version, agreed_on, cadence, "
    "exceptions, text) VALUES (?, ?, ?, ?, ?, ?)",
    "agreement_permits": "INSERT INTO agreement_permits (engagement_id, version, role, "
    "category) VALUES (?, ?, ?, ?)",
    "goals": "INSERT INTO goals (id, engagement_id, position, title, status, grow_goal, "
    'grow_reality, grow_options, grow_will, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    "goal_shares": "INSERT INTO goal_shares (goal_id, person_id) VALUES (?, ?)",
    "ratings": "INSERT INTO ratings (goal_id, position, date, value) VALUES (?, ?, ?, ?)",
    "kpis": "INSERT INTO kpis (id, goal_id, position, name, unit, better, baseline, target) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "measurements": "INSERT INTO measurements (kpi_id, position, date, value) VALUES (?, ?, ?, ?)",
    "actions": "INSERT INTO actions (id, engagement_id, position, text, owner_id, due, status, "
    "goal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "sessions": "INSERT INTO sessions (id, engagement_id, start, duration_min, kind, status, "
    "topic) VALUES (?, ?, ?, ?, ?, ?, ?)",
    # Time-ordered rowids, as for every item (session_repo.INSERT_ITEM).
    "items": INSERT_ITEM,
    "sharing": "INSERT INTO sharing (item_id, person_id, state, on_date, how, justification, "
    "text_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
}

TABLES = tuple(_INSERTS)


def insert_rows(db: Database, table: str, rows: Iterable[Row]) -> None:
    """Insert rows into one of :data:`TABLES` (the statement is chosen from a fixed map)."""
    db.executemany(_INSERTS[table], rows)


def fill(db: Database, coach_name: str, tables: Iterable[tuple[str, Iterable[Row]]]) -> None:
    """Write a whole synthetic practice in one transaction, then optimise the full-text index
    and fold the write-ahead log into the file, as a practice used for years would be."""
    with db.transaction():
        db.execute("UPDATE coach SET name = ? WHERE id = 1", (coach_name,))
        for table, rows in tables:
            insert_rows(db, table, rows)
    db.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def export_plain(db: Database, path: Path) -> None:
    """An unencrypted copy of the whole database at ``path`` (``sqlcipher_export`` copies every
    table and index, the full-text index included): the benchmark's baseline, never a
    vault's."""
    with db.attach_allowed():
        db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(path),))
        db.execute("SELECT sqlcipher_export('plain')")
        db.execute("DETACH DATABASE plain")
