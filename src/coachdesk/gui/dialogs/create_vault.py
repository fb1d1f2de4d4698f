"""First run: the vault's folder and passphrase; the coach's name, credentials and letterhead
(spec §3); then the vault is created and its recovery code shown once."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import CoachDeskError
from coachdesk.gui import file_dialogs
from coachdesk.gui.dialogs.passphrase import StrengthLabel, busy_bar, monospace_font, secret_field
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.profile_fields import ProfileFields, grow_to_fit
from coachdesk.services import profile as profile_service
from coachdesk.services import vault as vault_service


class CreateVaultDialog(QDialog):
    """Three steps: where and which passphrase; the coach profile (the name is required);
    then the vault is created and its recovery code shown, to be confirmed as stored.

    The pages keep the order they had before the profile step (the recovery code is page 1,
    the profile page 2); the steps go 0, 2, 1."""

    created = Signal(object)  # the vault folder

    def __init__(self, tasks: Tasks, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(self.tr("Welcome to CoachDesk"))
        self.setMinimumWidth(520)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._first_page(folder))
        self.code_page = self._code_page()
        self.pages.addWidget(self.code_page)
        self.profile_page = self._profile_page()
        self.pages.addWidget(self.profile_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- step 1 ------------------------------------------------------------------------

    def _first_page(self, folder: Path) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "CoachDesk keeps your notes in an encrypted vault on this computer. Choose a "
                "passphrase: a few unrelated words are easy to remember and hard to guess. "
                "Nobody can recover your notes without it or the recovery code."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(self.tr("Vault folder"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        self.passphrase = secret_field(self.tr("Passphrase"))
        self.repeat = secret_field(self.tr("Repeat passphrase"))
        self.strength = StrengthLabel(self.passphrase)
        form = QFormLayout()
        form.addRow(self.tr("Vault folder:"), row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.strength)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a23b2a;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.next_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.next_button.setText(self.tr("&Next"))
        buttons.accepted.connect(self._next)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _browse(self) -> None:
        self._folder_dialog = file_dialogs.choose_folder(
            self,
            self.tr("Folder for the vault"),
            lambda chosen: self.folder.setText(str(chosen / "CoachDesk vault")),
        )

    def _next(self) -> None:
        """Step 1 checked (nothing is created yet): on to the coach profile."""
        secret, again = self.passphrase.text(), self.repeat.text()
        if len(secret) < vault_service.MIN_PASSPHRASE_LENGTH:
            self.message.setText(self.tr("The passphrase needs at least 8 characters."))
            return
        if secret != again:
            self.message.setText(self.tr("The two passphrases differ."))
            return
        folder = Path(self.folder.text()).expanduser()
        if vault_service.vault_exists(folder):
            self.message.setText(self.tr("There is already a vault in that folder."))
            return
        self.message.clear()
        self.pages.setCurrentWidget(self.profile_page)
        self._fit()
        self.profile.name.setFocus()

    def _fit(self) -> None:
        if self.pages.currentWidget() is self.profile_page:
            grow_to_fit(self)

    # -- step 2: the coach profile -------------------------------------------------------

    def _profile_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Your name, credentials and letterhead head every report you give. Only your "
                "name is needed now; you can change all of it later in Settings → Coach "
                "profile…, and add a logo there."
            )
        )
        intro.setWordWrap(True)
        self.profile = ProfileFields(self._tasks, page, with_logo=False)
        self.profile_message = QLabel()
        self.profile_message.setWordWrap(True)
        self.profile_message.setStyleSheet("color: #a23b2a;")
        self.profile.changed.connect(self.profile_message.clear)
        self.profile.changed.connect(self._fit)  # the preview grows with the lines
        self.progress = busy_bar()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create &vault"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.profile)
        layout.addWidget(self.progress)
        layout.addWidget(self.profile_message)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _create(self) -> None:
        secret = self.passphrase.text()
        folder = Path(self.folder.text()).expanduser()
        profile = profile_service.normalised(self.profile.profile())
        try:
            profile_service.check_profile(profile)  # no logo here: nothing slow
        except CoachDeskError as exc:
            self.profile_message.setText(error_text(exc))
            self.profile.name.setFocus()
            return
        self.progress.show()
        self.create_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.profile_message.setText(self.tr("Creating the vault…"))

        def work(ctx: Context) -> tuple[Path, str]:
            vault, code = vault_service.create_vault(folder, secret)
            ctx.adopt(vault)
            # The vault exists now and its code must be shown whatever happens next; a
            # profile that could not be stored is asked for again before the first report.
            with contextlib.suppress(CoachDeskError):
                profile_service.save_profile(vault.db, profile)
            return folder, code

        self._tasks.run(work, self._done, self._failed)

    def _failed(self, exc: Exception) -> None:
        # Nothing was created: back to the folder and passphrase, saying why.
        self.progress.hide()
        self.create_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self.profile_message.clear()
        self.pages.setCurrentIndex(0)
        self.message.setText(error_text(exc))

    def _done(self, result: tuple[Path, str]) -> None:
        self._folder, code = result
        self.passphrase.clear()
        self.repeat.clear()
        self.code.setText(code)
        self.progress.hide()
        self.pages.setCurrentWidget(self.code_page)
        self.stored.setFocus()

    # -- step 3 ------------------------------------------------------------------------

    def _code_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "This is your recovery code. It opens the vault if you forget your passphrase. "
                "It is shown only now: write it down or save it, and keep it away from this "
                "computer."
            )
        )
        intro.setWordWrap(True)
        self.code = QLabel()
        font = monospace_font()
        font.setPointSize(14)
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Recovery code"))
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.text()))
        save = QPushButton(self.tr("&Save as text file…"))
        save.clicked.connect(self._save_code)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(save)
        print_button = QPushButton(self.tr("&Print…"))
        print_button.clicked.connect(self._print_code)
        row.addWidget(print_button)
        row.addStretch(1)
        self.stored = QCheckBox(self.tr("I &have stored the recovery code safely"))
        self.finish = QPushButton(self.tr("&Open my vault"))
        self.finish.setEnabled(False)
        self.stored.toggled.connect(self.finish.setEnabled)
        self.finish.clicked.connect(self._finish)
        self.code_message = QLabel()
        self.code_message.setWordWrap(True)
        self.code_message.setStyleSheet("color: #a23b2a;")
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addLayout(row)
        layout.addWidget(self.code_message)
        layout.addStretch(1)
        layout.addWidget(self.stored)
        layout.addWidget(self.finish)
        return page

    def _print_code(self) -> None:
        """Print the code on paper (straight to the printer: no file is written)."""
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))

        dialog.accepted.connect(lambda: self.print_on(printer))
        dialog.finished.connect(dialog.deleteLater)
        self._print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_on(self, printer: QPrinter) -> None:
        document = QTextDocument()
        document.setPlainText(self.recovery_text())
        document.print_(printer)

    def recovery_text(self) -> str:
        return self.tr("CoachDesk recovery code: {code}\n").format(code=self.code.text())

    def _save_code(self) -> None:
        self._save_dialog = file_dialogs.save_file(
            self,
            self.tr("Save the recovery code"),
            "coachdesk-recovery-code.txt",
            self.save_code_to,
        )

    def save_code_to(self, path: Path) -> None:
        """Write the code to a text file the coach chose (to keep away from this computer)."""
        try:
            vault_service.save_recovery_code(path, self.recovery_text())
        except OSError:
            self.code_message.setText(self.tr("The file could not be written there."))
        else:
            self.code_message.setText(self.tr("Saved. Keep the file away from this computer."))

    def reject(self) -> None:
        # Once the vault exists, the code must be confirmed as stored before leaving.
        if self.pages.currentWidget() is self.code_page and not self.stored.isChecked():
            self.stored.setFocus()
            return
        super().reject()

    def _finish(self) -> None:
        self.code.clear()
        self.created.emit(self._folder)
        self.accept()
