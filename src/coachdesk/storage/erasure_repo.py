"""Erasing one coachee: the statements, and the counts and ledger facts the summary needs."""

from __future__ import annotations

from coachdesk.storage.connection import Database


def is_coachee(db: Database, person_id: str) -> bool:
    return (
        db.one("SELECT 1 FROM engagements WHERE coachee_id = ? LIMIT 1", (person_id,)) is not None
    )


def counts(db: Database, person_id: str) -> dict[str, int]:
    """How much is held about a coachee, by kind."""
    p = (person_id,)
    return {
        "engagements": db.one("SELECT count(*) FROM engagements WHERE coachee_id = ?", p)[0],
        "sessions": db.one(
            "SELECT count(*) FROM sessions s JOIN engagements e ON e.id = s.engagement_id "
            "WHERE e.coachee_id = ?",
            p,
        )[0],
        "items": db.one(
            "SELECT count(*) FROM items i JOIN sessions s ON s.id = i.session_id "
            "JOIN engagements e ON e.id = s.engagement_id WHERE e.coachee_id = ?",
            p,
        )[0],
        "goals": db.one(
            "SELECT count(*) FROM goals g JOIN engagements e ON e.id = g.engagement_id "
            "WHERE e.coachee_id = ?",
            p,
        )[0],
        "actions": db.one(
            "SELECT count(*) FROM actions a JOIN engagements e ON e.id = a.engagement_id "
            "WHERE e.coachee_id = ?",
            p,
        )[0],
    }


def engagement_ids(db: Database, person_id: str) -> list[str]:
    return [r[0] for r in db.all("SELECT id FROM engagements WHERE coachee_id = ?", (person_id,))]


def erase(db: Database, person_id: str) -> None:
    """Delete the coachee's engagements (and all they contain) and the person.

    Foreign keys cascade to sessions, items, sharing states, goals, ratings, KPIs,
    measurements, actions and stakeholder rows. The ledger is not touched: it holds ids and
    hashes, never text. The caller owns the transaction, then compacts the file.
    """
    db.execute("DELETE FROM engagements WHERE coachee_id = ?", (person_id,))
    db.execute("DELETE FROM people WHERE id = ?", (person_id,))
    # Merge the full-text index so the erased text's tokens leave its segments too.
    db.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")


def compact(db: Database) -> None:
    """Rewrite the file without free pages and empty the WAL (run outside a transaction)."""
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def retention_rows(db: Database) -> list[tuple[str, str, str | None, int]]:
    """(engagement id, coachee id, end date or None, retention months) of every engagement."""
    return [
        (r[0], r[1], r[2], r[3])
        for r in db.all(
            'SELECT id, coachee_id, "end", retention_months FROM engagements ORDER BY id'
        )
    ]
