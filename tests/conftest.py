"""Shared fixtures. Tests run Qt offscreen and use real SQLCipher vaults.

Creating a vault costs two Argon2id derivations (64 MiB each), so one vault is created per
test session and each test gets its own byte copy of it: same key, separate files.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

from coachdesk.cli import main as cli_main
from coachdesk.services import vault as vault_service

settings.register_profile(
    "coachdesk",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("coachdesk")


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app's QSettings file lives in a temporary folder, never in the real profile."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


PASSPHRASE = "correct horse battery"


@dataclass(frozen=True)
class VaultInfo:
    folder: Path
    passphrase: str
    recovery_code: str
    passphrase_file: Path


@pytest.fixture(scope="session")
def _vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, code = vault_service.create_vault(folder, PASSPHRASE)
    vault.close()
    return folder, code


@pytest.fixture
def vault_info(tmp_path: Path, _vault_template: tuple[Path, str]) -> VaultInfo:
    """A fresh, empty vault of its own (a copy of the session's template)."""
    template, code = _vault_template
    folder = tmp_path / "vault"
    folder.mkdir()
    for name in (vault_service.VAULT_DB, vault_service.VAULT_KEYS):
        shutil.copy2(template / name, folder / name)
    pw = tmp_path / "passphrase.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return VaultInfo(folder, PASSPHRASE, code, pw)


@pytest.fixture
def vault(vault_info: VaultInfo) -> Iterator[vault_service.Vault]:
    """An unlocked empty vault, closed after the test."""
    v = vault_service.open_vault(vault_info.folder, vault_info.passphrase)
    try:
        yield v
    finally:
        v.close()


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch) -> object:
    """Run ``coachdesk`` in-process: ``run_cli(*argv, stdin="...")`` -> CliResult."""

    def run(*argv: str | os.PathLike[str], stdin: str = "") -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli_main([str(a) for a in argv])
            except SystemExit as exc:  # argparse's --help, --version and usage errors
                code = exc.code if isinstance(exc.code, int) else 2
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


# Tests that need what only some platforms give carry a marker (registered in pyproject.toml)
# and are skipped, saying why, where it is missing: the rest of the suite runs on Windows and
# macOS too. The markers' optional ``reason=`` says what the test does with it.
def _platform_lacks(marker: str) -> str | None:
    """Why this platform cannot run a test marked ``marker``; None when it can."""
    if marker == "needs_root":
        if not sys.platform.startswith("linux"):
            return "mounts a Linux file system (tmpfs or a bind mount): Linux only"
        if os.geteuid() != 0:
            return "mounts a file system: needs root"
    elif marker == "needs_fork":
        if not hasattr(os, "fork"):
            return "forks the test process and kills the child with SIGKILL: POSIX only"
    elif marker == "posix_only" and os.name != "posix":
        return "relies on POSIX behaviour"
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    for name in ("needs_root", "needs_fork", "posix_only"):
        marker = item.get_closest_marker(name)
        if marker is None:
            continue
        lacking = _platform_lacks(name)
        if lacking is not None:
            detail = marker.kwargs.get("reason")
            pytest.skip(f"{lacking} ({detail})" if detail else lacking)


# Under `pytest --cov`, coverage hands its configuration to every child process through
# COVERAGE_PROCESS_CONFIG in os.environ (pyproject: patch = ["subprocess"]). A test that
# builds a child's environment from scratch, to prove a fresh process works, would drop it
# and the child would run unmeasured: carry that one variable over. Without --cov it is not
# set and nothing changes.
_COVERAGE_HANDOVER = "COVERAGE_PROCESS_CONFIG"
_popen_init = subprocess.Popen.__init__


def _popen_init_measured(self: subprocess.Popen[Any], *args: Any, **kwargs: Any) -> None:
    env = kwargs.get("env")
    handover = os.environ.get(_COVERAGE_HANDOVER)
    if env is not None and handover is not None and _COVERAGE_HANDOVER not in env:
        kwargs["env"] = {**env, _COVERAGE_HANDOVER: handover}
    _popen_init(self, *args, **kwargs)


subprocess.Popen.__init__ = _popen_init_measured  # type: ignore[method-assign]
