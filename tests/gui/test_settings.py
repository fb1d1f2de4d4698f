"""Preferences are kept, and nothing private ever reaches the settings file (spec §7)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import time
import zipfile
from pathlib import Path

from coachdesk.gui import settings
from coachdesk.gui.app import App
from coachdesk.services import demo
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000
MARKER = "Zanzibar-marker-7731 quokka"
JUSTIFICATION = "Justification-marker-5519 risk of harm"


def test_a_day_of_use_leaves_no_name_or_note_in_the_settings(
    qtbot, vault_info, _settings_in_tmp, tmp_path_factory
):
    """Also spec §7's "no plaintext outside the vault", through the GUI: a note, an exception's
    justification and a search typed in the window reach no file but the encrypted database
    (the vault folder, its automatic backup, the settings and the temp folder are scanned)."""
    started = time.time() - 1
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        practice = demo.install_demo(vault, dt.date(2026, 11, 25))
    private = [p.name for p in practice.people] + [MARKER, vault_info.passphrase]
    private += [e.title for e in practice.engagements]
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    try:
        root.start()
        root.dialog.passphrase.setText(vault_info.passphrase)
        root.dialog.unlock_button.click()
        window = root.window
        qtbot.waitUntil(lambda: window.navigation.topLevelItemCount() > 0, timeout=TIMEOUT)
        window.navigation.setCurrentItem(window.navigation.topLevelItem(0).child(0))
        qtbot.waitUntil(lambda: window.sessions.count() > 0, timeout=TIMEOUT)
        window.sessions.setCurrentRow(1)  # row 0 is a planned session, still empty
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
        window.lock_action.trigger()  # saves the window's geometry
    finally:
        root.shutdown()
    assert settings.language() == "it" and settings.idle_lock_minutes() == 7
    assert settings.geometry() is not None
    files = [p for p in _settings_in_tmp.rglob("*") if p.is_file()]
    assert files, "the settings were written somewhere else"
    files += [p for p in vault_info.folder.rglob("*") if p.is_file()]  # db, WAL, backups too
    backups = list((vault_info.folder / "backups").glob("*.zip"))
    assert backups, "unlocking made an automatic backup"
    # The temp folder, but not pytest's own folders (the test's passphrase file is there);
    # the vault and settings inside them are scanned above.
    pytest_folders = tmp_path_factory.getbasetemp().parent
    for root, _dirs, names in os.walk(tempfile.gettempdir()):
        if Path(root).is_relative_to(pytest_folders):
            continue
        for name in names:
            path = Path(root) / name
            with contextlib.suppress(OSError):
                if path.is_file() and path.stat().st_mtime >= started:
                    files.append(path)
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


def test_bad_values_in_the_settings_file_fall_back_to_defaults():
    store = settings.store()
    store.setValue("ui/language", "klingon")
    store.setValue("privacy/idle_lock_minutes", "forever")
    store.sync()
    assert settings.language() == ""
    assert settings.idle_lock_minutes() == settings.DEFAULT_IDLE_LOCK_MINUTES
    store.setValue("privacy/idle_lock_minutes", "100000")
    assert settings.idle_lock_minutes() == settings.DEFAULT_IDLE_LOCK_MINUTES
