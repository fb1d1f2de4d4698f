"""The first change's page check, done ahead on another thread (spec §8, §10): a healthy
vault's first change then costs nothing extra; a damaged vault is still never written."""

from __future__ import annotations

import threading

import pytest
from test_damage import _files, damaged  # noqa: F401 - the fixture

from coachdesk.domain import Organisation
from coachdesk.errors import VaultDamaged
from coachdesk.services import vault as vault_service
from coachdesk.storage import connection, people_repo


def _on_another_thread(check):
    answer: list[bool] = []
    worker = threading.Thread(target=lambda: answer.append(check()))
    worker.start()
    worker.join()
    return answer[0]


def test_a_check_done_apart_spares_the_first_change_its_own(vault, monkeypatch):
    with vault.db.transaction():
        people_repo.insert_organisation(vault.db, Organisation("o1", "O"))
    vault.db._pages_verified = False  # as in a new session
    assert _on_another_thread(vault.page_check()) is True
    vault.accept_page_check(True)

    def no_second_check(self: connection.Database) -> list[str]:
        raise AssertionError("the pages were checked already")

    monkeypatch.setattr(connection.Database, "page_problems", no_second_check)
    with vault.db.transaction():
        people_repo.insert_organisation(vault.db, Organisation("o2", "O"))


def test_a_damaged_vault_fails_the_check_apart_and_its_first_change_is_refused(
    damaged,  # noqa: F811
    vault_info,
):
    before = _files(damaged)
    with vault_service.open_vault(damaged, vault_info.passphrase) as v:
        authenticated = _on_another_thread(v.page_check())
        assert authenticated is False
        v.accept_page_check(authenticated)
        with pytest.raises(VaultDamaged), v.db.transaction():
            people_repo.insert_organisation(v.db, Organisation("org-new", "New"))
    assert _files(damaged) == before
