"""The small editing dialogs' shape (gui/dialogs/form.py): OK goes through check(), a
missing field is said in red and gets the cursor, Cancel rejects."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from coachdesk.gui.dialogs.form import REFUSAL_STYLE, FormDialog


class NameDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.form.addRow("&Name:", self.name)
        self.extra = QPushButton("Extra")
        self.lay_out(self.extra)

    def check(self) -> None:
        if self.filled(self.name, "Type a name."):
            self.accept()


def ok(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_ok_with_an_empty_field_says_what_is_missing_and_stays_open(qtbot):
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("   ")
    dialog.extra.setFocus()
    assert dialog.focusWidget() is dialog.extra
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.isVisible()
    assert dialog.message.text() == "Type a name."
    assert dialog.message.styleSheet() == REFUSAL_STYLE
    assert dialog.focusWidget() is dialog.name


def test_ok_with_the_field_filled_accepts(qtbot):
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Acme")
    with qtbot.waitSignal(dialog.accepted):
        ok(dialog)
    assert dialog.message.text() == ""


def test_cancel_rejects(qtbot):
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_the_form_comes_first_then_what_is_between_then_the_message_and_the_buttons(qtbot):
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    layout = dialog.layout()
    assert layout.itemAt(0).layout() is dialog.form
    assert [layout.itemAt(i).widget() for i in (1, 2, 3)] == [
        dialog.extra,
        dialog.message,
        dialog.buttons,
    ]


def test_a_dialog_that_refuses_nothing_has_no_message_line_and_ok_accepts(qtbot):
    dialog = FormDialog()
    qtbot.addWidget(dialog)
    dialog.lay_out(message=False)
    layout = dialog.layout()
    assert layout.count() == 2 and layout.itemAt(1).widget() is dialog.buttons
    assert dialog.message.parent() is dialog and dialog.message.isHidden()
    assert dialog.findChildren(QLabel) == [dialog.message]
    with qtbot.waitSignal(dialog.accepted):
        ok(dialog)
