"""Everyday use cases of the app: browse the practice, write session notes, search.

Each function takes the open :class:`Database` (the app calls them on its database thread)
and runs as one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from coachdesk.domain import (
    Engagement,
    ItemKind,
    NoteItem,
    Organisation,
    Person,
    Session,
    SessionKind,
    SessionStatus,
)
from coachdesk.errors import InvalidInput
from coachdesk.services.sharing import initial_sharing
from coachdesk.storage import engagement_repo, people_repo, search_repo, session_repo
from coachdesk.storage.connection import Database
from coachdesk.storage.search_repo import Order, SearchHit


@dataclass(frozen=True)
class EngagementPage:
    engagement: Engagement
    names: dict[str, str]


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def directory(db: Database) -> tuple[tuple[Person, ...], tuple[Organisation, ...]]:
    """Everyone and every organisation, for the dialogs' choices (no engagement is read)."""
    with db.transaction():
        return tuple(people_repo.people(db)), tuple(people_repo.organisations(db))


def names(db: Database) -> dict[str, str]:
    """Everyone's display name by id."""
    with db.transaction():
        return {p.id: p.name for p in people_repo.people(db)}


def engagement_page(db: Database, engagement_id: str) -> EngagementPage:
    """Everything the engagement page shows."""
    with db.transaction():
        engagement = engagement_repo.load_engagement(db, engagement_id)
        if engagement is None:
            raise InvalidInput("that engagement no longer exists")
        names = people_repo.engagement_names(db, engagement_id)
    return EngagementPage(engagement, names)


def add_session(
    db: Database,
    engagement_id: str,
    start: dt.datetime,
    kind: SessionKind = SessionKind.COACHING,
    status: SessionStatus = SessionStatus.PLANNED,
    duration_min: int = 60,
) -> Session:
    session = Session(
        new_id("s"), start.replace(second=0, microsecond=0), kind, status, duration_min
    )
    with db.transaction():
        if engagement_repo.engagement_summary(db, engagement_id) is None:
            raise InvalidInput("that engagement no longer exists")
        session_repo.insert_session(db, engagement_id, session)
    return session


def update_session(db: Database, session: Session) -> None:
    """Store a session's date and time, duration, kind, status and topic (not its items)."""
    with db.transaction():
        session_repo.update_session(db, session)


def add_item(db: Database, session_id: str, kind: ItemKind, text: str = "") -> NoteItem:
    """A new note item at the end of a session. New items are private to everyone, except
    the coachee's own copy of a summary (``services.sharing.initial_sharing``)."""
    item = NoteItem(new_id("i"), kind, text)
    with db.transaction():
        position = session_repo.next_item_position(db, session_id)
        if position is None:
            raise InvalidInput("that session no longer exists")
        engagement_id = session_repo.session_engagement(db, session_id)
        engagement = engagement_repo.load_engagement(db, engagement_id) if engagement_id else None
        if engagement is not None:
            sharing = initial_sharing(engagement, kind, text, dt.date.today())
            item = NoteItem(item.id, kind, text, sharing)
        session_repo.insert_item(db, session_id, item, position)
    return item


@dataclass(frozen=True)
class DeletedItem:
    """What undo needs to put an item back as it was, consents included."""

    session_id: str
    item: NoteItem
    position: int


def delete_item(db: Database, item_id: str) -> DeletedItem | None:
    with db.transaction():
        found = session_repo.item_context(db, item_id)
        where = session_repo.item_position(db, item_id)
        if found is None or where is None:
            return None
        index = session_repo.item_ids_in_order(db, where[0]).index(item_id)
        session_repo.delete_item(db, item_id)
    return DeletedItem(where[0], found[0], index)


def search(
    db: Database,
    query: str,
    *,
    limit: int = 50,
    before: int | None = None,
    offset: int = 0,
    order: Order = Order.NEWEST,
) -> list[SearchHit]:
    """Note items matching every word typed (the last as a prefix), newest first or best
    match first, a page at a time (see :func:`search_repo.search`)."""
    with db.transaction():
        return search_repo.search(db, query, limit=limit, before=before, offset=offset, order=order)
