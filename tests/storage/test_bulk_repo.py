"""storage/bulk_repo.py: the benchmark's bulk writer fills every table in one transaction
(all or nothing), leaves the log empty and the index searchable, and its unencrypted
baseline copy holds the same rows."""

from __future__ import annotations

import sqlite3

import pytest

from coachdesk.storage import bulk_repo, people_repo, search_repo
from coachdesk.storage.connection import DatabaseError, IntegrityError

ROWS = [
    ("organisations", [("o1", "Org")]),
    ("people", [("p1", "Pat", "o1", "CFO"), ("p2", "Sam", None, "")]),
    ("engagements", [("e1", "p1", "o1", "E", "2025-01-01", None, "en", 24)]),
    (
        "sessions",
        [
            ("s1", "e1", "2025-01-02T09:00:00", 60, "coaching", "held", ""),
            ("s2", "e1", "2025-02-02T09:00:00", 60, "coaching", "held", ""),
        ],
    ),
    (
        "items",
        [
            ("i1", "s1", 0, "summary", "marmoset first"),
            ("i2", "s2", 0, "summary", "marmoset second"),
            ("i3", "s1", 1, "insight", "earlier session, written last"),
        ],
    ),
]


COUNT = {
    "organisations": "SELECT count(*) FROM organisations",
    "people": "SELECT count(*) FROM people",
    "engagements": "SELECT count(*) FROM engagements",
    "sessions": "SELECT count(*) FROM sessions",
    "items": "SELECT count(*) FROM items",
}


def _count(db, table: str) -> int:
    return int(db.one(COUNT[table])[0])


def test_fill_writes_every_row_names_the_coach_and_leaves_an_empty_log(vault):
    bulk_repo.fill(vault.db, "Coach Bulk", ROWS)
    assert {t: _count(vault.db, t) for t, _ in ROWS} == {t: len(r) for t, r in ROWS}
    assert people_repo.coach(vault.db).name == "Coach Bulk"
    assert [h.item_id for h in search_repo.search(vault.db, "marmoset")] == ["i2", "i1"]
    # Items take time-ordered rowids, whatever the order they were written in.
    order = [r[0] for r in vault.db.all("SELECT id FROM items ORDER BY rowid")]
    assert order == ["i1", "i3", "i2"]
    wal = vault.folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_fill_is_all_or_nothing(vault):
    broken = [*ROWS, ("sessions", [("s9", "no-such-engagement", "2025-01-02T09:00:00", 60,
                                    "coaching", "held", "")])]  # fmt: skip
    with pytest.raises(IntegrityError):
        bulk_repo.fill(vault.db, "Coach Bulk", broken)
    assert {t: _count(vault.db, t) for t, _ in ROWS} == {t: 0 for t, _ in ROWS}
    assert people_repo.coach(vault.db).name != "Coach Bulk"


def test_only_the_known_tables_can_be_filled(vault):
    assert set(bulk_repo.TABLES) >= {"organisations", "people", "engagements", "items"}
    with pytest.raises(KeyError):
        bulk_repo.insert_rows(vault.db, "sqlite_schema", [("x",)])


def test_the_plain_baseline_holds_the_same_rows_unencrypted(vault, tmp_path):
    bulk_repo.fill(vault.db, "Coach Bulk", ROWS)
    plain = tmp_path / "plain.db"
    bulk_repo.export_plain(vault.db, plain)
    assert plain.read_bytes().startswith(b"SQLite format 3\0")
    conn = sqlite3.connect(plain)
    try:
        for table, rows in ROWS:
            assert conn.execute(COUNT[table]).fetchone()[0] == len(rows)
        found = conn.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH 'marmoset'")
        assert len(found.fetchall()) == 2
    finally:
        conn.close()
    # The permission to attach ended with the export.
    with pytest.raises(DatabaseError):
        vault.db.execute("ATTACH DATABASE ? AS other KEY ''", (str(tmp_path / "other.db"),))
    assert not (tmp_path / "other.db").exists()
