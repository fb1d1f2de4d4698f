"""Full-text search over note items through the FTS5 index (spec §10)."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from coachdesk.domain import ItemKind
from coachdesk.storage.connection import Database

# Snippet markers: characters that never occur in typed text, turned into highlighting by
# the caller.
MARK_START = "\x02"
MARK_END = "\x03"

_TOKEN = re.compile(r"\w+", re.UNICODE)


class Order(enum.Enum):
    NEWEST = "newest"
    BEST = "best"


@dataclass(frozen=True)
class SearchHit:
    item_id: str
    session_id: str
    engagement_id: str
    engagement_title: str
    start: dt.datetime
    kind: ItemKind
    snippet: str
    # Where the next page of newest-first results starts (pass it as ``before``).
    cursor: int


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a coach typed: every word must occur, the last one
    as a prefix (results appear while typing). ``None`` when nothing searchable was typed."""
    words = _TOKEN.findall(query)
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    terms[-1] += "*"
    return " AND ".join(terms)


# The page of matches is chosen inside the full-text index alone, by rowid (which orders
# items by session start, see schema.ITEM_SEQUENCE_BITS) or by bm25 rank; only that page is
# joined to its sessions and engagements. MATERIALIZED keeps the planner from flattening it.
_PAGE = (
    "WITH page AS MATERIALIZED ({inner}) "
    "SELECT i.id, s.id, e.id, e.title, s.start, i.kind, page.snip, page.rowid "
    "FROM page JOIN items i ON i.rowid = page.rowid "
    "JOIN sessions s ON s.id = i.session_id JOIN engagements e ON e.id = s.engagement_id "
    "ORDER BY page.k"
)
_NEWEST = (
    "SELECT rowid, snippet(items_fts, 0, ?1, ?2, '…', 16) AS snip, "
    "-rowid AS k "
    "FROM items_fts WHERE items_fts MATCH ?3 AND rowid < ?4 ORDER BY rowid DESC LIMIT ?5"
)
_BEST = (
    "SELECT rowid, snippet(items_fts, 0, ?1, ?2, '…', 16) AS snip, "
    "rank AS k "
    "FROM items_fts WHERE items_fts MATCH ?3 ORDER BY rank LIMIT ?5 OFFSET ?4"
)
_NO_CURSOR = (1 << 63) - 1


def search(
    db: Database,
    query: str,
    *,
    limit: int = 50,
    before: int | None = None,
    offset: int = 0,
    order: Order = Order.NEWEST,
) -> list[SearchHit]:
    """A page of matches. Newest first (session start, latest item first) continues from
    the ``cursor`` of the last hit shown, passed as ``before``; best match first (bm25)
    pages by ``offset``."""
    expression = match_expression(query)
    if expression is None:
        return []
    if order is Order.NEWEST:
        sql = _PAGE.format(inner=_NEWEST)
        fourth = _NO_CURSOR if before is None else before
    else:
        sql = _PAGE.format(inner=_BEST)
        fourth = offset
    rows = db.all(sql, (MARK_START, MARK_END, expression, fourth, limit))
    return [
        SearchHit(
            r[0], r[1], r[2], r[3], dt.datetime.fromisoformat(r[4]), ItemKind(r[5]), r[6], r[7]
        )
        for r in rows
    ]
