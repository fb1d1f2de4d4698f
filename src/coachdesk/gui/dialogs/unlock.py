"""The unlock dialog: passphrase in, vault open on the database thread, never blocking.

A second page sets a new passphrase with the recovery code (spec: "use recovery code"):
only ``vault.keys`` is rewritten, then the vault opens with the new passphrase, in the same
task on the worker.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import (
    CoachDeskError,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryCode,
)
from coachdesk.gui.dialogs.passphrase import busy_bar, secret_field
from coachdesk.gui.dialogs.recovery_form import RecoveryForm
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import vault as vault_service


class _OpenFailedAfterRecovery(CoachDeskError):
    """The new passphrase was set but the vault did not open; ``cause`` says why.

    Carries no secret: only the error the opening raised.
    """

    def __init__(self, cause: Exception) -> None:
        super().__init__("the new passphrase is set but the vault could not be opened")
        self.cause = cause


def _drop_frames(exc: BaseException) -> None:
    """Clear the worker's frames an error carries, with its cause and context.

    Their locals hold the passphrase or the recovery code; and the key file raises an error
    it keeps in a local, a cycle that would keep the task, and this dialog, alive until the
    garbage collector happens by.
    """
    pending: list[BaseException | None] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        pending += [current.__cause__, current.__context__]


class UnlockDialog(QDialog):
    """Asks for the passphrase and opens the vault in the worker.

    ``unlocked`` is emitted once the vault is open (with the passphrase, or with a new
    passphrase set by the recovery code); ``fatal`` when it cannot be opened at all
    (damaged, in use, missing), with the message to show.
    """

    unlocked = Signal()
    fatal = Signal(str)
    painted = Signal()  # once, when the dialog is first drawn (the start-up figure stops)

    def __init__(self, tasks: Tasks, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._folder = folder
        self._busy = False
        self._painted = False
        self.setWindowTitle(self.tr("Unlock CoachDesk"))
        self.setModal(True)
        self.setMinimumWidth(460)

        # Two pages, one shown at a time. Not a QStackedWidget: it would size the short
        # passphrase page by the taller recovery form (its wrapped text's height-for-width).
        self.passphrase_page = self._passphrase_page()
        self.recovery_page = RecoveryForm()
        # The form's fields, by the names the flows below (and the tests) use.
        self.recovery_code, self.new_passphrase, self.repeat_passphrase = (
            self.recovery_page.fields()
        )
        self.strength = self.recovery_page.strength
        self._page = self.passphrase_page

        self.message = QLabel()
        self.message.setWordWrap(True)
        self._tone(problem=True)
        self.message.setAccessibleName(self.tr("Unlock status"))
        self.progress = busy_bar()

        # One button box for both pages; each page shows its own pair.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.recover_button = self.buttons.addButton(
            self.tr("&Set new passphrase and unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = self.buttons.addButton(
            self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase_page)
        layout.addWidget(self.recovery_page)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show_page(self.passphrase_page)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def _tone(self, *, problem: bool) -> None:
        """Problems in red; progress ("Unlocking…") in the ordinary text colour."""
        self.message.setStyleSheet("color: #a23b2a;" if problem else "")

    # -- pages ---------------------------------------------------------------------------

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Enter your passphrase to open your notes."))
        intro.setWordWrap(True)
        self.passphrase = secret_field(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.use_recovery_button = QPushButton(self.tr("Use the &recovery code…"))
        self.use_recovery_button.setToolTip(
            self.tr("Forgot your passphrase? Set a new one with your recovery code.")
        )
        self.use_recovery_button.clicked.connect(self.show_recovery)
        row = QHBoxLayout()
        row.addWidget(self.use_recovery_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addSpacing(4)
        layout.addLayout(row)
        return page

    def _show_page(self, page: QWidget) -> None:
        on_recovery = page is self.recovery_page
        self._page = page
        self.passphrase_page.setVisible(not on_recovery)
        self.recovery_page.setVisible(on_recovery)
        self.unlock_button.setVisible(not on_recovery)
        self.cancel_button.setVisible(not on_recovery)
        self.recover_button.setVisible(on_recovery)
        self.back_button.setVisible(on_recovery)
        # Enter clicks the visible page's main button.
        (self.recover_button if on_recovery else self.unlock_button).setDefault(True)
        self.message.clear()
        self.adjustSize()
        field = self.recovery_code if on_recovery else self.passphrase
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_recovery(self) -> None:
        """Switch to the recovery form."""
        if self._busy:
            return
        self.passphrase.clear()
        self._show_page(self.recovery_page)

    def show_passphrase(self) -> None:
        """Back to the passphrase page; nothing typed in the recovery form is kept."""
        if self._busy:
            return
        self.recovery_page.clear_fields()
        self._show_page(self.passphrase_page)

    def on_recovery_page(self) -> bool:
        return self._page is self.recovery_page

    # -- keyboard and closing ------------------------------------------------------------

    def reject(self) -> None:
        """Escape and Back: from the recovery form, back to the passphrase page; from the
        passphrase page, close (the app quits while locked)."""
        if self.on_recovery_page():
            self.show_passphrase()  # ignored while the new passphrase is being set
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The title bar's close button closes from either page, except mid-recovery.
        if self._busy and self.on_recovery_page():
            event.ignore()
            return
        if self.isVisible():
            self.recovery_page.clear_fields()
            super().reject()
        event.accept()

    # -- work ----------------------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        if self.on_recovery_page():
            self._recover()
        else:
            self._unlock()

    def _unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        self._set_busy(True)
        folder = self._folder
        self._tasks.run(lambda ctx: Context.open(ctx, folder, secret), self._opened, self._failed)

    def _recover(self) -> None:
        refusal = self.recovery_page.refusal()
        if refusal is not None:
            self._refuse(*refusal)
            return
        code, new = self.recovery_code.text(), self.new_passphrase.text()
        self._set_busy(True)
        folder = self._folder

        def work(ctx: Context) -> Path:
            vault_service.recover(folder, code, new)  # nothing changes on disk if it fails
            try:
                return ctx.open(folder, new)
            except Exception as exc:
                raise _OpenFailedAfterRecovery(exc) from exc

        self._tasks.run(work, self._opened, self._recovery_failed)

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        field.selectAll()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (
            self.passphrase,
            self.use_recovery_button,
            self.unlock_button,
            self.recovery_code,
            self.new_passphrase,
            self.repeat_passphrase,
            self.recover_button,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        self._tone(problem=not busy)
        if busy:
            self.message.setText(
                self.tr("Setting the new passphrase…")
                if self.on_recovery_page()
                else self.tr("Unlocking…")
            )

    def _opened(self, _folder: object) -> None:
        self.passphrase.clear()
        self.recovery_page.clear_fields()
        self._set_busy(False)
        self.message.clear()
        self.unlocked.emit()  # before closing, so a window is always on screen
        self.accept()

    def _failed(self, exc: Exception) -> None:
        _drop_frames(exc)
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

    def _recovery_failed(self, exc: Exception) -> None:
        _drop_frames(exc)
        self._set_busy(False)
        if isinstance(exc, _OpenFailedAfterRecovery):
            # The passphrase did change: the recovery form has done its job.
            self.show_passphrase()
            self.message.setText(
                self.tr(
                    "Your new passphrase is set, but the vault could not be opened: {reason}"
                ).format(reason=error_text(exc.cause))
            )
            return
        if isinstance(exc, WrongRecoveryCode):
            self._refuse(
                self.tr(
                    "That recovery code does not open this vault. Check it and try again; "
                    "nothing was changed."
                ),
                self.recovery_code,
            )
            return
        self.message.setText(error_text(exc))
