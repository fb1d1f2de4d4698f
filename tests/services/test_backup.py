"""Backups (spec §8): consistent, verified, rotated; restore verifies first and keeps the
replaced vault aside."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import stat
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain import Organisation
from coachdesk.errors import VaultDamaged, VaultInUse, WrongPassphrase
from coachdesk.services import backup
from coachdesk.services import vault as vault_service
from coachdesk.services.erasure import erasure_preview
from coachdesk.storage import erasure_repo, people_repo
from coachdesk.storage.schema import APPLICATION_ID, CURRENT_VERSION
from erasure_practice import build, tail
from sqlcipher_pages import contains, database_plaintext


def _add_org(vault, oid: str, name: str = "Org") -> None:
    with vault.db.transaction():
        people_repo.insert_organisation(vault.db, Organisation(oid, name))


def test_backup_includes_data_still_in_the_wal_and_keeps_the_headers(vault, vault_info, tmp_path):
    _add_org(vault, "in-wal")
    # Nothing checkpointed: the row lives only in the WAL, which copying vault.db would miss.
    assert (vault.folder / "vault.db-wal").stat().st_size > 0
    info = backup.create_backup(vault, tmp_path / "b.zip")
    with zipfile.ZipFile(info.path) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "vault.db", "vault.keys"]
        manifest = json.loads(zf.read("manifest.json"))
        (tmp_path / "x").mkdir()
        zf.extract("vault.db", tmp_path / "x")
    assert manifest["format"] == "coachdesk-backup/1"
    assert manifest["schema_version"] == CURRENT_VERSION
    from coachdesk.storage import connection

    db = connection.open_database(tmp_path / "x" / "vault.db", vault._vault_key, migrate=False)
    try:
        assert db.one("PRAGMA application_id")[0] == APPLICATION_ID
        assert db.one("PRAGMA user_version")[0] == CURRENT_VERSION
        assert [o.id for o in people_repo.organisations(db)] == ["in-wal"]
    finally:
        db.close()


def test_restore_brings_back_the_backed_up_state_and_keeps_the_old_vault(
    vault, vault_info, tmp_path
):
    _add_org(vault, "before")
    b = backup.create_backup(vault, tmp_path / "b.zip")
    _add_org(vault, "after")
    vault.close()
    aside = backup.restore_backup(vault_info.folder, b.path, vault_info.passphrase)
    assert aside is not None and (aside / "vault.db").exists() and (aside / "vault.keys").exists()
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as restored:
        assert [o.id for o in people_repo.organisations(restored.db)] == ["before"]
    # The replaced vault still opens and still holds the later change.
    with vault_service.open_vault(aside, vault_info.passphrase) as old:
        assert {o.id for o in people_repo.organisations(old.db)} == {"before", "after"}


def test_restore_into_a_new_folder_moves_the_practice(vault, vault_info, tmp_path):
    _add_org(vault, "moved")
    b = backup.create_backup(vault, tmp_path / "b.zip")
    assert backup.restore_backup(tmp_path / "new-computer", b.path, vault_info.passphrase) is None
    with vault_service.open_vault(tmp_path / "new-computer", vault_info.passphrase) as v:
        assert [o.id for o in people_repo.organisations(v.db)] == ["moved"]


def _snapshot(folder):
    return {
        p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "vault.lock"
    }


@pytest.mark.parametrize("damage", ["flip-db", "flip-keys", "truncate", "manifest", "not-zip"])
def test_damaged_or_tampered_backup_is_refused_and_nothing_changes(
    vault, vault_info, tmp_path, damage
):
    b = backup.create_backup(vault, tmp_path / "b.zip")
    vault.close()
    raw = b.path.read_bytes()
    if damage == "not-zip":
        b.path.write_bytes(b"hello")
    elif damage == "truncate":
        b.path.write_bytes(raw[: len(raw) // 2])
    else:
        with zipfile.ZipFile(b.path) as zf:
            parts = {n: zf.read(n) for n in zf.namelist()}
        if damage == "flip-db":
            db = bytearray(parts["vault.db"])
            db[5000] ^= 1
            parts["vault.db"] = bytes(db)
        elif damage == "flip-keys":
            parts["vault.keys"] = parts["vault.keys"].replace(b"passphrase", b"passphrasf", 1)
        else:
            m = json.loads(parts["manifest.json"])
            m["format"] = "something/9"
            parts["manifest.json"] = json.dumps(m).encode()
        with zipfile.ZipFile(b.path, "w") as zf:
            for n, data in parts.items():
                zf.writestr(n, data)
    before = _snapshot(vault_info.folder)
    with pytest.raises(VaultDamaged):
        backup.restore_backup(vault_info.folder, b.path, vault_info.passphrase)
    assert _snapshot(vault_info.folder) == before
    assert not [p for p in vault_info.folder.iterdir() if p.name.startswith("replaced-")]


def test_a_consistently_re_hashed_but_altered_snapshot_fails_its_integrity_check(
    vault, vault_info, tmp_path
):
    """Someone who fixes the manifest after tampering is still caught by page HMACs."""
    b = backup.create_backup(vault, tmp_path / "b.zip")
    vault.close()
    with zipfile.ZipFile(b.path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    db = bytearray(parts["vault.db"])
    db[4096 + 100] ^= 1  # inside page 2
    parts["vault.db"] = bytes(db)
    m = json.loads(parts["manifest.json"])
    m["files"]["vault.db"] = backup._sha256(parts["vault.db"])
    parts["manifest.json"] = json.dumps(m).encode()
    with zipfile.ZipFile(b.path, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    with pytest.raises(VaultDamaged):
        backup.restore_backup(vault_info.folder, b.path, vault_info.passphrase)


def test_restore_with_the_wrong_passphrase_changes_nothing(vault, vault_info, tmp_path):
    b = backup.create_backup(vault, tmp_path / "b.zip")
    vault.close()
    before = _snapshot(vault_info.folder)
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(vault_info.folder, b.path, "not the passphrase")
    assert _snapshot(vault_info.folder) == before


def test_restore_refuses_a_vault_in_use(vault, vault_info, tmp_path):
    b = backup.create_backup(vault, tmp_path / "b.zip")
    with pytest.raises(VaultInUse):
        backup.restore_backup(vault_info.folder, b.path, vault_info.passphrase)


def test_auto_backup_runs_only_when_the_newest_is_a_day_old(vault, tmp_path):
    folder = tmp_path / "backups"
    t0 = dt.datetime(2026, 11, 1, 9, 0)
    assert backup.auto_backup(vault, folder, now=t0) is not None
    assert backup.auto_backup(vault, folder, now=t0 + dt.timedelta(hours=23)) is None
    assert backup.auto_backup(vault, folder, now=t0 + dt.timedelta(hours=24)) is not None
    assert len(backup.list_backups(folder)) == 2


def test_auto_backup_rotates_to_seven_daily_and_four_weekly(vault, tmp_path):
    folder = tmp_path / "backups"
    start = dt.datetime(2026, 9, 1, 9, 0)
    for day in range(40):
        backup.auto_backup(vault, folder, now=start + dt.timedelta(days=day))
    kept = backup.list_backups(folder)
    assert len(kept) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY
    days = sorted({b.created.date() for b in kept}, reverse=True)
    last = (start + dt.timedelta(days=39)).date()
    assert days[:7] == [last - dt.timedelta(days=n) for n in range(7)]
    weeks = {b.created.isocalendar()[:2] for b in kept}
    assert len(weeks) >= 4


@given(
    st.lists(
        st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 1, 1)),
        max_size=60,
    )
)
def test_rotation_keeps_the_newest_per_day_and_week(moments):
    keep = backup.to_keep(moments)
    assert keep <= set(moments)
    if moments:
        assert max(moments) in keep
    days = sorted({m.date() for m in moments}, reverse=True)[:7]
    for day in days:
        assert max(m for m in moments if m.date() == day) in keep
    assert len({m.date() for m in keep}) <= 7 + 4


@pytest.mark.posix_only(reason="umask and file permission bits")
def test_backup_files_are_private_to_the_user(vault, tmp_path):
    old = os.umask(0o022)  # the usual umask, which would give 0644
    try:
        made = backup.create_backup(vault, tmp_path / "b.zip")
        auto = backup.auto_backup(vault, tmp_path / "auto", now=dt.datetime(2026, 11, 1, 9))
    finally:
        os.umask(old)
    assert auto is not None
    for path in (made.path, auto.path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def _killed_in(folder, passphrase, where: str) -> None:
    """A child process that unlocks the vault and is killed (SIGKILL) in the middle of a
    backup (once the zip is written, before it is verified and moved into place) or of a
    restore (once the database is extracted, before anything is replaced)."""
    pid = os.fork()
    if pid == 0:
        try:

            def die(*_args: object, **_kwargs: object) -> None:
                os.kill(os.getpid(), signal.SIGKILL)

            if where == "backup":
                backup.verify_backup = die  # type: ignore[assignment]
                with vault_service.open_vault(folder, passphrase) as v:
                    backup.auto_backup(v, now=dt.datetime(2026, 11, 1, 9))
            else:
                with vault_service.open_vault(folder, passphrase) as v:
                    b = backup.create_backup(v, folder.parent / "for-restore.zip")
                real = backup._extract_db

                def extract_then_die(path, dest):  # type: ignore[no-untyped-def]
                    real(path, dest)
                    if dest.parent.parent == folder:
                        die()

                backup._extract_db = extract_then_die  # type: ignore[assignment]
                backup.restore_backup(folder, b.path, passphrase)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _scratch(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".coachdesk-"))


@pytest.mark.needs_fork(reason="a backup and a restore killed midway")
def test_scratch_folders_left_by_a_killed_backup_or_restore_go_on_the_next_unlock(
    vault_info, tmp_path
):
    folder = vault_info.folder
    _killed_in(folder, vault_info.passphrase, "backup")
    _killed_in(folder, vault_info.passphrase, "restore")
    backups = backup.default_backup_dir(folder)
    assert _scratch(backups) and _scratch(folder)
    assert backup.list_backups(backups) == []
    # Not ours to remove: a link that merely bears the name, and what it points to.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    (backups / ".coachdesk-link").symlink_to(elsewhere)

    with vault_service.open_vault(folder, vault_info.passphrase) as v:
        state = backup.backup_on_unlock(v, now=dt.datetime(2026, 11, 2, 9))
    assert state.made_now
    assert _scratch(folder) == []
    assert _scratch(backups) == [".coachdesk-link"]
    assert (elsewhere / "keep.txt").read_text() == "keep"


def test_a_backup_first_finishes_an_erasure_a_full_disk_cut_short(vault, tmp_path):
    """The deletion committed, the compaction did not (the marker says so): the backup
    compacts first, so it carries no word of the erased coachee."""
    tokens = build(vault.db, seed=5)
    about = erasure_preview(vault, "c1").ledger_ids
    with vault.db.transaction():
        erasure_repo.erase(vault.db, "c1", list(about))
    erasure_repo.mark_pending(vault.folder)
    made = backup.create_backup(vault, tmp_path / "b.zip")
    assert not erasure_repo.is_pending(vault.folder)
    with zipfile.ZipFile(made.path) as zf:
        zf.extract("vault.db", tmp_path / "x")
    plain = database_plaintext(tmp_path / "x" / "vault.db", vault._vault_key)
    assert [w for w in tokens["c1"].words if contains(plain, tail(w))] == []
    assert all(contains(plain, t) for t in tokens["c0"].item_texts)


def test_an_owed_compaction_goes_aside_with_the_vault_a_restore_replaces(
    vault, vault_info, tmp_path
):
    b = backup.create_backup(vault, tmp_path / "b.zip")
    erasure_repo.mark_pending(vault.folder)
    vault.close()
    aside = backup.restore_backup(vault_info.folder, b.path, vault_info.passphrase)
    assert aside is not None
    assert erasure_repo.is_pending(aside) and not erasure_repo.is_pending(vault_info.folder)
    with vault_service.open_vault(aside, vault_info.passphrase):
        pass
    assert not erasure_repo.is_pending(aside)  # opening the old vault finishes it there
