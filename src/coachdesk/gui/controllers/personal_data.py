"""Personal data and backups (spec §8): the backup status after an unlock, the retention
notice, the export of everything about a coachee, and erasure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coachdesk.gui import file_dialogs, labels, settings
from coachdesk.gui.background import Background
from coachdesk.gui.controllers.base import Controller
from coachdesk.gui.dialogs.privacy import ErasureDialog, RetentionDialog
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import backup, interchange, retention
from coachdesk.services.erasure import ErasureSummary
from coachdesk.services.vault import Vault

if TYPE_CHECKING:
    from coachdesk.gui.mainwindow import MainWindow

translate = QCoreApplication.translate


class PersonalDataController(Controller):
    def __init__(self, window: MainWindow, tasks: Tasks) -> None:
        super().__init__(window, tasks)
        self.label = window.backup_label
        self.file_dialog: QFileDialog | None = None
        self.erase_warning: QMessageBox | None = None
        self.background = Background(self)

    # -- after an unlock -----------------------------------------------------------------

    def after_unlock(self, vault_folder: Path) -> None:
        """The automatic backup when one is due, then the retention notice.

        What grows with the vault runs off the database thread, so the coach can open and
        edit at once: the backup's second half (hashing, zipping, checking the copy) and the
        authentication of every page that the first change of a session needs."""
        self.label.setText(translate("MainWindow", "Backing up…"))
        self.label.setStyleSheet("")
        folder = settings.backup_folder()
        now = dt.datetime.now()

        def start(ctx: Context) -> tuple[backup.UnlockBackup, Vault, Callable[[], bool] | None]:
            assert ctx.vault is not None
            started = backup.start_backup_on_unlock(ctx.vault, folder, now=now)
            check = None if ctx.vault.read_only else ctx.vault.page_check()
            return started, ctx.vault, check

        def started(result: tuple[backup.UnlockBackup, Vault, Callable[[], bool] | None]) -> None:
            unlock_backup, vault, check = result
            if check is not None:
                self.background.run(check, lambda ok: self._pages_checked(vault, ok))
            if unlock_backup.pending is None:
                self._backup_done(unlock_backup.state, now)
            else:
                self.background.run(
                    unlock_backup.finish,
                    lambda state: self._backup_done(state, now),
                    self._backup_failed,
                )

        self.tasks.run(start, started, self._backup_failed)
        today = dt.date.today()
        self.tasks.run(lambda ctx: retention.retention_notice(ctx.db, today), self._retention)

    def _pages_checked(self, vault: Vault, authenticated: bool) -> None:
        def accept(ctx: Context) -> None:
            if ctx.vault is vault:  # the same session (not locked and unlocked since)
                vault.accept_page_check(authenticated)

        self.tasks.run(accept)

    def _backup_done(self, state: backup.BackupState, now: dt.datetime) -> None:
        if state.read_only:
            self.label.setText(translate("MainWindow", "Read-only vault"))
            self.label.setToolTip(
                translate(
                    "MainWindow",
                    "The vault's folder is read-only: its notes can be read, searched, "
                    "reported on and exported, but not changed, and it is not backed up.",
                )
            )
            self.label.setStyleSheet("color: #8a5a00; font-weight: 600;")
            return
        if state.newest is None:
            self._backup_failed(None)
            return
        when = labels.date_time(state.newest.created)
        if state.stale(now):
            self.label.setText(
                translate("MainWindow", "⚠ Last backup {when}: over a week old").format(when=when)
            )
            self.label.setStyleSheet("color: #b3261e;")
        else:
            self.label.setText(translate("MainWindow", "Last backup: {when}").format(when=when))
            self.label.setStyleSheet("color: #5f6b7a;")
        self.label.setToolTip(str(state.newest.path.parent))

    def _backup_failed(self, exc: Exception | None) -> None:
        reason = error_text(exc) if exc is not None else translate("MainWindow", "no backup exists")
        self.label.setText(translate("MainWindow", "⚠ Backup failed"))
        self.label.setToolTip(reason)
        self.label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.status(
            translate("MainWindow", "The automatic backup failed: {reason}").format(reason=reason),
            15000,
        )

    def _retention(self, rows: list[retention.ExpiredRow]) -> None:
        if not rows:
            return
        dialog = RetentionDialog(rows, self.window)
        dialog.erase_requested.connect(self._open_erasure)
        self.window.show_dialog(dialog)

    # -- the coachee's data ------------------------------------------------------------

    def export_coachee(self) -> None:
        page = self.window.engagement.page
        if page is None:
            return
        coachee = page.engagement.coachee_id
        self.file_dialog = file_dialogs.save_file(
            self.window,
            translate("MainWindow", "Export everything about the coachee"),
            f"access-request-{dt.date.today().isoformat()}.json",
            lambda path: self.export_coachee_to(coachee, path),
            name_filter=translate("MainWindow", "CoachDesk data (*.json)"),
            suffix="json",
        )

    def export_coachee_to(self, coachee_id: str, path: Path) -> None:
        def work(ctx: Context) -> tuple[int, int]:
            assert ctx.vault is not None
            return interchange.export_to_file(ctx.vault, path, coachee_id)

        def done(counts: tuple[int, int]) -> None:
            self.status(
                translate(
                    "MainWindow", "Exported to {name}: engagements ({e}), note items ({i})"
                ).format(e=counts[0], i=counts[1], name=path.name),
                10000,
            )

        self.tasks.run(work, done, lambda exc: self.status(error_text(exc), 10000))

    def ask_erase_coachee(self) -> None:
        page = self.window.engagement.page
        if page is None:
            return
        coachee = page.engagement.coachee_id
        self._open_erasure(coachee, page.names.get(coachee, ""))

    def _open_erasure(self, person_id: str, name: str) -> None:
        self.window.editor.flush()
        dialog = ErasureDialog(self.tasks, person_id, name, self.window)
        dialog.erased.connect(self._erased)
        self.window.show_dialog(dialog)

    def _erased(self, summary: ErasureSummary) -> None:
        w = self.window
        page = w.engagement.page
        # Nothing about the erased person stays on screen: not the session, nor the goals,
        # the agreement, the actions or the details of an engagement they were part of.
        if page is not None and page.engagement.role_of(summary.person_id) is not None:
            w.engagement.forget()
        if summary.compacted:
            self.status(translate("MainWindow", "Erased."), 8000)
        else:
            # The rows are gone but the file could not be compacted (a full disk): say so,
            # and that the next opening of the vault finishes the job.
            self.erase_warning = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("MainWindow", "Erasure not finished"),
                translate(
                    "MainWindow",
                    "The coachee's data was deleted, but the vault file could not be "
                    "compacted (most often the disk is full), so some of their words may "
                    "still sit in unused parts of it. Free some space, then lock and unlock "
                    "the vault: "
                    "CoachDesk finishes the job when it opens.",
                ),
                QMessageBox.StandardButton.Ok,
                w,
            )
            self.erase_warning.open()
        w.navigator.refresh()
