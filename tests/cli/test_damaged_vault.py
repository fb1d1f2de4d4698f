"""A damaged vault gives exit 4 from every command and is never written (spec §8, §9).

Damage at several places of a real demo vault: the file cut short by 100 bytes, and one
byte flipped in its first, a middle and its last page. Every command that opens the vault
must answer with one line and exit 4, leave every byte of the vault folder as it was (so no
ledger entry was added) and write no output file.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from coachdesk.cli import main as cli_main
from coachdesk.domain import Person, Practice
from coachdesk.interchange import to_document

PAGE = 4096


def _fingerprint(folder: Path) -> dict[str, bytes]:
    """Every file of the vault folder but the (content-free) lock file."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "vault.lock"}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, _vault_template) -> Path:
    """A demo practice with one report in its ledger, made once for the module."""
    template, _code = _vault_template
    folder = tmp_path_factory.mktemp("demo") / "vault"
    shutil.copytree(template, folder)
    pw = folder.parent / "pw"
    pw.write_text("correct horse battery\n", encoding="utf-8")
    common = ("--vault", str(folder), "--passphrase-file", str(pw))
    assert cli_main(["demo", *common]) == 0
    out = folder.parent / "r.pdf"
    assert cli_main(["report", *common, "--engagement", "eng-anna", "--recipient", "marco",
                     "--date", "2026-11-20", "--out", str(out)]) == 0  # fmt: skip
    return folder


def _flip(page: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(db: Path) -> None:
        data = bytearray(db.read_bytes())
        pages = len(data) // PAGE
        data[page(pages) * PAGE + 1000] ^= 0x01
        db.write_bytes(bytes(data))

    return damage


def _truncate(db: Path) -> None:
    db.write_bytes(db.read_bytes()[:-100])


DAMAGES = {
    "truncated-by-100-bytes": _truncate,
    "flip-in-first-page": _flip(lambda pages: 0),
    "flip-in-middle-page": _flip(lambda pages: pages // 2),
    "flip-in-last-page": _flip(lambda pages: pages - 1),
}

# Each command with its arguments after --vault/--passphrase-file; OUT is an output path.
COMMANDS: dict[str, tuple[str, ...]] = {
    "verify": ("verify",),
    "ledger": ("ledger",),
    "ledger-json": ("ledger", "--json"),
    "export-data": ("export-data", "--out", "OUT"),
    "export-coachee": ("export-data", "--coachee", "anna", "--out", "OUT"),
    "import": ("import", "IMPORT"),
    "report": ("report", "--engagement", "eng-anna", "--recipient", "giulia",
               "--date", "2026-11-21", "--out", "OUT"),
    "report-explain": ("report", "--engagement", "eng-anna", "--recipient", "giulia",
                       "--explain"),
    "team-report": ("team-report", "--recipient", "paola", "--date", "2026-11-21",
                    "--out", "OUT"),
    "backup": ("backup", "--out", "OUT"),
    "erase": ("erase", "--coachee", "anna", "--yes"),
    "demo": ("demo",),
    "passwd": ("passwd", "--new-passphrase-file", "NEWPW"),
    "recover": ("recover", "--recovery-code-file", "CODE", "--new-passphrase-file", "NEWPW"),
}  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_damaged_vault_exits_4_from_every_command_and_is_not_written(
    run_cli, vault_info, demo_template, tmp_path, damage, command
):
    folder = tmp_path / "damaged"
    shutil.copytree(demo_template, folder, ignore=shutil.ignore_patterns("vault.lock"))
    DAMAGES[damage](folder / "vault.db")
    before = _fingerprint(folder)
    doc = to_document(Practice(people=(Person("new-person", "New Person"),)))
    (tmp_path / "import.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "newpw").write_text("a brand new passphrase\n", encoding="utf-8")
    (tmp_path / "code").write_text(vault_info.recovery_code, encoding="utf-8")
    out = tmp_path / "out.file"
    values = {"OUT": out, "IMPORT": tmp_path / "import.json", "NEWPW": tmp_path / "newpw",
              "CODE": tmp_path / "code"}  # fmt: skip
    args = [values.get(a, a) for a in COMMANDS[command]]
    unlock = [] if command == "recover" else ["--passphrase-file", vault_info.passphrase_file]
    r = run_cli(args[0], "--vault", folder, *unlock, *args[1:])
    assert r.code == 4, (r.code, r.err)
    assert "Traceback" not in r.err and "internal error" not in r.err
    assert len(r.err.strip().splitlines()) == 1, r.err
    assert any(w in r.err for w in ("damaged", "not a CoachDesk vault", "integrity check")), r.err
    assert _fingerprint(folder) == before
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("out.")] == []
