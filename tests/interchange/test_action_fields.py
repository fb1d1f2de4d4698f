"""An action's ``share_with`` and ``kpi`` in coachdesk-data/1 (spec §6): optional, so a
document written before them imports unchanged (shared with nobody, serving no KPI); read,
written and checked against the engagement like a goal's."""

from __future__ import annotations

import copy

import pytest
from test_interchange_validation import SPEC_EXAMPLE

from coachdesk.errors import InvalidInput
from coachdesk.interchange import read_document, to_document


def test_an_action_without_share_with_or_kpi_imports_shared_with_nobody():
    doc = copy.deepcopy(SPEC_EXAMPLE)
    action = doc["engagements"][0]["actions"][0]
    assert "share_with" not in action and "kpi" not in action
    (read,) = read_document(doc).engagements[0].actions
    assert read.share_with == frozenset() and read.kpi_id is None
    # ... and is written back as it came: no new keys for the defaults.
    written = to_document(read_document(doc))["engagements"][0]["actions"][0]
    assert written == action


def test_share_with_and_kpi_are_read_and_written():
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["engagements"][0]["actions"][0] |= {"share_with": ["marco", "anna"], "kpi": "k1"}
    (read,) = read_document(doc).engagements[0].actions
    assert read.share_with == {"anna", "marco"} and read.kpi_id == "k1"
    written = to_document(read_document(doc))["engagements"][0]["actions"][0]
    assert written["share_with"] == ["anna", "marco"] and written["kpi"] == "k1"


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("kpi", "k9", 'engagements[0].actions[0].kpi: unknown KPI "k9"'),
        ("share_with", ["zoe"], "engagements[0].actions[0].share_with[0]"),
        ("share_with", [3], "expected a person id"),
    ],
)
def test_a_bad_share_with_or_kpi_is_refused_with_its_path(field, value, expected):
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["engagements"][0]["actions"][0][field] = value
    with pytest.raises(InvalidInput, match=expected.replace("[", r"\[").replace("]", r"\]")):
        read_document(doc)
