"""Reports and the disclosure ledger (spec §4, §5): what the CLI and the app call.

The flow is always the same: load the engagement, apply the one rule in ``policy``, render
the disclosure set, and, when the coach saves, write the file and append one ledger entry
with a copy of the very bytes handed over, in the same step. Two different checks follow
from that: the kept copy against the file hash recorded when it was sent (a mismatch is
damage), and, apart, a report regenerated from today's data against the one sent (a
difference is not damage: the data has changed since, and the facts that differ are named).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coachdesk.domain import Engagement, Language, LedgerEntry, LedgerFact, text_sha256
from coachdesk.errors import CoachDeskError, InvalidInput, UnprintableText
from coachdesk.export import encrypt_pdf, render_report
from coachdesk.policy import Disclosure, Period, disclose
from coachdesk.services.files import write_output
from coachdesk.services.vault import Vault
from coachdesk.storage import engagement_repo, ledger_repo, people_repo
from coachdesk.storage.connection import Database

REPORT = "report"


@dataclass(frozen=True)
class ReportRequest:
    """What a report is for. Without ``period_from``/``period_to`` the period runs from the
    engagement's start to the report date; without ``language``, the engagement's."""

    engagement_id: str
    recipient_id: str
    report_date: dt.date
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    language: Language | None = None


@dataclass(frozen=True)
class RenderedReport:
    """A report ready to save: the bytes to write and what the ledger will record."""

    disclosure: Disclosure
    pdf: bytes  # what is written (encrypted when protected)
    content_pdf: bytes  # the unencrypted rendering; its hash makes the report reproducible
    password_protected: bool

    @property
    def file_sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.content_pdf).hexdigest()


REPORT_DATE_AFTER_TODAY = "a report cannot be dated after today"


def _today() -> dt.date:
    return dt.date.today()


def check_report_date(report_date: dt.date, today: dt.date | None = None) -> None:
    """Refuse a report date after today (spec §4): a future date would apply consents and
    agreement versions that do not exist yet."""
    if report_date > (today or _today()):
        raise InvalidInput("a report cannot be dated after today")


def _engagement(db: Database, engagement_id: str) -> Engagement:
    engagement = engagement_repo.load_engagement(db, engagement_id)
    if engagement is None:
        raise InvalidInput(f"no engagement with id {engagement_id!r}")
    return engagement


def period_of(engagement: Engagement, request: ReportRequest) -> Period:
    start = request.period_from or engagement.start
    end = request.period_to or request.report_date
    if end < start:
        if request.period_from and request.period_to:
            raise InvalidInput("--from is after --to: the period would be empty")
        raise InvalidInput(
            "the period would be empty: its start "
            f"({start.isoformat()}) is after its end ({end.isoformat()})"
        )
    return Period(start, end)


def disclosure_for(db: Database, request: ReportRequest) -> Disclosure:
    """Apply the disclosure rule for a request, checking it first (``InvalidInput``; a
    report date after today is refused)."""
    check_report_date(request.report_date)
    return _disclosure(db, request)


def _disclosure(db: Database, request: ReportRequest) -> Disclosure:
    """The rule for a request whose date is not checked: regenerating a ledger entry uses
    the date it was written on, which was today then."""
    engagement = _engagement(db, request.engagement_id)
    if engagement.role_of(request.recipient_id) is None:
        if people_repo.missing_people(db, [request.recipient_id]):
            raise InvalidInput(f"no person with id {request.recipient_id!r}")
        raise InvalidInput(
            f"{request.recipient_id!r} is neither the coachee nor a stakeholder of this engagement"
        )
    names = people_repo.engagement_names(db, engagement.id)
    return disclose(
        engagement,
        request.recipient_id,
        period_of(engagement, request),
        request.report_date,
        coach=people_repo.coach(db),
        names=names,
        language=request.language,
    )


def render(vault: Vault, request: ReportRequest, password: str | None = None) -> RenderedReport:
    """Build the report in memory; nothing is written."""
    return render_from(vault.db, request, password)


def render_from(
    db: Database, request: ReportRequest, password: str | None = None
) -> RenderedReport:
    """:func:`render` on an open database (the app's worker and the benchmark hold one)."""
    with db.transaction():
        disclosure = disclosure_for(db, request)
    content = render_report(disclosure.included)
    pdf = encrypt_pdf(content, password) if password else content
    return RenderedReport(disclosure, pdf, content, password_protected=bool(password))


def ledger_entry(rendered: RenderedReport, now: dt.datetime) -> LedgerEntry:
    ds = rendered.disclosure.included
    h = ds.header
    return LedgerEntry(
        id=0,
        created_at=now,
        kind=REPORT,
        engagement_id=h.engagement_id,
        recipient_id=h.recipient_id,
        role=h.role.value,
        period_from=h.period.start,
        period_to=h.period.end,
        report_date=h.report_date,
        language=h.language,
        agreement_version=h.agreement_version,
        facts=tuple(
            LedgerFact(kind, ident, digest, h.engagement_id) for kind, ident, digest in ds.facts()
        ),
        file_sha256=rendered.file_sha256,
        content_sha256=rendered.content_sha256,
        password_protected=rendered.password_protected,
    )


def save(vault: Vault, rendered: RenderedReport, out: Path) -> LedgerEntry:
    """Write the report to ``out`` and append its ledger entry: both or neither."""
    return write_with_entry(vault, rendered.pdf, out, lambda now: ledger_entry(rendered, now))


def write_with_entry(
    vault: Vault, pdf: bytes, out: Path, entry_at: Callable[[dt.datetime], LedgerEntry]
) -> LedgerEntry:
    """Write ``pdf`` to ``out`` and append the ledger entry ``entry_at(now)``: both or neither.

    The file is written beside ``out`` first; the ledger entry and a compressed copy of
    ``pdf`` are committed in one transaction; then the file takes its name. A failure
    before the commit leaves neither the file nor the entry. Single reports and team
    reports are saved through here alike.
    """
    if out.is_dir():
        raise CoachDeskError("the output path is a folder; give a file name")
    staged = out.with_name(out.name + ".partial")
    write_output(staged, pdf)
    try:
        entry = entry_at(dt.datetime.now().replace(microsecond=0))
        with vault.db.transaction():
            entry_id = ledger_repo.append(vault.db, entry)
            # The very bytes handed over, so that what was sent can always be shown.
            ledger_repo.keep_copy(vault.db, entry_id, pdf)
        os.replace(staged, out)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return LedgerEntry(**{**entry.__dict__, "id": entry_id})


def request_of(entry: LedgerEntry) -> ReportRequest:
    assert entry.engagement_id is not None
    return ReportRequest(
        engagement_id=entry.engagement_id,
        recipient_id=entry.recipient_id,
        report_date=entry.report_date,
        period_from=entry.period_from,
        period_to=entry.period_to,
        language=entry.language,
    )


@dataclass(frozen=True)
class FactChange:
    """A fact on which the report sent and the same report made from today's data differ:
    ``sent`` (in the report sent, not in today's), ``new`` (only in today's) or ``changed``
    (in both, with another content hash). Ids and kinds only, never text."""

    kind: str
    id: str
    engagement_id: str | None
    change: str

    def describe(self) -> str:
        where = f" of {self.engagement_id}" if self.engagement_id else ""
        what = {"sent": "no longer included", "new": "new since", "changed": "changed since"}
        return f"{self.kind} {self.id}{where} ({what[self.change]})"


@dataclass(frozen=True)
class Reproduction:
    """A report regenerated from today's data, compared with the one sent."""

    entry: LedgerEntry
    reproduces: bool
    reason: str = ""
    changes: tuple[FactChange, ...] = ()


def fact_changes(
    sent: tuple[LedgerFact, ...], now: tuple[LedgerFact, ...]
) -> tuple[FactChange, ...]:
    """The facts on which two fact lists differ, in the order of ``sent`` then ``now``."""

    def key(f: LedgerFact) -> tuple[str, str, str | None]:
        return (f.kind, f.id, f.engagement_id)

    before = {key(f): f.sha256 for f in sent}
    after = {key(f): f.sha256 for f in now}
    out: list[FactChange] = []
    for k, digest in before.items():
        if k not in after:
            out.append(FactChange(*k, "sent"))
        elif after[k] != digest:
            out.append(FactChange(*k, "changed"))
    out.extend(FactChange(*k, "new") for k in after if k not in before)
    return tuple(out)


def compared(
    entry: LedgerEntry, content_sha256: str, facts: tuple[LedgerFact, ...]
) -> Reproduction:
    """The outcome of regenerating ``entry``: byte for byte, or which facts differ."""
    if content_sha256 == entry.content_sha256:
        return Reproduction(entry, True)
    changes = fact_changes(entry.facts, facts)
    if not changes:
        return Reproduction(
            entry,
            False,
            "the data has changed since: the same facts, other details differ (a name, the "
            "coach profile, the agreement)",
        )
    listed = ", ".join(c.describe() for c in changes)
    return Reproduction(
        entry, False, f"the data has changed since: these facts differ: {listed}", changes
    )


def check_entry(vault: Vault, entry: LedgerEntry) -> Reproduction:
    """Regenerate an entry's report from today's data and compare it with the one sent (the
    unencrypted rendering, since encryption is salted afresh each time). A difference is
    not damage: it names the facts that differ."""
    if entry.kind == "team-report":
        from coachdesk.services import team_reports

        return team_reports.reproduces(vault.db, entry)
    if entry.kind == "agreement":
        from coachdesk.services import agreement_doc

        return agreement_doc.reproduces(vault.db, entry)
    if entry.kind != REPORT or entry.engagement_id is None:
        return Reproduction(entry, False, f"cannot regenerate a {entry.kind!r} entry")
    try:
        with vault.db.transaction():
            disclosure = _disclosure(vault.db, request_of(entry))
    except InvalidInput:
        return Reproduction(entry, False, "the engagement or the recipient no longer exists")
    try:
        content = render_report(disclosure.included)
    except UnprintableText as exc:  # today's data holds a character no font prints
        return Reproduction(entry, False, f"cannot be regenerated today: {exc}")
    h = disclosure.included.header
    facts = tuple(
        LedgerFact(kind, ident, digest, h.engagement_id)
        for kind, ident, digest in disclosure.included.facts()
    )
    return compared(entry, hashlib.sha256(content).hexdigest(), facts)


@dataclass(frozen=True)
class CopyCheck:
    """A kept copy checked against the file hash recorded when the report was sent:
    ``matches``, ``differs`` (damage), ``unreadable`` (damage) or ``none`` kept."""

    entry: LedgerEntry
    state: str


def check_copy(db: Database, entry: LedgerEntry) -> CopyCheck:
    try:
        with db.transaction():
            data = ledger_repo.kept_copy(db, entry.id)
    except ledger_repo.CopyUnreadable:
        return CopyCheck(entry, "unreadable")
    if data is None:
        return CopyCheck(entry, "none")
    ok = hashlib.sha256(data).hexdigest() == entry.file_sha256
    return CopyCheck(entry, "matches" if ok else "differs")


def kept_copy(db: Database, entry: LedgerEntry) -> bytes | None:
    """The very bytes handed over for ``entry`` (encrypted if they were), checked against
    the hash recorded then; None when no copy is kept (an entry written before copies were
    kept, or whose coachee was erased). A damaged copy is refused."""
    with db.transaction():
        try:
            data = ledger_repo.kept_copy(db, entry.id)
        except ledger_repo.CopyUnreadable:
            data = b""
    if data is None:
        return None
    if hashlib.sha256(data).hexdigest() != entry.file_sha256:
        raise CoachDeskError("the kept copy of this report is damaged: run verify")
    return data


def save_kept_copy(db: Database, entry: LedgerEntry, out: Path) -> None:
    """Write the kept copy of ``entry`` to ``out`` again (no new ledger entry: nothing new
    is disclosed by keeping a second file of a report already sent)."""
    data = kept_copy(db, entry)
    if data is None:
        raise CoachDeskError("no copy of this report was kept")
    write_output(out, data)


def copies_kept(db: Database) -> set[int]:
    """The ids of the ledger entries that have a kept copy."""
    with db.transaction():
        return set(ledger_repo.kept_sizes(db))


def ledger(db: Database, engagement_id: str | None = None) -> list[LedgerEntry]:
    """Every entry of the disclosure ledger, or those of one engagement, oldest first."""
    with db.transaction():
        return ledger_repo.entries(db, engagement_id)


def last_report_to(db: Database, engagement_id: str, recipient_id: str) -> LedgerEntry | None:
    """The newest report sent to a recipient in an engagement (for "since the last report")."""
    sent = [e for e in ledger(db, engagement_id) if e.recipient_id == recipient_id]
    return max(sent, key=lambda e: (e.created_at, e.id)) if sent else None


def check_ledger(vault: Vault, engagement_id: str | None = None) -> list[Reproduction]:
    with vault.db.transaction():
        entries = ledger_repo.entries(vault.db, engagement_id)
    return [check_entry(vault, e) for e in entries]


@dataclass(frozen=True)
class FactView:
    """One ledger fact as the coach can recognise it, read from the vault as it is now."""

    kind: str
    day: dt.date | None
    label: str  # the item's text, the goal's title, the session's kind; "" when gone
    present: bool  # still in the vault
    unchanged: bool  # for note items: the text still has the hash that was reported


def describe_facts(db: Database, entry: LedgerEntry) -> list[FactView]:
    """What a ledger entry's facts were, for the ledger view (the ledger itself holds ids
    and hashes only)."""
    views: list[FactView] = []
    with db.transaction():
        cache: dict[str, Engagement | None] = {}
        for fact in entry.facts:
            eid = fact.engagement_id or entry.engagement_id
            if eid not in cache and eid is not None:
                cache[eid] = engagement_repo.load_engagement(db, eid)
            engagement = cache.get(eid) if eid is not None else None
            views.append(_fact_view(engagement, fact))
    return views


def _fact_view(engagement: Engagement | None, fact: LedgerFact) -> FactView:
    gone = FactView(fact.kind, None, "", False, False)
    if engagement is None:
        return gone
    if fact.kind == "session":
        s = next((s for s in engagement.sessions if s.id == fact.id), None)
        return gone if s is None else FactView(fact.kind, s.start.date(), s.kind.value, True, True)
    if fact.kind in ("goal", "progress"):
        g = next((g for g in engagement.goals if g.id == fact.id), None)
        return gone if g is None else FactView(fact.kind, None, g.title, True, True)
    if fact.kind == "action":
        a = next((a for a in engagement.actions if a.id == fact.id), None)
        return gone if a is None else FactView(fact.kind, a.due, a.text, True, True)
    if fact.kind == "agreement":
        v = next((v for v in engagement.agreements if str(v.version) == fact.id), None)
        return gone if v is None else FactView(fact.kind, v.agreed_on, fact.id, True, True)
    if fact.kind == "recipient":
        role = engagement.role_of(fact.id)
        return gone if role is None else FactView(fact.kind, None, role.value, True, True)
    for s in engagement.sessions:
        for item in s.items:
            if item.id == fact.id:
                same = text_sha256(item.text) == fact.sha256
                return FactView(fact.kind, s.start.date(), item.text, True, same)
    return gone
