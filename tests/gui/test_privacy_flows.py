"""Nothing lost, and personal data in the app (spec §7, §8): the automatic backup on unlock
and its status, a failing backup warned about, the retention notice with erasure, the
erasure confirmation that names what goes, and the access-request export."""

from __future__ import annotations

import datetime as dt
import json

from helpers import (
    all_child_texts,
    child,
    child_count,
    select,
    top_level_count,
    unlocked_app,
)

from coachdesk.domain import (
    Engagement,
    ItemKind,
    NoteItem,
    Person,
    Session,
    SessionStatus,
)
from coachdesk.gui import settings
from coachdesk.gui.app import App
from coachdesk.gui.dialogs.privacy import ErasureDialog, RetentionDialog
from coachdesk.services import backup
from coachdesk.services import vault as vault_service
from coachdesk.storage import engagement_repo, people_repo

TIMEOUT = 15_000
PRIVATE = "Private note about Ada's burnout"
REFLECTION = "My own thinking about Ada"


def _practice(folder, passphrase, *, ended_years_ago: int | None = None):
    end = dt.date.today() - dt.timedelta(days=365 * ended_years_ago) if ended_years_ago else None
    start = (end or dt.date.today()) - dt.timedelta(days=200)
    engagement = Engagement(
        id="e-ada",
        coachee_id="ada",
        title="Ada's engagement",
        start=start,
        end=end,
        retention_months=24,
        sessions=(
            Session(
                "s1",
                dt.datetime.combine(start + dt.timedelta(days=10), dt.time(9)),
                status=SessionStatus.HELD,
                items=(
                    NoteItem("i1", ItemKind.OBSERVATION, PRIVATE),
                    NoteItem("i2", ItemKind.REFLECTION, REFLECTION),
                ),
            ),
        ),
    )
    vault = vault_service.open_vault(folder, passphrase)
    with vault, vault.db.transaction():
        people_repo.insert_person(vault.db, Person("ada", "Ada Lovelace"))
        engagement_repo.insert_engagement(vault.db, engagement)


def _unlocked(qtbot, folder, passphrase):
    return unlocked_app(qtbot, folder, passphrase)


def test_unlocking_backs_up_once_a_day_and_says_when(qtbot, vault_info):
    _practice(vault_info.folder, vault_info.passphrase)
    root = _unlocked(qtbot, vault_info.folder, vault_info.passphrase)
    try:
        label = root.window.backup_label
        qtbot.waitUntil(lambda: label.text().startswith("Last backup: "), timeout=TIMEOUT)
        made = backup.list_backups(backup.default_backup_dir(vault_info.folder))
        assert len(made) == 1
        root.lock()
        qtbot.waitUntil(lambda: root.tasks.pending == 0, timeout=TIMEOUT)
        root.dialog.passphrase.setText(vault_info.passphrase)
        root.dialog.unlock_button.click()
        qtbot.waitUntil(lambda: root.window.isVisible(), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: root.tasks.pending == 0, timeout=TIMEOUT)
        assert label.text().startswith("Last backup: ")
        assert backup.list_backups(backup.default_backup_dir(vault_info.folder)) == made
    finally:
        root.shutdown()


def test_a_failing_backup_is_warned_about_and_changes_nothing(qtbot, vault_info, tmp_path):
    _practice(vault_info.folder, vault_info.passphrase)
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_bytes(b"x")
    settings.set_backup_folder(not_a_folder)
    before = (vault_info.folder / "vault.db").stat().st_size
    root = _unlocked(qtbot, vault_info.folder, vault_info.passphrase)
    try:
        label = root.window.backup_label
        qtbot.waitUntil(lambda: label.text() == "⚠ Backup failed", timeout=TIMEOUT)
        assert label.toolTip()
        assert not_a_folder.read_bytes() == b"x"
    finally:
        root.shutdown()
    assert (vault_info.folder / "vault.db").stat().st_size == before


def test_a_week_old_backup_is_stale():
    info = backup.BackupInfo(None, dt.datetime(2026, 11, 1, 9), "v", 2)  # type: ignore[arg-type]
    state = backup.BackupState(info, made_now=False)
    assert not state.stale(dt.datetime(2026, 11, 8, 8))
    assert state.stale(dt.datetime(2026, 11, 8, 10))
    assert backup.BackupState(None, made_now=False).stale(dt.datetime(2026, 11, 1))


def test_retention_notice_on_unlock_offers_erasure_that_names_what_goes(qtbot, vault_info):
    _practice(vault_info.folder, vault_info.passphrase, ended_years_ago=3)
    root = _unlocked(qtbot, vault_info.folder, vault_info.passphrase)
    try:
        w = root.window
        qtbot.waitUntil(
            lambda: any(isinstance(d, RetentionDialog) for d in w._dialogs), timeout=TIMEOUT
        )
        notice = next(d for d in w._dialogs if isinstance(d, RetentionDialog))
        # The navigation says which engagements have ended.
        labels = all_child_texts(w)
        assert "Ada Lovelace — Ada's engagement (ended)" in labels
        assert "Ada Lovelace — Ada's engagement" in notice.engagements.item(0).text()
        notice.erase_buttons["ada"].click()
        erasure = w._dialogs[-1]
        assert isinstance(erasure, ErasureDialog)
        qtbot.waitUntil(lambda: erasure.erase_button.isEnabled(), timeout=TIMEOUT)
        text = erasure.text.text()
        assert "Ada Lovelace" in text and "engagements (1)" in text and "note items (2)" in text
        assert "No report about them was ever produced." in text
        with qtbot.waitSignal(erasure.erased, timeout=TIMEOUT):
            erasure.erase_button.click()
        # Nothing left but the (empty) "People" group.
        qtbot.waitUntil(lambda: top_level_count(w) == 1, timeout=TIMEOUT)
        assert child_count(w, 0) == 0
    finally:
        root.shutdown()
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        assert people_repo.people(vault.db) == []
    raw = (vault_info.folder / "vault.db").read_bytes()
    assert PRIVATE.encode() not in raw  # encrypted anyway; the rows are gone too


def test_the_coachee_s_access_request_exports_everything_about_them(qtbot, vault_info, tmp_path):
    _practice(vault_info.folder, vault_info.passphrase)
    root = _unlocked(qtbot, vault_info.folder, vault_info.passphrase)
    try:
        w = root.window
        select(w, child(w, 0, 0))
        qtbot.waitUntil(lambda: w.export_coachee_action.isEnabled(), timeout=TIMEOUT)
        out = tmp_path / "ada.json"
        w.personal_data.export_coachee_to("ada", out)
        qtbot.waitUntil(out.exists, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: "engagements (1)" in w.statusBar().currentMessage(),
                        timeout=TIMEOUT)  # fmt: skip
    finally:
        root.shutdown()
    doc = json.loads(out.read_text(encoding="utf-8"))
    texts = [i["text"] for e in doc["engagements"] for s in e["sessions"] for i in s["items"]]
    assert PRIVATE in texts and REFLECTION in texts


def _ledger_with_three_reports(vault_info, tmp_path):
    """The demo practice with three reports sent today: Marco's plain, Giulia's with a
    password, Anna's without a kept copy (as one written before copies were kept)."""
    from coachdesk.services import reports
    from coachdesk.services.demo import install_demo

    today = dt.date.today()
    files = {}
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        install_demo(vault, today)
        for recipient, password in (("anna", None), ("marco", None), ("giulia", "hr only 7")):
            request = reports.ReportRequest("eng-anna", recipient, today)
            path = tmp_path / f"{recipient}.pdf"
            reports.save(vault, reports.render(vault, request, password), path)
            files[recipient] = path.read_bytes()
        with vault.db.transaction():
            vault.db.execute("DELETE FROM ledger_files WHERE ledger_id = 1")
    return files


def _ledger_dialog(qtbot, vault_info):
    from coachdesk.gui.dialogs.ledger import LedgerDialog
    from coachdesk.gui.tasks import Tasks

    tasks = Tasks()
    opened = []
    tasks.run(lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    dialog = LedgerDialog(tasks, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=TIMEOUT)
    return tasks, dialog


def _row_of(dialog, recipient_id):
    return next(i for i, e in enumerate(dialog.entries) if e.recipient_id == recipient_id)


def test_the_ledger_opens_the_very_report_sent_and_saves_it_again(qtbot, vault_info, tmp_path):
    import pypdf

    files = _ledger_with_three_reports(vault_info, tmp_path)
    tasks, dialog = _ledger_dialog(qtbot, vault_info)
    try:
        dialog.show()
        # Marco's report: the kept copy shown at once, and saved again byte for byte.
        dialog.table.selectRow(_row_of(dialog, "marco"))
        qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=TIMEOUT)
        pages = len(pypdf.PdfReader(tmp_path / "marco.pdf").pages)
        assert dialog.document.pageCount() == pages
        assert dialog.copy == files["marco"] and dialog.save_button.isEnabled()
        assert "The very file sent" in dialog.copy_status.text()
        dialog.save_copy_to(tmp_path / "again.pdf")
        qtbot.waitUntil(lambda: (tmp_path / "again.pdf").exists(), timeout=TIMEOUT)
        assert (tmp_path / "again.pdf").read_bytes() == files["marco"]
        dialog.check_selected()
        qtbot.waitUntil(lambda: "byte for byte" in dialog.outcome.text(), timeout=TIMEOUT)
        assert "its hash matches" in dialog.outcome.text()

        # Giulia's: encrypted, opened only with its password; the bytes stay encrypted.
        dialog.table.selectRow(_row_of(dialog, "giulia"))
        qtbot.waitUntil(lambda: dialog.copy == files["giulia"], timeout=TIMEOUT)
        assert dialog.password_row.isVisible() and dialog.document.pageCount() == 0
        dialog.password.setText("wrong")
        dialog.open_protected()
        assert "not the password" in dialog.copy_status.text()
        assert dialog.document.pageCount() == 0
        dialog.password.setText("hr only 7")
        dialog.open_protected()
        qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=TIMEOUT)
        dialog.save_copy_to(tmp_path / "giulia-again.pdf")
        qtbot.waitUntil(lambda: (tmp_path / "giulia-again.pdf").exists(), timeout=TIMEOUT)
        assert (tmp_path / "giulia-again.pdf").read_bytes() == files["giulia"]
        assert pypdf.PdfReader(tmp_path / "giulia-again.pdf").is_encrypted

        # Anna's: no copy kept; said so, nothing to save, the regeneration check remains.
        dialog.table.selectRow(_row_of(dialog, "anna"))
        qtbot.waitUntil(lambda: "No copy" in dialog.copy_status.text(), timeout=TIMEOUT)
        assert not dialog.save_button.isEnabled() and dialog.document.pageCount() == 0
        dialog.check_selected()
        qtbot.waitUntil(lambda: "byte for byte" in dialog.outcome.text(), timeout=TIMEOUT)
        assert "No copy of this report is kept." in dialog.outcome.text()
        assert dialog.model.index(_row_of(dialog, "anna"), 6).data() == "no"
    finally:
        dialog.close()
        tasks.shutdown()


def test_an_erasure_cut_short_by_a_full_disk_says_so_and_still_erases(
    qtbot, vault_info, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.errors import DiskFull
    from coachdesk.storage import erasure_repo

    def full(_db):
        raise DiskFull()

    monkeypatch.setattr(erasure_repo, "compact", full)
    _practice(vault_info.folder, vault_info.passphrase, ended_years_ago=3)
    root = _unlocked(qtbot, vault_info.folder, vault_info.passphrase)
    try:
        w = root.window
        qtbot.waitUntil(
            lambda: any(isinstance(d, RetentionDialog) for d in w._dialogs), timeout=TIMEOUT
        )
        notice = next(d for d in w._dialogs if isinstance(d, RetentionDialog))
        notice.erase_buttons["ada"].click()
        erasure = w._dialogs[-1]
        qtbot.waitUntil(lambda: erasure.erase_button.isEnabled(), timeout=TIMEOUT)
        with qtbot.waitSignal(erasure.erased, timeout=TIMEOUT):
            erasure.erase_button.click()
        qtbot.waitUntil(lambda: w.personal_data.erase_warning is not None, timeout=TIMEOUT)
        box = w.personal_data.erase_warning
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "could not be compacted" in box.text() and "when it opens" in box.text()
        assert w.statusBar().currentMessage() != "Erased."
        box.accept()
    finally:
        root.shutdown()
    monkeypatch.undo()
    # The next opening finishes the job.
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        assert people_repo.people(vault.db) == []
        assert vault.db.one("PRAGMA freelist_count")[0] == 0


def test_a_read_only_vault_says_so_in_the_window_instead_of_backing_up(
    qtbot, vault_info, monkeypatch
):
    from coachdesk.services import vault as vault_module

    _practice(vault_info.folder, vault_info.passphrase)
    (vault_info.folder / "vault.lock").unlink(missing_ok=True)
    monkeypatch.setattr(vault_module, "folder_is_read_only", lambda _folder: True)
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    root.start()
    root.dialog.passphrase.setText(vault_info.passphrase)
    root.dialog.unlock_button.click()
    w = root.window
    try:
        qtbot.waitUntil(lambda: w.backup_label.text() == "Read-only vault", timeout=TIMEOUT)
        assert "read-only" in w.backup_label.toolTip()
    finally:
        root.shutdown()
    assert not (vault_info.folder / "backups").exists()


def test_the_ledger_closed_while_it_is_still_loading_lets_its_work_finish_quietly(
    qtbot, vault_info, tmp_path
):
    import shiboken6

    from coachdesk.gui.dialogs.ledger import LedgerDialog
    from coachdesk.gui.tasks import Tasks

    _ledger_with_three_reports(vault_info, tmp_path)
    tasks = Tasks()
    opened = []
    tasks.run(lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    try:
        dialog = LedgerDialog(tasks, None)
        assert tasks.pending == 1  # its rows are still being read
        shiboken6.delete(dialog)  # closed and gone before they arrive
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=TIMEOUT)
    finally:
        tasks.shutdown()
