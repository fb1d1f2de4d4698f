"""A vault opened read-only (spec §8; issue 15, point 6): it can be read, every change is
refused with ``VaultReadOnly``, and not one byte or file appears in its folder.

These tests take the explicit ``read_only=True`` path on an ordinary folder, which works for
anyone (root included); tests/cli/test_read_only_disk.py puts the vault on a real read-only
mount and lets the detection choose it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from coachdesk.domain import Language, Organisation
from coachdesk.errors import VaultInUse, VaultReadOnly
from coachdesk.security import keyfile
from coachdesk.services import reports
from coachdesk.services import vault as vault_service
from coachdesk.services.demo import install_demo
from coachdesk.storage import connection, ledger_repo, people_repo, schema


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.fixture
def demo_folder(vault_info) -> Path:
    """A demo practice with one report in its ledger, closed cleanly, no lock file left."""
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        install_demo(v)
        rendered = reports.render(v, _request())
        reports.save(v, rendered, vault_info.folder.parent / "sent.pdf")
    (vault_info.folder / "vault.lock").unlink()
    return vault_info.folder


def _request() -> reports.ReportRequest:
    return reports.ReportRequest(
        engagement_id="eng-anna",
        recipient_id="marco",
        report_date=dt.date(2026, 11, 20),
        language=Language.EN,
    )


def test_a_read_only_vault_reads_and_refuses_every_change(demo_folder, vault_info, tmp_path):
    before = _files(demo_folder)
    (tmp_path / "out").mkdir()
    with vault_service.open_vault(demo_folder, vault_info.passphrase, read_only=True) as v:
        assert v.read_only
        db = v.db
        assert db.one("SELECT count(*) FROM engagements")[0] == 6
        with db.transaction():  # a reading transaction is fine
            assert len(ledger_repo.entries(db, None)) == 1
        rendered = reports.render(v, _request())  # rendering only reads
        with pytest.raises(VaultReadOnly), db.transaction():
            people_repo.insert_organisation(db, Organisation("o-new", "New"))
        with pytest.raises(VaultReadOnly):
            reports.save(v, rendered, tmp_path / "out" / "r.pdf")
        with pytest.raises(VaultReadOnly):
            v.change_passphrase("a new passphrase")
        assert db.one("SELECT count(*) FROM organisations WHERE id = 'o-new'")[0] == 0
    # Not a byte changed, and nothing was created: no -wal, no -shm, no lock file.
    assert _files(demo_folder) == before
    assert list((tmp_path / "out").iterdir()) == []  # the staged PDF was removed too


def test_the_read_only_error_says_so_and_exits_4():
    exc = VaultReadOnly()
    assert str(exc).startswith("the vault's folder is read-only")
    assert exc.exit_code == 4


def test_a_read_only_vault_left_with_a_log_shows_its_committed_changes(vault_info, tmp_path):
    """A vault whose last session died before checkpointing keeps committed changes in its
    WAL: a read-only open must see them (``immutable`` would silently ignore the log)."""
    copy = tmp_path / "copy"
    copy.mkdir()
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        with v.db.transaction():
            people_repo.insert_organisation(v.db, Organisation("o-wal", "Only in the WAL"))
        for name in ("vault.db", "vault.db-wal", "vault.db-shm", "vault.keys"):
            shutil.copy2(vault_info.folder / name, copy / name)
    assert (copy / "vault.db-wal").stat().st_size > 0
    before = _files(copy)
    with (
        vault_service.open_vault(copy, vault_info.passphrase, read_only=True) as v,
        v.db.transaction(),  # a reading transaction on a log it may not write to
    ):
        assert v.db.one("SELECT name FROM organisations WHERE id = 'o-wal'")[0] == "Only in the WAL"
    # The database, its log and the key file are untouched. (The -shm is SQLite's index of
    # the log, shared memory that a reader updates where it can; on a read-only disk it
    # cannot, and SQLite keeps it in private memory instead.)
    after = _files(copy)
    assert {k: v for k, v in after.items() if k != "vault.db-shm"} == {
        k: v for k, v in before.items() if k != "vault.db-shm"
    }
    # Without its -shm, SQLite would have to create one: refused clearly, nothing created.
    (copy / "vault.db-shm").unlink()
    before = _files(copy)
    with pytest.raises(VaultReadOnly, match="not closed cleanly"):
        vault_service.open_vault(copy, vault_info.passphrase, read_only=True)
    assert _files(copy) == before


def test_readers_share_a_vault_and_a_writer_excludes_them(demo_folder, vault_info):
    (demo_folder / "vault.lock").touch()
    first = vault_service.open_vault(demo_folder, vault_info.passphrase, read_only=True)
    try:
        second = vault_service.open_vault(demo_folder, vault_info.passphrase, read_only=True)
        second.close()
        with pytest.raises(VaultInUse):
            vault_service.open_vault(demo_folder, vault_info.passphrase)
    finally:
        first.close()
    with vault_service.open_vault(demo_folder, vault_info.passphrase), pytest.raises(VaultInUse):
        vault_service.open_vault(demo_folder, vault_info.passphrase, read_only=True)


def test_a_read_only_vault_that_needs_an_upgrade_is_refused_clearly(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    conn = connection._connect(path, key)  # a vault as the previous schema left it
    conn.execute(schema.SET_APPLICATION_ID)
    for script in schema.MIGRATIONS[: schema.CURRENT_VERSION - 1]:
        for statement in connection._split(script):
            conn.execute(statement)
    conn.close()
    before = path.read_bytes()
    with pytest.raises(VaultReadOnly, match="needs an upgrade"):
        connection.open_database(path, key, read_only=True)
    # verify opens without migrating, and may read it as it is.
    db = connection.open_database(path, key, read_only=True, migrate=False)
    try:
        assert db.one("PRAGMA user_version")[0] < schema.CURRENT_VERSION
    finally:
        db.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.db"]


def test_passwd_and_recover_refuse_a_read_only_folder_before_deriving(vault_info, monkeypatch):
    monkeypatch.setattr(vault_service, "folder_is_read_only", lambda folder: True)
    derived: list[object] = []
    monkeypatch.setattr(keyfile, "derive", lambda *a: derived.append(a) or bytes(32))
    before = _files(vault_info.folder)
    with pytest.raises(VaultReadOnly):
        vault_service.change_passphrase(vault_info.folder, vault_info.passphrase, "new one!!")
    with pytest.raises(VaultReadOnly):
        vault_service.recover(vault_info.folder, vault_info.recovery_code, "new one!!")
    assert derived == []
    assert _files(vault_info.folder) == before


def test_an_ordinary_folder_is_not_read_only(vault_info):
    assert not vault_service.folder_is_read_only(vault_info.folder)
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        assert not v.read_only


def test_a_read_only_vault_is_neither_backed_up_nor_tidied_on_unlock(demo_folder, vault_info):
    from coachdesk.services import backup

    scratch = demo_folder / ".coachdesk-left-by-a-killed-backup"
    scratch.mkdir()
    before = _files_deep(demo_folder)
    with vault_service.open_vault(demo_folder, vault_info.passphrase, read_only=True) as v:
        state = backup.backup_on_unlock(v)
    assert state.read_only and not state.made_now and state.newest is None
    assert _files_deep(demo_folder) == before  # no backups/ folder, the scratch left alone


def _files_deep(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
