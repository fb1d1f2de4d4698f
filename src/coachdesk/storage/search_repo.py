"""Full-text search over note items through the FTS5 index (spec §10)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from coachdesk.domain import ItemKind
from coachdesk.storage.connection import Database

# Snippet markers: characters that never occur in typed text, turned into highlighting by
# the caller.
MARK_START = "\x02"
MARK_END = "\x03"

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    item_id: str
    session_id: str
    engagement_id: str
    engagement_title: str
    start: dt.datetime
    kind: ItemKind
    snippet: str


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a coach typed: every word must occur, the last one
    as a prefix (results appear while typing). ``None`` when nothing searchable was typed."""
    words = _TOKEN.findall(query)
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    terms[-1] += "*"
    return " AND ".join(terms)


def search(db: Database, query: str, *, limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Matches newest first (session start, then item), ``limit`` at a time."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = db.all(
        "SELECT i.id, s.id, e.id, e.title, s.start, i.kind, "
        "snippet(items_fts, 0, ?, ?, '…', 16) "
        "FROM items_fts JOIN items i ON i.rowid = items_fts.rowid "
        "JOIN sessions s ON s.id = i.session_id JOIN engagements e ON e.id = s.engagement_id "
        "WHERE items_fts MATCH ? ORDER BY s.start DESC, i.rowid DESC LIMIT ? OFFSET ?",
        (MARK_START, MARK_END, expression, limit, offset),
    )
    return [
        SearchHit(r[0], r[1], r[2], r[3], dt.datetime.fromisoformat(r[4]), ItemKind(r[5]), r[6])
        for r in rows
    ]
