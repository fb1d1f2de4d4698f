"""Team reports (spec §5, §9 ``team-report``): one PDF for a customer-service manager or team
leader covering every engagement in which they hold that role, each agent's section from the
same rule as a single report, and one ledger entry listing every fact per engagement."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from coachdesk.domain import Language, LedgerEntry, LedgerFact
from coachdesk.errors import InvalidInput, UnprintableText
from coachdesk.export import encrypt_pdf, render_team_report
from coachdesk.policy import Period, TeamDisclosure, disclose_team, team_engagements
from coachdesk.services.reports import (
    Reproduction,
    check_report_date,
    compared,
    write_with_entry,
)
from coachdesk.services.vault import Vault
from coachdesk.storage import engagement_repo, people_repo
from coachdesk.storage.connection import Database

TEAM_REPORT = "team-report"


@dataclass(frozen=True)
class TeamReportRequest:
    """Without a period, from the earliest start among the team's engagements to the report
    date; without a language, the language most of those engagements use."""

    recipient_id: str
    report_date: dt.date
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    language: Language | None = None


@dataclass(frozen=True)
class RenderedTeamReport:
    disclosure: TeamDisclosure
    pdf: bytes
    content_pdf: bytes
    password_protected: bool

    @property
    def file_sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.content_pdf).hexdigest()


def team_recipients(db: Database) -> list[tuple[str, str]]:
    """(id, name) of everyone who is a customer-service manager or team leader somewhere."""
    with db.transaction():
        return people_repo.people_with_roles(db, ("cs_manager", "team_leader"))


def team_disclosure_for(db: Database, request: TeamReportRequest) -> TeamDisclosure:
    """Apply the rule to every engagement of the team (``InvalidInput`` for a request that
    cannot be met, a report date after today included)."""
    check_report_date(request.report_date)
    return _team_disclosure(db, request)


def _team_disclosure(db: Database, request: TeamReportRequest) -> TeamDisclosure:
    people = people_repo.people(db)
    names = {p.id: p.name for p in people}
    if request.recipient_id not in names:
        raise InvalidInput(f"no person with id {request.recipient_id!r}")
    ids = engagement_repo.engagement_ids_with_stakeholder(db, request.recipient_id)
    engagements = team_engagements(
        [e for e in (engagement_repo.load_engagement(db, i) for i in ids) if e is not None],
        request.recipient_id,
    )
    if not engagements:
        raise InvalidInput(
            f"{request.recipient_id!r} is not a customer-service manager or team leader in "
            "any engagement"
        )
    start = request.period_from or min(e.start for e in engagements)
    end = request.period_to or request.report_date
    if end < start:
        raise InvalidInput("the period would be empty: its start is after its end")
    language = request.language
    if language is None:
        en = sum(e.language is Language.EN for e in engagements)
        language = Language.EN if en * 2 >= len(engagements) else Language.IT
    return disclose_team(
        engagements,
        request.recipient_id,
        Period(start, end),
        request.report_date,
        coach=people_repo.coach(db),
        names=names,
        language=language,
    )


def render_team(
    db: Database, request: TeamReportRequest, password: str | None = None
) -> RenderedTeamReport:
    """Build the team report in memory; nothing is written."""
    with db.transaction():
        disclosure = team_disclosure_for(db, request)
    return _rendered(disclosure, password)


def _rendered(disclosure: TeamDisclosure, password: str | None) -> RenderedTeamReport:
    content = render_team_report(disclosure)
    pdf = encrypt_pdf(content, password) if password else content
    return RenderedTeamReport(disclosure, pdf, content, password_protected=bool(password))


def _facts(disclosure: TeamDisclosure) -> tuple[LedgerFact, ...]:
    return tuple(
        LedgerFact(kind, ident, digest, engagement_id)
        for engagement_id, kind, ident, digest in disclosure.facts()
    )


def ledger_entry(rendered: RenderedTeamReport, now: dt.datetime) -> LedgerEntry:
    h = rendered.disclosure.header
    roles = {ds.header.role.value for ds in rendered.disclosure.agents}
    return LedgerEntry(
        id=0,
        created_at=now,
        kind=TEAM_REPORT,
        engagement_id=None,
        recipient_id=h.recipient_id,
        role=roles.pop() if len(roles) == 1 else "cs_manager",
        period_from=h.period.start,
        period_to=h.period.end,
        report_date=h.report_date,
        language=h.language,
        agreement_version=None,
        facts=_facts(rendered.disclosure),
        file_sha256=rendered.file_sha256,
        content_sha256=rendered.content_sha256,
        password_protected=rendered.password_protected,
    )


def save_team(vault: Vault, rendered: RenderedTeamReport, out: Path) -> LedgerEntry:
    """Write the file and append its ledger entry: both or neither."""
    return write_with_entry(vault, rendered.pdf, out, lambda now: ledger_entry(rendered, now))


def reproduces(db: Database, entry: LedgerEntry) -> Reproduction:
    """Regenerate a team report's entry from today's data and compare its unencrypted
    rendering; a difference names the facts that differ."""
    request = TeamReportRequest(
        entry.recipient_id, entry.report_date, entry.period_from, entry.period_to, entry.language
    )
    try:
        with db.transaction():
            disclosure = _team_disclosure(db, request)
    except InvalidInput:
        return Reproduction(entry, False, "the recipient or their engagements no longer exist")
    try:
        rendered = _rendered(disclosure, None)
    except UnprintableText as exc:  # today's data holds a character no font prints
        return Reproduction(entry, False, f"cannot be regenerated today: {exc}")
    return compared(entry, rendered.content_sha256, _facts(disclosure))
