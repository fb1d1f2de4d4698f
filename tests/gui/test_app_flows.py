"""The desktop app driven like a coach would, with real widgets, thread and SQLCipher."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from helpers import (
    current_session_text,
    open_engagement,
    select_session,
    session_count,
    top_level_count,
    wait_for_navigation,
)
from PySide6 import QtCore
from PySide6.QtPrintSupport import QPrinter

from coachdesk.gui.app import App
from coachdesk.gui.dialogs.create_vault import CreateVaultDialog
from coachdesk.gui.dialogs.unlock import UnlockDialog
from coachdesk.security import recovery
from coachdesk.services import demo
from coachdesk.services import vault as vault_service
from coachdesk.storage import engagement_repo, session_repo

TIMEOUT = 15_000


@pytest.fixture
def demo_folder(vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        demo.install_demo(vault, dt.date(2026, 11, 25))
    return vault_info.folder


@pytest.fixture
def app(qtbot, demo_folder):
    root = App(demo_folder)
    qtbot.addWidget(root.window)
    yield root
    root.shutdown()


def _unlock(qtbot, root: App, passphrase: str) -> None:
    dialog = root.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(passphrase)
    dialog.unlock_button.click()


def _open_anna(qtbot, root: App) -> None:
    open_engagement(qtbot, root.window, "ACME S.p.A.", 0)


def test_a_wrong_passphrase_says_so_and_the_right_one_opens_the_practice(qtbot, app, vault_info):
    app.start()
    dialog = app.dialog
    qtbot.addWidget(dialog)
    _unlock(qtbot, app, "not the passphrase")
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.message.text(), timeout=TIMEOUT)
    assert dialog.isVisible() and not app.window.isVisible()
    _unlock(qtbot, app, vault_info.passphrase)
    qtbot.waitUntil(lambda: app.window.isVisible(), timeout=TIMEOUT)
    # Three organisations, then everyone under "People".
    wait_for_navigation(qtbot, app.window, 4)
    assert app.window.windowTitle() == "CoachDesk"  # no client name in the title bar


def test_typing_in_a_note_saves_it_without_a_save_button(qtbot, app, vault_info, demo_folder):
    app.start()
    _unlock(qtbot, app, vault_info.passphrase)
    _open_anna(qtbot, app)
    select_session(app.window, 1)
    qtbot.waitUntil(lambda: len(app.window.editor.editors()) > 0, timeout=TIMEOUT)
    editor = app.window.editor.editors()[0]
    item_id = editor.item_id
    editor.text.setPlainText("Rewritten in the app")
    with qtbot.waitSignal(
        app.window.editor.status, timeout=TIMEOUT, check_params_cb=lambda t: t.startswith("Saved")
    ):
        pass
    app.shutdown()
    with vault_service.open_vault(demo_folder, vault_info.passphrase) as vault:
        found = session_repo.item_context(vault.db, item_id)
    assert found is not None and found[0].text == "Rewritten in the app"


def test_search_finds_notes_while_typing_and_opens_the_session(qtbot, app, vault_info):
    app.start()
    _unlock(qtbot, app, vault_info.passphrase)
    qtbot.waitUntil(lambda: app.window.isVisible(), timeout=TIMEOUT)
    app.window.search_action.trigger()
    app.window.search.query.setText("perche")  # typed without its accent
    qtbot.waitUntil(lambda: app.window.search.model.rowCount() > 0, timeout=TIMEOUT)
    assert app.window.search.count.text().startswith("Matches: ")
    app.window.search._activate_first()
    qtbot.waitUntil(lambda: current_session_text(app.window) is not None, timeout=TIMEOUT)
    assert app.window.editor.editors()


def test_locking_clears_every_view_closes_the_vault_and_asks_again(
    qtbot, app, vault_info, demo_folder
):
    app.start()
    _unlock(qtbot, app, vault_info.passphrase)
    _open_anna(qtbot, app)
    app.window.lock_action.trigger()
    assert isinstance(app.dialog, UnlockDialog)
    assert top_level_count(app.window) == 0 and session_count(app.window) == 0
    assert not app.window.isVisible()
    qtbot.waitUntil(lambda: app.tasks.pending == 0, timeout=TIMEOUT)
    # The database is closed and the vault's lock released: another opener succeeds.
    vault_service.open_vault(demo_folder, vault_info.passphrase).close()


def test_idle_time_locks_the_app(qtbot, demo_folder, vault_info):
    root = App(demo_folder, idle_lock_ms=300)
    qtbot.addWidget(root.window)
    try:
        root.start()
        _unlock(qtbot, root, vault_info.passphrase)
        qtbot.waitUntil(lambda: root.window.isVisible(), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not root.unlocked, timeout=TIMEOUT)
        assert isinstance(root.dialog, UnlockDialog)
    finally:
        root.shutdown()


def test_first_run_creates_a_vault_and_shows_the_recovery_code_once(qtbot, tmp_path):
    folder = tmp_path / "new vault"
    root = App(folder)
    qtbot.addWidget(root.window)
    try:
        root.start()
        dialog = root.dialog
        assert isinstance(dialog, CreateVaultDialog)
        qtbot.addWidget(dialog)
        dialog.passphrase.setText("four words are good")
        dialog.repeat.setText("four words differ")
        dialog.next_button.click()
        assert "differ" in dialog.message.text()
        dialog.repeat.setText("four words are good")
        dialog.next_button.click()
        dialog.profile.name.setText("Laura Bianchi")  # the coach profile step (spec §3)
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
        assert recovery.is_well_formed(dialog.code.text())
        assert not dialog.finish.isEnabled()
        # The code can be printed on paper (here to a PDF, to read it back).
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "code.pdf"))
        dialog.print_on(printer)
        printed = pypdf.PdfReader(tmp_path / "code.pdf").pages[0].extract_text()
        assert dialog.code.text() in printed
        dialog.save_code_to(tmp_path / "code.txt")
        assert dialog.code.text() in (tmp_path / "code.txt").read_text(encoding="utf-8")
        dialog._print_code()  # the Print… button: the system's print dialog, cancelled
        qtbot.waitUntil(lambda: dialog._print_dialog.isVisible(), timeout=TIMEOUT)
        dialog._print_dialog.reject()
        dialog.reject()  # leaving before confirming the code is refused
        assert dialog.isVisible()
        dialog.stored.setChecked(True)
        dialog.finish.click()
        qtbot.waitUntil(lambda: root.window.isVisible(), timeout=TIMEOUT)
        assert dialog.code.text() == ""  # not kept on screen
        assert (folder / "vault.db").exists() and (folder / "vault.keys").exists()
    finally:
        root.shutdown()


def test_a_damaged_vault_gets_a_clear_message_and_is_not_modified(qtbot, vault_info):
    db = vault_info.folder / "vault.db"
    db.write_bytes(db.read_bytes()[:5000])  # truncated
    before = {p.name: p.read_bytes() for p in vault_info.folder.iterdir() if p.name != "vault.lock"}
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    try:
        root.start()
        dialog = root.dialog
        _unlock(qtbot, root, vault_info.passphrase)
        qtbot.waitUntil(lambda: getattr(root, "dialog_box", None) is not None, timeout=TIMEOUT)
        assert "damaged" in root.dialog_box.text()
        assert not dialog.isVisible() and not root.window.isVisible()
    finally:
        root.shutdown()
    after = {p.name: p.read_bytes() for p in vault_info.folder.iterdir() if p.name != "vault.lock"}
    assert after == before


def test_deleting_a_note_item_removes_it_from_the_session(qtbot, app, vault_info, demo_folder):
    app.start()
    _unlock(qtbot, app, vault_info.passphrase)
    _open_anna(qtbot, app)
    select_session(app.window, 1)
    editor_widget = app.window.editor
    qtbot.waitUntil(lambda: len(editor_widget.editors()) > 0, timeout=TIMEOUT)
    first = editor_widget.editors()[0]
    count, item_id = len(editor_widget.editors()), first.item_id
    with qtbot.waitSignal(editor_widget.status, timeout=TIMEOUT):
        first.findChild(type(editor_widget.add), None).click()  # its Delete button
    assert len(editor_widget.editors()) == count - 1
    app.shutdown()
    with vault_service.open_vault(demo_folder, vault_info.passphrase) as vault:
        assert session_repo.item_context(vault.db, item_id) is None


def test_search_results_come_fifty_at_a_time_with_more_on_scroll(qtbot, vault_info):
    from coachdesk.domain import ItemKind
    from coachdesk.services import practice

    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        demo.install_demo(vault, dt.date(2026, 11, 25))
        eid = engagement_repo.engagement_ids(vault.db)[0]
        for n in range(3):
            session = practice.add_session(vault.db, eid, dt.datetime(2026, 1, 5 + n, 10))
            for _ in range(40):
                practice.add_item(vault.db, session.id, ItemKind.OBSERVATION, "axolotl")
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    try:
        root.start()
        _unlock(qtbot, root, vault_info.passphrase)
        qtbot.waitUntil(lambda: root.window.isVisible(), timeout=TIMEOUT)
        root.window.search_action.trigger()
        panel = root.window.search
        panel.query.setText("axolotl")
        qtbot.waitUntil(lambda: panel.model.rowCount() == 50, timeout=TIMEOUT)
        assert "scroll for more" in panel.count.text()
        bar = panel.results.verticalScrollBar()
        for expected in (100, 120):
            bar.setValue(bar.maximum())
            qtbot.waitUntil(lambda e=expected: panel.model.rowCount() == e, timeout=TIMEOUT)
        assert panel.count.text() == "Matches: 120"
        ids = [
            panel.model.index(r).data(QtCore.Qt.ItemDataRole.UserRole)[2]
            for r in range(panel.model.rowCount())
        ]
        assert len(set(ids)) == 120
        # Best match first pages the same way, by position.
        panel.order.setCurrentIndex(1)
        qtbot.waitUntil(lambda: panel.model.rowCount() >= 50, timeout=TIMEOUT)

        def scrolled_to_all() -> bool:
            bar.setValue(bar.maximum())
            return panel.model.rowCount() == 120

        qtbot.waitUntil(scrolled_to_all, timeout=TIMEOUT)
        best = {
            panel.model.index(r).data(QtCore.Qt.ItemDataRole.UserRole)[2]
            for r in range(panel.model.rowCount())
        }
        assert best == set(ids)
    finally:
        root.shutdown()
