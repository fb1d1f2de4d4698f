"""What the coaching cadence needs from the vault, in one query (no session or note text)."""

from __future__ import annotations

from coachdesk.storage.connection import Database

# The kinds of session that reset the cadence clock: coaching and check-ins (training and
# three-way meetings do not). Kept in step with services.cadence.CLOCK_KINDS by a test.
_CADENCE_SQL = (
    'SELECT e.id, e.coachee_id, e.start, e."end", e.cadence_days, '
    "(SELECT max(s.start) FROM sessions s WHERE s.engagement_id = e.id "
    "AND s.status = 'held' AND s.kind IN ('coaching', 'check_in')) "
    "FROM engagements e WHERE e.cadence_days IS NOT NULL ORDER BY e.id"
)


def cadence_rows(db: Database) -> list[tuple[str, str, str, str | None, int, str | None]]:
    """(engagement id, coachee id, start, end, cadence days, start of the last held coaching
    session or None) for every engagement that has a cadence."""
    return [tuple(r) for r in db.all(_CADENCE_SQL)]
