"""The backup's one statement: a consistent snapshot of the open vault (spec §8)."""

from __future__ import annotations

from pathlib import Path

from coachdesk.storage.connection import Database


def snapshot_into(db: Database, dest: Path) -> None:
    """Write a consistent, still encrypted copy of ``db`` to the new file ``dest``.

    ``VACUUM INTO`` includes committed data still in the WAL and keeps ``user_version`` and
    ``application_id``; it names a file, so it runs only here, with the attach ban lifted.
    """
    with db.attach_allowed():
        db.execute("VACUUM INTO ?", (str(dest),))
