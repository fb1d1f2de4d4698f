"""The automatic backup in two halves (spec §8, §10): the snapshot on the vault's thread,
the rest (hashing, zipping, checking: what grows with the vault) on any other, while the
coach goes on working."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile

import pytest

from coachdesk.domain import Organisation
from coachdesk.errors import CoachDeskError
from coachdesk.services import backup
from coachdesk.storage import connection, people_repo

NOW = dt.datetime(2026, 11, 30, 9, 0)


def _add_org(vault, oid: str) -> None:
    with vault.db.transaction():
        people_repo.insert_organisation(vault.db, Organisation(oid, oid))


def _org_ids(path, key, tmp_path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        zf.extract("vault.db", tmp_path / "x")
    db = connection.open_database(tmp_path / "x" / "vault.db", key, migrate=False)
    try:
        return [o.id for o in people_repo.organisations(db)]
    finally:
        db.close()


def test_the_second_half_runs_on_another_thread_and_keeps_the_snapshot_s_moment(
    vault, tmp_path
):
    _add_org(vault, "before")
    folder = tmp_path / "backups"
    started = backup.start_backup_on_unlock(vault, folder, now=NOW)
    assert started.pending is not None and started.state.newest is None
    # The coach goes on: a change after the snapshot is not in this backup.
    _add_org(vault, "after")
    result: list[backup.BackupState] = []
    worker = threading.Thread(target=lambda: result.append(started.finish()))
    worker.start()
    worker.join()
    state = result[0]
    assert state.made_now and state.newest is not None
    assert state.newest.created == NOW
    assert _org_ids(state.newest.path, vault._vault_key, tmp_path) == ["before"]
    backup.verify_backup(state.newest.path, vault_key=vault._vault_key)
    # Nothing left behind but the backup itself.
    assert [p.name for p in folder.iterdir()] == [state.newest.path.name]


def test_tidying_on_a_second_unlock_leaves_a_backup_in_progress_alone(vault, tmp_path):
    folder = tmp_path / "backups"
    started = backup.start_backup_on_unlock(vault, folder, now=NOW)
    assert started.pending is not None
    scratch = started.pending.scratch
    left_by_a_killed_process = folder / ".coachdesk-killed"
    left_by_a_killed_process.mkdir()
    assert backup.clean_scratch(vault.folder, folder) == 1
    assert scratch.is_dir() and not left_by_a_killed_process.exists()
    started.finish()
    assert not scratch.exists()


def test_a_failing_second_half_leaves_no_file_and_says_why(vault, tmp_path):
    folder = tmp_path / "backups"
    started = backup.start_backup_on_unlock(vault, folder, now=NOW)
    assert started.pending is not None
    # The snapshot is damaged before it is zipped: the check refuses the backup.
    with started.pending.db_file.open("r+b") as fh:
        fh.seek(5000)
        fh.write(b"\xff" * 64)
    with pytest.raises(CoachDeskError):
        started.finish()
    assert list(folder.iterdir()) == []


def test_nothing_is_pending_when_a_backup_of_today_exists(vault, tmp_path):
    folder = tmp_path / "backups"
    first = backup.backup_on_unlock(vault, folder, now=NOW)
    assert first.made_now
    again = backup.start_backup_on_unlock(vault, folder, now=NOW + dt.timedelta(hours=2))
    assert again.pending is None and not again.state.made_now
    assert again.state.newest == first.newest
