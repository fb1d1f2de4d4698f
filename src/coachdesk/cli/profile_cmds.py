"""``coachdesk profile`` (spec §3, §9): show or set the coach profile."""

from __future__ import annotations

import argparse
from typing import Any

from coachdesk.cli import common
from coachdesk.services import profile as profile_service


def register(sub: Any) -> None:
    p = sub.add_parser(
        "profile",
        help="show or set the coach profile (name, credentials, letterhead, logo)",
        description="Without options, show the coach profile printed on reports and "
        "agreement documents. With options, change those parts and keep the others. "
        "The letterhead's lines are separated by newlines. The logo is a PNG or JPEG "
        "file of at most 1 MB, kept in the vault.",
    )
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("--name", metavar="T", help="the coach's name (cannot be empty)")
    p.add_argument("--credentials", metavar="T", help="credentials, e.g. 'PCC' ('' clears)")
    p.add_argument("--letterhead", metavar="T", help="letterhead lines ('' clears)")
    logo = p.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=common.path_arg, metavar="FILE.png", help="PNG or JPEG")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    p.set_defaults(handler=cmd_profile)


def cmd_profile(args: argparse.Namespace) -> int:
    changing = (
        args.name is not None
        or args.credentials is not None
        or args.letterhead is not None
        or args.logo is not None
        or args.no_logo
    )
    # The logo file is read and checked first: a bad one is refused before the passphrase.
    logo = profile_service.read_logo_file(args.logo) if args.logo is not None else None
    with common.open_vault(args) as vault:
        if changing:
            profile = profile_service.update_profile(
                vault.db,
                name=args.name,
                credentials=args.credentials,
                letterhead=args.letterhead,
                logo=logo,
                remove_logo=args.no_logo,
            )
        else:
            profile = profile_service.get_profile(vault.db)
    for line in profile_service.profile_lines(profile):
        print(line)
    return 0
