"""The small service functions through which the GUI reaches security (the unlock and
create-vault dialogs): the recovery-code shape check and saving the code to a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.security import recovery
from coachdesk.services import vault as vault_service


def test_a_generated_recovery_code_is_well_formed_and_a_typo_is_not() -> None:
    code = recovery.generate()
    assert vault_service.recovery_code_is_well_formed(code)
    assert not vault_service.recovery_code_is_well_formed(code[:-1])
    assert not vault_service.recovery_code_is_well_formed("not a code")


def test_the_recovery_code_file_holds_exactly_the_text(tmp_path: Path) -> None:
    out = tmp_path / "coachdesk-recovery-code.txt"
    vault_service.save_recovery_code(out, "CODE ÀÉ-1234\n")
    assert out.read_bytes() == "CODE ÀÉ-1234\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_saving_the_recovery_code_into_a_missing_folder_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        vault_service.save_recovery_code(tmp_path / "missing" / "code.txt", "CODE")
    assert list(tmp_path.iterdir()) == []
