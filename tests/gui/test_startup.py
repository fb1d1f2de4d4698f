"""Start-up: the unlock dialog comes before the slow imports, and a second copy says at once
that the vault is open elsewhere (spec §10, issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from coachdesk.gui.app import App
from coachdesk.gui.dialogs.unlock import UnlockDialog
from coachdesk.storage.lock import VaultLock

# What the unlock dialog must not wait for: ReportLab and pypdf, and the project's own
# report, PDF and backup code that imports them.
HEAVY = (
    "reportlab",
    "pypdf",
    "coachdesk.export",
    "coachdesk.services.reports",
    "coachdesk.services.backup",
    "coachdesk.gui.mainwindow",
)

# `coachdesk --vault DIR` as a coach launches it; the first paint of the unlock dialog
# prints which heavy modules were loaded by then, and quits.
_LAUNCH = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coachdesk.gui.dialogs import unlock

heavy = {heavy!r}
first = unlock.UnlockDialog.paintEvent

def paint(self, event):
    if not getattr(self, "_reported", False):
        self._reported = True
        print("LOADED", sorted(m for m in heavy if m in sys.modules), flush=True)
        QTimer.singleShot(0, QApplication.quit)
    first(self, event)

unlock.UnlockDialog.paintEvent = paint
from coachdesk.cli import main
sys.exit(main(["--vault", sys.argv[1]]))
"""


def _child_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")  # the child's settings, never the real profile
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
    return env


def test_the_unlock_dialog_is_painted_before_reportlab_pypdf_and_the_report_code_load(
    vault_info, tmp_path
):
    proc = subprocess.run(
        [sys.executable, "-c", _LAUNCH.format(heavy=HEAVY), str(vault_info.folder)],
        capture_output=True,
        text=True,
        env=_child_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("LOADED")]
    assert lines == ["LOADED []"], proc.stdout + proc.stderr


def test_the_main_window_is_prepared_while_the_dialog_waits(qtbot, vault_info):
    root = App(vault_info.folder)
    root.start()
    dialog = root.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: root._window is not None, timeout=30_000)
    qtbot.addWidget(root.window)
    root.shutdown()


def test_a_second_copy_says_the_vault_is_open_elsewhere_before_asking_for_the_passphrase(
    qtbot, vault_info
):
    other = VaultLock(vault_info.folder)  # the first copy, holding the vault open
    other.acquire()
    try:
        root = App(vault_info.folder)
        root.start()
        box = root.dialog_box
        assert root.dialog is None  # no passphrase asked for
        assert isinstance(box, QMessageBox)
        qtbot.addWidget(box)
        assert box.isVisible()
        assert "open in another CoachDesk window" in box.text()
        root.shutdown()
    finally:
        other.release()


def test_once_the_other_copy_has_closed_the_vault_the_passphrase_is_asked_for(qtbot, vault_info):
    other = VaultLock(vault_info.folder)
    other.acquire()
    other.release()
    root = App(vault_info.folder)
    root.start()
    assert isinstance(root.dialog, UnlockDialog)
    qtbot.addWidget(root.dialog)
    assert root.dialog_box is None
    root.shutdown()
