"""Every file dialog in CoachDesk goes through here (spec §7: Qt's own settings files carry no
recent paths or names; file dialogs keep no history).

What Qt does, from its source (qtbase ``src/widgets/dialogs/qfiledialog.cpp``, Qt 6):
``~QFileDialog()`` always calls ``QFileDialogPrivate::saveSettings()``, which writes the group
``FileDialog`` of ``QSettings(QSettings::UserScope, "QtProject")``: ``history`` (the folders
the dialog visited), ``lastVisited`` (one process-wide value, set by every ``setDirectory()``),
the sidebar's ``shortcuts``, the view mode. There is no option to turn it off, and
``QSettings.setDefaultFormat`` does not reach it (that constructor always uses NativeFormat).
Native dialogs (GTK, the desktop portal, Windows) also keep recent-file lists of their own.

So two layers, each tested on its own (tests/gui/test_file_dialogs.py):

1. :func:`keep_qt_settings_off_disk`, once per process (the composition root calls it): where
   NativeFormat is an INI file (Linux, the BSDs), its folder is moved to one that can never
   exist, under ``/dev/null``; Qt's write then fails quietly and nothing reaches the disk. On
   Windows and macOS NativeFormat is the registry or CFPreferences, which cannot be moved:
   there the second layer is what keeps names out.
2. Every dialog is Qt's own widget dialog (no native recent lists), and the moment it
   finishes, its history is emptied, its sidebar reset and the process-wide last folder
   cleared, before its destructor writes them anywhere.

Where a dialog opens is the caller's choice (:func:`documents_folder` by default); only the
report dialogs may start in the last folder used, and only if the coach allows it
(``settings.remember_report_folder``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

# A folder below a character device: no one can create it, so nothing is ever written there.
NOWHERE = "/dev/null/coachdesk-no-qt-settings"


def keep_qt_settings_off_disk() -> None:
    """Point the folder of Qt's own NativeFormat settings (``QtProject.conf`` and its kin)
    where nothing can be written. Leaves the app's own settings (IniFormat) where they are."""
    if os.name == "posix":
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, NOWHERE)


def documents_folder() -> Path:
    """The Documents folder, or the home folder where there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path(QDir.homePath())


def _sidebar() -> list[QUrl]:
    # Qt's own defaults (the computer, the home folder): whatever the coach dragged into the
    # sidebar is not kept.
    return [QUrl("file:"), QUrl.fromLocalFile(QDir.homePath())]


def _dialog(parent: QWidget, title: str, folder: Path | None) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    # First, before any other property: the widget dialog, never the platform's.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # What Qt restored from its settings (an older version of CoachDesk, another Qt program,
    # the registry on Windows) is dropped: the "Look in" list of past folders, the sidebar.
    # The list only grows from what is restored; saving adds the folder shown at the end.
    dialog.setHistory([])
    dialog.setSidebarUrls(_sidebar())
    start = folder if folder is not None and folder.is_dir() else documents_folder()
    dialog.setDirectory(str(start))
    dialog.finished.connect(lambda _result: _forget(dialog))
    dialog.finished.connect(dialog.deleteLater)
    return dialog


def _forget(dialog: QFileDialog) -> None:
    """Empty what the destructor is about to save: the folder shown (the last entry of its
    history) and the process-wide last folder, both cleared by ``setDirectory("")``, and
    any folder the coach dragged into the sidebar."""
    dialog.setDirectory("")
    dialog.setSidebarUrls(_sidebar())


def save_file(
    parent: QWidget,
    title: str,
    file_name: str,
    chosen: Callable[[Path], None],
    *,
    name_filter: str = "",
    suffix: str = "",
    folder: Path | None = None,
) -> QFileDialog:
    """A non-blocking "save as" dialog proposing ``file_name`` in ``folder`` (the Documents
    folder when ``None``); ``chosen(path)`` runs when the coach accepts."""
    dialog = _dialog(parent, title, folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if name_filter:
        dialog.setNameFilter(name_filter)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.selectFile(file_name)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()
    return dialog


def open_file(
    parent: QWidget,
    title: str,
    chosen: Callable[[Path], None],
    *,
    name_filter: str = "",
    folder: Path | None = None,
) -> QFileDialog:
    """A non-blocking "open" dialog for an existing file in ``folder`` (the Documents folder
    when ``None``); ``chosen(path)`` runs when the coach accepts."""
    dialog = _dialog(parent, title, folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if name_filter:
        dialog.setNameFilter(name_filter)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)) if name else None)
    dialog.open()
    return dialog


def choose_folder(
    parent: QWidget,
    title: str,
    chosen: Callable[[Path], None],
    *,
    folder: Path | None = None,
) -> QFileDialog:
    """A non-blocking folder chooser opening in ``folder`` (the Documents folder when
    ``None``); ``chosen(path)`` runs when the coach accepts."""
    dialog = _dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)) if name else None)
    dialog.open()
    return dialog
