"""Backup, restore and erasure commands (spec §8)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coachdesk.cli import common
from coachdesk.errors import UsageError
from coachdesk.services import backup as backup_service


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="write a verified backup of the vault to one file")
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("--out", type=common.path_arg, required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="replace the vault with a backup (verified first; the old vault is kept aside)",
    )
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("file", type=common.path_arg, metavar="FILE", help="the backup file")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("erase", help="erase everything about one coachee")
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument("--coachee", required=True, metavar="ID")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.set_defaults(handler=cmd_erase)


def cmd_backup(args: argparse.Namespace) -> int:
    with common.open_vault(args) as vault:
        info = backup_service.create_backup(vault, args.out)
    print(f"Backup written and verified: {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    aside = backup_service.restore_backup(
        common.vault_dir(args), args.file, common.passphrase(args)
    )
    print("Vault restored from the backup.")
    if aside is not None:
        print(f"The vault it replaced was kept in {aside}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from coachdesk.services.erasure import erase_coachee

    if not args.yes:
        raise UsageError("erasure cannot be undone: add --yes to confirm")
    with common.open_vault(args) as vault:
        summary = erase_coachee(vault, args.coachee)
    for line in summary.lines():
        print(line)
    warning = summary.warning()
    if warning is not None:
        # Deleted but not compacted (a full disk): not "nothing changed", not success either.
        print(f"coachdesk: {warning}", file=sys.stderr)
        return 1
    return 0
