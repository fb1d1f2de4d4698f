"""Erasing a coachee completely (spec §8), with a summary for the coach."""

from __future__ import annotations

import contextlib
import errno
from dataclasses import dataclass, replace

from coachdesk.errors import CoachDeskError, DiskFull, InvalidInput, VaultReadOnly
from coachdesk.services.vault import Vault
from coachdesk.storage import erasure_repo, ledger_repo, people_repo

COMPACTION_FAILED = (
    "the coachee's data was deleted, but compacting the vault file failed ({reason}), so "
    "some of their words may still sit in unused parts of it; free some space, then open "
    "the vault again (the app, or a command such as 'coachdesk verify') to finish"
)


@dataclass(frozen=True)
class ErasureSummary:
    """What went, and who received reports about the coachee (to notify them).

    ``ledger_ids`` are the ledger entries that carried anything about the coachee; their
    kept copies (``kept_copies`` of them, ``shared_copies`` of which were team reports that
    also carried others) are deleted with the coachee, their hashes stay. ``compacted`` is
    False when the deletion committed but the file could not be compacted (a full disk):
    then ``compaction_error`` says why, and the next opening of the vault finishes it.
    """

    person_id: str
    counts: dict[str, int]
    recipients: tuple[tuple[str, str], ...]  # (person id, name) from the ledger
    ledger_ids: tuple[int, ...] = ()
    kept_copies: int = 0
    shared_copies: int = 0
    compacted: bool = True
    compaction_error: str = ""

    def lines(self) -> list[str]:
        c = self.counts
        out = [
            f"Erased coachee {self.person_id}: {c['engagements']} engagement(s), "
            f"{c['sessions']} session(s), {c['items']} note item(s), {c['goals']} goal(s), "
            f"{c['actions']} action(s).",
            "The disclosure ledger keeps only ids and hashes of what was reported.",
        ]
        if self.kept_copies:
            out.append(
                f"The kept copies of {self.kept_copies} report(s) about this coachee were "
                "deleted; their ledger entries and hashes stay."
                + (
                    f" {self.shared_copies} of them were team reports that also covered "
                    "others: their copies went too."
                    if self.shared_copies
                    else ""
                )
            )
        if self.recipients:
            out.append("Reports about this coachee went to (consider notifying them):")
            out += [f"  {name} ({pid})" for pid, name in self.recipients]
        else:
            out.append("No report about this coachee was ever produced.")
        return out

    def warning(self) -> str | None:
        """The one line to show when the erasure is not finished, else ``None``."""
        if self.compacted:
            return None
        return COMPACTION_FAILED.format(reason=self.compaction_error)


def erasure_preview(vault: Vault, person_id: str) -> ErasureSummary:
    """What :func:`erase_coachee` would remove, without removing anything."""
    db = vault.db
    if not erasure_repo.is_coachee(db, person_id):
        raise InvalidInput(f"{person_id!r} is not the coachee of any engagement")
    engagements = set(erasure_repo.engagement_ids(db, person_id))
    names = {p.id: p.name for p in people_repo.people(db)}
    recipients: dict[str, str] = {}
    about: list[int] = []
    shared: set[int] = set()
    for entry in ledger_repo.entries(db):
        touched = {entry.engagement_id} | {f.engagement_id for f in entry.facts}
        if not touched & engagements:
            continue
        about.append(entry.id)
        if (touched - {None}) - engagements:
            shared.add(entry.id)
        recipients[entry.recipient_id] = names.get(entry.recipient_id, entry.recipient_id)
    copies = erasure_repo.kept_copy_ids(db, about)
    return ErasureSummary(
        person_id,
        erasure_repo.counts(db, person_id),
        tuple(sorted(recipients.items())),
        tuple(about),
        len(copies),
        len(shared.intersection(copies)),
    )


def erase_coachee(vault: Vault, person_id: str) -> ErasureSummary:
    """Erase everything held about a coachee: their engagements with all they contain, the
    person, and the kept copies of every report that carried anything about them.

    Then compact: the full-text index is rebuilt from the items that remain, the file is
    vacuumed and its WAL emptied (secure delete is on as well), so no word of theirs is
    left in any page of ``vault.db``. When the deletion commits but compaction fails (a
    full disk), the summary says so (``compacted`` False) instead of raising: the data is
    gone from the tables and the recipients must still be shown. A marker written before
    the deletion makes the next opening of the vault finish the compaction.
    """
    db = vault.db
    erasure_preview(vault, person_id)  # refuses a non-coachee before anything is written
    if vault.read_only:
        raise VaultReadOnly()
    try:
        created = erasure_repo.mark_pending(vault.folder)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise VaultReadOnly() from exc
        raise CoachDeskError("could not write in the vault folder; nothing was changed") from exc
    try:
        with db.transaction():
            summary = erasure_preview(vault, person_id)
            erasure_repo.erase(db, person_id, list(summary.ledger_ids))
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                erasure_repo.clear_pending(vault.folder)
        raise
    try:
        erasure_repo.compact(db)
    except Exception as exc:  # the deletion is committed: say so, do not raise
        reason = (
            "the disk is full" if isinstance(exc, DiskFull) else "the file could not be rewritten"
        )
        return replace(summary, compacted=False, compaction_error=reason)
    with contextlib.suppress(OSError):
        erasure_repo.clear_pending(vault.folder)
    return summary
