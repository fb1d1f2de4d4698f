"""storage.backup_repo: the snapshot a backup is made of, on real SQLCipher."""

from __future__ import annotations

import os

import pytest

from coachdesk.storage import backup_repo, connection, schema


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


def test_a_snapshot_holds_committed_rows_still_in_the_wal_and_the_header(tmp_path, key):
    db = connection.create_database(tmp_path / "vault.db", key)
    try:
        with db.transaction():
            db.execute("INSERT INTO organisations (id, name) VALUES ('o1', 'Acme O''Neil')")
        assert (tmp_path / "vault.db-wal").stat().st_size > 0  # not yet checkpointed
        backup_repo.snapshot_into(db, tmp_path / "copy.db")
    finally:
        db.close()
    copy = connection.open_database(tmp_path / "copy.db", key, migrate=False)
    try:
        assert copy.all("SELECT id, name FROM organisations") == [("o1", "Acme O'Neil")]
        assert copy.one("PRAGMA user_version")[0] == schema.CURRENT_VERSION
        assert copy.one("PRAGMA application_id")[0] == schema.APPLICATION_ID
    finally:
        copy.close()


def test_a_snapshot_is_encrypted_with_the_vault_key(tmp_path, key):
    db = connection.create_database(tmp_path / "vault.db", key)
    try:
        backup_repo.snapshot_into(db, tmp_path / "copy.db")
    finally:
        db.close()
    assert not (tmp_path / "copy.db").read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(Exception):  # noqa: B017 - any refusal: the point is it does not open
        connection.check_key(tmp_path / "copy.db", os.urandom(32))
    connection.check_key(tmp_path / "copy.db", key)


def test_the_attach_ban_is_back_after_a_snapshot(vault, tmp_path):
    backup_repo.snapshot_into(vault.db, tmp_path / "copy.db")
    with pytest.raises(connection.DatabaseError):
        vault.db.execute("VACUUM INTO ?", (str(tmp_path / "again.db"),))
    assert not (tmp_path / "again.db").exists()
