"""Erasing a coachee (spec §8): every row goes, and the text is gone from the file itself."""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import ItemKind, Language, LedgerEntry, LedgerFact, Person
from coachdesk.errors import InvalidInput, VaultReadOnly
from coachdesk.services import vault as vault_service
from coachdesk.services.demo import install_demo
from coachdesk.services.editing import add_engagement
from coachdesk.services.erasure import erase_coachee, erasure_preview
from coachdesk.services.practice import add_item, add_session, delete_item
from coachdesk.storage import connection, engagement_repo, ledger_repo, people_repo
from erasure_practice import COACHEES, Tokens, build, tail
from sqlcipher_pages import contains, database_plaintext, wal_plaintext

TODAY = dt.date(2026, 11, 24)


def _ledger(vault, engagement_id, recipient_id):
    with vault.db.transaction():
        ledger_repo.append(
            vault.db,
            LedgerEntry(
                id=0,
                created_at=dt.datetime(2026, 11, 1, 12),
                kind="report",
                engagement_id=engagement_id,
                recipient_id=recipient_id,
                role="sponsor",
                period_from=dt.date(2026, 1, 1),
                period_to=dt.date(2026, 11, 1),
                report_date=dt.date(2026, 11, 1),
                language=Language.IT,
                agreement_version=2,
                facts=(LedgerFact("item", "i1", "ab" * 32, engagement_id),),
                file_sha256="cd" * 32,
                content_sha256="cd" * 32,
                password_protected=False,
            ),
        )


def test_erasure_removes_every_row_and_every_byte_of_the_coachees_text(vault, tmp_path):
    practice = install_demo(vault, TODAY)
    anna = next(e for e in practice.engagements if e.coachee_id == "anna")
    texts = [i.text for s in anna.sessions for i in s.items] + [
        anna.title,
        "Anna Rossi",
        anna.goals[0].grow.reality,
    ]
    _ledger(vault, "eng-anna", "marco")
    # Make sure the text has been through the main file, not just the WAL.
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert any(contains(database_plaintext(vault.db_path, vault._vault_key), t) for t in texts)

    summary = erase_coachee(vault, "anna")

    assert summary.counts["engagements"] == 1 and summary.counts["items"] == sum(
        len(s.items) for s in anna.sessions
    )
    assert summary.recipients == (("marco", "Marco Verdi"),)
    assert engagement_repo.load_engagement(vault.db, "eng-anna") is None
    assert "anna" not in {p.id for p in people_repo.people(vault.db)}
    assert vault.db.one("SELECT count(*) FROM sharing WHERE person_id = 'anna'")[0] == 0
    # The ledger keeps its entry: ids and hashes only.
    assert [e.recipient_id for e in ledger_repo.entries(vault.db)] == ["marco"]
    # Other coachees are untouched.
    assert engagement_repo.load_engagement(vault.db, "eng-james") is not None

    plain = database_plaintext(vault.db_path, vault._vault_key)
    plain += wal_plaintext(vault.folder / "vault.db-wal", vault._vault_key)
    for text in texts:
        assert not contains(plain, text), text[:20]
    # An empty vault's pages (the schema) say "sessioni" by accident: leave such words out.
    key = bytes(32)
    connection.create_database(tmp_path / "empty.db", key).close()
    empty = database_plaintext(tmp_path / "empty.db", key)
    # Nor any of her distinctive words, which the full-text index holds one by one.
    kept = {
        w.lower()
        for e in practice.engagements
        if e.coachee_id != "anna"
        for s in e.sessions
        for i in s.items
        for w in re.findall(r"\w{6,}", i.text)
    }
    words = {
        w.lower()
        for s in anna.sessions
        for i in s.items
        for w in re.findall(r"\w{6,}", i.text)
        if w.lower() not in kept and not contains(empty, w.lower())
    }
    assert len(words) > 20
    assert [w for w in words if contains(plain, w)] == []
    # Other engagements' text is still there: the scan does see text.
    assert contains(plain, "Executive presence as incoming CEO")


def test_full_text_index_no_longer_finds_erased_words(vault):
    install_demo(vault, TODAY)
    erase_coachee(vault, "anna")
    assert (
        vault.db.all("SELECT rowid FROM items_fts WHERE items_fts MATCH ?", ('"delegato"',)) == []
    )


def test_preview_names_what_will_go_without_erasing(vault):
    install_demo(vault, TODAY)
    summary = erasure_preview(vault, "anna")
    assert summary.counts["sessions"] == 7
    assert engagement_repo.load_engagement(vault.db, "eng-anna") is not None


def test_only_a_coachee_can_be_erased(vault):
    install_demo(vault, TODAY)
    with pytest.raises(InvalidInput):
        erase_coachee(vault, "marco")
    with pytest.raises(InvalidInput):
        erase_coachee(vault, "nobody")


def test_erase_command_needs_yes_and_prints_the_recipients(run_cli, vault_info):
    r = run_cli(
        "demo", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 0
    args = ("erase", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file)
    r = run_cli(*args, "--coachee", "james")
    assert r.code == 2
    r = run_cli(*args, "--coachee", "james", "--yes")
    assert r.code == 0, r.err
    assert "Erased coachee james" in r.out
    r = run_cli(*args, "--coachee", "james", "--yes")
    assert r.code == 6


# -- the hard way: every page of the file, after erasures in any order ---------------------


def _plaintext(v) -> bytes:
    return database_plaintext(v.db_path, v._vault_key) + wal_plaintext(
        v.folder / "vault.db-wal", v._vault_key
    )


def _left(plain: bytes, tokens: Tokens) -> list[str]:
    found = [w for w in tokens.words + tokens.old_words if contains(plain, tail(w))]
    return found + [t for t in tokens.item_texts if contains(plain, t)]


def _count(plain: bytes, word: str) -> int:
    return plain.count(tail(word).encode())


@settings(max_examples=6)
@given(order=st.permutations(COACHEES), seed=st.integers(0, 2**16))
def test_no_word_of_an_erased_coachee_is_left_in_any_page(
    vault_info, tmp_path_factory, order, seed
):
    folder = tmp_path_factory.mktemp("erase") / "vault"
    shutil.copytree(vault_info.folder, folder)
    with vault_service.open_vault(folder, vault_info.passphrase) as v:
        tokens = build(v.db, seed)
        v.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _plaintext(v)
        # The scan sees every word while it is held, the index's terms included: a word of
        # a note is there twice, in the note and in the index.
        for c in COACHEES:
            t = tokens[c]
            assert all(contains(before, text) for text in t.item_texts)
            assert all(_count(before, w) >= 1 for w in t.words)
            assert all(_count(before, w) >= 2 for text in t.item_texts for w in text.split()[1:4])
        erased: list[str] = []
        for c in order:
            erase_coachee(v, c)
            erased.append(c)
            assert v.db.one("PRAGMA freelist_count")[0] == 0  # vacuumed
            plain = _plaintext(v)
            for gone in erased:
                assert _left(plain, tokens[gone]) == [], (gone, order)
            for kept in set(COACHEES) - set(erased):
                assert all(contains(plain, t) for t in tokens[kept].item_texts)
            # Every kept copy that carried anything about them went; ledger rows stay.
            assert v.db.one("SELECT count(*) FROM ledger")[0] == 4
            assert {
                r[0]
                for r in v.db.all(
                    "SELECT l.engagement_id FROM ledger_files f JOIN ledger l ON l.id = f.ledger_id"
                )
            } == {f"e{COACHEES.index(k)}" for k in set(COACHEES) - set(erased)}


def test_a_deleted_note_leaves_no_trace_of_its_text_in_the_file(vault):
    """secure_delete (spec §7): deleting one note overwrites its text at once, without a
    VACUUM. SQLCipher turns it on by itself once a key is set, so a missing pragma would go
    unseen; here the connection starts with it off (SQLite's own default, and what another
    SQLCipher build may do) and the vault's settings must turn it back on."""
    rng = random.Random(7)
    secret, kept = (
        " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(10)) for _ in range(4))
        for _ in range(2)
    )
    vault.db.execute("PRAGMA secure_delete = OFF")
    connection.apply_pragmas(vault.db)
    assert vault.db.one("PRAGMA secure_delete")[0] == 1
    with vault.db.transaction():
        people_repo.insert_person(vault.db, Person("p", "P"))
    engagement = add_engagement(vault.db, title="T", coachee_id="p", start=dt.date(2026, 1, 5))
    session = add_session(vault.db, engagement.id, dt.datetime(2026, 2, 2, 10))
    item = add_item(vault.db, session.id, ItemKind.OBSERVATION, secret)
    add_item(vault.db, session.id, ItemKind.OBSERVATION, kept)
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert contains(_plaintext(vault), secret)

    delete_item(vault.db, item.id)
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    plain = _plaintext(vault)
    assert not contains(plain, secret)
    assert contains(plain, kept)


def test_erasure_deletes_the_kept_copies_of_real_reports_and_says_so(run_cli, vault_info, tmp_path):
    """Reports made by the report commands keep their files beside the ledger entries; erasing
    a coachee deletes the copies about them (a team report's too, though it covered others)
    and keeps every entry."""
    base = ("--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file)
    assert run_cli("demo", *base).code == 0
    r = run_cli(
        "report",
        *base,
        "--engagement",
        "eng-anna",
        "--recipient",
        "marco",
        "--out",
        tmp_path / "anna.pdf",
    )
    assert r.code == 0, r.err
    r = run_cli("team-report", *base, "--recipient", "paola", "--out", tmp_path / "team.pdf")
    assert r.code == 0, r.err
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        entries = ledger_repo.entries(v.db)
        copies = v.db.all("SELECT ledger_id FROM ledger_files ORDER BY ledger_id")
        assert [c[0] for c in copies] == [e.id for e in entries] and len(entries) == 2
        team = next(e for e in entries if e.engagement_id is None)

    r = run_cli("erase", *base, "--coachee", "stefan", "--yes")
    assert r.code == 0, r.err
    assert "kept copies of 1 report(s)" in r.out and "1 of them were team reports" in r.out
    assert "Paola Marino (paola)" in r.out
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        assert len(ledger_repo.entries(v.db)) == 2
        left = [c[0] for c in v.db.all("SELECT ledger_id FROM ledger_files")]
        assert team.id not in left and len(left) == 1


def test_erasure_in_a_read_only_vault_is_refused_and_changes_nothing(vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        install_demo(v, TODAY)
    (vault_info.folder / "vault.lock").unlink(missing_ok=True)
    before = {p.name: p.read_bytes() for p in vault_info.folder.iterdir()}
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase, read_only=True) as v:
        with pytest.raises(VaultReadOnly):
            erase_coachee(v, "anna")
        assert engagement_repo.load_engagement(v.db, "eng-anna") is not None
    assert {p.name: p.read_bytes() for p in vault_info.folder.iterdir()} == before
