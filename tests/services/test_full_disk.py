"""A full disk (spec §8): a clear error, the vault still opens with everything committed
before, and nothing half-written left behind. Runs on a real, small tmpfs."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import shutil
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.domain import (
    Engagement,
    ItemKind,
    Language,
    LedgerEntry,
    LedgerFact,
    NoteItem,
    Organisation,
    Person,
    Session,
)
from coachdesk.errors import DiskFull
from coachdesk.services import backup
from coachdesk.services import vault as vault_service
from coachdesk.services.erasure import erase_coachee
from coachdesk.services.sharing import edit_item_text
from coachdesk.storage import engagement_repo, erasure_repo, ledger_repo, people_repo
from sqlcipher_pages import contains, database_plaintext, wal_plaintext

pytestmark = pytest.mark.needs_root(reason="fills a 6 MiB tmpfs of its own")


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
        people_repo.insert_person(v.db, Person("p", "P"))
        engagement_repo.insert_engagement(
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
        e = engagement_repo.load_engagement(v.db, "e")
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
            people_repo.insert_organisation(v.db, Organisation(f"o{n}", "n" * 500))
    assert people_repo.organisations(v.db) == []
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


def _words(rng: random.Random, n: int) -> str:
    return " ".join(
        "".join(rng.choice(string.ascii_lowercase) for _ in range(10)) for _ in range(n)
    )


def test_erase_on_a_nearly_full_disk_says_what_happened_and_finishes_later(
    run_cli, full_vault, vault_info
):
    """The deletion commits but compacting cannot (the rebuilt index and the rewritten file
    need room): the command says so, still lists the recipients, exits 1 (not 6, "nothing
    changed"), and the next opening of the vault (here: verify) finishes the job."""
    disk, v = full_vault
    rng = random.Random(3)
    secret = _words(rng, 6)
    with v.db.transaction():
        people_repo.insert_person(v.db, Person("gone", "Gone Coachee"))
        people_repo.insert_person(v.db, Person("boss", "Bea Boss"))
        engagement_repo.insert_engagement(
            v.db,
            Engagement(
                "e-gone",
                "gone",
                "Gone",
                dt.date(2026, 1, 1),
                sessions=(
                    Session(
                        "s-gone",
                        dt.datetime(2026, 1, 3, 10),
                        items=(NoteItem("i-gone", ItemKind.REFLECTION, secret),),
                    ),
                ),
            ),
        )
        # Much text about someone else: compacting must rewrite it all.
        people_repo.insert_person(v.db, Person("big", "Big"))
        engagement_repo.insert_engagement(
            v.db,
            Engagement(
                "e-big",
                "big",
                "Big",
                dt.date(2026, 1, 1),
                sessions=(
                    Session(
                        "s-big",
                        dt.datetime(2026, 1, 4, 10),
                        items=tuple(
                            NoteItem(f"b{n}", ItemKind.SUMMARY, _words(rng, 100))
                            for n in range(120)
                        ),
                    ),
                ),
            ),
        )
        ledger_repo.append(
            v.db,
            LedgerEntry(
                0,
                dt.datetime(2026, 2, 1, 9),
                "report",
                "e-gone",
                "boss",
                "sponsor",
                dt.date(2026, 1, 1),
                dt.date(2026, 2, 1),
                dt.date(2026, 2, 1),
                Language.EN,
                None,
                (LedgerFact("item", "i-gone", "ab" * 32, "e-gone"),),
                "cd" * 32,
                "cd" * 32,
                False,
            ),
        )
    v.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    key = v._vault_key
    v.close()
    folder = disk / "vault"
    filler = _fill(disk, 256 * 1024)
    args = ("--vault", folder, "--passphrase-file", vault_info.passphrase_file)
    r = run_cli("erase", *args, "--coachee", "gone", "--yes")
    assert r.code == 1, r.err
    assert "Erased coachee gone" in r.out
    assert "Bea Boss (boss)" in r.out
    assert "data was deleted" in r.err and "the disk is full" in r.err, r.err
    assert "nothing was changed" not in r.err
    assert erasure_repo.is_pending(folder)
    # Not finished: the words are still in the file (the index was not rebuilt).
    plain = database_plaintext(folder / "vault.db", key)
    assert any(contains(plain, w) for w in secret.split())

    filler.unlink()
    r = run_cli("verify", *args)
    assert r.code == 0, r.err
    assert not erasure_repo.is_pending(folder)
    plain = database_plaintext(folder / "vault.db", key)
    plain += wal_plaintext(folder / "vault.db-wal", key)
    assert [w for w in secret.split() if contains(plain, w)] == []
    with vault_service.open_vault(folder, vault_info.passphrase) as again:
        assert engagement_repo.load_engagement(again.db, "e-gone") is None
        assert engagement_repo.load_engagement(again.db, "e-big") is not None
    _reopen_and_check(folder, vault_info.passphrase)


def test_erase_whose_deletion_cannot_commit_changes_nothing(full_vault, vault_info):
    disk, v = full_vault
    filler = _fill(disk, 0)
    with pytest.raises(DiskFull):
        erase_coachee(v, "p")
    assert not erasure_repo.is_pending(disk / "vault")
    v.close()
    filler.unlink()
    _reopen_and_check(disk / "vault", vault_info.passphrase)
