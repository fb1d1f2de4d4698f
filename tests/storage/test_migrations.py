"""Schema migrations from a fixture of each older schema (spec §8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coachdesk.domain import CoachProfile, text_sha256
from coachdesk.storage import connection, people_repo, schema


def _v2_database(path: Path, key: bytes) -> None:
    """A vault as version 2 of the schema wrote it: exceptions bound to no text."""
    conn = connection._connect(path, key)
    conn.execute(schema.SET_APPLICATION_ID)
    for script in schema.MIGRATIONS[:2]:
        for statement in connection._split(script):
            conn.execute(statement)
    conn.execute("INSERT INTO people (id, name) VALUES ('p', 'P'), ('q', 'Q')")
    conn.execute(
        "INSERT INTO engagements (id, coachee_id, title, start) "
        "VALUES ('e', 'p', 'E', '2020-01-01')"
    )
    conn.execute(
        "INSERT INTO sessions (id, engagement_id, start) "
        "VALUES ('s', 'e', '2021-03-01T09:00')"
    )
    for k, text in enumerate(["risk of harm, said in session", "agreed summary"]):
        conn.execute(
            "INSERT INTO items (id, session_id, position, kind, text) "
            "VALUES (?, 's', ?, 'concern', ?)",
            (f"i{k}", k, text),
        )
    conn.execute(
        "INSERT INTO sharing (item_id, person_id, state, on_date, justification) "
        "VALUES ('i0', 'q', 'exception', '2021-03-02', 'legal duty')"
    )
    conn.execute(
        "INSERT INTO sharing (item_id, person_id, state, on_date, how, text_sha256) "
        "VALUES ('i1', 'q', 'agreed', '2021-03-01', 'in session', 'old')"
    )
    conn.commit()
    conn.close()


def test_a_version_2_vault_binds_its_exceptions_to_their_current_text(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    _v2_database(path, key)
    db = connection.open_database(path, key)
    try:
        assert db.one("PRAGMA user_version")[0] == schema.CURRENT_VERSION
        assert not connection.integrity_problems(db)
        rows = dict(db.all("SELECT item_id, text_sha256 FROM sharing"))
        assert rows["i0"] == text_sha256("risk of harm, said in session")
        assert rows["i1"] == "old"  # an agreed state keeps the hash it was given
        assert db.all("SELECT * FROM ledger_files") == []
    finally:
        db.close()


def _v3_database(path: Path, key: bytes) -> None:
    """A vault as version 3 of the schema wrote it: a coach profile without a logo."""
    conn = connection._connect(path, key)
    conn.execute(schema.SET_APPLICATION_ID)
    for script in schema.MIGRATIONS[:3]:
        for statement in connection._split(script):
            conn.execute(statement)
    conn.execute(
        "UPDATE coach SET name = 'Laura Bianchi', credentials = 'PCC', "
        "letterhead = 'Bianchi Coaching' WHERE id = 1"
    )
    conn.commit()
    conn.close()


def test_a_version_3_vault_keeps_its_coach_profile_and_gains_an_empty_logo(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    _v3_database(path, key)
    db = connection.open_database(path, key)
    try:
        assert db.one("PRAGMA user_version")[0] == schema.CURRENT_VERSION
        assert not connection.integrity_problems(db)
        assert people_repo.coach(db) == CoachProfile("Laura Bianchi", "PCC", "Bianchi Coaching")
        logo = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
        with db.transaction():
            people_repo.set_coach(db, CoachProfile("Laura Bianchi", "PCC", "", logo))
        assert people_repo.coach(db).logo == logo
    finally:
        db.close()


def test_the_vault_refuses_a_logo_over_one_megabyte(tmp_path):
    key = os.urandom(32)
    db = connection.create_database(tmp_path / "vault.db", key)
    try:
        with pytest.raises(connection.IntegrityError), db.transaction():
            people_repo.set_coach(db, CoachProfile("C", logo=b"\xff\xd8\xff" + bytes(2**20)))
        assert people_repo.coach(db).logo is None
    finally:
        db.close()


def _v4_database(path: Path, key: bytes) -> None:
    """A vault as version 4 wrote it: a person, an engagement, a session and an action."""
    conn = connection._connect(path, key)
    conn.execute(schema.SET_APPLICATION_ID)
    for script in schema.MIGRATIONS[:4]:
        for statement in connection._split(script):
            conn.execute(statement)
    conn.execute("INSERT INTO people (id, name) VALUES ('p', 'P'), ('q', 'Q')")
    conn.execute(
        "INSERT INTO engagements (id, coachee_id, title, start) "
        "VALUES ('e', 'p', 'E', '2025-01-01')"
    )
    conn.execute(
        "INSERT INTO sessions (id, engagement_id, start) VALUES ('s', 'e', '2025-02-01T09:00')"
    )
    conn.execute("INSERT INTO actions (id, engagement_id, text) VALUES ('a', 'e', 'Step')")
    conn.commit()
    conn.close()


def test_a_version_4_vault_gains_the_defaults_of_version_5(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    _v4_database(path, key)
    db = connection.open_database(path, key)
    try:
        assert db.one("PRAGMA user_version")[0] == schema.CURRENT_VERSION
        assert not connection.integrity_problems(db)
        assert db.one("SELECT email FROM people WHERE id = 'p'")[0] == ""
        assert db.one("SELECT billing, cadence_days FROM engagements")[:] == ("paid", None)
        assert db.one("SELECT format FROM sessions")[0] == "individual"
        assert db.one("SELECT kpi_id FROM actions")[0] is None
        assert db.all("SELECT * FROM action_shares") == []
        with pytest.raises(connection.IntegrityError), db.transaction():
            db.execute("UPDATE engagements SET billing = 'free'")
        with db.transaction():  # an action shared with a recipient goes with the action
            db.execute("INSERT INTO action_shares VALUES ('a', 'q')")
            db.execute("DELETE FROM actions WHERE id = 'a'")
        assert db.all("SELECT * FROM action_shares") == []
    finally:
        db.close()
