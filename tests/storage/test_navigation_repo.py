"""The navigation's pages (spec §10): name order with accents and case forgiven, keyset
pages that cover every row once, and query plans that read only a page's rows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain.names import name_key
from coachdesk.storage import connection, navigation_repo, schema


def _db(tmp_path: Path) -> connection.Database:
    return connection.create_database(tmp_path / "vault.db", os.urandom(32))


def _fill(db: connection.Database, names: list[str], org: str | None = "o") -> None:
    with db.transaction():
        db.execute("INSERT INTO organisations (id, name) VALUES ('o', 'Org')")
        for n, name in enumerate(names):
            db.execute("INSERT INTO people (id, name) VALUES (?, ?)", (f"p{n:03}", name))
            db.execute(
                "INSERT INTO engagements (id, coachee_id, organisation_id, title, start) "
                "VALUES (?, ?, ?, 'T', '2026-01-05')",
                (f"e{n:03}", f"p{n:03}", org),
            )


def _all_pages(db: connection.Database, org: str | None, size: int, *, large: bool) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        page = navigation_repo.engagements(db, org, after, size, large=large)
        seen += [r[0] for r in page]
        if len(page) < size:
            return seen
        after = (page[-1][5], page[-1][0])


NAMES = st.lists(st.text(alphabet="aAbBéÉeE zZ", min_size=0, max_size=6), min_size=0, max_size=25)


@settings(max_examples=30, deadline=None)
@given(names=NAMES, size=st.integers(1, 7), large=st.booleans())
def test_pages_list_every_engagement_once_in_name_key_order(tmp_path_factory, names, size, large):
    db = _db(tmp_path_factory.mktemp("nav"))
    try:
        _fill(db, names)
        expected = [
            f"e{n:03}" for n, _ in sorted(enumerate(names), key=lambda p: (name_key(p[1]), p[0]))
        ]
        assert _all_pages(db, "o", size, large=large) == expected
    finally:
        db.close()


def test_people_pages_follow_the_name_key_and_a_rename_moves_the_person(tmp_path):
    db = _db(tmp_path)
    try:
        _fill(db, ["Zoë", "élena", "Bruno", "elena"])
        firsts = navigation_repo.people(db, None, 2)
        assert [r[1] for r in firsts] == ["Bruno", "élena"]
        rest = navigation_repo.people(db, (firsts[-1][3], firsts[-1][0]), 10)
        assert [r[1] for r in rest] == ["elena", "Zoë"]
        with db.transaction():
            db.execute("UPDATE people SET name = 'Aaron' WHERE name = 'Zoë'")
        assert navigation_repo.people(db, None, 1)[0][1] == "Aaron"
        assert navigation_repo.people_count(db) == 4
    finally:
        db.close()


def test_organisations_count_their_engagements_and_the_unorganised_come_last(tmp_path):
    db = _db(tmp_path)
    try:
        _fill(db, ["A", "B"])
        with db.transaction():
            db.execute("INSERT INTO people (id, name) VALUES ('solo', 'Solo')")
            db.execute(
                "INSERT INTO engagements (id, coachee_id, title, start) "
                "VALUES ('e-solo', 'solo', 'T', '2026-01-05')"
            )
        assert navigation_repo.organisations(db) == [("o", "Org", 2), (None, "", 1)]
        assert [r[0] for r in navigation_repo.engagements(db, None, None, 5, large=True)] == [
            "e-solo"
        ]
        org, row = navigation_repo.engagement(db, "e001") or (None, None)
        assert org == "o" and row is not None and row[1] == "B"
        assert navigation_repo.engagement(db, "nope") is None
    finally:
        db.close()


def _plan(db: connection.Database, sql: str, params: tuple[object, ...]) -> list[str]:
    return [str(r[3]) for r in db.all("EXPLAIN QUERY PLAN " + sql, params)]


@pytest.mark.parametrize(
    ("sql", "params"),
    [
        (navigation_repo.ENGAGEMENTS_LARGE, ("o", "m", "x", 200)),
        (navigation_repo.PEOPLE, ("m", "x", 200)),
        (navigation_repo.ENGAGEMENT, ("e1",)),
    ],
)
def test_a_page_is_read_through_an_index_not_a_scan_of_a_big_table(tmp_path, sql, params):
    db = _db(tmp_path)
    try:
        _fill(db, [f"n{k}" for k in range(50)])
        plan = _plan(db, sql, params)
        assert not [step for step in plan if step.startswith("SCAN")], plan
        if sql is navigation_repo.ENGAGEMENTS_LARGE:
            # Each person's engagements through the coachee index, never the organisation's
            # whole list once per person.
            assert any("engagements_coachee" in step for step in plan), plan
    finally:
        db.close()


def test_a_version_5_vault_gets_its_sort_keys(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    conn = connection._connect(path, key)
    conn.execute(schema.SET_APPLICATION_ID)
    for script in schema.MIGRATIONS[:5]:
        for statement in connection._split(script):
            conn.execute(statement)
    conn.execute("INSERT INTO people (id, name) VALUES ('p', '  Élena   ROSSI ')")
    conn.commit()
    conn.close()
    db = connection.open_database(path, key)
    try:
        assert db.one("PRAGMA user_version")[0] == schema.CURRENT_VERSION
        assert db.one("SELECT sort_key FROM people")[0] == "elena rossi"
    finally:
        db.close()
