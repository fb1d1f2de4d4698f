"""Erasing a coachee completely (spec §8), with a summary for the coach."""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.errors import InvalidInput
from coachdesk.services.vault import Vault
from coachdesk.storage import erasure_repo, ledger_repo, practice_repo


@dataclass(frozen=True)
class ErasureSummary:
    """What went, and who received reports about the coachee (to notify them)."""

    person_id: str
    counts: dict[str, int]
    recipients: tuple[tuple[str, str], ...]  # (person id, name) from the ledger

    def lines(self) -> list[str]:
        c = self.counts
        out = [
            f"Erased coachee {self.person_id}: {c['engagements']} engagement(s), "
            f"{c['sessions']} session(s), {c['items']} note item(s), {c['goals']} goal(s), "
            f"{c['actions']} action(s).",
            "The disclosure ledger keeps only ids and hashes of what was reported.",
        ]
        if self.recipients:
            out.append("Reports about this coachee went to (consider notifying them):")
            out += [f"  {name} ({pid})" for pid, name in self.recipients]
        else:
            out.append("No report about this coachee was ever produced.")
        return out


def erasure_preview(vault: Vault, person_id: str) -> ErasureSummary:
    """What :func:`erase_coachee` would remove, without removing anything."""
    db = vault.db
    if not erasure_repo.is_coachee(db, person_id):
        raise InvalidInput(f"{person_id!r} is not the coachee of any engagement")
    engagements = set(erasure_repo.engagement_ids(db, person_id))
    names = {p.id: p.name for p in practice_repo.people(db)}
    recipients: dict[str, str] = {}
    for entry in ledger_repo.entries(db):
        if entry.engagement_id in engagements or any(
            f.engagement_id in engagements for f in entry.facts
        ):
            recipients[entry.recipient_id] = names.get(entry.recipient_id, entry.recipient_id)
    return ErasureSummary(
        person_id, erasure_repo.counts(db, person_id), tuple(sorted(recipients.items()))
    )


def erase_coachee(vault: Vault, person_id: str) -> ErasureSummary:
    """Erase everything held about a coachee: their engagements with all they contain and
    the person. Secure delete is on, the full-text index is merged and the file is vacuumed
    and its WAL emptied, so the text is gone from the file, not just from the tables."""
    db = vault.db
    with db.transaction():
        summary = erasure_preview(vault, person_id)
        erasure_repo.erase(db, person_id)
    erasure_repo.compact(db)
    return summary
