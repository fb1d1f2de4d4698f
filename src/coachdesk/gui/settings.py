"""The app's preferences (QSettings, an INI file in the platform's config folder).

Only preferences live here: language, idle time before locking, the vault folder, the backup
folder, window geometry and, only while the coach allows it, the last folder a report was
saved to. Never a name, a note or a passphrase; tests/gui/test_settings.py scans the file
after a session of use. ``KEYS`` is the allow-list: nothing else is written, and whatever
else is found in the file is removed when the app starts (:func:`tidy`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("", "en", "it")  # "" follows the system
DEFAULT_IDLE_LOCK_MINUTES = 10

# A folder name can be a client's name ("…/Anna_Rossi/"): kept only while this is on.
REMEMBER_REPORT_FOLDER = "privacy/remember_report_folder"
REPORT_FOLDER = "reports/last_folder"
KEYS = frozenset(
    {
        "ui/language",
        "privacy/idle_lock_minutes",
        "vault/folder",
        "backup/folder",
        "window/geometry",
        REMEMBER_REPORT_FOLDER,
        REPORT_FOLDER,
    }
)


def store() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CoachDesk", "CoachDesk"
    )


def _set(key: str, value: object) -> None:
    """The one way a value reaches the file: allow-listed keys only, and the report folder
    only while the coach allows it."""
    if key not in KEYS:
        raise ValueError("not an allowed setting")
    if key == REPORT_FOLDER and not remember_report_folder():
        return
    store().setValue(key, value)


def tidy() -> None:
    """Remove what the file must not hold: keys outside the allow-list (an older version, a
    hand edit) and the report folder when remembering it is off."""
    s = store()
    for key in s.allKeys():
        if key not in KEYS:
            s.remove(key)
    if not remember_report_folder():
        s.remove(REPORT_FOLDER)
    s.sync()


def _text(key: str, default: str = "") -> str:
    # A default is always given: PySide6 6.12 mishandles an empty QVariant coming back.
    value = store().value(key, default)
    return value if isinstance(value, str) else default


def language() -> str:
    value = _text("ui/language")
    return value if value in LANGUAGES else ""


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError("unknown language")
    _set("ui/language", value)


def idle_lock_minutes() -> int:
    try:
        minutes = int(_text("privacy/idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return minutes if 1 <= minutes <= 240 else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(minutes: int) -> None:
    _set("privacy/idle_lock_minutes", str(max(1, min(240, minutes))))


def vault_folder() -> Path | None:
    value = _text("vault/folder")
    return Path(value) if value else None


def set_vault_folder(folder: Path) -> None:
    _set("vault/folder", str(folder))


def backup_folder() -> Path | None:
    """Where automatic backups go; ``None``: the vault's own ``backups`` folder."""
    value = _text("backup/folder")
    return Path(value) if value else None


def set_backup_folder(folder: Path | None) -> None:
    _set("backup/folder", str(folder) if folder else "")


def geometry() -> QByteArray | None:
    value = store().value("window/geometry", QByteArray())
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_geometry(value: QByteArray) -> None:
    _set("window/geometry", value)


def remember_report_folder() -> bool:
    """Whether report save dialogs start in the last folder used (off by default: they start
    in the Documents folder and no folder is kept)."""
    return _text(REMEMBER_REPORT_FOLDER, "false") == "true"


def set_remember_report_folder(on: bool) -> None:
    _set(REMEMBER_REPORT_FOLDER, "true" if on else "false")
    if not on:
        store().remove(REPORT_FOLDER)


def report_folder() -> Path | None:
    """The last folder a report was saved to, if the coach allows remembering it."""
    if not remember_report_folder():
        return None
    value = _text(REPORT_FOLDER)
    return Path(value) if value else None


def set_report_folder(folder: Path) -> None:
    """Keep ``folder`` for the next report; does nothing unless the coach allows it."""
    _set(REPORT_FOLDER, str(folder))
