"""Erasing one coachee: the statements, and the counts and ledger facts the summary needs."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

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


def kept_copy_ids(db: Database, ledger_ids: list[int]) -> list[int]:
    """Those of ``ledger_ids`` whose entry keeps a copy of the file handed over."""
    rows = db.all("SELECT ledger_id FROM ledger_files ORDER BY ledger_id")
    wanted = set(ledger_ids)
    return [int(r[0]) for r in rows if int(r[0]) in wanted]


def erase(db: Database, person_id: str, ledger_ids: list[int]) -> None:
    """Delete the coachee's engagements (and all they contain), the person, and the kept
    copies of the reports listed in ``ledger_ids`` (every report that carried anything
    about them, team reports included, though those also carried others).

    Foreign keys cascade to sessions, items, sharing states, goals, ratings, KPIs,
    measurements, actions and stakeholder rows. The ledger rows stay: they hold ids and
    hashes, never text. The caller owns the transaction, then calls :func:`compact`, which
    takes the erased words out of the full-text index and the file.
    """
    db.execute("DELETE FROM engagements WHERE coachee_id = ?", (person_id,))
    db.execute("DELETE FROM people WHERE id = ?", (person_id,))
    db.executemany("DELETE FROM ledger_files WHERE ledger_id = ?", [(i,) for i in ledger_ids])


# -- compaction: the erased words out of the index and the file ---------------------------
#
# Deleting rows is not enough: FTS5 records a deletion as a marker and keeps the deleted
# words in its segments until a merge that may never come, and freed pages keep what a
# later write did not overwrite. Compaction rebuilds the index from the items that remain,
# rewrites the file with VACUUM and empties the WAL. A marker file in the vault folder
# (no name, no text) says a compaction is owed, from before the deletion commits until the
# compaction ends, so one cut short by a full disk or a crash is finished on the next open.

PENDING_MARKER = "compaction-pending"


class CompactionIncomplete(Exception):
    """The WAL could not be emptied (another connection was reading)."""


def mark_pending(folder: Path) -> bool:
    """Record that a compaction is owed; False when it already was."""
    path = folder / PENDING_MARKER
    if path.exists():
        return False
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_dir(folder)
    return True


def clear_pending(folder: Path) -> None:
    (folder / PENDING_MARKER).unlink(missing_ok=True)
    _fsync_dir(folder)


def is_pending(folder: Path) -> bool:
    return (folder / PENDING_MARKER).exists()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def compact(db: Database) -> None:
    """Rebuild the full-text index, rewrite the file without free pages and empty the WAL
    (outside a transaction). Raises ``DiskFull`` when the disk cannot hold the rewrite."""
    with db.transaction():
        db.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    db.execute("VACUUM")
    busy = db.one("PRAGMA wal_checkpoint(TRUNCATE)")[0]
    if busy:
        raise CompactionIncomplete


def finish_pending(folder: Path, db: Database) -> bool:
    """Compact when an earlier erasure left it owed (on opening the vault). Never raises:
    when it fails again (the disk still full, a read-only folder) the marker stays for the
    next time. True when a compaction was owed and is now done."""
    if not is_pending(folder):
        return False
    try:
        compact(db)
        clear_pending(folder)
    except Exception:  # opening must not fail for it; the marker stays
        return False
    return True


def retention_rows(
    db: Database, ended_before: str, coachee_ids: Iterable[str] = ()
) -> list[tuple[str, str, str | None, int]]:
    """(engagement id, coachee id, end date or None, retention months) of the engagements
    that ended before ``ended_before`` (through the partial index on the end date), and of
    every engagement of ``coachee_ids``; by id."""
    rows = {
        r[0]: (r[0], r[1], r[2], r[3])
        for r in db.all(
            'SELECT id, coachee_id, "end", retention_months FROM engagements '
            'WHERE "end" IS NOT NULL AND "end" < ?',
            (ended_before,),
        )
    }
    for coachee in set(coachee_ids):
        for r in db.all(
            'SELECT id, coachee_id, "end", retention_months FROM engagements WHERE coachee_id = ?',
            (coachee,),
        ):
            rows[r[0]] = (r[0], r[1], r[2], r[3])
    return [rows[k] for k in sorted(rows)]
