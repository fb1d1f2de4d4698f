"""storage/search_repo.py: what a coach types becomes a safe FTS5 expression (every word, the
last as a prefix), and a search returns pages of hits with marked snippets, newest first by
cursor or best match first by offset. (The order itself is tested in test_search_order.py.)"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from repo_sample import seed

from coachdesk.domain import ItemKind
from coachdesk.storage import search_repo
from coachdesk.storage.search_repo import MARK_END, MARK_START, Order


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("quokka", '"quokka"*'),
        ("quokka pel", '"quokka" AND "pel"*'),
        ("L'Abbate", '"L" AND "Abbate"*'),
        ('say "AND" OR NOT', '"say" AND "AND" AND "OR" AND "NOT"*'),
        ("città-più", '"città" AND "più"*'),
        ("  ", None),
        ("*'\"():-", None),
    ],
)
def test_what_is_typed_becomes_quoted_words_the_last_a_prefix(typed, expression):
    assert search_repo.match_expression(typed) == expression


@given(st.text(max_size=40))
def test_anything_typed_searches_without_an_error(vault, typed):
    hits = search_repo.search(vault.db, typed)
    assert hits == []  # an empty vault; the point is that FTS5 accepted the expression


def test_a_hit_names_its_item_session_engagement_and_marks_the_words_found(vault):
    seed(vault.db)
    (hit,) = search_repo.search(vault.db, "rhyth")
    assert (hit.item_id, hit.session_id, hit.engagement_id) == ("a1-1", "a1", "e-anna")
    assert hit.engagement_title == "Leading"
    assert hit.start == dt.datetime(2025, 1, 10, 9)
    assert hit.kind is ItemKind.SUMMARY
    assert hit.snippet == f"quokka pelican {MARK_START}rhythm{MARK_END}"


def test_every_word_must_occur(vault):
    seed(vault.db)
    assert {h.item_id for h in search_repo.search(vault.db, "quokka")} == {"a1-1", "a2-1", "b1-1"}
    assert [h.item_id for h in search_repo.search(vault.db, "quokka zebra")] == ["b1-1"]
    assert search_repo.search(vault.db, "quokka walrus") == []
    assert search_repo.search(vault.db, "") == []


def test_newest_first_pages_continue_from_the_cursor_of_the_last_hit(vault):
    seed(vault.db)
    everything = search_repo.search(vault.db, "quokka")
    assert [h.item_id for h in everything] == ["a2-1", "a1-1", "b1-1"]
    first = search_repo.search(vault.db, "quokka", limit=2)
    rest = search_repo.search(vault.db, "quokka", limit=2, before=first[-1].cursor)
    assert [h.item_id for h in first + rest] == ["a2-1", "a1-1", "b1-1"]
    assert search_repo.search(vault.db, "quokka", before=rest[-1].cursor) == []


def test_best_match_first_pages_by_offset_and_finds_the_same_hits(vault):
    seed(vault.db)
    best = search_repo.search(vault.db, "pelican", order=Order.BEST)
    # "pelican only" is the shorter text, so bm25 ranks it first.
    assert [h.item_id for h in best] == ["a1-2", "a1-1"]
    pages = [
        search_repo.search(vault.db, "pelican", order=Order.BEST, limit=1, offset=n)
        for n in range(3)
    ]
    assert [[h.item_id for h in p] for p in pages] == [["a1-2"], ["a1-1"], []]
