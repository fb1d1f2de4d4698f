"""Qt's own settings (``QtProject.conf`` and its kin, NativeFormat) in a folder a test can
scan, instead of the real profile; what was there before is put back afterwards."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings

NATIVE = QSettings.Format.NativeFormat
USER = QSettings.Scope.UserScope


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
