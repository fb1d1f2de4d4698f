"""Every command explains itself, and ``--self-test`` checks the real components."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk import __version__

COMMANDS = [
    "init", "demo", "verify", "passwd", "recover", "import", "export-data", "report", "ledger",
    "backup", "restore", "erase",
]  # fmt: skip


def test_top_level_help_lists_every_command(run_cli):
    r = run_cli("--help")
    assert r.code == 0
    for command in COMMANDS:
        assert command in r.out


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(run_cli, command):
    r = run_cli(command, "--help")
    assert r.code == 0, r.err
    assert r.out.startswith(f"usage: coachdesk {command}")
    if command not in ("init", "demo"):
        assert "--vault" in r.out or command == "restore"


def test_version(run_cli):
    r = run_cli("--version")
    assert r.code == 0 and r.out.strip() == f"coachdesk {__version__}"


def test_an_unknown_command_is_a_usage_error(run_cli):
    r = run_cli("frobnicate")
    assert r.code == 2
    assert "invalid choice" in r.err


def test_self_test_passes_every_check_in_a_fresh_process():
    r = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    checks = [line.split()[1].rstrip(":") for line in lines[:-1]]
    assert checks == ["sqlcipher", "argon2id", "fonts", "interchange", "report", "qt", "window"]
    assert all(line.startswith("ok ") for line in lines[:-1])
