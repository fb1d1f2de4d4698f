"""Qt's own settings (``QtProject.conf`` and its kin, NativeFormat) in a folder a test can
scan, instead of the real profile (what was there before is put back afterwards); and a
real save dialog driven as a coach would."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

NATIVE = QSettings.Format.NativeFormat
USER = QSettings.Scope.UserScope
TIMEOUT = 15_000


def qt_settings_file() -> Path:
    """Where QFileDialog writes its FileDialog group right now."""
    return Path(QSettings(USER, "QtProject").fileName())


@contextlib.contextmanager
def qt_settings_in(folder: Path) -> Iterator[Path]:
    before = Path(QSettings(NATIVE, USER, "probe").fileName()).parent
    folder.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(NATIVE, USER, str(folder))
    try:
        yield folder
    finally:
        QSettings.setPath(NATIVE, USER, str(before))


def save_in_dialog(qtbot, dialog: QFileDialog, folder: Path, name: str) -> None:
    """What a coach does in a save dialog: go to ``folder``, type ``name``, press Return;
    then wait until Qt has destroyed the dialog (its destructor writes Qt's settings)."""
    assert dialog.isVisible()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(folder))
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setText(name)
    until_destroyed(qtbot, dialog, lambda: qtbot.keyClick(edit, Qt.Key.Key_Return))


def until_destroyed(qtbot, dialog: QFileDialog, action: Callable[[], object]) -> None:
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    action()
    qtbot.waitUntil(lambda: bool(gone), timeout=TIMEOUT)
