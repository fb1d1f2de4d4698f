"""The coaching log command (spec §5, §9 ``coaching-log``)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from coachdesk.cli import common
from coachdesk.cli.report_cmds import date_arg
from coachdesk.domain import Language
from coachdesk.services import coaching_log


def register(sub: Any) -> None:
    p = sub.add_parser(
        "coaching-log",
        help="write the coaching log (hours per engagement) as CSV or PDF",
        description="Write the log of coaching hours a credentialing body asks for: one row "
        "per engagement with a held session in the period (coachee, organisation, contact, "
        "first and last session, hours of coaching and check-ins, three-way meetings and "
        "training apart, paid or pro bono, individual or group) and the totals. Cancelled "
        "and no-show sessions do not count. The format follows --out's extension. The log "
        "names people: it is written only when asked, and not recorded in the ledger.",
    )
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("--from", dest="period_from", type=date_arg, metavar="DATE")
    p.add_argument("--to", dest="period_to", type=date_arg, metavar="DATE", help="last day (today)")
    p.add_argument("--lang", choices=[lang.value for lang in Language], default="en")
    p.add_argument("--out", type=common.path_arg, metavar="FILE.csv|FILE.pdf", required=True)
    p.set_defaults(handler=cmd_coaching_log)


def cmd_coaching_log(args: argparse.Namespace) -> int:
    kind = coaching_log.kind_of(args.out)
    period_to = args.period_to or dt.date.today()
    with common.open_vault(args) as vault:
        log = coaching_log.coaching_log(vault.db, args.period_from, period_to, Language(args.lang))
    data = coaching_log.render(log, kind)
    coaching_log.save(data, args.out)
    print(f"Coaching log written to {args.out} ({len(log.rows)} engagement(s)).")
    return 0
