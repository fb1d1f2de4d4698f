"""Unlocking with the recovery code: a new passphrase is set, the vault opens with it.

Driven like a coach would, through the real App, worker thread and SQLCipher vault.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from coachdesk.errors import WrongPassphrase
from coachdesk.gui.app import App
from coachdesk.gui.dialogs.unlock import UnlockDialog
from coachdesk.security import recovery
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000
NEW_PASSPHRASE = "a brand new passphrase"


def _files(folder: Path) -> dict[str, bytes]:
    """Every file of the vault but its lock file, byte for byte."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "vault.lock"}


@pytest.fixture
def app(qtbot, vault_info):
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    yield root
    root.shutdown()
    if root.dialog is not None:  # still asking: put it away without quitting the app
        root.dialog.hide()
        root.dialog.deleteLater()


def _recovery_form(qtbot, root: App) -> UnlockDialog:
    root.start()
    dialog = root.dialog
    assert isinstance(dialog, UnlockDialog)
    assert not dialog.on_recovery_page()
    dialog.use_recovery_button.click()
    assert dialog.on_recovery_page()
    assert dialog.recovery_page.isVisible() and not dialog.passphrase_page.isVisible()
    assert dialog.recover_button.isVisible() and not dialog.unlock_button.isVisible()
    return dialog


def _fill(dialog: UnlockDialog, code: str, new: str, again: str) -> None:
    dialog.recovery_code.setText(code)
    dialog.new_passphrase.setText(new)
    dialog.repeat_passphrase.setText(again)


def _other_code(code: str) -> str:
    while (other := recovery.generate()) == code:
        pass
    return other


def test_the_recovery_code_sets_a_new_passphrase_and_unlocks(qtbot, app, vault_info, monkeypatch):
    folder = vault_info.folder
    before = _files(folder)
    right_after_recover: dict[str, bytes] = {}
    real_recover = vault_service.recover

    def recover_and_look(f: Path, code: str, new: str) -> None:
        real_recover(f, code, new)
        right_after_recover.update(_files(f))  # before the vault is opened with it

    monkeypatch.setattr(vault_service, "recover", recover_and_look)
    dialog = _recovery_form(qtbot, app)
    left_in_fields: list[str] = []
    dialog.unlocked.connect(
        lambda: left_in_fields.extend(
            w.text()
            for w in (dialog.recovery_code, dialog.new_passphrase, dialog.repeat_passphrase)
        )
    )
    # Typed in lower case, as a coach might copy it from paper: the code is normalised.
    _fill(dialog, vault_info.recovery_code.lower(), NEW_PASSPHRASE, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.repeat_passphrase, Qt.Key.Key_Return)  # Enter submits
    assert dialog.message.text() == "Setting the new passphrase…"
    assert not dialog.recover_button.isEnabled() and not dialog.back_button.isEnabled()
    assert not dialog.recovery_code.isEnabled() and dialog.progress.isVisible()

    qtbot.waitUntil(lambda: app.window.isVisible(), timeout=TIMEOUT)
    assert app.unlocked
    assert left_in_fields == ["", "", ""]  # no secret left in the form
    # Only the key file was rewritten by the recovery; the database was not touched.
    assert right_after_recover["vault.db"] == before["vault.db"]
    assert right_after_recover["vault.keys"] != before["vault.keys"]
    assert set(right_after_recover) == set(before)

    app.shutdown()  # closes the vault and releases its lock
    vault_service.open_vault(folder, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        vault_service.open_vault(folder, vault_info.passphrase)


def test_a_wrong_recovery_code_says_so_changes_nothing_and_can_be_retried(qtbot, app, vault_info):
    folder = vault_info.folder
    before = _files(folder)
    dialog = _recovery_form(qtbot, app)
    _fill(dialog, _other_code(vault_info.recovery_code), NEW_PASSPHRASE, NEW_PASSPHRASE)
    dialog.recover_button.click()
    qtbot.waitUntil(
        lambda: "recovery code does not open this vault" in dialog.message.text(),
        timeout=TIMEOUT,
    )
    assert "nothing was changed" in dialog.message.text()
    assert dialog.isVisible() and dialog.on_recovery_page() and not app.window.isVisible()
    assert dialog.recover_button.isEnabled() and dialog.recovery_code.isEnabled()
    assert not dialog.progress.isVisible()
    qtbot.waitUntil(lambda: app.tasks.pending == 0, timeout=TIMEOUT)
    assert _files(folder) == before
    # The lock was released: the vault still opens with the old passphrase.
    vault_service.open_vault(folder, vault_info.passphrase).close()
    assert _files(folder) == before

    # Trying again with the right code works.
    dialog.recovery_code.setText(vault_info.recovery_code)
    dialog.recover_button.click()
    qtbot.waitUntil(lambda: app.window.isVisible(), timeout=TIMEOUT)


def test_mismatched_short_or_malformed_input_is_refused_before_any_work(
    qtbot, app, vault_info, monkeypatch
):
    folder = vault_info.folder
    before = _files(folder)
    calls: list[object] = []
    monkeypatch.setattr(vault_service, "recover", lambda *args: calls.append(args))
    dialog = _recovery_form(qtbot, app)
    code = vault_info.recovery_code

    _fill(dialog, code, "four words are good", "four words differ")
    dialog.recover_button.click()
    assert dialog.message.text() == "The two new passphrases differ."
    assert app.tasks.pending == 0 and dialog.recover_button.isEnabled()

    _fill(dialog, code, "short", "short")
    qtbot.keyClick(dialog.new_passphrase, Qt.Key.Key_Enter)
    assert dialog.message.text() == "The new passphrase needs at least 8 characters."
    assert dialog.strength.text() == "Too short: at least 8 characters."

    _fill(dialog, code[:-1] + ("0" if code[-1] != "0" else "1"), NEW_PASSPHRASE, NEW_PASSPHRASE)
    dialog.recover_button.click()
    assert "not a valid recovery code" in dialog.message.text()

    _fill(dialog, "  ", NEW_PASSPHRASE, NEW_PASSPHRASE)
    dialog.recover_button.click()
    assert dialog.message.text() == "Type your recovery code first."

    assert app.tasks.pending == 0 and calls == []
    assert dialog.isVisible() and dialog.on_recovery_page() and not app.window.isVisible()
    assert _files(folder) == before


def test_back_and_escape_return_to_the_passphrase_page_and_the_normal_unlock_works(
    qtbot, app, vault_info
):
    dialog = _recovery_form(qtbot, app)
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    _fill(dialog, vault_info.recovery_code, NEW_PASSPHRASE, "typed")
    dialog.back_button.click()
    assert not dialog.on_recovery_page() and dialog.passphrase_page.isVisible()
    assert dialog.unlock_button.isVisible() and not dialog.recover_button.isVisible()
    assert [dialog.recovery_code.text(), dialog.new_passphrase.text()] == ["", ""]

    dialog.use_recovery_button.click()
    qtbot.keyClick(dialog.recovery_code, Qt.Key.Key_Escape)  # Escape goes back, not away
    assert not dialog.on_recovery_page() and dialog.isVisible() and rejected == []

    dialog.passphrase.setText(vault_info.passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter unlocks again
    qtbot.waitUntil(lambda: app.window.isVisible(), timeout=TIMEOUT)
    assert rejected == []
    app.shutdown()
    vault_service.open_vault(vault_info.folder, vault_info.passphrase).close()


def test_the_recovery_form_has_mnemonics_labels_and_accessible_names(qtbot, app):
    dialog = _recovery_form(qtbot, app)
    fields = [dialog.recovery_code, dialog.new_passphrase, dialog.repeat_passphrase]
    buddies = {label.buddy(): label for label in dialog.recovery_page.findChildren(QLabel)}
    for field in fields:
        assert field.accessibleName()
        assert field in buddies and "&" in buddies[field].text()
    assert dialog.new_passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.repeat_passphrase.echoMode() == QLineEdit.EchoMode.Password
    for button in (dialog.use_recovery_button, dialog.recover_button, dialog.back_button):
        assert isinstance(button, QPushButton) and "&" in button.text()
    assert dialog.recover_button.isDefault() and not dialog.unlock_button.isDefault()
    dialog.back_button.click()
    assert dialog.unlock_button.isDefault() and not dialog.recover_button.isDefault()

    # The mnemonics work: Alt+R opens the form, Alt+N / Alt+P / Alt+C move between its
    # fields, Alt+B goes back (a button's mnemonic clicks it after a short animation).
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    window = dialog.windowHandle()
    QTest.keySequence(window, QKeySequence("Alt+R"))
    qtbot.waitUntil(dialog.on_recovery_page, timeout=TIMEOUT)
    assert dialog.recovery_code.hasFocus()
    for sequence, field in (
        ("Alt+N", dialog.new_passphrase),
        ("Alt+P", dialog.repeat_passphrase),
        ("Alt+C", dialog.recovery_code),
    ):
        QTest.keySequence(window, QKeySequence(sequence))
        assert field.hasFocus(), sequence
    QTest.keySequence(window, QKeySequence("Alt+B"))
    qtbot.waitUntil(lambda: not dialog.on_recovery_page(), timeout=TIMEOUT)
    assert dialog.passphrase.hasFocus()
