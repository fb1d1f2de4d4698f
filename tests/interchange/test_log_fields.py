"""The fields the coaching log and the cadence added to coachdesk-data/1 (spec §6): a person's
``email``, an engagement's ``billing`` and ``cadence_days``, a session's ``format``. Absent,
they take their defaults (an older document imports unchanged); wrong, they are refused by
path."""

from __future__ import annotations

import pytest
from test_interchange_validation import SPEC_EXAMPLE, _mutated, _problems

from coachdesk.domain import Billing, SessionFormat
from coachdesk.interchange import read_document


def test_an_older_document_takes_the_defaults():
    practice = read_document(SPEC_EXAMPLE)
    assert all(p.email == "" for p in practice.people)
    e = practice.engagements[0]
    assert (e.billing, e.cadence_days) == (Billing.PAID, None)
    assert all(s.format is SessionFormat.INDIVIDUAL for s in e.sessions)


def test_the_new_fields_are_read():
    doc = _mutated("people.0.email", "anna@example.com")
    doc["engagements"][0] |= {"billing": "pro_bono", "cadence_days": 21}
    doc["engagements"][0]["sessions"][0]["format"] = "group"
    practice = read_document(doc)
    assert practice.people[0].email == "anna@example.com"
    e = practice.engagements[0]
    assert (e.billing, e.cadence_days) == (Billing.PRO_BONO, 21)
    assert e.sessions[0].format is SessionFormat.GROUP
    assert (
        read_document(_mutated("engagements.0.cadence_days", None)).engagements[0].cadence_days
        is None
    )


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("people.0.email", 7, "people[0].email: expected text, found a number"),
        ("engagements.0.billing", "free", 'engagements[0].billing: unknown billing "free"'),
        ("engagements.0.cadence_days", 0, "engagements[0].cadence_days: cadence 0 outside 1–3650"),
        ("engagements.0.cadence_days", 2.5, "engagements[0].cadence_days: expected a whole number"),
        (
            "engagements.0.sessions.0.format",
            "team",
            'engagements[0].sessions[0].format: unknown session format "team"',
        ),
    ],
)
def test_wrong_values_are_refused_by_path(path, value, expected):
    problems = _problems(_mutated(path, value))
    assert any(p.startswith(expected) for p in problems), problems
