"""Opening safely and the settings of spec §7, on real SQLCipher."""

from __future__ import annotations

import os
import sqlite3

import pytest

from coachdesk.errors import VaultDamaged
from coachdesk.storage import connection, schema
from coachdesk.storage.connection import OperationalError


def test_application_id_literal_matches_constant():
    assert schema.SET_APPLICATION_ID.endswith(f"= {schema.APPLICATION_ID}")


def test_every_connection_has_the_pragmas_of_the_spec(vault):
    db = vault.db
    assert db.one("PRAGMA journal_mode")[0] == "wal"
    assert db.one("PRAGMA synchronous")[0] == 2  # FULL
    assert db.one("PRAGMA secure_delete")[0] == 1
    assert db.one("PRAGMA temp_store")[0] == 2  # MEMORY
    assert db.one("PRAGMA foreign_keys")[0] == 1
    assert db.one("PRAGMA application_id")[0] == schema.APPLICATION_ID
    assert db.one("PRAGMA user_version")[0] == schema.CURRENT_VERSION
    assert db.one("PRAGMA cipher_log_level")[0] == "NONE"


def test_no_secret_ever_appears_in_sql_text(vault_info):
    key = os.urandom(32)
    seen: list[str] = []
    path = vault_info.folder.parent / "trace.db"
    db = connection.create_database(path, key)
    db.close()
    conn = connection._connect(path, key)  # the same first steps open_database takes
    conn.set_trace_callback(seen.append)
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    conn.close()
    assert seen
    assert not any(key.hex() in s.lower() for s in seen)


def test_attach_and_vacuum_into_are_refused_outside_backup(vault, tmp_path):
    with pytest.raises(connection.DatabaseError):
        vault.db.execute("ATTACH DATABASE ? AS other", (str(tmp_path / "x.db"),))
    with pytest.raises(connection.DatabaseError):
        vault.db.execute("VACUUM INTO ?", (str(tmp_path / "copy.db"),))
    assert not (tmp_path / "copy.db").exists()
    with vault.db.attach_allowed():
        vault.db.execute("VACUUM INTO ?", (str(tmp_path / "copy.db"),))
    assert (tmp_path / "copy.db").exists()
    with pytest.raises(connection.DatabaseError):
        vault.db.execute("ATTACH DATABASE ? AS other", (str(tmp_path / "x.db"),))


def test_ledger_refuses_update_and_delete(vault):
    db = vault.db
    with db.transaction():
        db.execute(
            "INSERT INTO ledger (created_at, kind, recipient_id, role, period_from, period_to, "
            "report_date, language, facts, file_sha256, content_sha256) "
            "VALUES ('2026-01-01T00:00:00', 'report', 'p', 'sponsor', '2026-01-01', "
            "'2026-01-31', '2026-01-31', 'en', '[]', 'x', 'x')"
        )
    with pytest.raises(connection.IntegrityError, match="append-only"):
        db.execute("UPDATE ledger SET file_sha256 = 'y'")
    with pytest.raises(connection.IntegrityError, match="append-only"):
        db.execute("DELETE FROM ledger")
    assert db.one("SELECT file_sha256 FROM ledger")[0] == "x"


def test_a_failed_transaction_leaves_nothing(vault):
    db = vault.db
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO organisations (id, name) VALUES ('o1', 'Org')")
        raise RuntimeError("boom")
    assert db.one("SELECT count(*) FROM organisations")[0] == 0


def test_full_text_search_ignores_accents(vault):
    db = vault.db
    with db.transaction():
        db.execute("INSERT INTO people (id, name) VALUES ('p', 'P')")
        db.execute(
            "INSERT INTO engagements (id, coachee_id, title, start) "
            "VALUES ('e', 'p', 'E', '2026-01-01')"
        )
        db.execute(
            "INSERT INTO sessions (id, engagement_id, start) VALUES ('s', 'e', '2026-01-02T10:00')"
        )
        db.execute(
            "INSERT INTO items (id, session_id, kind, text) VALUES ('i', 's', 'summary', ?)",
            ("Non so perché la città mi pesa",),
        )
    rows = db.all("SELECT rowid FROM items_fts WHERE items_fts MATCH ?", ('"perche"',))
    assert len(rows) == 1
    with db.transaction():
        db.execute("UPDATE items SET text = 'altro' WHERE id = 'i'")
    assert db.all("SELECT rowid FROM items_fts WHERE items_fts MATCH ?", ('"perche"',)) == []


def test_note_text_is_encrypted_on_disk(vault):
    marker = "ZEBRA-MARKER-4711"
    db = vault.db
    with db.transaction():
        db.execute("INSERT INTO organisations (id, name) VALUES ('o', ?)", (marker,))
    db.execute("PRAGMA wal_checkpoint(FULL)")
    for name in ("vault.db", "vault.db-wal"):
        path = vault.folder / name
        if path.exists():
            data = path.read_bytes()
            assert marker.encode() not in data
            assert marker.encode("utf-16-le") not in data


def test_plain_sqlite_file_is_not_a_vault(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(VaultDamaged):
        connection.open_database(path, os.urandom(32))
    assert path.read_bytes() == before


def test_empty_file_is_not_a_vault_and_stays_empty(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(VaultDamaged):
        connection.open_database(path, os.urandom(32))
    assert path.read_bytes() == b""


def test_disk_full_becomes_a_clear_error():
    exc = connection.translate(OperationalError("database or disk is full"))
    assert "disk is full" in str(exc)


def test_plain_vacuum_is_allowed(vault):
    vault.db.execute("VACUUM")


# -- the application_id check: a SQLCipher file of this key, with every table, is still
#    not a vault unless it says it is one -------------------------------------------------


def _vault_key(vault_info) -> bytes:
    from coachdesk.security import keyfile

    kf = keyfile.read(vault_info.folder / "vault.keys")
    return keyfile.unwrap(kf, keyfile.PASSPHRASE, vault_info.passphrase)


def _set_application_id(path, key: bytes, value: int) -> None:
    conn = connection._connect(path, key)
    try:
        conn.execute(f"PRAGMA application_id = {int(value)}")
    finally:
        conn.close()


@pytest.mark.parametrize("app_id", [0, 0x43444B32, -1])
def test_a_file_with_another_application_id_is_not_a_vault(vault_info, app_id):
    key = _vault_key(vault_info)
    path = vault_info.folder / "vault.db"
    _set_application_id(path, key, app_id)
    before = path.read_bytes()
    with pytest.raises(VaultDamaged, match="not a CoachDesk vault"):
        connection.open_database(path, key)
    with pytest.raises(VaultDamaged, match="not a CoachDesk vault"):
        connection.check_key(path, key)
    assert path.read_bytes() == before
    _set_application_id(path, key, schema.APPLICATION_ID)
    connection.open_database(path, key).close()
    connection.check_key(path, key)


def test_passwd_refuses_a_vault_with_another_application_id(run_cli, vault_info):
    key = _vault_key(vault_info)
    _set_application_id(vault_info.folder / "vault.db", key, 7)
    keys = (vault_info.folder / "vault.keys").read_bytes()
    r = run_cli("passwd", "--vault", vault_info.folder, "--passphrase-file", "-",
                "--new-passphrase-file", "-",
                stdin=f"{vault_info.passphrase}\nthe new passphrase\n")  # fmt: skip
    assert r.code == 4, r.err
    assert (vault_info.folder / "vault.keys").read_bytes() == keys
