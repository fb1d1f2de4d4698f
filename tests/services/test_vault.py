"""Creating, opening, locking and re-keying vaults."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from coachdesk.errors import InvalidInput, VaultInUse, WrongPassphrase, WrongRecoveryCode
from coachdesk.services import vault as vault_service


def test_created_vault_reopens_with_its_passphrase(tmp_path):
    v, code = vault_service.create_vault(tmp_path / "v", "a long passphrase")
    v.close()
    assert sorted(p.name for p in (tmp_path / "v").iterdir() if p.name.startswith("vault.")) == [
        "vault.db",
        "vault.keys",
        "vault.lock",
    ]
    vault_service.open_vault(tmp_path / "v", "a long passphrase").close()
    assert code.count("-") == 6


def test_vault_files_are_private_to_the_user(vault_info):
    v, _ = vault_service.create_vault(vault_info.folder.parent / "new", "a long passphrase")
    v.close()
    for name in ("vault.db", "vault.keys"):
        mode = (v.folder / name).stat().st_mode
        assert os.name != "posix" or mode & 0o077 == 0


def test_short_passphrase_is_refused(tmp_path):
    with pytest.raises(InvalidInput):
        vault_service.create_vault(tmp_path / "v", "short")
    assert not (tmp_path / "v").exists()


def test_an_existing_vault_is_never_overwritten(vault_info):
    before = (vault_info.folder / "vault.db").read_bytes()
    with pytest.raises(InvalidInput):
        vault_service.create_vault(vault_info.folder, "another passphrase")
    assert (vault_info.folder / "vault.db").read_bytes() == before


def test_second_opener_is_told_the_vault_is_in_use(vault, vault_info):
    with pytest.raises(VaultInUse):
        vault_service.open_vault(vault_info.folder, vault_info.passphrase)


@pytest.mark.posix_only(reason="the lock holder is killed with SIGKILL")
def test_lock_of_a_killed_process_is_reclaimed(vault_info):
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from coachdesk.storage.lock import VaultLock
        VaultLock(Path({str(vault_info.folder)!r})).acquire()
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "locked"
            with pytest.raises(VaultInUse):
                vault_service.open_vault(vault_info.folder, vault_info.passphrase)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
    vault_service.open_vault(vault_info.folder, vault_info.passphrase).close()


def test_passwd_rewrites_only_the_key_file(vault_info):
    db_before = (vault_info.folder / "vault.db").read_bytes()
    keys_before = (vault_info.folder / "vault.keys").read_bytes()
    vault_service.change_passphrase(vault_info.folder, vault_info.passphrase, "brand new phrase")
    assert (vault_info.folder / "vault.db").read_bytes() == db_before
    assert (vault_info.folder / "vault.keys").read_bytes() != keys_before
    assert not (vault_info.folder / "vault.keys.new").exists()
    with pytest.raises(WrongPassphrase):
        vault_service.open_vault(vault_info.folder, vault_info.passphrase)
    vault_service.open_vault(vault_info.folder, "brand new phrase").close()


def test_recovery_code_sets_a_new_passphrase(vault_info):
    db_before = (vault_info.folder / "vault.db").read_bytes()
    vault_service.recover(
        vault_info.folder, vault_info.recovery_code.lower(), "recovered passphrase"
    )
    assert (vault_info.folder / "vault.db").read_bytes() == db_before
    vault_service.open_vault(vault_info.folder, "recovered passphrase").close()
    # The recovery slot is unchanged: the same code still works.
    vault_service.recover(vault_info.folder, vault_info.recovery_code, "and once more")


def test_wrong_recovery_code_changes_nothing(vault_info):
    keys_before = (vault_info.folder / "vault.keys").read_bytes()
    from coachdesk.security import recovery

    with pytest.raises(WrongRecoveryCode):
        vault_service.recover(vault_info.folder, recovery.generate(), "new passphrase!")
    assert (vault_info.folder / "vault.keys").read_bytes() == keys_before


def test_unlocked_vault_can_change_its_passphrase(vault, vault_info):
    vault.change_passphrase("changed while open")
    vault.close()
    vault_service.open_vault(vault_info.folder, "changed while open").close()


# -- the minimum passphrase length, on every path that sets one ---------------------------

SEVEN = "x" * (vault_service.MIN_PASSPHRASE_LENGTH - 1)
EIGHT = "y" * vault_service.MIN_PASSPHRASE_LENGTH


def test_minimum_passphrase_length_is_eight_characters():
    assert vault_service.MIN_PASSPHRASE_LENGTH == 8
    with pytest.raises(InvalidInput, match="at least 8 characters"):
        vault_service.check_new_passphrase(SEVEN)
    vault_service.check_new_passphrase(EIGHT)
    # Counted as the key derivation sees it (NFC): "é" typed as e + accent counts once.
    with pytest.raises(InvalidInput):
        vault_service.check_new_passphrase("cafe\u0301xyz")  # 8 code points, 7 characters


def test_a_passphrase_one_character_short_is_refused_everywhere(vault_info, tmp_path):
    with pytest.raises(InvalidInput):
        vault_service.create_vault(tmp_path / "new", SEVEN)
    assert not (tmp_path / "new").exists()
    keys = (vault_info.folder / "vault.keys").read_bytes()
    with pytest.raises(InvalidInput):
        vault_service.change_passphrase(vault_info.folder, vault_info.passphrase, SEVEN)
    with pytest.raises(InvalidInput):
        vault_service.recover(vault_info.folder, vault_info.recovery_code, SEVEN)
    with (
        vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v,
        pytest.raises(InvalidInput),
    ):
        v.change_passphrase(SEVEN)
    assert (vault_info.folder / "vault.keys").read_bytes() == keys
    vault_service.change_passphrase(vault_info.folder, vault_info.passphrase, EIGHT)
    vault_service.open_vault(vault_info.folder, EIGHT).close()
