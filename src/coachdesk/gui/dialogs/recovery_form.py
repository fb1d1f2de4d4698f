"""The unlock dialog's second page (spec: "use recovery code"): the recovery code, and a new
passphrase typed twice under its strength hint. It checks what is typed before any slow
work; the dialog does the work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coachdesk.errors import InvalidInput
from coachdesk.gui.dialogs.passphrase import StrengthLabel, monospace_font, secret_field
from coachdesk.services import vault as vault_service


class RecoveryForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Type the recovery code you stored when you created the vault, then choose a "
                "new passphrase. Your notes stay as they are; only the passphrase changes."
            )
        )
        intro.setWordWrap(True)
        self.recovery_code = QLineEdit()
        self.recovery_code.setAccessibleName(self.tr("Recovery code"))
        self.recovery_code.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhPreferUppercase
        )
        self.recovery_code.setFont(monospace_font())
        self.new_passphrase = secret_field(self.tr("New passphrase"))
        self.repeat_passphrase = secret_field(self.tr("Repeat new passphrase"))
        self.strength = StrengthLabel(self.new_passphrase)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))

        code_label = QLabel(self.tr("Recovery &code:"))
        code_label.setBuddy(self.recovery_code)
        new_label = QLabel(self.tr("&New passphrase:"))
        new_label.setBuddy(self.new_passphrase)
        repeat_label = QLabel(self.tr("Re&peat:"))
        repeat_label.setBuddy(self.repeat_passphrase)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(code_label, self.recovery_code)
        form.addRow(new_label, self.new_passphrase)
        form.addRow(repeat_label, self.repeat_passphrase)
        form.addRow("", self.strength)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)

    def fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.recovery_code, self.new_passphrase, self.repeat_passphrase

    def refusal(self) -> tuple[str, QLineEdit] | None:
        """Why what is typed cannot be tried yet, and the field to correct; None when the
        code has the shape of a recovery code and the new passphrase is usable."""
        code, new = self.recovery_code.text(), self.new_passphrase.text()
        if not code.strip():
            return self.tr("Type your recovery code first."), self.recovery_code
        if not vault_service.recovery_code_is_well_formed(code):
            return (
                self.tr("That is not a valid recovery code. Check it for a typo."),
                self.recovery_code,
            )
        try:
            vault_service.check_new_passphrase(new)
        except InvalidInput:
            return (
                self.tr("The new passphrase needs at least 8 characters."),
                self.new_passphrase,
            )
        if new != self.repeat_passphrase.text():
            return self.tr("The two new passphrases differ."), self.repeat_passphrase
        return None

    def clear_fields(self) -> None:
        """Nothing typed here stays in memory longer than needed."""
        for field in self.fields():
            field.clear()
