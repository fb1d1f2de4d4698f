"""Sessions and their note items, with each item's sharing states. Plain parameterised SQL;
callers own the transaction."""

from __future__ import annotations

from collections import defaultdict

from coachdesk.domain import (
    ItemKind,
    NoteItem,
    Session,
    SessionFormat,
    SessionKind,
    SessionStatus,
    SharingState,
    SharingStateKind,
)
from coachdesk.storage.connection import Database, IntegrityError
from coachdesk.storage.dates import d2s, s2d, s2t, t2s
from coachdesk.storage.schema import ITEM_SEQUENCE_BITS

_SEQUENCE_SPAN = 1 << ITEM_SEQUENCE_BITS

# -- sessions ------------------------------------------------------------------------------


def _row(s: Session) -> dict[str, object]:
    """The session's own columns, bound by name by the insert and the update."""
    return {
        "id": s.id,
        "start": t2s(s.start),
        "duration_min": s.duration_min,
        "kind": s.kind.value,
        "status": s.status.value,
        "topic": s.topic,
        "format": s.format.value,
    }


def insert_session(db: Database, engagement_id: str, s: Session) -> None:
    db.execute(
        "INSERT INTO sessions (id, engagement_id, start, duration_min, kind, status, topic, "
        "format) VALUES (:id, :engagement_id, :start, :duration_min, :kind, :status, :topic, "
        ":format)",
        _row(s) | {"engagement_id": engagement_id},
    )
    for i, item in enumerate(s.items):
        insert_item(db, s.id, item, i)


def update_session(db: Database, s: Session) -> None:
    """Change a session's details (not its items); items move in the time order of the
    search index when the start changes."""
    row = db.one("SELECT start FROM sessions WHERE id = ?", (s.id,))
    if row is None:
        return
    db.execute(
        "UPDATE sessions SET start = :start, duration_min = :duration_min, kind = :kind, "
        "status = :status, topic = :topic, format = :format WHERE id = :id",
        _row(s),
    )
    if row[0] != t2s(s.start):
        _renumber_items(db, s.id)


def session_engagement(db: Database, session_id: str) -> str | None:
    row = db.one("SELECT engagement_id FROM sessions WHERE id = ?", (session_id,))
    return None if row is None else str(row[0])


def delete_session(db: Database, session_id: str) -> None:
    db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))


def load_sessions(db: Database, eid: str) -> tuple[Session, ...]:
    sharing: dict[str, dict[str, SharingState]] = defaultdict(dict)
    for item_id, pid, state, on, how, just, sha in db.all(
        "SELECT sh.item_id, sh.person_id, sh.state, sh.on_date, sh.how, sh.justification, "
        "sh.text_sha256 FROM sharing sh JOIN items i ON i.id = sh.item_id "
        "JOIN sessions s ON s.id = i.session_id WHERE s.engagement_id = ?",
        (eid,),
    ):
        sharing[item_id][pid] = _sharing_state(state, on, how, just, sha)
    items: dict[str, list[NoteItem]] = defaultdict(list)
    for sid, iid, kind, text in db.all(
        "SELECT i.session_id, i.id, i.kind, i.text FROM items i "
        "JOIN sessions s ON s.id = i.session_id WHERE s.engagement_id = ? "
        "ORDER BY i.session_id, i.position, i.id",
        (eid,),
    ):
        items[sid].append(NoteItem(id=iid, kind=ItemKind(kind), text=text, sharing=sharing[iid]))
    return tuple(
        Session(
            id=sid,
            start=s2t(start),
            duration_min=dur,
            kind=SessionKind(kind),
            status=SessionStatus(status),
            topic=topic,
            items=tuple(items[sid]),
            format=SessionFormat(fmt),
        )
        for sid, start, dur, kind, status, topic, fmt in db.all(
            "SELECT id, start, duration_min, kind, status, topic, format FROM sessions "
            "WHERE engagement_id = ? ORDER BY start, id",
            (eid,),
        )
    )


# -- items ---------------------------------------------------------------------------------


# An item's rowid is its session's start minute shifted left by ITEM_SEQUENCE_BITS, plus the
# next free sequence number in that minute (see schema.ITEM_SEQUENCE_BITS); parameters are
# (id, session id, position, kind, text). No row is inserted when the session is missing.
INSERT_ITEM = (
    "INSERT INTO items (rowid, id, session_id, position, kind, text) "
    "SELECT coalesce((SELECT max(rowid) + 1 FROM items "
    f"WHERE rowid BETWEEN b.base AND b.base + {_SEQUENCE_SPAN - 1}), b.base), "
    "?1, ?2, ?3, ?4, ?5 "
    f"FROM (SELECT (unixepoch(start) / 60) * {_SEQUENCE_SPAN} AS base "
    "FROM sessions WHERE id = ?2) AS b"
)


def insert_item(db: Database, session_id: str, item: NoteItem, position: int) -> None:
    cur = db.execute(INSERT_ITEM, (item.id, session_id, position, item.kind.value, item.text))
    if cur.rowcount != 1:
        raise IntegrityError("FOREIGN KEY constraint failed")
    for person_id, st in sorted(item.sharing.items()):
        if st.state is not SharingStateKind.PRIVATE:
            set_sharing(db, item.id, person_id, st)


def _renumber_items(db: Database, session_id: str) -> None:
    """Give a session's items rowids in its (new) start minute, in position order."""
    rows = db.all(
        "SELECT rowid FROM items WHERE session_id = ? ORDER BY position, rowid", (session_id,)
    )
    # Parked at -1, -2, … first (no session of this century has a minute there), so the new
    # numbers cannot collide with the old ones.
    for n, (rowid,) in enumerate(rows):
        db.execute("UPDATE items SET rowid = ? WHERE rowid = ?", (-1 - n, rowid))
    for n in range(len(rows)):
        db.execute(
            "UPDATE items SET rowid = (SELECT coalesce((SELECT max(rowid) + 1 FROM items "
            f"WHERE rowid BETWEEN b.base AND b.base + {_SEQUENCE_SPAN - 1}), b.base) "
            f"FROM (SELECT (unixepoch(start) / 60) * {_SEQUENCE_SPAN} AS base "
            "FROM sessions WHERE id = ?) AS b) WHERE rowid = ?",
            (session_id, -1 - n),
        )


def update_item_text(db: Database, item_id: str, text: str) -> None:
    db.execute("UPDATE items SET text = ? WHERE id = ?", (text, item_id))


def item_context(db: Database, item_id: str) -> tuple[NoteItem, str] | None:
    """A note item with its sharing states, and the id of its engagement."""
    row = db.one(
        "SELECT i.kind, i.text, s.engagement_id FROM items i "
        "JOIN sessions s ON s.id = i.session_id WHERE i.id = ?",
        (item_id,),
    )
    if row is None:
        return None
    sharing = {
        pid: _sharing_state(state, on, how, just, sha)
        for pid, state, on, how, just, sha in db.all(
            "SELECT person_id, state, on_date, how, justification, text_sha256 FROM sharing "
            "WHERE item_id = ?",
            (item_id,),
        )
    }
    return NoteItem(id=item_id, kind=ItemKind(row[0]), text=row[1], sharing=sharing), row[2]


def next_item_position(db: Database, session_id: str) -> int | None:
    """The position after the last item of a session; ``None`` if there is no such session."""
    if db.one("SELECT 1 FROM sessions WHERE id = ?", (session_id,)) is None:
        return None
    row = db.one("SELECT max(position) FROM items WHERE session_id = ?", (session_id,))
    return 0 if row[0] is None else int(row[0]) + 1


def item_position(db: Database, item_id: str) -> tuple[str, int] | None:
    row = db.one("SELECT session_id, position FROM items WHERE id = ?", (item_id,))
    return None if row is None else (str(row[0]), int(row[1]))


def item_ids_in_order(db: Database, session_id: str) -> list[str]:
    return [
        r[0]
        for r in db.all(
            "SELECT id FROM items WHERE session_id = ? ORDER BY position, rowid", (session_id,)
        )
    ]


def set_item_positions(db: Database, ordered_ids: list[str]) -> None:
    db.executemany(
        "UPDATE items SET position = ? WHERE id = ?", [(i, x) for i, x in enumerate(ordered_ids)]
    )


def delete_item(db: Database, item_id: str) -> None:
    db.execute("DELETE FROM items WHERE id = ?", (item_id,))


# -- sharing -------------------------------------------------------------------------------


def _sharing_state(
    state: str, on: str | None, how: str, justification: str, sha: str | None
) -> SharingState:
    """A sharing row as the domain holds it."""
    return SharingState(SharingStateKind(state), s2d(on), how, justification, sha)


def set_sharing(db: Database, item_id: str, person_id: str, st: SharingState) -> None:
    """Store one sharing state; ``private`` is stored as the absence of a row."""
    if st.state is SharingStateKind.PRIVATE:
        db.execute("DELETE FROM sharing WHERE item_id = ? AND person_id = ?", (item_id, person_id))
        return
    db.execute(
        "INSERT INTO sharing (item_id, person_id, state, on_date, how, justification, "
        "text_sha256) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (item_id, person_id) DO UPDATE SET state = excluded.state, "
        "on_date = excluded.on_date, how = excluded.how, "
        "justification = excluded.justification, text_sha256 = excluded.text_sha256",
        (
            item_id,
            person_id,
            st.state.value,
            d2s(st.on),
            st.how,
            st.justification,
            st.text_sha256,
        ),
    )
