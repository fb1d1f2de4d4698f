"""Backups (spec §8): consistent, verified, rotated; restore verifies first and keeps the
replaced vault aside."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain import Organisation
from coachdesk.errors import VaultDamaged, VaultInUse, WrongPassphrase
from coachdesk.services import backup
from coachdesk.services import vault as vault_service
from coachdesk.storage import practice_repo
from coachdesk.storage.schema import APPLICATION_ID, CURRENT_VERSION


def _add_org(vault, oid: str, name: str = "Org") -> None:
    with vault.db.transaction():
        practice_repo.insert_organisation(vault.db, Organisation(oid, name))


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
        assert [o.id for o in practice_repo.organisations(db)] == ["in-wal"]
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
        assert [o.id for o in practice_repo.organisations(restored.db)] == ["before"]
    # The replaced vault still opens and still holds the later change.
    with vault_service.open_vault(aside, vault_info.passphrase) as old:
        assert {o.id for o in practice_repo.organisations(old.db)} == {"before", "after"}


def test_restore_into_a_new_folder_moves_the_practice(vault, vault_info, tmp_path):
    _add_org(vault, "moved")
    b = backup.create_backup(vault, tmp_path / "b.zip")
    assert backup.restore_backup(tmp_path / "new-computer", b.path, vault_info.passphrase) is None
    with vault_service.open_vault(tmp_path / "new-computer", vault_info.passphrase) as v:
        assert [o.id for o in practice_repo.organisations(v.db)] == ["moved"]


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
