"""The shape of the small editing dialogs (organisation, person, engagement, action, KPI): a
form, a red line that says what is missing, and OK / Cancel. OK goes through ``check()``,
which accepts the dialog or says why not; nothing is stored by the dialog itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

REFUSAL_STYLE = "color: #b3261e;"


class FormDialog(QDialog):
    """Subclasses fill ``self.form`` (and may put more between it and the message), then
    call :meth:`lay_out`; they override :meth:`check` to refuse what cannot be saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setStyleSheet(REFUSAL_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)

    def lay_out(
        self, *between: QWidget | QLayout | tuple[QWidget, int], message: bool = True
    ) -> None:
        """The form, then ``between`` in order (a widget with its stretch factor as a
        pair), the message (unless the dialog refuses nothing) and the buttons."""
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for part in between:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            elif isinstance(part, tuple):
                layout.addWidget(*part)
            else:
                layout.addWidget(part)
        if message:
            layout.addWidget(self.message)
        else:  # kept with the dialog, never shown
            self.message.setParent(self)
            self.message.hide()
        layout.addWidget(self.buttons)

    def check(self) -> None:
        self.accept()

    def filled(self, field: QLineEdit, missing: str) -> bool:
        """Whether ``field`` has more than spaces; if not, says ``missing`` and puts the
        cursor there."""
        if field.text().strip():
            return True
        self.message.setText(missing)
        field.setFocus()
        return False
