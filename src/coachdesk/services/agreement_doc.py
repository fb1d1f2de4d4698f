"""The agreement document (spec §5): render it for one version of an engagement's agreement,
save it with its ledger entry (kind ``agreement``: the version, the parties as recipients, the
file's hash and a kept copy, through the same code the reports use), and regenerate it for
``verify``."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from coachdesk.domain import Agreement, Engagement, Language, LedgerEntry, LedgerFact
from coachdesk.errors import InvalidInput, UnprintableText
from coachdesk.export.agreement_doc import AgreementDocument, document_of, render_agreement
from coachdesk.services import reports
from coachdesk.services.vault import Vault
from coachdesk.storage import engagement_repo, ledger_repo, people_repo
from coachdesk.storage.connection import Database

AGREEMENT = "agreement"  # the ledger entry's kind


@dataclass(frozen=True)
class RenderedAgreement:
    document: AgreementDocument
    pdf: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


def _agreement(engagement: Engagement, version: int | None) -> Agreement:
    if not engagement.agreements:
        raise InvalidInput("this engagement has no agreement yet")
    if version is None:
        current = engagement.current_agreement
        assert current is not None
        return current
    for a in engagement.agreements:
        if a.version == version:
            return a
    raise InvalidInput(f"no agreement version {version} in this engagement")


def render(
    db: Database, engagement_id: str, version: int | None = None, language: Language | None = None
) -> RenderedAgreement:
    """The document for ``version`` (default: the latest) in ``language`` (default: the
    engagement's). Raises ``InvalidInput`` for an unknown engagement or version."""
    with db.transaction():
        engagement = engagement_repo.load_engagement(db, engagement_id)
        if engagement is None:
            raise InvalidInput(f"no engagement {engagement_id!r}")
        names = people_repo.engagement_names(db, engagement_id)
        coach = people_repo.coach(db)
    agreement = _agreement(engagement, version)
    doc = document_of(engagement, agreement, coach=coach, names=names, language=language)
    return RenderedAgreement(doc, render_agreement(doc))


def facts(doc: AgreementDocument) -> tuple[LedgerFact, ...]:
    """What the entry records: the agreement version's content hash and each party the
    document names, with their role (ids and hashes, never text)."""
    a = doc.agreement
    content = json.dumps(asdict(a), default=str, sort_keys=True, ensure_ascii=False)
    out = [
        LedgerFact(
            "agreement",
            str(a.version),
            hashlib.sha256(content.encode("utf-8")).hexdigest(),
            doc.engagement_id,
        )
    ]
    out += [
        LedgerFact(
            "recipient",
            p.person_id,
            hashlib.sha256(p.role.value.encode("utf-8")).hexdigest(),
            doc.engagement_id,
        )
        for p in doc.parties
    ]
    return tuple(out)


def ledger_entry(rendered: RenderedAgreement, now: dt.datetime) -> LedgerEntry:
    doc = rendered.document
    a = doc.agreement
    return LedgerEntry(
        id=0,
        created_at=now,
        kind=AGREEMENT,
        engagement_id=doc.engagement_id,
        recipient_id=doc.coachee.person_id,
        role=doc.coachee.role.value,
        period_from=doc.start,  # type: ignore[arg-type]
        period_to=doc.end or a.agreed_on,  # type: ignore[arg-type]
        report_date=a.agreed_on,
        language=doc.language,
        agreement_version=a.version,
        facts=facts(doc),
        file_sha256=rendered.sha256,
        content_sha256=rendered.sha256,
        password_protected=False,
    )


def save(vault: Vault, rendered: RenderedAgreement, out: Path) -> LedgerEntry:
    """Write the document to ``out`` and append its ledger entry with a kept copy: both or
    neither (the reports' own :func:`coachdesk.services.reports.write_with_entry`)."""
    return reports.write_with_entry(
        vault, rendered.pdf, out, lambda now: ledger_entry(rendered, now)
    )


def record(vault: Vault, rendered: RenderedAgreement) -> LedgerEntry:
    """Append the ledger entry and the kept copy for bytes the app saves itself (the GUI
    writes the file through its own dialog)."""
    entry = ledger_entry(rendered, dt.datetime.now().replace(microsecond=0))
    with vault.db.transaction():
        entry_id = ledger_repo.append(vault.db, entry)
        ledger_repo.keep_copy(vault.db, entry_id, rendered.pdf)
    return LedgerEntry(**{**entry.__dict__, "id": entry_id})


def reproduces(db: Database, entry: LedgerEntry) -> reports.Reproduction:
    """Regenerate an agreement entry's document from today's data and compare it."""
    if entry.engagement_id is None or entry.agreement_version is None:
        return reports.Reproduction(entry, False, "the entry names no engagement or version")
    try:
        rendered = render(db, entry.engagement_id, entry.agreement_version, entry.language)
    except InvalidInput:
        return reports.Reproduction(
            entry, False, "the engagement or the agreement version no longer exists"
        )
    except UnprintableText as exc:
        return reports.Reproduction(entry, False, f"cannot be regenerated today: {exc}")
    return reports.compared(entry, rendered.sha256, facts(rendered.document))
