"""Domain data to a ``coachdesk-data/1`` document (spec §6). Pure: no I/O, no SQL.

Optional fields are written only when they differ from their default, so an exported file
reads like one written by hand; the coach's ``logo`` is the image file in base64. Three
fields extend the §6 example and are documented in
``docs/interchange.md``: a session's ``topic``, a goal's ``start``/``end``, and an ``agreed``
or ``exception`` state's ``text_sha256`` (the hash it is bound to, so a consent or exception
voided by an edit stays void after a round trip).
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable
from typing import Any

from coachdesk.domain import (
    Action,
    Agreement,
    Billing,
    Engagement,
    Goal,
    Kpi,
    LedgerEntry,
    NoteItem,
    Practice,
    Session,
    SessionFormat,
    SharingState,
    SharingStateKind,
)

FORMAT = "coachdesk-data/1"

Json = dict[str, Any]


def _day(day: dt.date) -> str:
    return day.isoformat()  # always YYYY-MM-DD, years before 1000 included


def _moment(moment: dt.datetime) -> str:
    # Four-digit years always: strftime's %Y writes year 1 as "1" on glibc, which no ISO
    # 8601 reader (ours included) accepts back.
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment:%H:%M}"


def _number(value: float) -> int | float:
    """Whole numbers as integers (``420`` rather than ``420.0``), others unchanged."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def to_document(practice: Practice, ledger: Iterable[LedgerEntry] = ()) -> Json:
    doc: Json = {"format": FORMAT}
    coach: Json = {"name": practice.coach.name}
    if practice.coach.credentials:
        coach["credentials"] = practice.coach.credentials
    if practice.coach.letterhead:
        coach["letterhead"] = practice.coach.letterhead
    if practice.coach.logo is not None:
        coach["logo"] = base64.b64encode(practice.coach.logo).decode("ascii")
    doc["coach"] = coach
    doc["organisations"] = [{"id": o.id, "name": o.name} for o in practice.organisations]
    people = []
    for p in practice.people:
        person: Json = {"id": p.id, "name": p.name}
        if p.organisation_id is not None:
            person["organisation"] = p.organisation_id
        if p.title:
            person["title"] = p.title
        if p.email:
            person["email"] = p.email
        people.append(person)
    doc["people"] = people
    doc["engagements"] = [_engagement(e) for e in practice.engagements]
    entries = [ledger_entry_json(e) for e in ledger]
    if entries:
        doc["ledger"] = entries
    return doc


def _engagement(e: Engagement) -> Json:
    out: Json = {"id": e.id, "coachee": e.coachee_id}
    if e.organisation_id is not None:
        out["organisation"] = e.organisation_id
    out["title"] = e.title
    out["start"] = _day(e.start)
    if e.end is not None:
        out["end"] = _day(e.end)
    out["language"] = e.language.value
    out["retention_months"] = e.retention_months
    if e.billing is not Billing.PAID:
        out["billing"] = e.billing.value
    if e.cadence_days is not None:
        out["cadence_days"] = e.cadence_days
    out["stakeholders"] = [{"person": s.person_id, "role": s.role.value} for s in e.stakeholders]
    out["agreements"] = [_agreement(a) for a in e.agreements]
    out["goals"] = [_goal(g) for g in e.goals]
    out["actions"] = [_action(a) for a in e.actions]
    out["sessions"] = [_session(s) for s in e.sessions]
    return out


def _agreement(a: Agreement) -> Json:
    out: Json = {"version": a.version, "agreed_on": _day(a.agreed_on)}
    if a.cadence:
        out["cadence"] = a.cadence
    out["permits"] = {
        role.value: sorted(c.value for c in cats)
        for role, cats in sorted(a.permits.items(), key=lambda rc: rc[0].value)
    }
    if a.exceptions:
        out["exceptions"] = a.exceptions
    if a.text:
        out["text"] = a.text
    return out


def _goal(g: Goal) -> Json:
    out: Json = {"id": g.id, "title": g.title, "status": g.status.value}
    if g.start is not None:
        out["start"] = _day(g.start)
    if g.end is not None:
        out["end"] = _day(g.end)
    out["share_with"] = sorted(g.share_with)
    grow = {
        k: v
        for k, v in (
            ("goal", g.grow.goal),
            ("reality", g.grow.reality),
            ("options", g.grow.options),
            ("will", g.grow.will),
        )
        if v
    }
    if grow:
        out["grow"] = grow
    out["ratings"] = [{"date": _day(r.date), "value": r.value} for r in g.ratings]
    out["kpis"] = [_kpi(k) for k in g.kpis]
    return out


def _kpi(k: Kpi) -> Json:
    out: Json = {"id": k.id, "name": k.name, "unit": k.unit, "better": k.better.value}
    out["baseline"] = None if k.baseline is None else _number(k.baseline)
    out["target"] = None if k.target is None else _number(k.target)
    out["measurements"] = [
        {"date": _day(m.date), "value": _number(m.value)} for m in k.measurements
    ]
    return out


def _action(a: Action) -> Json:
    out: Json = {"id": a.id, "text": a.text}
    if a.owner_id is not None:
        out["owner"] = a.owner_id
    if a.due is not None:
        out["due"] = _day(a.due)
    out["status"] = a.status.value
    if a.goal_id is not None:
        out["goal"] = a.goal_id
    if a.kpi_id is not None:
        out["kpi"] = a.kpi_id
    if a.share_with:  # absent means shared with nobody (documents before the plan category)
        out["share_with"] = sorted(a.share_with)
    return out


def _session(s: Session) -> Json:
    out: Json = {
        "id": s.id,
        "date": _moment(s.start),
        "duration_min": s.duration_min,
        "kind": s.kind.value,
        "status": s.status.value,
    }
    if s.topic:
        out["topic"] = s.topic
    if s.format is not SessionFormat.INDIVIDUAL:
        out["format"] = s.format.value
    out["items"] = [_item(i) for i in s.items]
    return out


def _item(item: NoteItem) -> Json:
    out: Json = {"id": item.id, "kind": item.kind.value, "text": item.text}
    sharing = {
        pid: _state(st)
        for pid, st in sorted(item.sharing.items())
        if st.state is not SharingStateKind.PRIVATE
    }
    if sharing:
        out["sharing"] = sharing
    return out


# The states bound to the text they were given for: an edit voids them (spec §3).
_BOUND = (SharingStateKind.AGREED, SharingStateKind.EXCEPTION)


def _state(st: SharingState) -> Json:
    out: Json = {"state": st.state.value}
    if st.on is not None:
        out["on"] = _day(st.on)
    if st.how:
        out["how"] = st.how
    if st.state is SharingStateKind.EXCEPTION:
        out["justification"] = st.justification
    if st.state in _BOUND and st.text_sha256 is not None:
        out["text_sha256"] = st.text_sha256
    return out


def ledger_entry_json(e: LedgerEntry, hashes: bool = True) -> Json:
    """A ledger entry as the export and ``coachdesk ledger --json`` write it.

    Without ``hashes``, the file hashes are null and ``"partial": true`` says the entry
    lists only some of its facts: an access request shows a team report so, since the file
    it hashes holds other agents' sections too."""
    out: Json = {
        "id": e.id,
        "created_at": e.created_at.isoformat(timespec="seconds"),
        "kind": e.kind,
        "engagement": e.engagement_id,
        "recipient": e.recipient_id,
        "role": e.role,
        "period": {"from": _day(e.period_from), "to": _day(e.period_to)},
        "report_date": _day(e.report_date),
        "language": e.language.value,
        "agreement_version": e.agreement_version,
        "facts": [
            {"kind": f.kind, "id": f.id, "sha256": f.sha256}
            | ({"engagement": f.engagement_id} if f.engagement_id else {})
            for f in e.facts
        ],
        "file_sha256": e.file_sha256 if hashes else None,
        "content_sha256": e.content_sha256 if hashes else None,
        "password_protected": e.password_protected,
    }
    if not hashes:
        out["partial"] = True
    return out
