"""The vault commands and the exit codes of spec §9. Bad input changes nothing on disk."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coachdesk.security import recovery


def _fingerprint(folder: Path) -> dict[str, bytes]:
    """Every file of the vault folder but the (content-free) lock file."""
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "vault.lock"}


def test_init_prints_the_recovery_code_once_and_nothing_secret(run_cli, tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("my secret passphrase\n", encoding="utf-8")
    r = run_cli("init", "--vault", tmp_path / "v", "--passphrase-file", pw)
    assert r.code == 0, r.err
    codes = [w for w in r.out.split() if recovery.is_well_formed(w) and "-" in w]
    assert len(codes) == 1
    assert "my secret passphrase" not in r.out + r.err
    # The code printed is the one that recovers the vault.
    code_file = tmp_path / "code"
    code_file.write_text(codes[0], encoding="utf-8")
    r = run_cli(
        "recover",
        "--vault",
        tmp_path / "v",
        "--recovery-code-file",
        code_file,
        "--new-passphrase-file",
        "-",
        stdin="another passphrase\n",
    )
    assert r.code == 0, r.err


def test_passphrase_can_come_from_standard_input(run_cli, vault_info):
    r = run_cli(
        "verify",
        "--vault",
        vault_info.folder,
        "--passphrase-file",
        "-",
        stdin=vault_info.passphrase + "\n",
    )
    assert r.code == 0, r.err
    assert "vault ok" in r.out


def test_no_terminal_and_no_passphrase_file_is_a_usage_error(run_cli, vault_info):
    r = run_cli("verify", "--vault", vault_info.folder)
    assert r.code == 2
    assert "--passphrase-file" in r.err


def test_passphrase_is_never_taken_from_an_argument(run_cli, vault_info):
    r = run_cli("verify", "--vault", vault_info.folder, "--passphrase", vault_info.passphrase)
    assert r.code == 2


def test_passwd_then_old_passphrase_fails(run_cli, vault_info):
    db_before = (vault_info.folder / "vault.db").read_bytes()
    r = run_cli(
        "passwd",
        "--vault",
        vault_info.folder,
        "--passphrase-file",
        "-",
        "--new-passphrase-file",
        "-",
        stdin=f"{vault_info.passphrase}\nthe new passphrase\n",
    )
    assert r.code == 0, r.err
    assert (vault_info.folder / "vault.db").read_bytes() == db_before
    r = run_cli(
        "verify", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 3


def test_version_and_help(run_cli):
    r = run_cli("--version")
    assert r.code == 0 and r.out.startswith("coachdesk ")
    for command in ("init", "verify", "passwd", "recover"):
        r = run_cli(command, "--help")
        assert r.code == 0 and "--vault" in r.out


# -- bad input: a clear one-line message, the right exit code, and nothing changed -------


def _damage_truncate(folder: Path) -> None:
    data = (folder / "vault.db").read_bytes()
    (folder / "vault.db").write_bytes(data[: len(data) // 2 + 123])


def _damage_empty(folder: Path) -> None:
    (folder / "vault.db").write_bytes(b"")


def _damage_plain_sqlite(folder: Path) -> None:
    (folder / "vault.db").unlink()
    conn = sqlite3.connect(folder / "vault.db")
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()


def _damage_random(folder: Path) -> None:
    (folder / "vault.db").write_bytes(os.urandom(8192))


def _damage_bitflip(folder: Path) -> None:
    data = bytearray((folder / "vault.db").read_bytes())
    data[100] ^= 0x01
    (folder / "vault.db").write_bytes(bytes(data))


def _damage_keys_json(folder: Path) -> None:
    (folder / "vault.keys").write_text("{not json", encoding="utf-8")


def _damage_keys_missing(folder: Path) -> None:
    (folder / "vault.keys").unlink()


def _damage_keys_foreign(folder: Path) -> None:
    doc = json.loads((folder / "vault.keys").read_text(encoding="utf-8"))
    doc["format"] = "someone-elses-keyfile/3"
    (folder / "vault.keys").write_text(json.dumps(doc), encoding="utf-8")


def _damage_keys_other_vault(folder: Path) -> None:
    """The key file of another vault with the same passphrase: unwraps, but the key is wrong."""
    from coachdesk.security import keyfile

    kf, _ = keyfile.new_keyfile("correct horse battery", recovery.generate())
    keyfile.write_atomic(folder / "vault.keys", kf)


@pytest.mark.parametrize(
    "damage",
    [
        _damage_truncate,
        _damage_empty,
        _damage_plain_sqlite,
        _damage_random,
        _damage_bitflip,
        _damage_keys_json,
        _damage_keys_missing,
        _damage_keys_foreign,
        _damage_keys_other_vault,
    ],
)
@pytest.mark.parametrize("command", ["verify", "passwd"])
def test_damaged_vault_exits_4_and_is_not_modified(run_cli, vault_info, damage, command):
    damage(vault_info.folder)
    before = _fingerprint(vault_info.folder)
    r = (
        run_cli(
            command,
            "--vault",
            vault_info.folder,
            "--passphrase-file",
            "-",
            "--new-passphrase-file",
            "-",
            stdin=f"{vault_info.passphrase}\nnew passphrase\n",
        )
        if command == "passwd"
        else run_cli(
            command, "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file
        )
    )
    assert r.code == 4, (r.code, r.err)
    assert len(r.err.strip().splitlines()) == 1
    assert "Traceback" not in r.err
    assert _fingerprint(vault_info.folder) == before


def test_missing_folder_exits_4_and_creates_nothing(run_cli, tmp_path, vault_info):
    r = run_cli(
        "verify", "--vault", tmp_path / "nowhere", "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 4
    assert "no vault" in r.err
    assert not (tmp_path / "nowhere").exists()


def test_wrong_passphrase_exits_3_and_changes_nothing(run_cli, vault_info):
    before = _fingerprint(vault_info.folder)
    r = run_cli(
        "verify", "--vault", vault_info.folder, "--passphrase-file", "-", stdin="nope nope\n"
    )
    assert r.code == 3
    assert r.err.strip() == "coachdesk: wrong passphrase"
    assert _fingerprint(vault_info.folder) == before


def test_wrong_recovery_code_exits_3_and_changes_nothing(run_cli, vault_info, tmp_path):
    before = _fingerprint(vault_info.folder)
    code = tmp_path / "code"
    for text in (recovery.generate(), "not-a-code"):
        code.write_text(text, encoding="utf-8")
        r = run_cli(
            "recover",
            "--vault",
            vault_info.folder,
            "--recovery-code-file",
            code,
            "--new-passphrase-file",
            "-",
            stdin="a new passphrase\n",
        )
        assert r.code == 3, r.err
    assert _fingerprint(vault_info.folder) == before


def test_vault_held_by_another_process_exits_5(vault_info, tmp_path):
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from coachdesk.services.vault import open_vault
        v = open_vault(Path({str(vault_info.folder)!r}), {vault_info.passphrase!r})
        print("open", flush=True)
        sys.stdin.readline()
        v.close()
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "open"
        before = _fingerprint(vault_info.folder)
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "coachdesk",
                "verify",
                "--vault",
                str(vault_info.folder),
                "--passphrase-file",
                str(vault_info.passphrase_file),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        after = _fingerprint(vault_info.folder)
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=20)
    assert r.returncode == 5
    assert "another" in r.stderr
    assert after == before


def test_init_refuses_to_overwrite_an_existing_vault(run_cli, vault_info):
    before = _fingerprint(vault_info.folder)
    r = run_cli(
        "init", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 6
    assert _fingerprint(vault_info.folder) == before


def test_copied_vault_folder_still_opens(run_cli, vault_info, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(vault_info.folder, copy)
    r = run_cli("verify", "--vault", copy, "--passphrase-file", vault_info.passphrase_file)
    assert r.code == 0


@pytest.mark.parametrize("command", ["init", "passwd", "recover"])
def test_a_passphrase_under_eight_characters_exits_6_and_changes_nothing(
    run_cli, vault_info, tmp_path, command
):
    code = tmp_path / "code"
    code.write_text(vault_info.recovery_code, encoding="utf-8")
    target = tmp_path / "new" if command == "init" else vault_info.folder
    before = _fingerprint(vault_info.folder)
    args = {
        "init": ("--passphrase-file", "-"),
        "passwd": ("--passphrase-file", vault_info.passphrase_file, "--new-passphrase-file", "-"),
        "recover": ("--recovery-code-file", code, "--new-passphrase-file", "-"),
    }[command]
    r = run_cli(command, "--vault", target, *args, stdin="1234567\n")
    assert r.code == 6, (r.code, r.err)
    assert r.err.strip() == "coachdesk: a passphrase needs at least 8 characters"
    assert _fingerprint(vault_info.folder) == before
    assert not (tmp_path / "new").exists()
