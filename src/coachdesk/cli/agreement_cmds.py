"""The agreement document command (spec §5, §9 ``agreement``)."""

from __future__ import annotations

import argparse
from typing import Any

from coachdesk.cli import common
from coachdesk.domain import Language
from coachdesk.services import agreement_doc


def register(sub: Any) -> None:
    p = sub.add_parser(
        "agreement",
        help="write the agreement document of an engagement (PDF, to read and sign)",
        description="Write the agreement as a document for coach, coachee and stakeholders to "
        "read and sign: the parties, the engagement, for each recipient what they will "
        "receive, what needs the coachee's consent and what they never receive, how consent "
        "works, the confidentiality exceptions, the free text and signature lines. The "
        "latest version by default. Recorded in the disclosure ledger.",
    )
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("--engagement", required=True, metavar="ID")
    p.add_argument("--version", type=int, metavar="N", help="agreement version (the latest)")
    p.add_argument("--lang", choices=[lang.value for lang in Language])
    p.add_argument("--out", type=common.path_arg, metavar="FILE.pdf", required=True)
    p.set_defaults(handler=cmd_agreement)


def cmd_agreement(args: argparse.Namespace) -> int:
    language = Language(args.lang) if args.lang else None
    with common.open_vault(args) as vault:
        rendered = agreement_doc.render(vault.db, args.engagement, args.version, language)
        entry = agreement_doc.save(vault, rendered, args.out)
    version = rendered.document.agreement.version
    print(f"Agreement version {version} written to {args.out}; ledger entry {entry.id}.")
    return 0
