"""storage.integrity: what an open database says about itself, on real SQLCipher."""

from __future__ import annotations

import os
import re

from coachdesk.storage import connection, integrity, schema


def test_a_new_vault_is_at_the_current_schema_version(vault):
    assert integrity.schema_version(vault.db) == schema.CURRENT_VERSION


def test_a_vault_left_at_an_older_version_says_so(tmp_path):
    key = os.urandom(32)
    db = connection.create_database(tmp_path / "vault.db", key)
    db.conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION - 1}")
    db.close()
    old = connection.open_database(tmp_path / "vault.db", key, migrate=False)
    try:
        assert integrity.schema_version(old) == schema.CURRENT_VERSION - 1
    finally:
        old.close()


def test_the_cipher_version_names_a_sqlcipher_release(vault):
    assert re.match(r"\d+\.\d+\.\d+", integrity.cipher_version(vault.db))


def test_the_marker_is_written_to_the_encrypted_file(tmp_path):
    key = os.urandom(32)
    db = connection.create_database(tmp_path / "vault.db", key)
    integrity.write_marker(db)
    db.close()
    reopened = connection.open_database(tmp_path / "vault.db", key)
    try:
        assert reopened.all("SELECT id, name FROM organisations") == [("t", "self-test")]
    finally:
        reopened.close()
