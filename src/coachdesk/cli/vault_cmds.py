"""Vault commands: init, verify, passwd, recover."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coachdesk.cli import common
from coachdesk.errors import VaultDamaged
from coachdesk.services import vault as vault_service
from coachdesk.services.demo import install_demo
from coachdesk.services.verify import verify_vault


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a vault; prints the recovery code once")
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="a sample practice to explore (creates the vault if needed)")
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("verify", help="integrity and key-file check")
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("passwd", help="change the passphrase (rewrites only vault.keys)")
    common.add_vault_arg(p)
    common.add_passphrase_arg(p)
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="the new passphrase ('-': next line of standard input)",
    )
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery code")
    common.add_vault_arg(p)
    p.add_argument(
        "--recovery-code-file",
        metavar="FILE",
        required=True,
        help="file holding the recovery code ('-': standard input)",
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="the new passphrase ('-': next line of standard input)",
    )
    p.set_defaults(handler=cmd_recover)


def cmd_init(args: argparse.Namespace) -> int:
    spec = args.passphrase_file
    passphrase = (
        common.read_secret_file(spec, "passphrase")
        if spec
        else common.new_passphrase(None, "--passphrase-file")
    )
    vault, code = vault_service.create_vault(common.vault_dir(args), passphrase)
    vault.close()
    print(f"Vault created in {vault.folder}")
    print("Recovery code (shown once; store it somewhere safe, away from this computer):")
    print(code)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    folder = common.vault_dir(args)
    if vault_service.vault_exists(folder):
        vault = common.open_vault(args)
        code = None
    else:
        spec = args.passphrase_file
        secret = (
            common.read_secret_file(spec, "passphrase")
            if spec
            else common.new_passphrase(None, "--passphrase-file")
        )
        vault, code = vault_service.create_vault(folder, secret)
    with vault:
        practice = install_demo(vault)
    print(
        f"Demo practice written to {folder}: {len(practice.engagements)} engagements, "
        f"{len(practice.people)} people."
    )
    if code is not None:
        print("Recovery code (shown once; store it somewhere safe, away from this computer):")
        print(code)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    report = verify_vault(common.vault_dir(args), common.passphrase(args))
    for line in report.lines:
        print(line)
    for notice in report.notices:
        print(f"note: {notice}")
    if report.damaged:
        raise VaultDamaged("the vault failed its integrity check")
    print("vault ok")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    old = common.passphrase(args)
    new = common.new_passphrase(args.new_passphrase_file)
    vault_service.change_passphrase(common.vault_dir(args), old, new)
    print("Passphrase changed.", file=sys.stderr)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    code = common.read_secret_file(args.recovery_code_file, "recovery code")
    new = common.new_passphrase(args.new_passphrase_file)
    vault_service.recover(common.vault_dir(args), code, new)
    print("New passphrase set with the recovery code.", file=sys.stderr)
    return 0
