"""storage/erasure_repo.py: what erasing a coachee counts, deletes and keeps; the compaction
that takes the erased words out of the index and the file; the marker that makes an
interrupted compaction finish on the next open; and the rows retention looks at."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from repo_sample import seed

from coachdesk.domain import Language, LedgerEntry
from coachdesk.storage import connection, erasure_repo, ledger_repo, search_repo


def _ledger(db, engagement_id: str | None) -> int:
    entry = LedgerEntry(
        id=0, created_at=dt.datetime(2025, 3, 1, 9), kind="report", engagement_id=engagement_id,
        recipient_id="sponsor", role="sponsor", period_from=dt.date(2025, 1, 1),
        period_to=dt.date(2025, 3, 1), report_date=dt.date(2025, 3, 1), language=Language.EN,
        agreement_version=None, facts=(), file_sha256="0" * 64, content_sha256="1" * 64,
        password_protected=False,
    )  # fmt: skip
    ledger_id = ledger_repo.append(db, entry)
    ledger_repo.keep_copy(db, ledger_id, b"%PDF-" + (engagement_id or "team").encode())
    return ledger_id


_COUNTS = {
    "people": "SELECT count(*) FROM people",
    "engagements": "SELECT count(*) FROM engagements",
    "sessions": "SELECT count(*) FROM sessions",
    "items": "SELECT count(*) FROM items",
    "ledger": "SELECT count(*) FROM ledger",
    "ledger_files": "SELECT count(*) FROM ledger_files",
}


def _table_counts(db) -> dict[str, int]:
    return {table: db.one(sql)[0] for table, sql in _COUNTS.items()}


def _index_holds(db, word: bytes) -> bool:
    """Whether any block of the full-text index's segments contains ``word``."""
    return any(word in bytes(r[0]) for r in db.all("SELECT block FROM items_fts_data"))


def test_only_a_person_with_an_engagement_is_a_coachee(vault):
    seed(vault.db)
    assert erasure_repo.is_coachee(vault.db, "anna")
    assert not erasure_repo.is_coachee(vault.db, "sponsor")
    assert not erasure_repo.is_coachee(vault.db, "nobody")


def test_counts_say_how_much_is_held_about_a_coachee(vault):
    seed(vault.db)
    assert erasure_repo.counts(vault.db, "anna") == {
        "engagements": 2, "sessions": 6, "items": 3, "goals": 0, "actions": 0,
    }  # fmt: skip
    assert erasure_repo.counts(vault.db, "bruno")["items"] == 1
    assert set(erasure_repo.counts(vault.db, "sponsor").values()) == {0}
    assert sorted(erasure_repo.engagement_ids(vault.db, "anna")) == ["e-anna", "e-anna-2"]


def test_kept_copy_ids_are_those_asked_for_that_keep_a_copy(vault):
    seed(vault.db)
    with_copy = _ledger(vault.db, "e-anna")
    other = _ledger(vault.db, "e-bruno")
    assert erasure_repo.kept_copy_ids(vault.db, [with_copy, 12345]) == [with_copy]
    assert erasure_repo.kept_copy_ids(vault.db, [other, with_copy]) == [with_copy, other]


def test_erase_removes_the_coachee_and_all_they_hold_and_keeps_the_ledger_rows(vault):
    seed(vault.db)
    about_anna = _ledger(vault.db, "e-anna")
    about_bruno = _ledger(vault.db, "e-bruno")
    before = _table_counts(vault.db)
    with vault.db.transaction():
        erasure_repo.erase(vault.db, "anna", [about_anna])
    after = _table_counts(vault.db)
    assert after == {
        "people": before["people"] - 1,
        "engagements": before["engagements"] - 2,
        "sessions": before["sessions"] - 6,
        "items": before["items"] - 3,
        "ledger": before["ledger"],  # ids and hashes only: they stay
        "ledger_files": before["ledger_files"] - 1,
    }
    assert not erasure_repo.is_coachee(vault.db, "anna")
    assert ledger_repo.kept_copy(vault.db, about_anna) is None
    assert ledger_repo.kept_copy(vault.db, about_bruno) == b"%PDF-e-bruno"
    assert erasure_repo.counts(vault.db, "bruno")["items"] == 1


def test_compaction_takes_erased_words_out_of_the_index_and_empties_the_log(vault):
    seed(vault.db)
    assert search_repo.search(vault.db, "pelican")
    assert _index_holds(vault.db, b"pelican")
    with vault.db.transaction():
        erasure_repo.erase(vault.db, "anna", [])
    erasure_repo.compact(vault.db)
    assert search_repo.search(vault.db, "pelican") == []
    assert [h.item_id for h in search_repo.search(vault.db, "quokka")] == ["b1-1"]
    # The index's own pages no longer hold the word: FTS5 would otherwise keep it in its
    # segments behind a deletion marker.
    assert not _index_holds(vault.db, b"pelican")
    wal = vault.folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_pending_marker_is_set_once_and_cleared(vault):
    folder = vault.folder
    assert not erasure_repo.is_pending(folder)
    assert erasure_repo.mark_pending(folder) is True
    assert erasure_repo.mark_pending(folder) is False  # already owed
    assert erasure_repo.is_pending(folder)
    assert (folder / erasure_repo.PENDING_MARKER).read_bytes() == b""  # no name, no text
    erasure_repo.clear_pending(folder)
    erasure_repo.clear_pending(folder)  # clearing twice is fine
    assert not erasure_repo.is_pending(folder)


def test_finish_pending_compacts_only_when_owed(vault):
    seed(vault.db)
    assert erasure_repo.finish_pending(vault.folder, vault.db) is False
    with vault.db.transaction():
        erasure_repo.erase(vault.db, "anna", [])
    erasure_repo.mark_pending(vault.folder)
    assert erasure_repo.finish_pending(vault.folder, vault.db) is True
    assert not erasure_repo.is_pending(vault.folder)
    assert not _index_holds(vault.db, b"pelican")


def test_a_compaction_that_fails_again_keeps_the_marker_and_does_not_raise(vault, monkeypatch):
    erasure_repo.mark_pending(vault.folder)

    def full_disk(db) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(erasure_repo, "compact", full_disk)
    assert erasure_repo.finish_pending(vault.folder, vault.db) is False
    assert erasure_repo.is_pending(vault.folder)


def test_a_compaction_with_a_reader_on_the_log_is_incomplete(tmp_path):
    key = os.urandom(32)
    db = connection.create_database(tmp_path / "v.db", key)
    reader = connection.open_database(tmp_path / "v.db", key, read_only=True)
    try:
        seed(db)
        # A second connection in a read transaction pins the log, so it cannot be emptied.
        with reader.transaction():
            reader.one("SELECT count(*) FROM items")
            with pytest.raises(erasure_repo.CompactionIncomplete):
                erasure_repo.compact(db)
    finally:
        reader.close()
        db.close()


def test_retention_rows_are_the_ended_engagements_and_those_of_the_named_coachees(vault):
    seed(vault.db)
    assert erasure_repo.retention_rows(vault.db, "2024-06-30") == []  # ends that day: not before
    ended = erasure_repo.retention_rows(vault.db, "2024-07-01")
    assert ended == [("e-bruno", "bruno", "2024-06-30", 12)]
    both = erasure_repo.retention_rows(vault.db, "2024-07-01", ["anna", "anna"])
    assert both == [
        ("e-anna", "anna", None, 24),
        ("e-anna-2", "anna", None, 24),
        ("e-bruno", "bruno", "2024-06-30", 12),
    ]
