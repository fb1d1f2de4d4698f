"""Every kind of invalid document is refused as a whole, each problem named by its JSON path."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from coachdesk.domain import SharingStateKind, text_sha256
from coachdesk.errors import InvalidInput
from coachdesk.interchange import parse_json, read_document, to_document

# The example of spec §6, completed with text where it has "…".
SPEC_EXAMPLE: dict[str, Any] = {
    "format": "coachdesk-data/1",
    "coach": {"name": "Laura Bianchi", "credentials": "PCC", "letterhead": "Bianchi Coaching"},
    "organisations": [{"id": "acme", "name": "ACME S.p.A."}],
    "people": [
        {"id": "anna", "name": "Anna Rossi", "organisation": "acme", "title": "Team Leader"},
        {"id": "marco", "name": "Marco Verdi", "organisation": "acme", "title": "Head of Ops"},
    ],
    "engagements": [
        {
            "id": "eng-anna",
            "coachee": "anna",
            "organisation": "acme",
            "title": "Leadership coaching 2026",
            "start": "2026-01-10",
            "end": "2026-12-31",
            "language": "it",
            "retention_months": 24,
            "stakeholders": [{"person": "marco", "role": "sponsor"}],
            "agreements": [
                {
                    "version": 1,
                    "agreed_on": "2026-01-10",
                    "cadence": "quarterly",
                    "permits": {
                        "sponsor": ["attendance", "goals", "progress", "summaries"],
                        "coachee": ["attendance", "goals", "progress", "summaries", "notes"],
                    },
                    "exceptions": "Risk of serious harm; illegal acts.",
                    "text": "Three-way agreement.",
                }
            ],
            "goals": [
                {
                    "id": "g1",
                    "title": "Delegate more",
                    "status": "active",
                    "share_with": ["marco"],
                    "grow": {"goal": "G", "reality": "R", "options": "O", "will": "W"},
                    "ratings": [{"date": "2026-02-01", "value": 4}],
                    "kpis": [
                        {
                            "id": "k1",
                            "name": "Average handling time",
                            "unit": "s",
                            "better": "lower",
                            "baseline": 420,
                            "target": 360,
                            "measurements": [{"date": "2026-02-01", "value": 410}],
                        }
                    ],
                }
            ],
            "actions": [
                {
                    "id": "a1",
                    "text": "Hand over the rota",
                    "owner": "anna",
                    "due": "2026-02-15",
                    "status": "open",
                    "goal": "g1",
                }
            ],
            "sessions": [
                {
                    "id": "s1",
                    "date": "2026-01-17T10:00",
                    "duration_min": 60,
                    "kind": "coaching",
                    "status": "held",
                    "items": [
                        {
                            "id": "i1",
                            "kind": "summary",
                            "text": "Talked about delegation.",
                            "sharing": {
                                "marco": {
                                    "state": "agreed",
                                    "on": "2026-01-17",
                                    "how": "in session, verbally",
                                },
                                "anna": {
                                    "state": "agreed",
                                    "on": "2026-01-17",
                                    "how": "in session",
                                },
                            },
                        }
                    ],
                }
            ],
        }
    ],
}


def _problems(doc: Any, existing: dict[str, set[str]] | None = None) -> list[str]:
    with pytest.raises(InvalidInput) as info:
        read_document(doc, existing)
    return [str(p) for p in info.value.problems]


def _mutated(path: str, value: Any) -> dict[str, Any]:
    """The spec example with the value at a dotted path replaced (``...`` deletes it)."""
    doc = copy.deepcopy(SPEC_EXAMPLE)
    keys: list[Any] = [int(k) if k.isdigit() else k for k in path.split(".")]
    target: Any = doc
    for k in keys[:-1]:
        target = target[k]
    if value is ...:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return doc


def test_the_spec_example_is_valid_and_binds_agreed_states_to_the_imported_text():
    practice = read_document(SPEC_EXAMPLE)
    item = practice.engagements[0].sessions[0].items[0]
    state = item.state_for("marco")
    assert state.state is SharingStateKind.AGREED
    assert state.text_sha256 == text_sha256("Talked about delegation.")
    assert item.effective_state("marco") is SharingStateKind.AGREED


def test_defaults_apply_when_optional_fields_are_absent():
    doc = {
        "format": "coachdesk-data/1",
        "people": [{"id": "p", "name": "P"}],
        "engagements": [
            {"id": "e", "coachee": "p", "title": "T", "start": "2026-01-01", "language": "en"}
        ],
    }
    e = read_document(doc).engagements[0]
    assert e.retention_months == 24
    assert e.end is None and e.organisation_id is None
    assert e.sessions == () and e.goals == () and e.stakeholders == ()


# (mutation path, new value, the problem line expected)
INVALID = [
    ("format", "coachdesk-data/2", 'format: unknown format "coachdesk-data/2"'),
    ("format", ..., "format: missing required field"),
    ("people.0.name", ..., "people[0].name: missing required field"),
    ("engagements.0.title", ..., "engagements[0].title: missing required field"),
    ("engagements.0.coachee", "nobody", 'engagements[0].coachee: unknown person "nobody"'),
    (
        "engagements.0.stakeholders.0.person",
        "nobody",
        'engagements[0].stakeholders[0].person: unknown person "nobody"',
    ),
    ("engagements.0.actions.0.goal", "g9", 'engagements[0].actions[0].goal: unknown goal "g9"'),
    ("people.1.id", "anna", 'people[1].id: duplicate person id "anna" (also at people[0].id)'),
    ("engagements.0.start", "2026-02-30", 'engagements[0].start: bad date "2026-02-30"'),
    ("engagements.0.start", "17/01/2026", 'engagements[0].start: bad date "17/01/2026"'),
    (
        "engagements.0.sessions.0.date",
        "2026-01-17 10h",
        "engagements[0].sessions[0].date: bad date",
    ),
    (
        "engagements.0.goals.0.ratings.0.value",
        11,
        "engagements[0].goals[0].ratings[0].value: rating 11 outside 1–10",
    ),
    (
        "engagements.0.goals.0.ratings.0.value",
        0,
        "engagements[0].goals[0].ratings[0].value: rating 0 outside 1–10",
    ),
    (
        "engagements.0.stakeholders.0.role",
        "boss",
        'engagements[0].stakeholders[0].role: unknown role "boss"',
    ),
    (
        "engagements.0.agreements.0.permits.sponsor",
        ["attendance", "gossip"],
        'engagements[0].agreements[0].permits.sponsor[1]: unknown category "gossip"',
    ),
    (
        "engagements.0.agreements.0.permits",
        {"ceo": ["goals"]},
        'engagements[0].agreements[0].permits.ceo: unknown role "ceo"',
    ),
    (
        "engagements.0.sessions.0.items.0.sharing.marco.state",
        "aggreed",
        'engagements[0].sessions[0].items[0].sharing.marco.state: unknown state "aggreed"',
    ),
    (
        "engagements.0.sessions.0.items.0.sharing.marco",
        {"state": "exception", "on": "2026-01-17"},
        "engagements[0].sessions[0].items[0].sharing.marco.justification: "
        "an exception needs a written justification",
    ),
    (
        "engagements.0.sessions.0.items.0.sharing.marco",
        {"state": "exception", "justification": "   "},
        "engagements[0].sessions[0].items[0].sharing.marco.justification: "
        "the justification must not be empty",
    ),
    (
        "engagements.0.sessions.0.items.0.kind",
        "reflection",
        "engagements[0].sessions[0].items[0].sharing.anna.state: "
        "a reflection is the coach's own and cannot be shared",
    ),
    (
        "engagements.0.sessions.0.items.0.sharing.zoe",
        {"state": "proposed"},
        'engagements[0].sessions[0].items[0].sharing.zoe: "zoe" is not the coachee',
    ),
    (
        "engagements.0.goals.0.share_with",
        ["zoe"],
        'engagements[0].goals[0].share_with[0]: "zoe" is not the coachee',
    ),
    ("engagements.0.sessions.0.kind", "lunch", 'unknown session kind "lunch"'),
    ("engagements.0.sessions.0.status", "done", 'unknown session status "done"'),
    ("engagements.0.goals.0.status", "won", 'unknown goal status "won"'),
    ("engagements.0.language", "fr", 'engagements[0].language: unknown language "fr"'),
    ("engagements.0.goals.0.kpis.0.better", "up", 'unknown direction "up"'),
    ("engagements.0.goals.0.kpis.0.baseline", "420", "baseline: expected a number, found text"),
    ("engagements.0.sessions.0.duration_min", "1h", "duration_min: expected a whole number"),
    ("engagements.0.end", "2025-12-31", "engagements[0].end: the engagement ends before it starts"),
    ("engagements.0.sessions.0.items.0.colour", "red", "items[0].colour: unknown field"),
    ("engagements.0.sessions", {"s1": {}}, "engagements[0].sessions: expected a list"),
    ("engagements.0.sessions.0.items.0.text", 42, "items[0].text: expected text, found a number"),
    ("engagements.0.sessions.0.items.0.text", "bad \ud800 text", "is not valid Unicode text"),
]


@pytest.mark.parametrize(("path", "value", "expected"), INVALID, ids=[i[2][:60] for i in INVALID])
def test_invalid_documents_are_refused_with_the_json_path(path, value, expected):
    problems = _problems(_mutated(path, value))
    assert any(expected in p for p in problems), problems


def test_every_problem_is_reported_not_only_the_first():
    doc = _mutated("engagements.0.goals.0.ratings.0.value", 12)
    doc["engagements"][0]["sessions"][0]["items"][0]["sharing"]["marco"]["state"] = "aggreed"
    doc["people"][1]["organisation"] = "globex"
    problems = _problems(doc)
    assert len(problems) == 3, problems


def test_an_id_the_vault_already_holds_is_a_conflict_named_by_path():
    problems = _problems(SPEC_EXAMPLE, {"item": {"i1"}, "person": {"marco"}})
    assert 'people[1].id: the vault already holds a person with id "marco"' in problems
    assert any(p.startswith("engagements[0].sessions[0].items[0].id: the vault") for p in problems)


def test_references_may_point_at_people_the_vault_already_holds():
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["people"] = [p for p in doc["people"] if p["id"] != "marco"]
    practice = read_document(doc, {"person": {"marco"}, "organisation": set()})
    assert practice.engagements[0].stakeholders[0].person_id == "marco"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"{not json", "the file is not valid JSON"),
        (b"\xff\xfe\x00", "the file is not UTF-8 text"),
        (b"", "the file is not valid JSON"),
    ],
)
def test_bytes_that_are_not_json_are_refused(data, expected):
    with pytest.raises(InvalidInput) as info:
        parse_json(data)
    assert expected in str(info.value.problems[0])


@pytest.mark.parametrize(
    ("doc", "found"), [([], "a list"), ("text", "text"), (None, "null"), (3, "a number")]
)
def test_a_document_that_is_not_an_object_is_refused(doc, found):
    assert _problems(doc) == [f"expected an object, found {found}"]


def test_messages_never_quote_note_text():
    secret = "Confided that she is looking for another job"
    doc = _mutated("engagements.0.sessions.0.items.0.kind", "reflection")
    doc["engagements"][0]["sessions"][0]["items"][0]["text"] = secret
    doc["engagements"][0]["sessions"][0]["items"][0]["sharing"]["marco"]["state"] = "aggreed"
    assert not any(secret in p for p in _problems(doc))


def test_a_voided_consent_stays_void_through_export_and_import():
    practice = read_document(SPEC_EXAMPLE)
    doc = to_document(practice)
    item = doc["engagements"][0]["sessions"][0]["items"][0]
    item["text"] = "Edited after the consent."
    again = read_document(json.loads(json.dumps(doc)))
    item_again = again.engagements[0].sessions[0].items[0]
    assert item_again.consent_void("marco")
    assert item_again.effective_state("marco") is SharingStateKind.PROPOSED


def test_the_example_in_the_documentation_is_a_valid_document():
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "interchange.md").read_text(encoding="utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    practice = read_document(json.loads(example))
    assert len(practice.engagements) == 1 and practice.engagements[0].sessions


def test_a_fractional_whole_number_says_what_it_found():
    problems = _problems(_mutated("engagements.0.goals.0.ratings.0.value", 6.5))
    assert problems == [
        "engagements[0].goals[0].ratings[0].value: expected a whole number, found 6.5"
    ]


def test_a_flood_of_problems_is_listed_up_to_a_limit_and_counted():
    doc = {
        "format": "coachdesk-data/1",
        "people": [{"id": f"p{i}", "name": ""} for i in range(250)],
    }
    problems = _problems(doc)
    assert len(problems) == 201 and problems[-1] == "… and 50 more problem(s)"


def test_a_goal_ending_before_its_engagement_starts_is_refused():
    import copy

    from coachdesk.errors import InvalidInput
    from coachdesk.interchange.reader import read_document

    doc = {
        "format": "coachdesk-data/1",
        "people": [{"id": "p", "name": "P"}],
        "engagements": [
            {
                "id": "e", "coachee": "p", "title": "T", "start": "2026-03-01", "language": "en",
                "goals": [{"id": "g", "title": "G", "status": "active",
                           "start": "2026-01-01", "end": "2026-02-01"}],
            }
        ],
    }  # fmt: skip
    try:
        read_document(copy.deepcopy(doc), {})
    except InvalidInput as exc:
        assert any("before the engagement starts" in str(p) for p in exc.problems)
    else:
        raise AssertionError("accepted a goal that ends before its engagement starts")


# -- exceptions bind to the text as imported (spec §3, §6) ------------------------------


def _with_marco_state(state: dict[str, Any]) -> dict[str, Any]:
    return _mutated("engagements.0.sessions.0.items.0.sharing.marco", state)


def test_an_imported_exception_binds_to_the_imported_text():
    doc = _with_marco_state({"state": "exception", "on": "2026-01-17", "justification": "harm"})
    item = read_document(doc).engagements[0].sessions[0].items[0]
    assert item.state_for("marco").text_sha256 == text_sha256("Talked about delegation.")
    assert item.effective_state("marco") is SharingStateKind.EXCEPTION
    assert not item.exception_void("marco")


def test_an_imported_exception_bound_to_other_text_stays_void():
    doc = _with_marco_state(
        {"state": "exception", "justification": "harm", "text_sha256": text_sha256("before")}
    )
    item = read_document(doc).engagements[0].sessions[0].items[0]
    assert item.exception_void("marco")
    assert item.effective_state("marco") is SharingStateKind.PRIVATE


def test_only_an_agreed_or_exception_state_may_carry_a_text_hash():
    doc = _with_marco_state({"state": "proposed", "text_sha256": text_sha256("x")})
    assert _problems(doc) == [
        "engagements[0].sessions[0].items[0].sharing.marco.text_sha256: "
        "only an agreed or exception state has a text hash"
    ]


def test_a_voided_exception_stays_void_through_export_and_import():
    doc = _with_marco_state({"state": "exception", "justification": "harm"})
    exported = to_document(read_document(doc))
    exported["engagements"][0]["sessions"][0]["items"][0]["text"] = "Edited afterwards."
    again = read_document(json.loads(json.dumps(exported)))
    assert again.engagements[0].sessions[0].items[0].exception_void("marco")


# -- what json.loads lets through (issue 15: points 8 and 10) ------------------------------


def _json_bytes(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _parse_problems(data: bytes) -> list[str]:
    with pytest.raises(InvalidInput) as info:
        parse_json(data)
    return [str(p) for p in info.value.problems]


def test_a_whole_number_too_long_for_python_is_refused_with_its_path():
    data = _json_bytes(SPEC_EXAMPLE).replace(b'"value": 4', b'"value": ' + b"7" * 5000, 1)
    assert _parse_problems(data) == [
        "engagements[0].goals[0].ratings[0].value: a whole number of 5000 digits is too long"
    ]


def test_a_long_whole_number_python_can_convert_is_read_and_then_judged_as_a_number():
    data = _json_bytes(SPEC_EXAMPLE).replace(b'"baseline": 420', b'"baseline": ' + b"9" * 300, 1)
    doc = parse_json(data)
    assert doc["engagements"][0]["goals"][0]["kpis"][0]["baseline"] == int("9" * 300)


def test_a_repeated_key_is_refused_with_the_path_of_each():
    data = _json_bytes(SPEC_EXAMPLE)
    data = data.replace(b'"format": ', b'"format": "other/1", "format": ', 1)
    data = data.replace(b'"state": "agreed"', b'"state": "agreed", "state": "proposed"', 1)
    data = data.replace(b'"marco": {', b'"marco": {"state": "private"}, "marco": {', 1)
    assert _parse_problems(data) == [
        "format: the same key appears more than once",
        "engagements[0].sessions[0].items[0].sharing.marco: the same key appears more than once",
        "engagements[0].sessions[0].items[0].sharing.marco.state: "
        "the same key appears more than once",
    ]


def test_a_key_repeated_in_a_deeply_nested_document_is_found_without_recursion():
    data = b'{"a": ' * 900 + b'{"k": 1, "k": 2}' + b"}" * 900
    (problem,) = _parse_problems(data)
    assert problem == "a" + ".a" * 899 + ".k: the same key appears more than once"
