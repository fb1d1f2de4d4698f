"""Interchange commands (spec §6, §9): ``import`` and ``export-data``."""

from __future__ import annotations

import argparse
from typing import Any

from coachdesk.cli import common
from coachdesk.interchange import parse_json
from coachdesk.services import interchange


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="add a coachdesk-data/1 JSON document to the vault (all or nothing)",
        description="Add a coachdesk-data/1 document to the vault. Nothing is written "
        "unless the whole document is valid; every problem is listed with its JSON path.",
    )
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("file", type=common.path_arg, metavar="FILE.json")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "export-data",
        help="write everything, or everything about one coachee, as coachdesk-data/1 JSON",
        description="Export the vault as a coachdesk-data/1 document, with the disclosure "
        "ledger. With --coachee, export everything held about that person (their access "
        "request), private items and reflections included. The file is NOT encrypted.",
    )
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("--coachee", metavar="ID", help="only what is held about this coachee")
    p.add_argument("--out", type=common.path_arg, required=True, metavar="FILE.json")
    p.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    # Decode first: a file that is not JSON is refused before the passphrase is needed.
    doc = parse_json(interchange.read_import_file(args.file))
    with common.open_vault(args) as vault:
        summary = interchange.import_document(vault, doc)
    print(summary.line().capitalize() + ".")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        engagements, items = interchange.export_to_file(vault, args.out, args.coachee)
    print(
        f"Exported {engagements} engagement(s) and {items} note item(s) to {args.out}. "
        "The file is not encrypted: keep it safe."
    )
    return 0
