"""Import and export of ``coachdesk-data/1`` documents (spec §6, §8 access requests)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coachdesk.domain import LedgerEntry, Practice
from coachdesk.errors import InvalidInput
from coachdesk.interchange import parse_json, read_document, to_document
from coachdesk.interchange.writer import ledger_entry_json
from coachdesk.services.files import write_output
from coachdesk.services.vault import Vault
from coachdesk.storage import engagement_repo, ledger_repo, people_repo, practice_repo
from coachdesk.storage.connection import Database

# Refuse absurd inputs before decoding them; a real practice is a few megabytes.
MAX_IMPORT_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class ImportSummary:
    organisations: int
    people: int
    engagements: int
    sessions: int
    items: int

    def line(self) -> str:
        return (
            f"imported {self.organisations} organisation(s), {self.people} person(s), "
            f"{self.engagements} engagement(s), {self.sessions} session(s), "
            f"{self.items} note item(s)"
        )


def summarise(practice: Practice) -> ImportSummary:
    sessions = [s for e in practice.engagements for s in e.sessions]
    return ImportSummary(
        organisations=len(practice.organisations),
        people=len(practice.people),
        engagements=len(practice.engagements),
        sessions=len(sessions),
        items=sum(len(s.items) for s in sessions),
    )


def read_import_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise InvalidInput("the file is too large to be a CoachDesk document")
        return path.read_bytes()
    except IsADirectoryError:
        raise InvalidInput("that is a folder, not a file") from None
    except FileNotFoundError:
        raise InvalidInput("the file to import does not exist") from None
    except PermissionError:
        raise InvalidInput("the file to import cannot be read (permission denied)") from None


def import_document(vault: Vault, doc: Any) -> ImportSummary:
    """Add a decoded document to the vault, all or nothing.

    Every problem, including an id the vault already holds, is reported by its JSON path
    in one ``InvalidInput``; then nothing has been written. The coach profile is taken from
    the document only while the vault's is still empty.
    """
    return import_into(vault.db, doc)


def import_into(db: Database, doc: Any) -> ImportSummary:
    """:func:`import_document` on an open database: one transaction, checked in full first."""
    with db.transaction():
        practice = read_document(doc, practice_repo.existing_ids(db))
        if people_repo.coach(db).name:
            practice = Practice(
                organisations=practice.organisations,
                people=practice.people,
                engagements=practice.engagements,
            )
        practice_repo.insert_practice(db, practice)
    return summarise(practice)


def import_bytes(vault: Vault, data: bytes) -> ImportSummary:
    return import_document(vault, parse_json(data))


def import_file(vault: Vault, path: Path) -> ImportSummary:
    return import_bytes(vault, read_import_file(path))


def export_document(vault: Vault, coachee_id: str | None = None) -> dict[str, Any]:
    """Everything the vault holds, with the ledger; or, for ``coachee_id``, everything about
    that coachee (their access request, §8): their engagements with every item, private ones
    and reflections included, the people and organisations those engagements name, and the
    ledger entries about them, each holding only the facts of their own engagements.

    A team report's entry covers other agents too: in an access request it keeps only this
    coachee's facts, and its file hashes (which cover everyone's sections) are left out, as
    is every kept copy of a file."""
    db = vault.db
    with db.transaction():
        if coachee_id is None:
            return to_document(practice_repo.load_practice(db), ledger_repo.entries(db))
        ids = engagement_repo.engagement_ids(db, coachee_id)
        known = {p.id for p in people_repo.people(db)}
        if coachee_id not in known:
            raise InvalidInput(f"no person with id {coachee_id!r}")
        practice = practice_repo.load_practice(db, ids)
        entries = ledger_repo.entries(db)
    doc = to_document(_about(practice, coachee_id))
    ledger = [j for j in (_entry_about(e, set(ids)) for e in entries) if j is not None]
    if ledger:
        doc["ledger"] = ledger
    return doc


def _entry_about(entry: LedgerEntry, own: set[str]) -> dict[str, Any] | None:
    """A ledger entry as an access request for the coachee of the engagements ``own`` shows
    it: whole when it is a report from one of them, reduced to their facts when it also
    carried others' (a team report), absent when it carried nothing of theirs."""
    if entry.engagement_id is not None:
        return ledger_entry_json(entry) if entry.engagement_id in own else None
    facts = tuple(f for f in entry.facts if f.engagement_id in own)
    if not facts:
        return None
    return ledger_entry_json(replace(entry, facts=facts), hashes=False)


def _about(practice: Practice, person_id: str) -> Practice:
    """The part of ``practice`` an access request by ``person_id`` covers."""
    named: set[str] = {person_id}
    orgs: set[str] = set()
    for e in practice.engagements:
        named.update(e.recipients)
        named.update(a.owner_id for a in e.actions if a.owner_id)
        if e.organisation_id:
            orgs.add(e.organisation_id)
    people = tuple(p for p in practice.people if p.id in named)
    orgs.update(p.organisation_id for p in people if p.organisation_id)
    return Practice(
        coach=practice.coach,
        organisations=tuple(o for o in practice.organisations if o.id in orgs),
        people=people,
        engagements=practice.engagements,
    )


def encode(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_to_file(vault: Vault, out: Path, coachee_id: str | None = None) -> tuple[int, int]:
    """Write the export atomically; returns (engagements, note items) written."""
    doc = export_document(vault, coachee_id)
    write_output(out, encode(doc))
    engagements: list[dict[str, Any]] = doc["engagements"]
    items = sum(len(s["items"]) for e in engagements for s in e["sessions"])
    return len(engagements), items


