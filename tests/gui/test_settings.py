"""Preferences are kept, and nothing private ever reaches the settings file (spec §7)."""

from __future__ import annotations

import datetime as dt

from coachdesk.gui import settings
from coachdesk.gui.app import App
from coachdesk.services import demo
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000
MARKER = "Zanzibar-marker-7731 quokka"


def test_a_day_of_use_leaves_no_name_or_note_in_the_settings(qtbot, vault_info, _settings_in_tmp):
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
        window.search_action.trigger()
        window.search.query.setText("quokka")
        qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=TIMEOUT)
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
    for path in files:
        raw = path.read_bytes()
        for text in private:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert text.encode(encoding) not in raw, (path.name, encoding)


def test_bad_values_in_the_settings_file_fall_back_to_defaults():
    store = settings.store()
    store.setValue("ui/language", "klingon")
    store.setValue("privacy/idle_lock_minutes", "forever")
    store.sync()
    assert settings.language() == ""
    assert settings.idle_lock_minutes() == settings.DEFAULT_IDLE_LOCK_MINUTES
    store.setValue("privacy/idle_lock_minutes", "100000")
    assert settings.idle_lock_minutes() == settings.DEFAULT_IDLE_LOCK_MINUTES
