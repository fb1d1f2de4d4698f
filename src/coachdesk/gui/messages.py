"""Turning errors into words for the coach, in one place (translated)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coachdesk.errors import (
    CoachDeskError,
    DiskFull,
    InvalidInput,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
)

# The sentences the services say when they refuse something (English in the code, the CLI
# and the logs), marked here so the window can say them in its own language.
# tests/gui/test_languages.py checks that every fixed message of the services is listed.
SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("services", "--from is after --to: the period would be empty"),
    QT_TRANSLATE_NOOP("services", "a KPI's name cannot be empty"),
    QT_TRANSLATE_NOOP("services", "a duration or a count cannot be negative"),
    QT_TRANSLATE_NOOP("services", "a goal cannot end before it starts"),
    QT_TRANSLATE_NOOP("services", "a goal cannot end before its engagement starts"),
    QT_TRANSLATE_NOOP("services", "a goal's title cannot be empty"),
    QT_TRANSLATE_NOOP("services", "a measurement must be a number"),
    QT_TRANSLATE_NOOP("services", "a name cannot be empty"),
    QT_TRANSLATE_NOOP("services", "a percentage is from 0 to 100"),
    QT_TRANSLATE_NOOP("services", "a person can have only one role in an engagement"),
    QT_TRANSLATE_NOOP("services", "a person's name cannot be empty"),
    QT_TRANSLATE_NOOP("services", "a report cannot be dated after today"),
    QT_TRANSLATE_NOOP("services", "a rating is from 1 to 10"),
    QT_TRANSLATE_NOOP("services", "a reflection is the coach's own thinking and is never shared"),
    QT_TRANSLATE_NOOP("services", "a team needs a name and at least one agent"),
    QT_TRANSLATE_NOOP("services", "a title cannot be empty"),
    QT_TRANSLATE_NOOP("services", "a vault cannot be created there: the folder is read-only"),
    QT_TRANSLATE_NOOP("services", "an action cannot be empty"),
    QT_TRANSLATE_NOOP("services", "an agent needs a name"),
    QT_TRANSLATE_NOOP("services", "an engagement cannot end before it starts"),
    QT_TRANSLATE_NOOP("services", "an engagement's title cannot be empty"),
    QT_TRANSLATE_NOOP("services", "an organisation's name cannot be empty"),
    QT_TRANSLATE_NOOP("services", "cannot write there (permission denied)"),
    QT_TRANSLATE_NOOP("services", "could not write in the vault folder; nothing was changed"),
    QT_TRANSLATE_NOOP("services", "choose people who exist in the practice"),
    QT_TRANSLATE_NOOP("services", "choose the manager (and team leader) among the people"),
    QT_TRANSLATE_NOOP("services", "consent cannot be recorded with a date after today"),
    QT_TRANSLATE_NOOP("services", "disclosure without consent needs a written justification"),
    QT_TRANSLATE_NOOP("services", "every KPI of the team needs a name"),
    QT_TRANSLATE_NOOP("services", "every measurement must be a number"),
    QT_TRANSLATE_NOOP("services", "no backup file at that path"),
    QT_TRANSLATE_NOOP("services", "no copy of this report was kept"),
    QT_TRANSLATE_NOOP("services", "that KPI no longer exists"),
    QT_TRANSLATE_NOOP("services", "that action no longer exists"),
    QT_TRANSLATE_NOOP("services", "that agent is not in this team"),
    QT_TRANSLATE_NOOP("services", "that engagement no longer exists"),
    QT_TRANSLATE_NOOP("services", "that goal no longer exists"),
    QT_TRANSLATE_NOOP("services", "that is a folder, not a file"),
    QT_TRANSLATE_NOOP("services", "that note item no longer exists"),
    QT_TRANSLATE_NOOP("services", "that person is not a recipient in this engagement"),
    QT_TRANSLATE_NOOP("services", "that person leads no team yet"),
    QT_TRANSLATE_NOOP("services", "that session no longer exists"),
    QT_TRANSLATE_NOOP("services", "the agreement names a role nobody has in this engagement"),
    QT_TRANSLATE_NOOP("services", "the coach profile cannot contain a NUL character"),
    QT_TRANSLATE_NOOP("services", "the coach's name cannot be empty"),
    QT_TRANSLATE_NOOP("services", "the coachee cannot also be a stakeholder"),
    QT_TRANSLATE_NOOP("services", "the demo goes into an empty vault; this one already has data"),
    QT_TRANSLATE_NOOP("services", "the file is too large to be a CoachDesk document"),
    QT_TRANSLATE_NOOP("services", "the file to import cannot be read (permission denied)"),
    QT_TRANSLATE_NOOP("services", "the file to import does not exist"),
    QT_TRANSLATE_NOOP("services", "the kept copy of this report is damaged: run verify"),
    QT_TRANSLATE_NOOP("services", "the logo cannot be read: the image file is damaged"),
    QT_TRANSLATE_NOOP("services", "the logo file cannot be read"),
    QT_TRANSLATE_NOOP("services", "the logo file cannot be read (permission denied)"),
    QT_TRANSLATE_NOOP("services", "the logo file does not exist"),
    QT_TRANSLATE_NOOP("services", "the logo is larger than 1 MB"),
    QT_TRANSLATE_NOOP("services", "the logo is more than 4096 pixels wide or high"),
    QT_TRANSLATE_NOOP("services", "the logo must be a PNG or JPEG image"),
    QT_TRANSLATE_NOOP("services", "the output folder does not exist"),
    QT_TRANSLATE_NOOP("services", "the output path is a folder; give a file name"),
    QT_TRANSLATE_NOOP("services", "the period would be empty: its start is after its end"),
    QT_TRANSLATE_NOOP(
        "services",
        "the text changed since it was shown; look at it again before recording consent",
    ),
    QT_TRANSLATE_NOOP("services", "the value is outside the range its unit allows"),
    QT_TRANSLATE_NOOP(
        "services",
        "the vault needs an upgrade, which its read-only folder does not allow: copy the vault folder to a writable place first",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "services",
        "the vault was not closed cleanly and its folder is read-only: copy the vault folder to a writable place to open it",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("services", "the vault's folder disappeared"),
    QT_TRANSLATE_NOOP(
        "services",
        "the vault's folder is read-only: the vault can be read and exported, not changed",
    ),
    QT_TRANSLATE_NOOP("services", "this engagement has no agreement yet"),
)


def service_text(message: str) -> str:
    """A service's message in the window's language (as it is when not listed)."""
    return QCoreApplication.translate("services", message)


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
        return "\n".join(service_text(str(p)) for p in exc.problems)
    if isinstance(exc, CoachDeskError):
        return service_text(str(exc))
    return QCoreApplication.translate(
        "messages", "Something went wrong ({kind}). Your saved notes are safe."
    ).format(kind=type(exc).__name__)
