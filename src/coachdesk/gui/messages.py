"""Turning errors into words for the coach, in one place (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.errors import (
    CoachDeskError,
    DiskFull,
    InvalidInput,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
)


def error_text(exc: Exception) -> str:
    """A clear sentence for an error; never a traceback, never note text."""
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate("messages", "Wrong passphrase.")
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate(
            "messages",
            "This vault is open in another CoachDesk window or process. Close it there first; "
            "nothing was changed.",
        )
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "messages",
            "The vault cannot be opened because a file is damaged or is not a CoachDesk vault. "
            "Nothing was changed. Restore it from a backup (see docs/backup.md).",
        )
    if isinstance(exc, VaultMissing):
        return QCoreApplication.translate("messages", "There is no vault in that folder.")
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate(
            "messages", "The disk is full. Nothing was changed; free some space and try again."
        )
    if isinstance(exc, InvalidInput):
        return "\n".join(str(p) for p in exc.problems)
    if isinstance(exc, CoachDeskError):
        return str(exc)
    return QCoreApplication.translate(
        "messages", "Something went wrong ({kind}). Your saved notes are safe."
    ).format(kind=type(exc).__name__)
