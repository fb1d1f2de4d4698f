"""``coachdesk demo``: a sample practice to explore, in English and Italian.

The practice is data, not code: two ``coachdesk-data/1`` documents in ``resources/demo/``,
one per language of its engagements, imported through the same path as any import
(:func:`coachdesk.services.interchange.import_document`):

- ``demo-it.json``: the coach's profile and Anna Rossi's leadership coaching at ACME, in
  Italian (with her sponsor and HR partner);
- ``demo-en.json``: James Whitfield's executive coaching at Northwind, and Contoso's
  customer-service team, whose manager coaches four agents on KPIs, in English.

Every session kind and status, every item kind and every sharing state (including a consent
voided by a later edit, and an exception) appears. The Italian document goes in first, so
the rows are written in the order the practice lists them.

Dates: the practice always looks current (its latest session was last week, the next one is
in two weeks). The documents are dated as if today were :data:`ANCHOR`, and every date in
them is moved by the days from ``ANCHOR`` to today before the import (:func:`shift_dates`).
The anchor is a constant here rather than a field of the documents because the format has
no such field (the reader refuses unknown fields): this way each file stays a plain,
valid ``coachdesk-data/1`` document that anyone can read or import as it is. Moving whole
days keeps every interval exact (a session 140 days ago stays 140 days ago, at the same
hour, across month and year ends and leap days).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from coachdesk import resources
from coachdesk.domain import Practice
from coachdesk.errors import InvalidInput
from coachdesk.interchange import parse_json, read_document
from coachdesk.services.interchange import import_document
from coachdesk.services.vault import Vault
from coachdesk.storage import engagement_repo, people_repo

#: The day the documents in ``resources/demo/`` are dated for.
ANCHOR = dt.date(2026, 11, 24)

#: The documents, in the order they are imported.
DOCUMENTS = ("demo-it.json", "demo-en.json")

#: The fields of a ``coachdesk-data/1`` practice that hold a day (``YYYY-MM-DD``) or a
#: moment (``YYYY-MM-DDTHH:MM``): engagement and goal ``start``/``end``, an agreement's
#: ``agreed_on``, a rating's, measurement's or session's ``date``, an action's ``due``,
#: a sharing state's ``on``.
DATE_KEYS = frozenset({"start", "end", "agreed_on", "date", "due", "on"})

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def shift_dates(doc: Any, days: int) -> Any:
    """A copy of the decoded document ``doc`` with every date moved by ``days`` (negative:
    earlier). Only the values of :data:`DATE_KEYS` move; a moment keeps its time of day."""
    if isinstance(doc, Mapping):
        return {
            key: _shift(value, days) if key in DATE_KEYS else shift_dates(value, days)
            for key, value in doc.items()
        }
    if isinstance(doc, list):
        return [shift_dates(value, days) for value in doc]
    return doc


def _shift(value: Any, days: int) -> Any:
    delta = dt.timedelta(days=days)
    if isinstance(value, str) and _DAY.fullmatch(value):
        return (dt.date.fromisoformat(value) + delta).isoformat()
    if isinstance(value, str) and _MOMENT.fullmatch(value):
        moment = dt.datetime.fromisoformat(value) + delta
        return f"{moment.date().isoformat()}T{moment:%H:%M}"
    return shift_dates(value, days)


def documents(today: dt.date | None = None) -> list[Any]:
    """The demo's documents, decoded and dated for ``today`` (by default the real today)."""
    days = ((today or dt.date.today()) - ANCHOR).days
    return [
        shift_dates(parse_json(resources.path("demo", name).read_bytes()), days)
        for name in DOCUMENTS
    ]


def build_demo(today: dt.date | None = None) -> Practice:
    """The sample practice, dated so its latest session was last week."""
    return _practice(documents(today))


def _practice(docs: list[Any]) -> Practice:
    """The documents' data as one practice, in import order."""
    parts = [read_document(doc) for doc in docs]
    return Practice(
        coach=next((p.coach for p in parts if p.coach.name), parts[0].coach),
        organisations=tuple(o for p in parts for o in p.organisations),
        people=tuple(person for p in parts for person in p.people),
        engagements=tuple(e for p in parts for e in p.engagements),
    )


def install_demo(vault: Vault, today: dt.date | None = None) -> Practice:
    """Import the demo practice into an empty vault, in one transaction; returns it."""
    docs = documents(today)
    practice = _practice(docs)
    db = vault.db
    with db.transaction():
        if engagement_repo.engagement_ids(db) or people_repo.people(db):
            raise InvalidInput("the demo goes into an empty vault; this one already has data")
        for doc in docs:
            import_document(vault, doc)  # joins this transaction: all or nothing
        # An import keeps a coach profile the vault already has; the demo has always put
        # its own coach in place (its letterhead is on the demo's reports), so it still does.
        people_repo.set_coach(db, practice.coach)
    return practice
