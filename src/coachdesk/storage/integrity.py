"""What an open database says about itself: its schema version and SQLCipher's version, and
the self-test's write (spec §8, §11). The checks of pages and structure are
:func:`coachdesk.storage.connection.integrity_problems`."""

from __future__ import annotations

from coachdesk.storage.connection import Database


def schema_version(db: Database) -> int:
    """The schema version the vault's file is at (``PRAGMA user_version``)."""
    return int(db.one("PRAGMA user_version")[0])


def cipher_version(db: Database) -> str:
    """The version of SQLCipher that opened ``db``."""
    return str(db.one("PRAGMA cipher_version")[0])


def write_marker(db: Database) -> None:
    """One row of a throwaway vault, so a check proves a write reaches the encrypted file."""
    db.execute("INSERT INTO organisations (id, name) VALUES ('t', 'self-test')")
