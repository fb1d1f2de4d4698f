"""Helpers shared by the command modules: passphrases, vault opening, error output."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from coachdesk.errors import CoachDeskError, InvalidInput, UsageError
from coachdesk.services import vault as vault_service


def path_arg(text: str) -> Path:
    return Path(text).expanduser()


def fail(exc: CoachDeskError) -> None:
    """One line per problem on standard error; never a traceback."""
    if isinstance(exc, InvalidInput):
        for problem in exc.problems:
            print(f"coachdesk: {problem}", file=sys.stderr)
    else:
        print(f"coachdesk: {exc}", file=sys.stderr)


def add_vault_arg(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--vault",
        type=path_arg,
        required=required,
        default=argparse.SUPPRESS,
        help="vault folder",
    )


def add_passphrase_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from the first line of FILE ('-' for standard input); "
        "without it, prompt on the terminal",
    )


def vault_dir(args: argparse.Namespace) -> Path:
    folder = getattr(args, "vault", None)
    return folder if folder is not None else vault_service.default_vault_dir()


_stdin_cache: list[str] | None = None


def reset_stdin() -> None:
    """Forget standard input read by an earlier command (in-process test runs)."""
    global _stdin_cache
    _stdin_cache = None


def read_secret_file(spec: str, what: str) -> str:
    """The first line of a file (or of standard input for ``-``), without its newline.

    Standard input is read once, so two secrets can come from it line by line.
    """
    global _stdin_cache
    if spec == "-":
        if _stdin_cache is None:
            _stdin_cache = sys.stdin.read().splitlines()
        if not _stdin_cache:
            raise UsageError(f"no {what} on standard input")
        return _stdin_cache.pop(0)
    try:
        with open(spec, encoding="utf-8") as fh:
            line = fh.readline()
    except OSError:
        raise UsageError(f"cannot read the {what} file") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"the {what} file is not UTF-8 text") from None
    return line.rstrip("\r\n")


def prompt(what: str, option: str = "--passphrase-file") -> str:
    if not sys.stdin.isatty():
        raise UsageError(f"no terminal to ask for the {what}: use {option} FILE")
    return getpass.getpass(f"{what.capitalize()}: ")


def passphrase(args: argparse.Namespace) -> str:
    spec = getattr(args, "passphrase_file", None)
    return read_secret_file(spec, "passphrase") if spec else prompt("passphrase")


def new_passphrase(spec: str | None, option: str = "--new-passphrase-file") -> str:
    """A new passphrase: from a file, or asked twice on the terminal."""
    if spec:
        return read_secret_file(spec, "new passphrase")
    first = prompt("new passphrase", option)
    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise InvalidInput("the two passphrases differ")
    return first


def open_vault(args: argparse.Namespace) -> vault_service.Vault:
    """Unlock the vault for one command, and refuse it at once if any page is damaged.

    A command runs once and may read only some pages: authenticating every page first
    (``cipher_integrity_check``, about 3 ms per MB: 0.3-0.5 s at 100 000 items) means a
    damaged vault gives exit 4 from every command, before anything is read, written or
    handed over.
    """
    vault = vault_service.open_vault(vault_dir(args), passphrase(args))
    try:
        vault.db.verify_pages()
    except BaseException:
        vault.close()
        raise
    return vault
