"""storage/ledger_repo.py: the disclosure ledger is appended to and read back whole, never
changed; the copies kept beside its entries come back byte for byte, or say they are
damaged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from repo_sample import seed

from coachdesk.domain import Language, LedgerEntry, LedgerFact
from coachdesk.storage import ledger_repo
from coachdesk.storage.connection import IntegrityError


def entry(**changes: object) -> LedgerEntry:
    base = LedgerEntry(
        id=0,
        created_at=dt.datetime(2025, 3, 1, 10, 30, 5),
        kind="report",
        engagement_id="e-anna",
        recipient_id="sponsor",
        role="sponsor",
        period_from=dt.date(2025, 1, 1),
        period_to=dt.date(2025, 2, 28),
        report_date=dt.date(2025, 3, 1),
        language=Language.IT,
        agreement_version=2,
        facts=(
            LedgerFact("item", "a1-1", "ab" * 32, "e-anna"),
            LedgerFact("goal", "g1", "cd" * 32),
        ),
        file_sha256="01" * 32,
        content_sha256="02" * 32,
        password_protected=True,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_an_appended_entry_reads_back_equal_with_the_id_it_was_given(vault):
    seed(vault.db)
    first = ledger_repo.append(vault.db, entry(id=99))
    second = ledger_repo.append(vault.db, entry(recipient_id="anna", password_protected=False))
    assert second == first + 1
    assert ledger_repo.entries(vault.db) == [
        entry(id=first),
        entry(id=second, recipient_id="anna", password_protected=False),
    ]


def test_entries_of_an_engagement_include_team_reports_that_list_its_facts(vault):
    seed(vault.db)
    own = ledger_repo.append(vault.db, entry())
    team = ledger_repo.append(
        vault.db,
        entry(
            kind="team_report",
            engagement_id=None,
            agreement_version=None,
            facts=(LedgerFact("item", "b1-1", "ef" * 32, "e-bruno"),
                   LedgerFact("item", "a2-1", "12" * 32, "e-anna")),
        ),
    )  # fmt: skip
    other = ledger_repo.append(vault.db, entry(engagement_id="e-bruno", facts=()))
    assert [e.id for e in ledger_repo.entries(vault.db, "e-anna")] == [own, team]
    assert [e.id for e in ledger_repo.entries(vault.db, "e-bruno")] == [team, other]
    assert [e.id for e in ledger_repo.entries(vault.db, "e-anna-2")] == []
    assert ledger_repo.entries(vault.db, "e-anna")[1].engagement_id is None


def test_the_ledger_refuses_to_be_changed_or_shortened(vault):
    seed(vault.db)
    ledger_id = ledger_repo.append(vault.db, entry())
    with pytest.raises(IntegrityError, match="append-only"):
        vault.db.execute("UPDATE ledger SET recipient_id = 'x' WHERE id = ?", (ledger_id,))
    with pytest.raises(IntegrityError, match="append-only"):
        vault.db.execute("DELETE FROM ledger WHERE id = ?", (ledger_id,))
    assert ledger_repo.entries(vault.db) == [entry(id=ledger_id)]


@given(data=st.binary(max_size=4096))
def test_a_kept_copy_comes_back_byte_for_byte(vault, data):
    ledger_id = ledger_repo.append(vault.db, entry(engagement_id=None, facts=()))
    ledger_repo.keep_copy(vault.db, ledger_id, data)
    assert ledger_repo.kept_copy(vault.db, ledger_id) == data
    assert ledger_repo.kept_sizes(vault.db)[ledger_id] == len(zlib.compress(data, 9))


def test_an_entry_without_a_kept_copy_has_none(vault):
    ledger_id = ledger_repo.append(vault.db, entry(engagement_id=None, facts=()))
    assert ledger_repo.kept_copy(vault.db, ledger_id) is None
    assert ledger_repo.kept_sizes(vault.db) == {}


@pytest.mark.parametrize(
    ("compression", "data", "says"),
    [
        ("zlib", b"not zlib at all", "damaged"),
        ("lzma", zlib.compress(b"%PDF"), "unknown compression"),
    ],
    ids=["damaged-zlib", "unknown-compression"],
)
def test_a_damaged_kept_copy_says_so_instead_of_returning_bytes(vault, compression, data, says):
    ledger_id = ledger_repo.append(vault.db, entry(engagement_id=None, facts=()))
    ledger_repo.keep_copy(vault.db, ledger_id, b"%PDF")
    vault.db.execute(
        "UPDATE ledger_files SET compression = ?, data = ? WHERE ledger_id = ?",
        (compression, data, ledger_id),
    )
    with pytest.raises(ledger_repo.CopyUnreadable, match=says):
        ledger_repo.kept_copy(vault.db, ledger_id)
