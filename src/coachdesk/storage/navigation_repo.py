"""The navigation's rows, a page at a time (spec §10: opening the window costs one screenful,
not the whole practice). Pages are keyset-paginated on ``(name key, id)``: a page after the
last row seen reads only its own rows through the ``people_sort`` index."""

from __future__ import annotations

from coachdesk.storage.connection import Database

Cursor = tuple[str, str]
EngagementRowTuple = tuple[str, str, str, str, str | None, str]
PersonRowTuple = tuple[str, str, str, str]

# An organisation with at most this many engagements is listed by reading them all through
# the organisation index and sorting (cheap); a larger one walks people in name order, so a
# page costs a page however large the organisation.
SMALL_ORGANISATION = 400

ORGANISATIONS = (
    "SELECT o.id, o.name, "
    "(SELECT count(*) FROM engagements e WHERE e.organisation_id = o.id) "
    "FROM organisations o ORDER BY o.name, o.id"
)
UNORGANISED = "SELECT count(*) FROM engagements WHERE organisation_id IS NULL"

_ENGAGEMENT_COLUMNS = 'e.id, p.name, e.title, e.start, e."end", p.sort_key'
_ORG_MATCH = "e.organisation_id IS ?1"
# After the cursor; the first page starts after ("", ""), before every row. The plain
# ``>=`` lets SQLite seek in the index, the row value then settles ties.
_AFTER = "p.sort_key >= ?2 AND (p.sort_key, e.id) > (?2, ?3)"
START: Cursor = ("", "")
# Few engagements: the organisation's rows through its index, sorted.
ENGAGEMENTS_SMALL = (
    f"SELECT {_ENGAGEMENT_COLUMNS} FROM engagements e JOIN people p ON p.id = e.coachee_id "
    f"WHERE {_ORG_MATCH} AND {_AFTER} ORDER BY p.sort_key, e.id LIMIT ?4"
)
# Many: people in name order (CROSS JOIN keeps that order), each one's engagements through
# the coachee index (the unary + keeps SQLite off the organisation index, which would read
# the whole organisation for every person); the page stops after LIMIT rows.
ENGAGEMENTS_LARGE = (
    f"SELECT {_ENGAGEMENT_COLUMNS} FROM people p CROSS JOIN engagements e "
    f"ON e.coachee_id = p.id WHERE +{_ORG_MATCH} AND {_AFTER} "
    "ORDER BY p.sort_key, e.id LIMIT ?4"
)
PEOPLE = (
    "SELECT p.id, p.name, p.title, p.sort_key FROM people p "
    "WHERE p.sort_key >= ?1 AND (p.sort_key, p.id) > (?1, ?2) ORDER BY p.sort_key, p.id "
    "LIMIT ?3"
)
PEOPLE_COUNT = "SELECT count(*) FROM people"
ENGAGEMENT = (
    f"SELECT e.organisation_id, {_ENGAGEMENT_COLUMNS} FROM engagements e "
    "JOIN people p ON p.id = e.coachee_id WHERE e.id = ?"
)


def organisations(db: Database) -> list[tuple[str | None, str, int]]:
    """(id, name, number of engagements) of every organisation, in name order, then
    ``(None, "", n)`` when ``n`` engagements have no organisation."""
    rows: list[tuple[str | None, str, int]] = [
        (r[0], r[1], int(r[2])) for r in db.all(ORGANISATIONS)
    ]
    unorganised = int(db.one(UNORGANISED)[0])
    if unorganised:
        rows.append((None, "", unorganised))
    return rows


def engagements(
    db: Database, org_id: str | None, after: Cursor | None, limit: int, *, large: bool
) -> list[EngagementRowTuple]:
    """(id, coachee name, title, start, end, coachee sort key) of an organisation's
    engagements after ``after`` in (coachee name key, id) order."""
    sql = ENGAGEMENTS_LARGE if large else ENGAGEMENTS_SMALL
    key, ident = after if after is not None else START
    return [tuple(r) for r in db.all(sql, (org_id, key, ident, limit))]


def people(db: Database, after: Cursor | None, limit: int) -> list[PersonRowTuple]:
    """(id, name, title, sort key) of people after ``after`` in (name key, id) order."""
    key, ident = after if after is not None else START
    return [tuple(r) for r in db.all(PEOPLE, (key, ident, limit))]


def engagement_count(db: Database, org_id: str | None) -> int:
    return int(db.one("SELECT count(*) FROM engagements WHERE organisation_id IS ?", (org_id,))[0])


def people_count(db: Database) -> int:
    return int(db.one(PEOPLE_COUNT)[0])


def engagement(db: Database, engagement_id: str) -> tuple[str | None, EngagementRowTuple] | None:
    """(organisation id, row) of one engagement, or None."""
    row = db.one(ENGAGEMENT, (engagement_id,))
    if row is None:
        return None
    return row[0], tuple(row[1:])
