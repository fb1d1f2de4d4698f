"""Preferences are kept, and nothing private ever reaches the settings file (spec §7)."""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path

import pytest
from helpers import child, select, select_session, session_count, wait_for_navigation
from qt_own_settings import qt_settings_file, qt_settings_in, save_in_dialog

from coachdesk.gui import settings
from coachdesk.gui.app import App
from coachdesk.gui.file_dialogs import documents_folder
from coachdesk.gui.widgets.pdf_preview import ask_pdf_path
from coachdesk.services import demo
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000
MARKER = "Zanzibar-marker-7731 quokka"
JUSTIFICATION = "Justification-marker-5519 risk of harm"


def test_a_day_of_use_leaves_no_name_or_note_in_the_settings(
    qtbot, vault_info, _settings_in_tmp, tmp_path, monkeypatch
):
    """Also spec §7's "no plaintext outside the vault", through the GUI: a note, an exception's
    justification and a search typed in the window reach no file but the encrypted database
    (the vault folder, its automatic backup, the settings, Qt's own settings and the temp
    folder are scanned). A report is saved through the real save dialog into a folder named
    after a client: neither the app's settings nor Qt's keep that folder (issue 15.2)."""
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        practice = demo.install_demo(vault, dt.date(2026, 11, 25))
    private = [p.name for p in practice.people] + [MARKER, vault_info.passphrase]
    private += [e.title for e in practice.engagements]
    client_folder = tmp_path / practice.people[0].name.replace(" ", "_")  # "Anna_Rossi"
    client_folder.mkdir()
    private += [client_folder.name]
    temp = tmp_path / "temp"  # TMPDIR for Qt, SQLite and Python alike
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with qt_settings_in(tmp_path / "qt-config") as qt_folder:
        root = App(vault_info.folder)
        qtbot.addWidget(root.window)
        try:
            _use_for_a_day(qtbot, root, vault_info.passphrase, client_folder)
        finally:
            root.shutdown()
        qt_files = [p for p in qt_folder.rglob("*") if p.is_file()]
        if qt_settings_file().exists() and qt_settings_file() not in qt_files:
            qt_files.append(qt_settings_file())
    assert qt_files == [], "Qt wrote its own settings to disk"
    assert settings.report_folder() is None
    assert settings.language() == "it" and settings.idle_lock_minutes() == 7
    assert settings.geometry() is not None
    files = [p for p in _settings_in_tmp.rglob("*") if p.is_file()]
    assert files, "the settings were written somewhere else"
    files += qt_files
    files += [p for p in vault_info.folder.rglob("*") if p.is_file()]  # db, WAL, backups too
    backups = list((vault_info.folder / "backups").glob("*.zip"))
    assert backups, "unlocking made an automatic backup"
    # Everything the app put in the temp folder (its own for this test, so that what other
    # programs write to the shared one meanwhile does not count).
    files += [p for p in temp.rglob("*") if p.is_file()]
    private += [JUSTIFICATION]
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        for text in private:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert text.encode(encoding) not in raw, (path.name, encoding)
    for zipped in backups:
        with zipfile.ZipFile(zipped) as zf:
            for member in zf.namelist():
                assert MARKER.encode() not in zf.read(member), member


def _use_for_a_day(qtbot, root: App, passphrase: str, client_folder: Path) -> None:
    """Unlock, write a note, grant an exception, search, change preferences, save a report
    into the client's folder, lock."""
    root.start()
    root.dialog.passphrase.setText(passphrase)
    root.dialog.unlock_button.click()
    window = root.window
    wait_for_navigation(qtbot, window)
    select(window, child(window, 0, 0))
    qtbot.waitUntil(lambda: session_count(window) > 0, timeout=TIMEOUT)
    select_session(window, 1)  # row 0 is a planned session, still empty
    qtbot.waitUntil(lambda: len(window.editor.editors()) > 0, timeout=TIMEOUT)
    window.editor.editors()[0].text.setPlainText(MARKER)
    with qtbot.waitSignal(
        window.editor.status, timeout=TIMEOUT, check_params_cb=lambda t: t.startswith("Saved")
    ):
        pass
    sharing = window.editor.editors()[0].sharing
    control = next(c for c in sharing.controls.values() if c.recipient.role.value != "coachee")
    control.exception_action.trigger()
    control._dialog.justification.setPlainText(JUSTIFICATION)
    control._dialog.confirm.setChecked(True)
    control._dialog.ok.click()
    qtbot.waitUntil(lambda: control.state.justification == JUSTIFICATION, timeout=TIMEOUT)
    window.search_action.trigger()
    window.search.query.setText("quokka")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last"), timeout=TIMEOUT)
    settings.set_language("it")
    settings.set_idle_lock_minutes(7)
    assert window.windowTitle() == "CoachDesk"
    window.report_action.trigger()  # a report, saved through the real save dialog
    report = window._dialogs[-1]
    qtbot.waitUntil(lambda: report.save_button.isEnabled(), timeout=TIMEOUT)
    report.save_button.click()
    with qtbot.waitSignal(report.saved, timeout=TIMEOUT):
        save_in_dialog(qtbot, report._file_dialog, client_folder, "report.pdf")
    assert (client_folder / "report.pdf").exists()
    report.close()
    window.lock_action.trigger()  # saves the window's geometry


def test_bad_values_in_the_settings_file_fall_back_to_defaults():
    store = settings.store()
    store.setValue("ui/language", "klingon")
    store.setValue("privacy/idle_lock_minutes", "forever")
    store.sync()
    assert settings.language() == ""
    assert settings.idle_lock_minutes() == settings.DEFAULT_IDLE_LOCK_MINUTES
    store.setValue("privacy/idle_lock_minutes", "100000")
    assert settings.idle_lock_minutes() == settings.DEFAULT_IDLE_LOCK_MINUTES


def _raw_settings(folder: Path) -> bytes:
    settings.store().sync()
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_the_last_report_folder_is_kept_only_while_the_coach_allows_it(_settings_in_tmp, tmp_path):
    client = tmp_path / "Anna_Rossi"
    client.mkdir()
    assert settings.remember_report_folder() is False  # off by default
    settings.set_report_folder(client)
    assert settings.report_folder() is None
    assert b"Anna_Rossi" not in _raw_settings(_settings_in_tmp)
    settings.set_remember_report_folder(True)
    settings.set_report_folder(client)
    assert settings.report_folder() == client
    assert b"Anna_Rossi" in _raw_settings(_settings_in_tmp)
    settings.set_remember_report_folder(False)  # turning it off forgets the folder
    assert settings.report_folder() is None
    assert b"Anna_Rossi" not in _raw_settings(_settings_in_tmp)
    settings.set_remember_report_folder(True)
    assert settings.report_folder() is None  # and it does not come back


def test_the_settings_file_holds_allow_listed_keys_only(_settings_in_tmp, tmp_path):
    with pytest.raises(ValueError):
        settings._set("recent/files", "Anna_Rossi.pdf")
    # What an older version or a hand edit left is removed when the app starts.
    store = settings.store()
    store.setValue("recent/files", "Anna_Rossi.pdf")
    store.setValue(settings.REPORT_FOLDER, str(tmp_path / "Anna_Rossi"))  # the option is off
    store.setValue("ui/language", "it")
    store.sync()
    App(tmp_path / "no vault").shutdown()
    assert b"Anna_Rossi" not in _raw_settings(_settings_in_tmp)
    assert settings.language() == "it"
    assert set(settings.store().allKeys()) <= settings.KEYS


def test_report_dialogs_open_in_documents_unless_the_last_folder_may_be_kept(
    qtbot, _settings_in_tmp, tmp_path
):
    """The option in the Settings menu, then real save dialogs for a report."""
    client = tmp_path / "Anna_Rossi"
    client.mkdir()
    root = App(tmp_path / "no vault")
    window = root.window
    qtbot.addWidget(window)
    try:
        option = window.remember_folder_action
        assert option.isCheckable() and not option.isChecked()
        assert option in window.menuBar().actions()[-1].menu().actions() or any(
            option in a.menu().actions() for a in window.menuBar().actions() if a.menu()
        )
        saved: list[Path] = []
        with qt_settings_in(tmp_path / "qt-config"):
            for remember in (False, True):
                if option.isChecked() != remember:
                    option.trigger()
                assert settings.remember_report_folder() is remember
                dialog = ask_pdf_path(window, "Save", "report.pdf", saved.append)
                assert Path(dialog.directory().absolutePath()) == documents_folder()
                save_in_dialog(qtbot, dialog, client, "report.pdf")
                assert saved[-1] == client / "report.pdf"
                again = ask_pdf_path(window, "Save", "report.pdf", saved.append)
                expected = client if remember else documents_folder()
                assert Path(again.directory().absolutePath()) == expected
                again.reject()
                assert (b"Anna_Rossi" in _raw_settings(_settings_in_tmp)) is remember
            option.trigger()  # off again: the folder is forgotten at once
            assert b"Anna_Rossi" not in _raw_settings(_settings_in_tmp)
            assert settings.report_folder() is None
    finally:
        root.shutdown()
