"""A vault on a read-only disk (issue 15, point 6), through the real command line.

Tests run as root, and root ignores file permissions, so a folder with mode 0555 would
prove nothing. Instead each command runs in a private mount namespace (``unshare -m``) in
which the vault's folder is bind-mounted read-only: the kernel itself refuses every write
(``EROFS``), for root too, exactly as on a backup disk or a mounted image. The mount
vanishes with the command. Where mount namespaces are not available the tests are skipped;
tests/services/test_read_only_vault.py covers the read-only path itself everywhere.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.cli import main as cli_main
from coachdesk.domain import Person, Practice
from coachdesk.interchange import to_document

pytestmark = pytest.mark.needs_root(reason="a read-only bind mount in a mount namespace")

PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def mount_namespaces() -> None:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("a read-only bind mount needs root and unshare")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("mount namespaces are not available here")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, _vault_template) -> Path:
    template, _code = _vault_template
    folder = tmp_path_factory.mktemp("ro-demo") / "vault"
    shutil.copytree(template, folder, ignore=shutil.ignore_patterns("vault.lock"))
    pw = folder.parent / "pw"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    common = ("--vault", str(folder), "--passphrase-file", str(pw))
    assert cli_main(["demo", *common]) == 0
    out = str(folder.parent / "r.pdf")
    assert cli_main(["report", *common, "--engagement", "eng-anna", "--recipient", "marco",
                     "--date", "2026-11-20", "--out", out]) == 0  # fmt: skip
    (folder / "vault.lock").unlink()
    return folder


@pytest.fixture
def on_read_only_disk(mount_namespaces, demo_template, tmp_path):
    """(run, source folder, mounted folder): ``run(python_args)`` runs ``python`` with the
    demo vault's folder mounted read-only at ``tmp_path/mnt/vault``."""
    source = tmp_path / "disk"
    shutil.copytree(demo_template, source / "vault")
    return _read_only_runner(source, tmp_path / "mnt"), source / "vault", tmp_path / "mnt" / "vault"


def _read_only_runner(source: Path, mnt: Path):  # type: ignore[no-untyped-def]
    mnt.mkdir()

    def run(*args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
        python = shlex.join([sys.executable, *(str(a) for a in args)])
        script = (
            f"mount --bind {shlex.quote(str(source))} {shlex.quote(str(mnt))} && "
            f"mount -o remount,ro,bind {shlex.quote(str(mnt))} && exec {python}"
        )
        return subprocess.run(
            ["unshare", "-m", "sh", "-c", script],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


READS = {
    "verify": ("verify",),
    "ledger": ("ledger",),
    "ledger-json": ("ledger", "--json"),
    "export-data": ("export-data", "--out", "OUT"),
    "export-coachee": ("export-data", "--coachee", "anna", "--out", "OUT"),
    "backup": ("backup", "--out", "OUT"),
    "report-explain": ("report", "--engagement", "eng-anna", "--recipient", "giulia",
                       "--explain"),
}  # fmt: skip

WRITES = {
    "report": ("report", "--engagement", "eng-anna", "--recipient", "giulia",
               "--date", "2026-11-21", "--out", "OUT"),
    "team-report": ("team-report", "--recipient", "paola", "--date", "2026-11-21",
                    "--out", "OUT"),
    "import": ("import", "IMPORT"),
    "erase": ("erase", "--coachee", "anna", "--yes"),
    "passwd": ("passwd", "--new-passphrase-file", "NEWPW"),
    "recover": ("recover", "--recovery-code-file", "CODE", "--new-passphrase-file", "NEWPW"),
}  # fmt: skip


def _argv(spec: tuple[str, ...], vault: Path, tmp_path: Path, code: str) -> list[str | Path]:
    doc = to_document(Practice(people=(Person("new-person", "New Person"),)))
    (tmp_path / "import.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "newpw").write_text("a brand new passphrase\n", encoding="utf-8")
    (tmp_path / "code").write_text(code, encoding="utf-8")
    (tmp_path / "pw").write_text(PASSPHRASE + "\n", encoding="utf-8")
    values = {"OUT": tmp_path / "out.file", "IMPORT": tmp_path / "import.json",
              "NEWPW": tmp_path / "newpw", "CODE": tmp_path / "code"}  # fmt: skip
    args: list[str | Path] = [values.get(a, a) for a in spec]
    unlock = [] if spec[0] == "recover" else ["--passphrase-file", tmp_path / "pw"]
    return ["-m", "coachdesk", args[0], "--vault", vault, *unlock, *args[1:]]


@pytest.mark.parametrize("command", READS, ids=list(READS))
def test_reading_commands_work_on_a_read_only_disk(
    on_read_only_disk, vault_info, tmp_path, command
):
    run, source, mounted = on_read_only_disk
    before = _files(source)
    r = run(*_argv(READS[command], mounted, tmp_path, vault_info.recovery_code))
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    if command == "verify":
        assert r.stdout.strip().endswith("vault ok")
    if command.startswith("ledger"):
        assert "marco" in r.stdout
    if "OUT" in READS[command]:
        assert (tmp_path / "out.file").stat().st_size > 0
    assert _files(source) == before  # nothing written, nothing created (no -wal, no lock)


@pytest.mark.parametrize("command", WRITES, ids=list(WRITES))
def test_changing_commands_say_the_folder_is_read_only_and_exit_4(
    on_read_only_disk, vault_info, tmp_path, command
):
    run, source, mounted = on_read_only_disk
    before = _files(source)
    r = run(*_argv(WRITES[command], mounted, tmp_path, vault_info.recovery_code))
    assert r.returncode == 4, (r.returncode, r.stderr)
    assert r.stderr.strip() == (
        "coachdesk: the vault's folder is read-only: the vault can be read and exported, "
        "not changed"
    )
    assert _files(source) == before
    assert not (tmp_path / "out.file").exists()


def test_the_window_opens_a_vault_on_a_read_only_disk_read_only(on_read_only_disk):
    """The unlock dialog's path (``Context.open``) detects the read-only disk by itself."""
    run, source, mounted = on_read_only_disk
    before = _files(source)
    script = (
        "import sys; from pathlib import Path\n"
        "from coachdesk.gui.tasks import Context\n"
        "from coachdesk.services.vault import folder_is_read_only\n"
        "folder = Path(sys.argv[1])\n"
        "ctx = Context()\n"
        "ctx.open(folder, sys.stdin.readline().rstrip())\n"
        "n = ctx.db.one('SELECT count(*) FROM engagements')[0]\n"
        "print(folder_is_read_only(folder), ctx.vault.read_only, n)\n"
        "ctx.close()\n"
    )
    r = run("-c", script, mounted, stdin=PASSPHRASE + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "True", "6"]
    assert _files(source) == before


def test_a_vault_left_with_its_log_is_read_with_it_from_a_read_only_disk(
    mount_namespaces, vault_info, tmp_path
):
    """Its last session ended before the log was folded into vault.db: the committed change
    that lives only in the log is seen, in a reading transaction, and nothing is written."""
    from coachdesk.domain import Organisation
    from coachdesk.services import vault as vault_service
    from coachdesk.storage import people_repo

    source = tmp_path / "disk" / "vault"
    source.mkdir(parents=True)
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        with v.db.transaction():
            people_repo.insert_organisation(v.db, Organisation("o-wal", "Only in the log"))
        for name in ("vault.db", "vault.db-wal", "vault.db-shm", "vault.keys"):
            shutil.copy2(vault_info.folder / name, source / name)
    before = _files(source)
    run = _read_only_runner(source.parent, tmp_path / "mnt")
    script = (
        "import sys; from pathlib import Path\n"
        "from coachdesk.services.vault import open_vault\n"
        "with open_vault(Path(sys.argv[1]), sys.stdin.readline().rstrip()) as v:\n"
        "    with v.db.transaction():\n"
        '        print(v.read_only, v.db.one("SELECT name FROM organisations")[0])\n'
    )
    r = run("-c", script, tmp_path / "mnt" / "vault", stdin=PASSPHRASE + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "True Only in the log"
    assert _files(source) == before
