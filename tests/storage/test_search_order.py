"""Newest-first search (spec §10): item rowids follow session time, kept so by every write
path and by the migration of version-1 vaults."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import ItemKind, NoteItem, Session, SessionKind, SessionStatus
from coachdesk.storage import connection, schema, search_repo, session_repo
from coachdesk.storage.connection import Database

MOMENTS = st.datetimes(min_value=dt.datetime(2015, 1, 1), max_value=dt.datetime(2035, 1, 1)).map(
    lambda t: t.replace(second=0, microsecond=0)
)


def _fts_ok(db: Database) -> None:
    db.execute("INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")


def _base(db: Database) -> None:
    db.execute("INSERT INTO people (id, name) VALUES ('p', 'P')")
    db.execute(
        "INSERT INTO engagements (id, coachee_id, title, start) "
        "VALUES ('e', 'p', 'E', '2015-01-01')"
    )


def _fresh(tmp_path: Path, name: str) -> Database:
    db = connection.create_database(tmp_path / name, os.urandom(32))
    _base(db)
    return db


@settings(max_examples=40)
@given(st.lists(MOMENTS, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_results_come_newest_first_whatever_the_order_of_writing(tmp_path_factory, moments, rnd):
    db = _fresh(tmp_path_factory.mktemp("order"), "v.db")
    try:
        expected = []
        sessions = [
            Session(f"s{n}", t, SessionKind.COACHING, SessionStatus.HELD)
            for n, t in enumerate(moments)
        ]
        for s in sessions:
            session_repo.insert_session(db, "e", s)
        writes = [(s, k) for s in sessions for k in range(rnd.randint(1, 3))]
        rnd.shuffle(writes)
        for s, _ in writes:
            position = session_repo.next_item_position(db, s.id)
            item = NoteItem(f"{s.id}-i{position}", ItemKind.OBSERVATION, "quokka talk")
            session_repo.insert_item(db, s.id, item, position)
            expected.append((s.start, position, item.id))
        # Move one session in time: its items move with it.
        moved = rnd.choice(sessions)
        new_start = moments[-1] + dt.timedelta(days=rnd.randint(-4000, 4000))
        session_repo.update_session(
            db, Session(moved.id, new_start, moved.kind, moved.status, moved.duration_min)
        )
        expected = [
            (new_start if iid.startswith(moved.id + "-") else t, pos, iid)
            for t, pos, iid in expected
        ]
        _fts_ok(db)
        hits = search_repo.search(db, "quokka", limit=1000)
        when = {iid: (t, pos) for t, pos, iid in expected}
        assert sorted(h.item_id for h in hits) == sorted(when)
        # Newest session first; within a session (or a minute), the latest item first.
        keys = [when[h.item_id] for h in hits]
        assert all(a[0] >= b[0] for a, b in itertools.pairwise(keys))
        for sid in {s.id for s in sessions}:
            mine = [when[h.item_id][1] for h in hits if h.session_id == sid]
            assert mine == sorted(mine, reverse=True)
    finally:
        db.close()


def test_pages_continue_from_the_cursor_without_gaps_or_repeats(tmp_path):
    db = _fresh(tmp_path, "v.db")
    try:
        for n in range(30):
            s = Session(
                f"s{n}",
                dt.datetime(2024, 1, 1, 9) + dt.timedelta(days=n % 7, hours=n),
                SessionKind.COACHING,
                SessionStatus.HELD,
            )
            session_repo.insert_session(db, "e", s)
            for k in range(4):
                session_repo.insert_item(
                    db, s.id, NoteItem(f"{s.id}-{k}", ItemKind.INSIGHT, f"wombat {k}"), k
                )
        everything = search_repo.search(db, "wombat", limit=500)
        paged: list[str] = []
        before = None
        while True:
            page = search_repo.search(db, "wombat", limit=7, before=before)
            if not page:
                break
            paged += [h.item_id for h in page]
            before = page[-1].cursor
        assert paged == [h.item_id for h in everything]
        assert len(set(paged)) == 120
        best = search_repo.search(db, "wombat", limit=500, order=search_repo.Order.BEST)
        assert sorted(h.item_id for h in best) == sorted(paged)
    finally:
        db.close()


def _v1_database(path: Path, key: bytes) -> None:
    """A vault as version 1 of the schema wrote it: items numbered in order of writing."""
    conn = connection._connect(path, key)
    conn.execute(schema.SET_APPLICATION_ID)
    for statement in connection._split(schema.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("INSERT INTO people (id, name) VALUES ('p', 'P'), ('q', 'Q')")
    conn.execute(
        "INSERT INTO engagements (id, coachee_id, title, start) "
        "VALUES ('e', 'p', 'E', '2020-01-01')"
    )
    sessions = [
        ("s-late", "2024-05-02T10:00"),
        ("s-early", "2021-03-01T09:00"),
        ("s-same-a", "2023-01-01T09:00"),
        ("s-same-b", "2023-01-01T09:00"),
    ]
    for sid, start in sessions:
        conn.execute(
            "INSERT INTO sessions (id, engagement_id, start) VALUES (?, 'e', ?)", (sid, start)
        )
    for sid, _ in sessions:
        for k in range(3):
            conn.execute(
                "INSERT INTO items (id, session_id, position, kind, text) "
                "VALUES (?, ?, ?, 'observation', ?)",
                (f"{sid}-{k}", sid, k, f"perché capybara {sid} {k}"),
            )
    conn.execute(
        "INSERT INTO sharing (item_id, person_id, state, on_date, how, text_sha256) "
        "VALUES ('s-early-1', 'q', 'agreed', '2021-03-01', 'in session', 'x')"
    )
    conn.commit()
    conn.close()


def test_a_version_1_vault_is_renumbered_in_time_order_on_opening(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    _v1_database(path, key)
    db = connection.open_database(path, key)
    try:
        assert db.one("PRAGMA user_version")[0] == schema.CURRENT_VERSION
        assert not connection.integrity_problems(db)
        _fts_ok(db)
        hits = search_repo.search(db, "perche capy", limit=100)
        order = [h.item_id for h in hits]
        assert order[:3] == ["s-late-2", "s-late-1", "s-late-0"]
        assert order[-3:] == ["s-early-2", "s-early-1", "s-early-0"]
        assert sorted(order) == sorted(
            f"{s}-{k}" for s in ("s-late", "s-early", "s-same-a", "s-same-b") for k in range(3)
        )
        assert db.one("SELECT state FROM sharing WHERE item_id = 's-early-1'")[0] == "agreed"
        minute = int(dt.datetime(2024, 5, 2, 10).replace(tzinfo=dt.UTC).timestamp()) // 60
        assert (
            db.one("SELECT rowid FROM items WHERE id = 's-late-0'")[0] >> schema.ITEM_SEQUENCE_BITS
            == minute
        )
        # Writes after the migration keep the order.
        session_repo.insert_item(
            db, "s-early", NoteItem("new", ItemKind.INSIGHT, "capybara again"), 3
        )
        assert [h.item_id for h in search_repo.search(db, "capybara", limit=100)][-4] == "new"
        _fts_ok(db)
    finally:
        db.close()


def test_an_item_for_a_missing_session_is_refused(tmp_path):
    db = _fresh(tmp_path, "v.db")
    try:
        try:
            session_repo.insert_item(db, "nope", NoteItem("x", ItemKind.INSIGHT, "t"), 0)
        except connection.IntegrityError:
            pass
        else:
            raise AssertionError("an item without its session was stored")
        assert db.one("SELECT count(*) FROM items")[0] == 0
    finally:
        db.close()
