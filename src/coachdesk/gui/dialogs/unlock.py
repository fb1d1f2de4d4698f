"""The unlock dialog: passphrase in, vault open on the database thread, never blocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import VaultDamaged, VaultInUse, VaultMissing, WrongPassphrase
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks


class UnlockDialog(QDialog):
    """Asks for the passphrase and opens the vault in the worker.

    ``unlocked`` is emitted once the vault is open; ``fatal`` when it cannot be opened at
    all (damaged, in use, missing), with the message to show.
    """

    unlocked = Signal()
    fatal = Signal(str)

    def __init__(self, tasks: Tasks, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._folder = folder
        self.setWindowTitle(self.tr("Unlock CoachDesk"))
        self.setModal(True)
        self.setMinimumWidth(420)

        intro = QLabel(self.tr("Enter your passphrase to open your notes."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a23b2a;")
        self.message.setAccessibleName(self.tr("Unlock status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the key derivation takes a moment
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        self._set_busy(True)
        folder = self._folder
        self._tasks.run(lambda ctx: Context.open(ctx, folder, secret), self._opened, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Unlocking…"))

    def _opened(self, _folder: object) -> None:
        self.passphrase.clear()
        self._set_busy(False)
        self.message.clear()
        self.unlocked.emit()  # before closing, so a window is always on screen
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.message.setText(self.tr("Wrong passphrase. Please try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if isinstance(exc, VaultInUse | VaultDamaged | VaultMissing):
            self.hide()  # not rejected: the app quits once the message has been read
            self.fatal.emit(error_text(exc))
            return
        self.message.setText(error_text(exc))
