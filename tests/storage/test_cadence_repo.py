"""storage/cadence_repo.py: one row per engagement with a cadence, and the start of its last
held coaching session or check-in (training, three-way, cancelled and planned ones do not
reset the clock)."""

from __future__ import annotations

import datetime as dt

from repo_sample import seed

from coachdesk.storage import cadence_repo


def test_an_empty_vault_has_no_cadence_rows(vault):
    assert cadence_repo.cadence_rows(vault.db) == []


def test_only_engagements_with_a_cadence_are_listed_by_id(vault):
    seed(vault.db)
    rows = cadence_repo.cadence_rows(vault.db)
    assert [r[0] for r in rows] == ["e-anna", "e-anna-2"]  # e-bruno has no cadence


def test_the_clock_is_the_last_held_coaching_session_or_check_in(vault):
    seed(vault.db)
    by_id = {r[0]: r for r in cadence_repo.cadence_rows(vault.db)}
    eid, coachee, start, end, days, last = by_id["e-anna"]
    assert (eid, coachee, days, end) == ("e-anna", "anna", 21, None)
    assert dt.date.fromisoformat(start) == dt.date(2025, 1, 6)
    # The check-in of 3 Feb, not the later training, three-way, cancelled or planned ones.
    assert last is not None
    assert dt.datetime.fromisoformat(last) == dt.datetime(2025, 2, 3, 9)


def test_an_engagement_with_no_held_session_has_no_clock_yet(vault):
    seed(vault.db)
    by_id = {r[0]: r for r in cadence_repo.cadence_rows(vault.db)}
    assert by_id["e-anna-2"][4:] == (14, None)
