"""backup / restore from the command line, with the exit codes of spec §9."""

from __future__ import annotations


def test_backup_then_restore(run_cli, vault_info, tmp_path):
    pw = ("--passphrase-file", vault_info.passphrase_file)
    assert run_cli("demo", "--vault", vault_info.folder, *pw).code == 0
    out = tmp_path / "practice-backup.zip"
    r = run_cli("backup", "--vault", vault_info.folder, *pw, "--out", out)
    assert r.code == 0, r.err
    assert "verified" in r.out
    r = run_cli("erase", "--vault", vault_info.folder, *pw, "--coachee", "anna", "--yes")
    assert r.code == 0
    r = run_cli("restore", "--vault", vault_info.folder, *pw, out)
    assert r.code == 0, r.err
    assert "kept in" in r.out
    r = run_cli("erase", "--vault", vault_info.folder, *pw, "--coachee", "anna", "--yes")
    assert r.code == 0, "anna is back after the restore"


def test_restore_of_a_damaged_backup_exits_4(run_cli, vault_info, tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    before = (vault_info.folder / "vault.db").read_bytes()
    r = run_cli(
        "restore",
        "--vault",
        vault_info.folder,
        "--passphrase-file",
        vault_info.passphrase_file,
        bad,
    )
    assert r.code == 4
    assert len(r.err.strip().splitlines()) == 1
    assert (vault_info.folder / "vault.db").read_bytes() == before


def test_restore_with_the_wrong_passphrase_exits_3(run_cli, vault_info, tmp_path):
    out = tmp_path / "b.zip"
    pw = ("--passphrase-file", vault_info.passphrase_file)
    assert run_cli("backup", "--vault", vault_info.folder, *pw, "--out", out).code == 0
    r = run_cli(
        "restore", "--vault", vault_info.folder, "--passphrase-file", "-", out, stdin="nope nope\n"
    )
    assert r.code == 3
