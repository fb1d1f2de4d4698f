"""File dialogs keep no history and Qt's own settings record no folder (spec §7, issue 15.2).

Real QFileDialogs, shown offscreen, given a file name in a folder named after a client and
accepted; then destroyed, since Qt writes its FileDialog group from the destructor."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from qt_own_settings import qt_settings_file, qt_settings_in, save_in_dialog, until_destroyed

from coachdesk.gui import file_dialogs

CLIENT = "Anna_Rossi"
OTHER = "Bruno_Bianchi"


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def client_folder(tmp_path) -> Path:
    folder = tmp_path / "clients" / CLIENT
    folder.mkdir(parents=True)
    return folder


def test_a_save_dialog_writes_nothing_to_disk_for_qt(qtbot, parent, client_folder, tmp_path):
    """Layer 1: with Qt's settings pointed away from disk, accepting a real save dialog
    leaves no file where Qt keeps its settings, nor anywhere else under the config folder."""
    if os.name != "posix":
        pytest.skip("NativeFormat is a file only on Linux and the BSDs")
    chosen: list[Path] = []
    with qt_settings_in(tmp_path / "config") as config:
        file_dialogs.keep_qt_settings_off_disk()
        assert not qt_settings_file().is_relative_to(config)
        dialog = file_dialogs.save_file(parent, "Save", "report.pdf", chosen.append)
        save_in_dialog(qtbot, dialog, client_folder, "report.pdf")
        assert chosen == [client_folder / "report.pdf"]
        assert list(config.rglob("*")) == []
        assert not qt_settings_file().exists()
        assert not Path(file_dialogs.NOWHERE).exists()


def test_where_qt_does_write_it_finds_no_history_and_no_folder(
    qtbot, parent, client_folder, tmp_path
):
    """Layer 2, for Windows and macOS where Qt's settings cannot be moved: the dialog's own
    state is emptied before Qt saves it. Here Qt writes to a folder of the test's, which
    already holds what an older version left: another client's folder in every field."""
    chosen: list[Path] = []
    (client_folder.parent / OTHER).mkdir()
    other = (client_folder.parent / OTHER).as_uri()
    with qt_settings_in(tmp_path / "config") as config:
        old = QSettings(QSettings.Scope.UserScope, "QtProject")
        old.beginGroup("FileDialog")
        old.setValue("history", [other])
        old.setValue("lastVisited", other)
        old.setValue("shortcuts", ["file:", other])
        old.setValue("sidebarWidth", 90)  # without it Qt restores nothing
        old.endGroup()
        old.sync()
        del old
        dialog = file_dialogs.save_file(
            parent, "Save", "export.json", chosen.append, name_filter="Data (*.json)"
        )
        assert all(OTHER not in h for h in dialog.history())
        assert all(OTHER not in u.path() for u in dialog.sidebarUrls())
        # The coach drags the client's folder into the sidebar, then saves there.
        dialog.setSidebarUrls([*dialog.sidebarUrls(), QUrl.fromLocalFile(str(client_folder))])
        save_in_dialog(qtbot, dialog, client_folder, "export.json")
        assert chosen == [client_folder / "export.json"]
        written = qt_settings_file()
        assert written.is_relative_to(config) and written.exists()
        raw = written.read_bytes()
        assert CLIENT.encode() not in raw
        assert OTHER.encode() not in raw
        assert b"clients" not in raw
        qt = QSettings(QSettings.Scope.UserScope, "QtProject")
        qt.beginGroup("FileDialog")
        assert [h for h in qt.value("history", []) or [] if h] == []
        assert not qt.value("lastVisited", "")
        # The sidebar is Qt's default (the computer, the home folder), nothing added.
        shortcuts = qt.value("shortcuts", [])
        assert all(not re.search(CLIENT, s) for s in shortcuts)
        # The next dialog starts where the caller says, with no list of past folders.
        again = file_dialogs.save_file(parent, "Save", "x.pdf", chosen.append)
        try:
            assert CLIENT not in again.directory().absolutePath()
            assert all(CLIENT not in h for h in again.history())
        finally:
            until_destroyed(qtbot, again, again.reject)


def test_a_folder_chooser_keeps_no_history_either(qtbot, parent, client_folder, tmp_path):
    chosen: list[Path] = []
    with qt_settings_in(tmp_path / "config"):
        dialog = file_dialogs.choose_folder(parent, "Folder", chosen.append)
        assert dialog.fileMode() == QFileDialog.FileMode.Directory
        dialog.setDirectory(str(client_folder.parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(CLIENT)
        until_destroyed(qtbot, dialog, dialog.accept)
        assert chosen == [client_folder]
        assert CLIENT.encode() not in qt_settings_file().read_bytes()


def test_a_dialog_opens_in_the_folder_given_else_in_documents(qtbot, parent, client_folder):
    with qt_settings_in(client_folder.parent / "config"):
        given = file_dialogs.save_file(parent, "Save", "a.pdf", print, folder=client_folder)
        assert Path(given.directory().absolutePath()) == client_folder
        given.reject()
        default = file_dialogs.save_file(parent, "Save", "a.pdf", print)
        documents = file_dialogs.documents_folder()
        assert documents.is_dir()
        assert Path(default.directory().absolutePath()) == documents
        default.reject()
        # A folder that no longer exists falls back to Documents too.
        gone = file_dialogs.save_file(parent, "Save", "a.pdf", print, folder=client_folder / "x")
        assert Path(gone.directory().absolutePath()) == documents
        gone.reject()


def test_every_file_dialog_in_the_app_goes_through_the_helper():
    """No QFileDialog is built anywhere else in the GUI: a new one would bypass the above."""
    gui = Path(file_dialogs.__file__).parent
    offenders = [
        str(path.relative_to(gui))
        for path in gui.rglob("*.py")
        if path.name != "file_dialogs.py"
        and re.search(r"QFileDialog\s*\(|QFileDialog\.get\w+\(", path.read_text("utf-8"))
    ]
    assert offenders == []
