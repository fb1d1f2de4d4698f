"""A working day, compressed (issue 17): thousands of ordinary actions in the real window,
then quit. Run as its own process so the exit code and standard error are the app's, a crash
at quit included."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from coachdesk.services import demo
from coachdesk.services import vault as vault_service

DRIVER = Path(__file__).with_name("soak_driver.py")
ACTIONS = 2500


def test_thousands_of_ordinary_actions_then_quit_exit_cleanly(vault_info, tmp_path):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        demo.install_demo(vault, dt.date.today())
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")  # the child's settings, never the real profile
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
    proc = subprocess.run(
        # -X faulthandler: a crash prints "Fatal Python error" and its Python stack.
        [
            sys.executable,
            "-X",
            "faulthandler",
            str(DRIVER),
            str(vault_info.folder),
            str(ACTIONS),
            "17",
        ],
        input=vault_info.passphrase + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert "Fatal Python error" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = [line for line in proc.stdout.splitlines() if line.startswith("SOAK ")]
    assert summary, proc.stdout
    assert int(summary[0].split()[1]) == ACTIONS
    kinds = ("open_engagement", "type_in_note", "search", "lock", "language")
    for kind in (*kinds, "board opened", "report opened"):
        assert kind in summary[0], summary[0]
