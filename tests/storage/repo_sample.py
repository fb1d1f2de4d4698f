"""A small practice for the repository tests, written through the ordinary import path so
the tests exercise the repositories on rows shaped as the app writes them.

Two coachees (anna, bruno) and a sponsor; anna's engagement has a cadence and sessions of
every kind and status, bruno's ended in 2024. Note texts use words nobody else uses.
"""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import (
    Engagement,
    ItemKind,
    NoteItem,
    Organisation,
    Person,
    Practice,
    Session,
    SessionKind,
    SessionStatus,
)
from coachdesk.interchange import to_document
from coachdesk.services.interchange import import_into
from coachdesk.storage.connection import Database

HELD = SessionStatus.HELD


def practice() -> Practice:
    return Practice(
        organisations=(Organisation("acme", "ACME"),),
        people=(
            Person("anna", "Anna Rossi", "acme"),
            Person("bruno", "Bruno L'Abbate"),
            Person("sponsor", "Sara Sponsor", "acme"),
        ),
        engagements=(
            Engagement(
                "e-anna", "anna", "Leading", dt.date(2025, 1, 6), organisation_id="acme",
                cadence_days=21,
                sessions=(
                    Session("a1", dt.datetime(2025, 1, 10, 9), SessionKind.COACHING, HELD,
                            items=(NoteItem("a1-1", ItemKind.SUMMARY, "quokka pelican rhythm"),
                                   NoteItem("a1-2", ItemKind.INSIGHT, "pelican only")),),
                    Session("a2", dt.datetime(2025, 2, 3, 9), SessionKind.CHECK_IN, HELD,
                            items=(NoteItem("a2-1", ItemKind.OBSERVATION, "quokka again"),),),
                    # Later, but none of these resets the cadence clock.
                    Session("a3", dt.datetime(2025, 3, 1, 9), SessionKind.TRAINING, HELD),
                    Session("a4", dt.datetime(2025, 3, 2, 9), SessionKind.THREE_WAY, HELD),
                    Session("a5", dt.datetime(2025, 3, 3, 9), SessionKind.COACHING,
                            SessionStatus.CANCELLED),
                    Session("a6", dt.datetime(2025, 3, 4, 9), SessionKind.COACHING,
                            SessionStatus.PLANNED),
                ),
            ),
            Engagement(
                "e-bruno", "bruno", "Transition", dt.date(2024, 1, 8), dt.date(2024, 6, 30),
                retention_months=12,
                sessions=(
                    Session("b1", dt.datetime(2024, 2, 1, 14), SessionKind.COACHING, HELD,
                            items=(NoteItem("b1-1", ItemKind.CONCERN, "zebrafish quokka"),),),
                ),
            ),
            Engagement("e-anna-2", "anna", "Second", dt.date(2026, 1, 5), cadence_days=14),
        ),
    )  # fmt: skip


def seed(db: Database) -> Practice:
    """Write :func:`practice` into ``db`` (one transaction) and return it."""
    p = practice()
    import_into(db, to_document(p))
    return p
