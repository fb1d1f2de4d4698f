"""Browsing, writing and searching notes through the services the app uses."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.domain import ItemKind
from coachdesk.errors import InvalidInput
from coachdesk.services import demo, practice
from coachdesk.storage.search_repo import MARK_END, MARK_START, match_expression


@pytest.fixture
def demo_vault(vault):
    demo.install_demo(vault, dt.date(2026, 11, 25))
    return vault


def test_the_directory_lists_everyone_and_every_organisation_by_name(demo_vault):
    people, organisations = practice.directory(demo_vault.db)
    names = [o.name for o in organisations]
    assert names == sorted(names) and len(names) == 3
    assert len(people) == 10 and len({p.id for p in people}) == 10


def test_search_ignores_accents_matches_prefixes_and_lists_newest_first(demo_vault):
    hits = practice.search(demo_vault.db, "perche")
    assert hits and all("perch" in h.snippet.lower() for h in hits)
    prefix = practice.search(demo_vault.db, "deleg")
    assert len(prefix) >= 3
    starts = [h.start for h in prefix]
    assert starts == sorted(starts, reverse=True)
    assert MARK_START in prefix[0].snippet and MARK_END in prefix[0].snippet


@pytest.mark.parametrize("query", ["", "   ", '"', "l'agenda \"", "NOT AND OR", "*", "xyzzy"])
def test_odd_queries_never_fail(demo_vault, query):
    assert isinstance(practice.search(demo_vault.db, query), list)


def test_match_expression_quotes_every_word():
    assert match_expression('delega "team') == '"delega" AND "team"*'
    assert match_expression("  ") is None


def test_a_new_item_is_private_searchable_and_deletable(demo_vault):
    session = practice.add_session(demo_vault.db, "eng-anna", dt.datetime(2026, 11, 30, 9, 15))
    item = practice.add_item(demo_vault.db, session.id, ItemKind.OBSERVATION, "zanzibar quokka")
    assert item.sharing == {}
    assert [h.item_id for h in practice.search(demo_vault.db, "quokka")] == [item.id]
    practice.delete_item(demo_vault.db, item.id)
    assert practice.search(demo_vault.db, "quokka") == []


def test_adding_to_something_gone_is_invalid_input(demo_vault):
    with pytest.raises(InvalidInput):
        practice.add_item(demo_vault.db, "no-such-session", ItemKind.SUMMARY)
    with pytest.raises(InvalidInput):
        practice.engagement_page(demo_vault.db, "no-such-engagement")
