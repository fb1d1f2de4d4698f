"""What the vault dialogs share (gui/dialogs/passphrase.py): the strength hint, the hidden
passphrase fields, the busy bar and the recovery code's font."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLineEdit

from coachdesk.gui.dialogs.passphrase import (
    StrengthLabel,
    busy_bar,
    monospace_font,
    secret_field,
    strength_hint,
)
from coachdesk.services import vault as vault_service


def test_the_hint_grows_with_length_and_words():
    assert strength_hint("") == 0
    assert strength_hint("short") == 0
    assert strength_hint("x" * vault_service.MIN_PASSPHRASE_LENGTH) == 1
    assert strength_hint("correct horse") == 1
    assert strength_hint("one two three") == 2  # three words
    assert strength_hint("x" * 14) == 2
    assert strength_hint("four words are good") == 3  # four words, 16 characters or more
    assert strength_hint("x" * 20) == 3


@given(st.text(max_size=40))
def test_a_passphrase_the_vault_refuses_is_always_too_short(passphrase):
    hint = strength_hint(passphrase)
    assert 0 <= hint <= 3
    assert (hint == 0) == (len(passphrase) < vault_service.MIN_PASSPHRASE_LENGTH)


def test_the_strength_label_follows_the_field_and_is_empty_with_it(qtbot):
    field = secret_field("Passphrase")
    label = StrengthLabel(field)
    qtbot.addWidget(field)
    qtbot.addWidget(label)
    assert label.text() == ""
    field.setText("short")
    assert label.text() == "Too short: at least 8 characters."
    field.setText("correct horse")
    assert label.text() == "Weak: a few more words would help."
    field.setText("one two three")
    assert label.text() == "Good."
    field.setText("four words are good")
    assert label.text() == "Strong."
    field.clear()
    assert label.text() == ""


def test_a_secret_field_hides_what_is_typed_and_has_a_name(qtbot):
    field = secret_field("New passphrase")
    qtbot.addWidget(field)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.accessibleName() == "New passphrase"


def test_the_busy_bar_is_thin_hidden_and_moves_without_a_percentage(qtbot):
    bar = busy_bar()
    qtbot.addWidget(bar)
    assert bar.isHidden() and not bar.isTextVisible()
    assert (bar.minimum(), bar.maximum()) == (0, 0) and bar.maximumHeight() == 6


def test_the_recovery_code_font_is_monospace(qtbot):
    assert QFontInfo(monospace_font()).fixedPitch()
