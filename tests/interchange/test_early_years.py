"""Dates before the year 1000 survive export and import (issue 15 point 9): the writer
always writes four-digit years (``0001-01-01T00:00``), which the reader accepts back."""

from __future__ import annotations

import json

import pytest

from coachdesk.services import interchange


def _document(year: int) -> dict[str, object]:
    y = f"{year:04d}"
    return {
        "format": "coachdesk-data/1",
        "coach": {"name": "Laura Bianchi"},
        "organisations": [],
        "people": [
            {"id": "anna", "name": "Anna Rossi"},
            {"id": "marco", "name": "Marco Verdi"},
        ],
        "engagements": [
            {
                "id": "eng-anna",
                "coachee": "anna",
                "title": "Early",
                "start": f"{y}-01-01",
                "end": f"{y}-12-31",
                "language": "en",
                "stakeholders": [{"person": "marco", "role": "sponsor"}],
                "agreements": [
                    {
                        "version": 1,
                        "agreed_on": f"{y}-01-01",
                        "permits": {"sponsor": ["attendance", "summaries"]},
                    }
                ],
                "goals": [
                    {
                        "id": "g1",
                        "title": "Goal",
                        "status": "active",
                        "share_with": ["marco"],
                        "ratings": [{"date": f"{y}-02-01", "value": 4}],
                    }
                ],
                "actions": [{"id": "a1", "text": "Step", "due": f"{y}-03-01", "status": "open"}],
                "sessions": [
                    {
                        "id": "s1",
                        "date": f"{y}-01-01T00:00",
                        "duration_min": 60,
                        "kind": "coaching",
                        "status": "held",
                        "items": [
                            {
                                "id": "i1",
                                "kind": "summary",
                                "text": "Summary",
                                "sharing": {
                                    "marco": {"state": "agreed", "on": f"{y}-01-01", "how": "x"}
                                },
                            }
                        ],
                    }
                ],
            }
        ],
    }


class _Rollback(Exception):
    pass


def _round_trip(vault, doc: dict[str, object]) -> dict[str, object]:
    try:
        with vault.db.transaction():
            interchange.import_bytes(vault, json.dumps(doc).encode("utf-8"))
            exported = interchange.export_document(vault)
            raise _Rollback
    except _Rollback:
        pass
    return exported


@pytest.mark.parametrize("year", [1, 999])
def test_a_session_of_an_early_year_is_exported_with_four_digits_and_imported_back(vault, year):
    doc = _document(year)
    first = _round_trip(vault, doc)
    engagement = first["engagements"][0]  # type: ignore[index]
    y = f"{year:04d}"
    assert engagement["sessions"][0]["date"] == f"{y}-01-01T00:00"
    assert engagement["start"] == f"{y}-01-01"
    assert engagement["goals"][0]["ratings"][0]["date"] == f"{y}-02-01"
    # What was exported imports again, unchanged.
    second = _round_trip(vault, first)
    assert second == first
