"""What the vault dialogs (first run and unlock) share: fields that hide the passphrase typed,
the strength hint under a new passphrase, the busy bar shown while the key is derived, and
the monospace font a recovery code is shown and typed in."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from coachdesk.services import vault as vault_service


def strength_hint(passphrase: str) -> int:
    """A rough score: 0 too short, 1 weak, 2 good, 3 strong. Length matters most."""
    n = len(passphrase)
    words = len(passphrase.split())
    if n < vault_service.MIN_PASSPHRASE_LENGTH:
        return 0
    if n >= 20 or (words >= 4 and n >= 16):
        return 3
    if n >= 14 or words >= 3:
        return 2
    return 1


def secret_field(name: str) -> QLineEdit:
    """A field that shows dots for what is typed; ``name`` is what a screen reader says."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class StrengthLabel(QLabel):
    """How strong the passphrase typed in ``field`` is, following every keystroke; empty
    while the field is."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        field.textChanged.connect(self.show_strength)

    def show_strength(self, text: str) -> None:
        words = [
            self.tr("Too short: at least 8 characters."),
            self.tr("Weak: a few more words would help."),
            self.tr("Good."),
            self.tr("Strong."),
        ]
        self.setText(words[strength_hint(text)] if text else "")


def busy_bar() -> QProgressBar:
    """A thin bar that moves without a percentage (the key derivation takes a moment);
    hidden until the work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


def monospace_font() -> QFont:
    """For a recovery code: every character as wide as the next, 0 unlike O."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
