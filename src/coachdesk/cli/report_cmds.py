"""Report and ledger commands (spec §4, §5, §9)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from typing import Any, TypedDict

from coachdesk.cli import common
from coachdesk.domain import Language
from coachdesk.errors import InvalidInput, UsageError
from coachdesk.interchange.writer import ledger_entry_json
from coachdesk.policy import REASON_TEXT, Disclosure
from coachdesk.services import reports


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {text!r}: expected YYYY-MM-DD") from None


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="write the PDF report for one recipient of one engagement",
        description="Write the report for one recipient: exactly what the agreement permits "
        "and the coachee agreed to, and nothing else. Each report written is recorded in the "
        "disclosure ledger. With --explain, print what would be included and why everything "
        "else is left out, and write nothing.",
    )
    _add_report_args(p, engagement=True)
    p.add_argument("--explain", action="store_true", help="explain, write nothing")
    p.add_argument("--out", type=common.path_arg, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser(
        "team-report",
        help="write the team report for a customer-service manager or team leader",
        description="One PDF covering every engagement in which PERSON_ID is a cs_manager or "
        "team_leader: each agent's section holds exactly what a single report to that person "
        "would (an agent whose agreement permits them nothing is absent), coaching and "
        "training sessions apart, and a KPI overview. Recorded in the disclosure ledger.",
    )
    _add_report_args(p, engagement=False)
    p.add_argument("--out", type=common.path_arg, metavar="FILE.pdf", required=True)
    p.set_defaults(handler=cmd_team_report)

    p = sub.add_parser(
        "ledger",
        help="list the disclosure ledger: every report written, to whom, with its hashes",
    )
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("--engagement", metavar="ID")
    p.add_argument("--json", action="store_true", help="one JSON document")
    p.set_defaults(handler=cmd_ledger)


def _add_report_args(p: argparse.ArgumentParser, *, engagement: bool) -> None:
    """The options ``report`` and ``team-report`` share: who and when, language, password."""
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    if engagement:
        p.add_argument("--engagement", required=True, metavar="ID")
    p.add_argument("--recipient", required=True, metavar="PERSON_ID")
    p.add_argument("--from", dest="period_from", type=date_arg, metavar="DATE")
    p.add_argument("--to", dest="period_to", type=date_arg, metavar="DATE")
    p.add_argument(
        "--date", dest="report_date", type=date_arg, metavar="DATE", help="report date (today)"
    )
    p.add_argument("--lang", choices=[lang.value for lang in Language])
    p.add_argument(
        "--pdf-password-file",
        metavar="F",
        help="protect the PDF with the password on the first line of F (AES-256)",
    )


class _RequestFields(TypedDict):
    """The fields a report request and a team report request share."""

    recipient_id: str
    report_date: dt.date
    period_from: dt.date | None
    period_to: dt.date | None
    language: Language | None


def _request_fields(args: argparse.Namespace) -> _RequestFields:
    """Check --date and --from/--to, and give the request's shared fields."""
    if args.report_date is not None and args.report_date > dt.date.today():
        # Spec §4: a report is never dated after today. The services refuse it too.
        raise UsageError(
            f"--date {args.report_date.isoformat()} is after today: a report cannot be dated "
            "in the future"
        )
    if args.period_from and args.period_to and args.period_from > args.period_to:
        raise InvalidInput("--from is after --to: the period would be empty")
    return _RequestFields(
        recipient_id=args.recipient,
        report_date=args.report_date or dt.date.today(),
        period_from=args.period_from,
        period_to=args.period_to,
        language=Language(args.lang) if args.lang else None,
    )


def _pdf_password(args: argparse.Namespace) -> str | None:
    if args.pdf_password_file:
        return common.read_secret_file(args.pdf_password_file, "PDF password")
    return None


def cmd_report(args: argparse.Namespace) -> int:
    if not args.explain and args.out is None:
        raise UsageError("give --out FILE.pdf (or --explain to only see what would be included)")
    request = reports.ReportRequest(engagement_id=args.engagement, **_request_fields(args))
    password = _pdf_password(args)
    with common.open_vault(args) as vault:
        if args.explain:
            with vault.db.transaction():
                disclosure = reports.disclosure_for(vault.db, request)
            print("\n".join(explain(disclosure)))
            return 0
        rendered = reports.render(vault, request, password)
        entry = reports.save(vault, rendered, args.out)
    facts = len(entry.facts)
    protected = ", password-protected" if entry.password_protected else ""
    print(f"Report written to {args.out} ({facts} fact(s){protected}); ledger entry {entry.id}.")
    return 0


def cmd_team_report(args: argparse.Namespace) -> int:
    from coachdesk.services import team_reports

    request = team_reports.TeamReportRequest(**_request_fields(args))
    password = _pdf_password(args)
    with common.open_vault(args) as vault:
        rendered = team_reports.render_team(vault.db, request, password)
        entry = team_reports.save_team(vault, rendered, args.out)
    agents = len(rendered.disclosure.agents)
    print(
        f"Team report written to {args.out} ({agents} agent(s), {len(entry.facts)} fact(s)); "
        f"ledger entry {entry.id}."
    )
    return 0


def explain(disclosure: Disclosure) -> list[str]:
    """What a report would hold and why the rest is left out: ids, dates and reasons only."""
    ds = disclosure.included
    h = ds.header
    agreement = (
        f"agreement version {h.agreement_version} of {h.agreement_date}"
        if h.agreement_version is not None
        else "no agreement in force"
    )
    lines = [
        f"Report for {h.recipient_id} ({h.role.value}) in engagement {h.engagement_id}, "
        f"{h.period.start} to {h.period.end}, report date {h.report_date}, {agreement}.",
        "",
        "Included:",
    ]
    sections: list[tuple[str, Any]] = [
        ("attendance", ds.attendance),
        ("goals", ds.goals),
        ("progress", ds.progress),
        ("plan", ds.plan),
        ("summaries", ds.summaries),
        ("notes", ds.notes),
    ]
    for name, section in sections:
        if section is None:
            lines.append(f"  {name}: not permitted for this role (section absent)")
        elif not section:
            lines.append(f"  {name}: permitted, nothing in the period")
        else:
            ids = ", ".join(
                str(getattr(f, "id", None) or getattr(f, "goal_id", "")) for f in section
            )
            lines.append(f"  {name}: {ids}")
    if ds.exceptions:
        ids = ", ".join(x.id for x in ds.exceptions)
        lines.append(f"  disclosed without consent (exception): {ids}")
    lines += ["", "Excluded:"]
    if not disclosure.excluded:
        lines.append("  nothing")
    counts = Counter(x.reason for x in disclosure.excluded)
    for x in disclosure.excluded:
        when = f" of {x.day}" if x.day else ""
        what = f"{x.kind} {x.id}{when}" + (f" ({x.item_kind.value})" if x.item_kind else "")
        lines.append(f"  {what}: {REASON_TEXT[x.reason]}")
    if counts:
        lines.append("")
        lines.append(
            "Excluded in all: "
            + ", ".join(f"{n} {r.value.replace('_', ' ')}" for r, n in counts.most_common())
        )
    if disclosure.awaiting:
        lines.append(f"Awaiting the coachee's agreement: {', '.join(disclosure.awaiting)}")
    return lines


def cmd_ledger(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        entries = reports.ledger(vault.db, args.engagement)
        kept = reports.copies_kept(vault.db)
    if args.json:
        # Whether the very file sent is kept in the vault; never its bytes.
        listed = [ledger_entry_json(e) | {"copy_kept": e.id in kept} for e in entries]
        print(json.dumps({"ledger": listed}, indent=2))
        return 0
    if not entries:
        print("The disclosure ledger is empty: no report has been written.")
        return 0
    for e in entries:
        lock = " [password]" if e.password_protected else ""
        copy = "" if e.id in kept else " [no copy kept]"
        version = f"v{e.agreement_version}" if e.agreement_version is not None else "-"
        sent = e.created_at.isoformat(" ", timespec="minutes")
        print(
            f"#{e.id}  {sent}  {e.kind}  {e.engagement_id or '(team)'}  "
            f"to {e.recipient_id} ({e.role})  {e.period_from}..{e.period_to}  "
            f"agreement {version}  {len(e.facts)} fact(s)  "
            f"sha256 {e.file_sha256[:16]}…{lock}{copy}"
        )
    return 0
