"""After an unlock, what grows with the vault runs off the database thread (spec §10): the
backup's second half and the page authentication. The coach can open an engagement while the
backup is still being written; the backup then lands and the status says so."""

from __future__ import annotations

import threading

from helpers import TIMEOUT, open_engagement, session_count, window_on

from coachdesk.gui import settings
from coachdesk.services import backup
from coachdesk.services import vault as vault_service
from coachdesk.services.demo import install_demo


def test_the_coach_opens_an_engagement_while_the_backup_is_written(
    qtbot, vault_info, tmp_path, monkeypatch
):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        install_demo(v)
    folder = tmp_path / "backups"
    monkeypatch.setattr(settings, "backup_folder", lambda: folder)
    release, entered = threading.Event(), threading.Event()
    real_finish = backup.finish_backup

    def held_finish(snapshot: backup.Snapshot) -> backup.BackupInfo:
        assert threading.current_thread().name == "coachdesk-background"
        entered.set()
        assert release.wait(30)
        return real_finish(snapshot)

    monkeypatch.setattr(backup, "finish_backup", held_finish)
    w = window_on(qtbot, vault_info.folder, vault_info.passphrase)
    try:
        w.after_unlock(vault_info.folder)
        qtbot.waitUntil(entered.is_set, timeout=TIMEOUT)
        # The backup is held; the database thread answers the coach all the same.
        open_engagement(qtbot, w, "ACME S.p.A.", 0)
        qtbot.waitUntil(lambda: session_count(w) > 0, timeout=TIMEOUT)
        assert not list(folder.glob("*.zip"))
        assert w.backup_label.text().startswith("Backing up")
        release.set()
        qtbot.waitUntil(lambda: "Last backup" in w.backup_label.text(), timeout=TIMEOUT)
        made = list(folder.glob("coachdesk-backup-*.zip"))
        assert len(made) == 1
        backup.verify_backup(made[0], passphrase=vault_info.passphrase)
        # The page check done apart reached the open vault: its first change needs none.
        checked: list[bool] = []
        qtbot.waitUntil(lambda: w.personal_data.background.running == 0, timeout=TIMEOUT)
        w._tasks.run(lambda ctx: ctx.db._pages_verified, checked.append)
        qtbot.waitUntil(lambda: bool(checked), timeout=TIMEOUT)
        assert checked == [True]
    finally:
        release.set()
        w.personal_data.background.wait()
        w._tasks.shutdown()
