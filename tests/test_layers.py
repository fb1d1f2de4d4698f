"""The import contracts in pyproject.toml ([tool.importlinter]) hold on the real tree, and
they bite: a copy of ``src/`` with one back-edge injected fails the contract it breaks.

import-linter runs in a child process so that it finds the package it is pointed at (the
copy) rather than the ``coachdesk`` this test process already imported.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(project / "src"))
    return subprocess.run(
        [sys.executable, "-c", _LINT, "--no-cache", "--no-logo", "pyproject.toml"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """The project's ``src/`` and ``pyproject.toml``, copied: only the copy gets the edge."""
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_real_tree_keeps_every_import_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
    # All five contracts were read and checked (a config typo must not pass silently).
    assert result.stdout.count(" KEPT") == 5, result.stdout


# (module to edit, the import injected at its end, the contract that must break)
BACK_EDGES = [
    ("storage/schema.py", "import coachdesk.services.vault", "Layers from"),
    ("domain/model.py", "import coachdesk.policy", "Layers from"),
    ("export/encrypt.py", "import coachdesk.storage.connection", "Layers from"),
    ("services/retention.py", "import coachdesk.gui.labels", "Only the entry points"),
    ("gui/labels.py", "import coachdesk.storage.connection", "only through services"),
    ("gui/labels.py", "import coachdesk.security.recovery", "only through services"),
    ("policy/disclosure.py", "import sqlcipher3", "neither Qt nor SQL"),
    ("storage/lock.py", "import PySide6.QtCore", "Nothing below the GUI imports Qt"),
]


@pytest.mark.parametrize(("module", "edge", "contract"), BACK_EDGES)
def test_an_injected_back_edge_breaks_its_contract(
    project_copy: Path, module: str, edge: str, contract: str
) -> None:
    path = project_copy / "src" / "coachdesk" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{edge}  # injected\n", "utf-8")

    result = lint_imports(project_copy)

    assert result.returncode != 0, result.stdout + result.stderr
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    assert broken, result.stdout
    assert any(contract in line for line in broken), result.stdout
    # The report names the injected import, so the failure says where to look.
    dotted = "coachdesk." + module.removesuffix(".py").replace("/", ".")
    assert dotted in result.stdout, result.stdout
