"""The Settings menu: the coach profile, the language, the backup folder and the idle lock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from coachdesk.gui import file_dialogs, settings
from coachdesk.gui.controllers.base import Controller
from coachdesk.gui.tasks import Tasks

if TYPE_CHECKING:
    from coachdesk.gui.mainwindow import MainWindow

translate = QCoreApplication.translate


class SettingsController(Controller):
    def __init__(self, window: MainWindow, tasks: Tasks) -> None:
        super().__init__(window, tasks)
        self.language_box: QMessageBox | None = None
        self.idle_dialog: QInputDialog | None = None
        self.file_dialog: QFileDialog | None = None

    def open_coach_profile(self) -> None:
        """Settings → Coach profile…: name, credentials, letterhead and logo (spec §3)."""
        from coachdesk.gui.dialogs.coach_profile import CoachProfileDialog

        self.window.show_dialog(CoachProfileDialog(self.tasks, self.window))

    def language_chosen(self, action: QAction) -> None:
        settings.set_language(str(action.data()))
        # The window's texts are set as it is built: say plainly that a restart shows the
        # new language, and offer it (the notes are saved and the vault closed first).
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Language"),
            translate(
                "MainWindow",
                "CoachDesk shows the new language after a restart. Restart now? Your notes "
                "are saved first; you will type your passphrase again.",
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        restart = box.addButton(
            translate("MainWindow", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)

        def answered() -> None:
            if box.clickedButton() is restart:
                self.window.restart_requested.emit()
            else:
                self.status(
                    translate(
                        "MainWindow", "The new language applies the next time CoachDesk starts."
                    ),
                    8000,
                )

        box.finished.connect(answered)
        self.language_box = box
        box.open()

    def ask_idle_minutes(self) -> None:
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(translate("MainWindow", "Lock after idle time"))
        dialog.setLabelText(
            translate("MainWindow", "Lock CoachDesk after this many minutes without use:")
        )
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 240)
        dialog.setIntValue(settings.idle_lock_minutes())

        def chosen(minutes: int) -> None:
            settings.set_idle_lock_minutes(minutes)
            self.window.idle_minutes_changed.emit(settings.idle_lock_minutes())

        dialog.intValueSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.idle_dialog = dialog

    def ask_backup_folder(self) -> None:
        self.file_dialog = file_dialogs.choose_folder(
            self.window,
            translate("MainWindow", "Folder for automatic backups"),
            lambda path: self._backup_folder_chosen(str(path)),
            folder=settings.backup_folder(),
        )

    def _backup_folder_chosen(self, name: str) -> None:
        settings.set_backup_folder(Path(name) if name else None)
        self.status(
            translate(
                "MainWindow", "Automatic backups go to {folder} from the next unlock."
            ).format(folder=name),
            8000,
        )
