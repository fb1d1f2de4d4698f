"""A full disk (spec §8): a clear error, the vault still opens with everything committed
before, and nothing half-written left behind. Runs on a real, small tmpfs."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.domain import Engagement, ItemKind, NoteItem, Organisation, Person, Session
from coachdesk.errors import DiskFull
from coachdesk.services import backup
from coachdesk.services import vault as vault_service
from coachdesk.services.sharing import edit_item_text
from coachdesk.storage import practice_repo


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MiB file system of its own (tmpfs; the tests run as root, as CI does)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk until only about ``leave`` bytes remain."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(0, free - leave))
    return filler


@pytest.fixture
def full_vault(small_disk: Path, vault_info) -> Iterator[tuple[Path, vault_service.Vault]]:
    folder = small_disk / "vault"
    shutil.copytree(vault_info.folder, folder)
    v = vault_service.open_vault(folder, vault_info.passphrase)
    with v.db.transaction():
        practice_repo.insert_person(v.db, Person("p", "P"))
        practice_repo.insert_engagement(
            v.db,
            Engagement(
                "e",
                "p",
                "T",
                dt.date(2026, 1, 1),
                sessions=(
                    Session(
                        "s",
                        dt.datetime(2026, 1, 2, 10),
                        items=(
                            NoteItem("i", ItemKind.SUMMARY, "committed before the disk filled"),
                        ),
                    ),
                ),
            ),
        )
    v.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        yield small_disk, v
    finally:
        with contextlib.suppress(Exception):
            v.close()


def _reopen_and_check(folder: Path, passphrase: str) -> None:
    with vault_service.open_vault(folder, passphrase) as v:
        e = practice_repo.load_engagement(v.db, "e")
        assert e is not None
        assert e.sessions[0].items[0].text == "committed before the disk filled"
        assert v.db.one("PRAGMA integrity_check")[0] == "ok"
        assert v.db.all("PRAGMA cipher_integrity_check") == []


def test_edit_on_a_full_disk_fails_clearly_and_loses_nothing(full_vault, vault_info):
    disk, v = full_vault
    filler = _fill(disk, 8 * 1024)
    with pytest.raises(DiskFull):
        edit_item_text(v.db, "i", "x" * 200_000)
    v.close()
    filler.unlink()
    _reopen_and_check(disk / "vault", vault_info.passphrase)


def test_large_insert_on_a_full_disk_writes_nothing(full_vault, vault_info):
    disk, v = full_vault
    filler = _fill(disk, 64 * 1024)
    with pytest.raises(DiskFull), v.db.transaction():
        for n in range(2000):
            practice_repo.insert_organisation(v.db, Organisation(f"o{n}", "n" * 500))
    assert practice_repo.organisations(v.db) == []
    v.close()
    filler.unlink()
    _reopen_and_check(disk / "vault", vault_info.passphrase)


def test_backup_to_a_full_disk_leaves_no_partial_file(full_vault, vault_info):
    disk, v = full_vault
    filler = _fill(disk, 16 * 1024)
    with pytest.raises(DiskFull):
        backup.create_backup(v, disk / "backup.zip")
    assert sorted(p.name for p in disk.iterdir()) == ["filler", "vault"]
    v.close()
    filler.unlink()
    _reopen_and_check(disk / "vault", vault_info.passphrase)


def test_passphrase_change_on_a_full_disk_keeps_the_old_key_file(full_vault, vault_info):
    disk, v = full_vault
    v.close()
    keys_before = (disk / "vault" / "vault.keys").read_bytes()
    filler = _fill(disk, 0)
    with pytest.raises(DiskFull):
        vault_service.change_passphrase(disk / "vault", vault_info.passphrase, "a new passphrase")
    assert (disk / "vault" / "vault.keys").read_bytes() == keys_before
    assert not (disk / "vault" / "vault.keys.new").exists()
    filler.unlink()
    _reopen_and_check(disk / "vault", vault_info.passphrase)


def test_disk_full_message_is_clear(run_cli, full_vault, vault_info):
    disk, v = full_vault
    v.close()
    out = disk / "b.zip"
    filler = _fill(disk, 16 * 1024)
    r = run_cli(
        "backup",
        "--vault",
        disk / "vault",
        "--passphrase-file",
        vault_info.passphrase_file,
        "--out",
        out,
    )
    filler.unlink()
    assert r.code != 0
    assert "disk is full" in r.err, r.err
    assert os.path.exists(disk / "vault" / "vault.db")
