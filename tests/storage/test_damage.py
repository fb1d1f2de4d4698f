"""A damaged page is refused on every path, and a damaged vault is never written.

The damage here sits in a page that opening the vault does not read: the overflow pages of
one long note item. Reads that reach it (on ``execute``, on ``fetchall``, while iterating)
raise ``VaultDamaged``; a write anywhere else is refused before it commits, because the
first write of a session authenticates every page; the file keeps every byte.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coachdesk.domain import Language, Organisation
from coachdesk.errors import VaultDamaged
from coachdesk.security import keyfile
from coachdesk.services import reports
from coachdesk.services import vault as vault_service
from coachdesk.services.demo import install_demo
from coachdesk.storage import connection, people_repo
from sqlcipher_pages import PAGE, _decrypt_page

MARKER = "QUOKKA-7731 "


def _key(vault_info) -> bytes:
    kf = keyfile.read(vault_info.folder / "vault.keys")
    return keyfile.unwrap(kf, keyfile.PASSPHRASE, vault_info.passphrase)


@pytest.fixture
def damaged(vault_info) -> Path:
    """The demo practice plus one long item (its own overflow pages), one of whose pages
    has a flipped byte. Returns the vault folder."""
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        install_demo(v)
        db = v.db
        # A session of another engagement than the one the report test reports on.
        session_id = db.one(
            "SELECT id FROM sessions WHERE engagement_id != 'eng-anna' ORDER BY id LIMIT 1"
        )[0]
        with db.transaction():
            db.execute(
                "INSERT INTO items (id, session_id, position, kind, text) "
                "VALUES ('long-item', ?, 99, 'summary', ?)",
                (session_id, MARKER * 4000),
            )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = vault_info.folder / "vault.db"
    data = bytearray(path.read_bytes())
    key = _key(vault_info)
    pages = [
        n
        for n in range(len(data) // PAGE)
        if (MARKER * 3).encode() in _decrypt_page(data[n * PAGE : (n + 1) * PAGE], key, n == 0)
    ]
    assert len(pages) > 3, "the long item should fill several overflow pages of its own"
    data[pages[len(pages) // 2] * PAGE + 500] ^= 0x04
    path.write_bytes(bytes(data))
    return vault_info.folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "vault.lock"}


def test_a_damaged_page_opening_does_not_read_is_refused_when_read(damaged, vault_info):
    with vault_service.open_vault(damaged, vault_info.passphrase) as v:
        assert v.db.one("SELECT count(*) FROM engagements")[0] > 0  # other pages read fine
        with pytest.raises(VaultDamaged):
            v.db.one("SELECT text FROM items WHERE id = 'long-item'")


def test_fetching_rows_translates_a_damaged_page(damaged, vault_info):
    """The damage is met while stepping to a later row, after execute() returned (a
    table scan in rowid order: the long item was inserted last)."""
    sql = "SELECT id, length(text) FROM items"
    with vault_service.open_vault(damaged, vault_info.passphrase) as v:
        cursor = v.db.execute(sql)
        assert cursor.fetchone() is not None
        with pytest.raises(VaultDamaged):
            cursor.fetchall()
        with pytest.raises(VaultDamaged):
            v.db.all(sql)
        with pytest.raises(VaultDamaged):
            for _row in v.db.execute(sql):
                pass
        with pytest.raises(VaultDamaged):
            v.db.execute(sql).fetchmany(10_000)


def test_a_write_to_a_damaged_vault_is_refused_before_it_commits(damaged, vault_info):
    before = _files(damaged)
    with vault_service.open_vault(damaged, vault_info.passphrase) as v:
        with pytest.raises(VaultDamaged), v.db.transaction():
            people_repo.insert_organisation(v.db, Organisation("org-new", "New"))
        # Nothing was committed: the session sees no new row either.
        assert v.db.one("SELECT count(*) FROM organisations WHERE id = 'org-new'")[0] == 0
        # Still refused on a second try (the check is not skipped once it failed).
        with pytest.raises(VaultDamaged), v.db.transaction():
            people_repo.insert_organisation(v.db, Organisation("org-new", "New"))
    assert _files(damaged) == before


def test_a_report_from_a_damaged_vault_adds_no_ledger_entry_and_no_file(
    damaged, vault_info, tmp_path
):
    """The window's path (no check at unlock): the report reads only healthy pages, yet
    saving it is refused, so nothing is handed over without its ledger entry."""
    before = _files(damaged)
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    with vault_service.open_vault(damaged, vault_info.passphrase) as v:
        ledger_before = v.db.one("SELECT count(*) FROM ledger")[0]
        request = reports.ReportRequest(
            engagement_id="eng-anna",
            recipient_id="marco",
            report_date=dt.date(2026, 11, 20),
            period_from=None,
            period_to=None,
            language=Language.EN,
        )
        rendered = reports.render(v, request)
        with pytest.raises(VaultDamaged):
            reports.save(v, rendered, out)
        assert v.db.one("SELECT count(*) FROM ledger")[0] == ledger_before
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # not even the staged .partial file
    assert _files(damaged) == before


def test_a_healthy_vault_authenticates_its_pages_once_per_session(vault, monkeypatch):
    calls: list[int] = []
    real = connection.Database.page_problems

    def counting(self: connection.Database) -> list[str]:
        calls.append(1)
        return real(self)

    monkeypatch.setattr(connection.Database, "page_problems", counting)
    with vault.db.transaction():
        vault.db.one("SELECT count(*) FROM items")  # a read-only transaction: no check
    assert calls == []
    for n in range(3):
        with vault.db.transaction():
            people_repo.insert_organisation(vault.db, Organisation(f"o{n}", "O"))
    assert calls == [1]
