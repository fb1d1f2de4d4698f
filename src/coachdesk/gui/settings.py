"""The app's preferences (QSettings, an INI file in the platform's config folder).

Only preferences live here: language, idle time before locking, the vault folder, window
geometry. Never a name, a note or a passphrase; tests/gui/test_settings.py scans the file
after a session of use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("", "en", "it")  # "" follows the system
DEFAULT_IDLE_LOCK_MINUTES = 10


def store() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CoachDesk", "CoachDesk"
    )


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
    store().setValue("ui/language", value)


def idle_lock_minutes() -> int:
    try:
        minutes = int(_text("privacy/idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return minutes if 1 <= minutes <= 240 else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(minutes: int) -> None:
    store().setValue("privacy/idle_lock_minutes", str(max(1, min(240, minutes))))


def vault_folder() -> Path | None:
    value = _text("vault/folder")
    return Path(value) if value else None


def set_vault_folder(folder: Path) -> None:
    store().setValue("vault/folder", str(folder))


def backup_folder() -> Path | None:
    """Where automatic backups go; ``None``: the vault's own ``backups`` folder."""
    value = _text("backup/folder")
    return Path(value) if value else None


def set_backup_folder(folder: Path | None) -> None:
    store().setValue("backup/folder", str(folder) if folder else "")


def geometry() -> QByteArray | None:
    value = store().value("window/geometry", QByteArray())
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_geometry(value: QByteArray) -> None:
    store().setValue("window/geometry", value)
