"""The ``coachdesk`` command (spec §9): argument parsing and exit codes only.

Each command lives in a module of this package that registers its subparser and a handler;
handlers call services and raise ``CoachDeskError``s, which ``main`` turns into one line on
standard error and the exit code of §9.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from coachdesk import __version__
from coachdesk.cli import common
from coachdesk.errors import CoachDeskError

# Modules that register subcommands, in the order --help lists them.
_COMMAND_MODULES = (
    "coachdesk.cli.vault_cmds",
    "coachdesk.cli.data_cmds",
    "coachdesk.cli.profile_cmds",
    "coachdesk.cli.report_cmds",
    "coachdesk.cli.agreement_cmds",
    "coachdesk.cli.log_cmds",
    "coachdesk.cli.safety_cmds",
    "coachdesk.cli.bench_cmds",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(
        prog="coachdesk",
        description="CoachDesk: confidential coaching notes and consent-based reports.",
    )
    parser.add_argument("--version", action="version", version=f"coachdesk {__version__}")
    parser.add_argument(
        "--vault", type=common.path_arg, help="vault folder (default: the platform data folder)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check Qt, SQLCipher, cryptography, fonts and PDF"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def _run_gui(vault: object) -> int:
    import importlib

    try:
        app = importlib.import_module("coachdesk.gui.app")
    except ModuleNotFoundError as exc:
        if exc.name not in ("coachdesk.gui.app", "coachdesk.gui"):
            raise
        raise CoachDeskError(
            "the desktop window is not part of this version yet; see coachdesk --help"
        ) from None
    return int(app.run_gui(vault))


def _gui_request(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """Whether ``argv`` only asks for the window (nothing, or ``--vault DIR``), and its folder.

    The window then starts without building the full parser: the command modules import the
    report, PDF and backup code, which the unlock dialog must not wait for (spec §10).
    """
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--vault" and not args[1].startswith("-"):
        return True, common.path_arg(args[1])
    if len(args) == 1 and args[0].startswith("--vault=") and len(args[0]) > len("--vault="):
        return True, common.path_arg(args[0].partition("=")[2])
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    from coachdesk.security.hardening import harden_process

    harden_process()
    common.reset_stdin()
    gui_only, folder = _gui_request(sys.argv[1:] if argv is None else argv)
    args = None if gui_only else build_parser().parse_args(argv)
    try:
        if args is None:
            return _run_gui(folder)
        if args.self_test:
            from coachdesk.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            return _run_gui(args.vault)
        return int(args.handler(args) or 0)
    except CoachDeskError as exc:
        common.fail(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print("coachdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # The type only: an exception's text may quote data.
        print(f"coachdesk: internal error ({type(exc).__name__})", file=sys.stderr)
        return 1
