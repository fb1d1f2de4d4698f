"""The unlock dialog's recovery page (gui/dialogs/recovery_form.py): what is typed is
checked in order before any slow work, each refusal pointing at the field to correct."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from coachdesk.gui.dialogs.recovery_form import RecoveryForm
from coachdesk.services import vault as vault_service

NEW = "a brand new passphrase"


def form(qtbot, code: str, new: str = NEW, again: str = NEW) -> RecoveryForm:
    page = RecoveryForm()
    qtbot.addWidget(page)
    page.recovery_code.setText(code)
    page.new_passphrase.setText(new)
    page.repeat_passphrase.setText(again)
    return page


def a_code() -> str:
    from coachdesk.security import recovery

    return recovery.generate()


def test_a_well_formed_code_and_two_equal_new_passphrases_are_accepted(qtbot):
    assert form(qtbot, a_code()).refusal() is None
    assert form(qtbot, a_code().lower()).refusal() is None  # typed from paper


def test_each_problem_is_said_in_order_with_its_field(qtbot):
    page = form(qtbot, "  ", "short", "other")
    assert page.refusal() == ("Type your recovery code first.", page.recovery_code)
    page.recovery_code.setText("not a code")
    assert page.refusal() == (
        "That is not a valid recovery code. Check it for a typo.",
        page.recovery_code,
    )
    page.recovery_code.setText(a_code())
    assert page.refusal() == (
        "The new passphrase needs at least 8 characters.",
        page.new_passphrase,
    )
    page.new_passphrase.setText(NEW)
    assert page.refusal() == ("The two new passphrases differ.", page.repeat_passphrase)


def test_the_new_passphrase_follows_the_vault_s_own_rule(qtbot):
    shortest = "x" * vault_service.MIN_PASSPHRASE_LENGTH
    assert form(qtbot, a_code(), shortest, shortest).refusal() is None
    assert form(qtbot, a_code(), shortest[1:], shortest[1:]).refusal() is not None


def test_clear_fields_leaves_nothing_typed(qtbot):
    page = form(qtbot, a_code())
    page.clear_fields()
    assert [f.text() for f in page.fields()] == ["", "", ""]
    assert page.strength.text() == ""


def test_every_field_has_a_name_a_labelled_mnemonic_and_the_passphrases_are_hidden(qtbot):
    page = form(qtbot, "")
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel)}
    for field in page.fields():
        assert field.accessibleName() and "&" in buddies[field]
    assert page.new_passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert page.repeat_passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert page.recovery_code.echoMode() == QLineEdit.EchoMode.Normal  # checked by eye
