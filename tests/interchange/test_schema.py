"""The published schema of coachdesk-data/1 (docs/coachdesk-data-1.schema.json): a valid JSON
Schema 2020-12, shipped with the program, the one import validates against, and a true
description of what import accepts: its problems are named by JSON path in the reader's words."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from test_interchange_validation import SPEC_EXAMPLE, _mutated, _problems

from coachdesk import domain, resources
from coachdesk.errors import InvalidInput
from coachdesk.interchange import read_document, reader, to_document
from coachdesk.interchange.schema import SCHEMA_FILE, path_text, schema, schema_problems

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "docs" / "coachdesk-data-1.schema.json"
SHIPPED = ROOT / "resources" / "schema" / "coachdesk-data-1.schema.json"


def full_validator() -> Draft202012Validator:
    """The schema as another tool would use it: the whole file, formats checked."""
    return Draft202012Validator(schema(), format_checker=FormatChecker())


def test_the_schema_is_a_valid_json_schema_2020_12():
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    # A name, not an address: the project has no public home to serve the file from.
    assert schema()["$id"] == "urn:coachdesk:schema:coachdesk-data-1"
    assert schema()["title"] == "coachdesk-data/1" and schema()["description"]


def test_the_published_copy_is_byte_identical_to_the_one_the_program_ships():
    assert PUBLISHED.read_bytes() == SHIPPED.read_bytes()


def test_the_program_finds_the_schema_through_the_resource_resolver():
    assert resources.path(*SCHEMA_FILE) == SHIPPED
    assert schema() == json.loads(SHIPPED.read_text(encoding="utf-8"))


ENUMS = {
    "role": domain.Role,
    "category": domain.Category,
    "language": domain.Language,
    "billing": domain.Billing,
    "goalStatus": domain.GoalStatus,
    "better": domain.Better,
    "actionStatus": domain.ActionStatus,
    "sessionKind": domain.SessionKind,
    "sessionStatus": domain.SessionStatus,
    "sessionFormat": domain.SessionFormat,
    "itemKind": domain.ItemKind,
    "state": domain.SharingStateKind,
}


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_each_enum_of_the_schema_holds_the_domain_s_values(name):
    assert schema()["$defs"][name]["enum"] == [v.value for v in ENUMS[name]]


def test_a_stakeholder_role_is_any_role_but_coachee():
    roles = schema()["$defs"]["stakeholderRole"]["enum"]
    assert roles == [r.value for r in domain.STAKEHOLDER_ROLES]


def test_the_spec_example_and_the_documentation_s_example_are_valid():
    full_validator().validate(SPEC_EXAMPLE)
    doc = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    full_validator().validate(json.loads(doc.split("```json\n", 1)[1].split("```", 1)[0]))


def test_a_document_with_a_ledger_as_export_writes_it_is_valid():
    import datetime as dt

    fact = domain.LedgerFact("item", "i1", "a" * 64, "eng-anna")
    entry = domain.LedgerEntry(
        id=1,
        created_at=dt.datetime(2026, 3, 1, 9, 30, 5),
        kind="report",
        engagement_id="eng-anna",
        recipient_id="marco",
        role="sponsor",
        period_from=dt.date(2026, 1, 1),
        period_to=dt.date(2026, 3, 1),
        report_date=dt.date(2026, 3, 1),
        language=domain.Language.IT,
        agreement_version=1,
        facts=(fact,),
        file_sha256="b" * 64,
        content_sha256="c" * 64,
        password_protected=False,
    )
    doc = json.loads(json.dumps(to_document(read_document(SPEC_EXAMPLE), [entry])))
    full_validator().validate(doc)
    # Every field an entry has is described (entries are not closed to other fields).
    described = schema()["$defs"]["ledgerEntry"]["properties"]
    assert set(doc["ledger"][0]) <= set(described)
    from coachdesk.interchange.writer import ledger_entry_json

    partial = ledger_entry_json(entry, hashes=False)
    assert set(partial) <= set(described)
    full_validator().validate(json.loads(json.dumps(doc | {"ledger": [partial]})))


# -- each kind of schema error, in the reader's words, at its JSON path --------------------

BAD = [
    # type, of an object, a list, text, a whole number, a number
    ("coach", [], "coach: expected an object, found a list"),
    ("engagements.0.actions", "a1", "engagements[0].actions: expected a list, found text"),
    ("coach.name", 5, "coach.name: expected text, found a number"),
    ("engagements.0.retention_months", "24", "engagements[0].retention_months: expected a whole "
     "number, found text"),
    ("engagements.0.goals.0.kpis.0.target", True, "engagements[0].goals[0].kpis[0].target: "
     "expected a number, found true or false"),
    ("engagements.0.goals.0.share_with", [3], "engagements[0].goals[0].share_with[0]: expected "
     "a person id, found a number"),
    ("engagements.0.agreements.0.permits.sponsor", "goals", "engagements[0].agreements[0]."
     "permits.sponsor: expected a list of categories, found text"),
    # required, additionalProperties
    ("engagements.0.sessions.0.kind", ..., "engagements[0].sessions[0].kind: missing required "
     "field"),
    ("people.0.nickname", "Annie", "people[0].nickname: unknown field"),
    # const, enum (a wrong word, a value that is no word, a wrong key)
    ("format", 1, 'format: unknown format a number: expected "coachdesk-data/1"'),
    ("engagements.0.billing", "free", 'engagements[0].billing: unknown billing "free"'),
    ("engagements.0.sessions.0.kind", 3, "engagements[0].sessions[0].kind: expected a "
     "session kind, found a number"),
    ("engagements.0.stakeholders.0.role", "coachee", "engagements[0].stakeholders[0].role: the "
     "coachee is not a stakeholder role"),
    ("engagements.0.agreements.0.permits", {"boss": []}, 'engagements[0].agreements[0].permits.'
     'boss: unknown role "boss"'),
    # minimum, maximum
    ("engagements.0.retention_months", -1, "engagements[0].retention_months: retention -1 "
     "outside 0–1200"),
    ("engagements.0.sessions.0.duration_min", 1441, "engagements[0].sessions[0].duration_min: "
     "duration 1441 outside 0–1440"),
    ("engagements.0.agreements.0.version", 0, "engagements[0].agreements[0].version: version 0 "
     "outside 1–1000000"),
    # pattern: blank, NUL, id, dates, hashes
    ("people.0.name", "\u00a0 ", "people[0].name: must not be empty"),
    ("people.0.title", "a\x00b", "people[0].title: contains a NUL character"),
    ("engagements.0.goals.0.kpis.0.id", " ", "engagements[0].goals[0].kpis[0].id: an id must "
     "not be empty"),
    ("engagements.0.end", "31/12/2026", 'engagements[0].end: bad date "31/12/2026": expected '
     "YYYY-MM-DD"),
    ("engagements.0.end", 2026, "engagements[0].end: bad date a number: expected YYYY-MM-DD"),
    ("engagements.0.sessions.0.date", "2026-01-17 10:00", 'engagements[0].sessions[0].date: bad '
     'date "2026-01-17 10:00": expected YYYY-MM-DDTHH:MM'),
    ("engagements.0.sessions.0.items.0.sharing.marco.text_sha256", "ABC", "engagements[0]."
     "sessions[0].items[0].sharing.marco.text_sha256: expected 64 lower-case hex digits"),
    # format: date
    ("engagements.0.end", "2026-02-29", 'engagements[0].end: bad date "2026-02-29": no such day'),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "expected"), BAD, ids=[b[2][:50] for b in BAD])
def test_each_kind_of_schema_error_names_its_json_path(path, value, expected):
    doc = _mutated(path, value)
    assert not full_validator().is_valid(doc)
    assert _problems(doc) == [expected]


# What a schema cannot say, checked by the reader (the schema's description lists it).
BEYOND = [
    ("engagements.0.actions.0.owner", "zoe", 'engagements[0].actions[0].owner: unknown person '
     '"zoe"'),
    ("engagements.0.sessions.0.date", "2026-02-30T10:00", 'engagements[0].sessions[0].date: '
     'bad date "2026-02-30T10:00": no such day or time'),
    ("engagements.0.goals.0.kpis.0.measurements.0.value", float("inf"), "engagements[0].goals"
     "[0].kpis[0].measurements[0].value: expected a finite number"),
    ("engagements.0.goals.0.kpis.0.baseline", 10**400, "engagements[0].goals[0].kpis[0]."
     "baseline: expected a finite number"),
    ("engagements.0.agreements", [{"version": 1, "agreed_on": "2026-01-01"}] * 2,
     "engagements[0].agreements[1].version: duplicate agreement version 1"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "expected"), BEYOND, ids=[b[2][:50] for b in BEYOND])
def test_what_a_schema_cannot_say_is_refused_by_path(path, value, expected):
    assert _problems(_mutated(path, value)) == [expected]


# The schema's conditional rules, which the reader checks in its own words.
STATE = "engagements.0.sessions.0.items.0.sharing.marco"
CONDITIONAL = [
    (STATE, {"state": "exception"}, "justification: an exception needs a written justification"),
    (STATE, {"state": "exception", "justification": " "}, "must not be empty"),
    (STATE, {"state": "agreed", "justification": "x"}, "only an exception has a justification"),
    (STATE, {"state": "proposed", "text_sha256": "a" * 64}, "only an agreed or exception state"),
    ("engagements.0.sessions.0.items.0.kind", "reflection", "the coach's own and cannot be shared"),
]


@pytest.mark.parametrize(("path", "value", "expected"), CONDITIONAL)
def test_the_schema_s_conditional_rules_are_refused_by_import_too(path, value, expected):
    doc = _mutated(path, value)
    assert not full_validator().is_valid(doc)
    problems = _problems(doc)
    assert problems and all(expected in p for p in problems), problems


def test_import_never_accepts_what_the_published_schema_refuses():
    """Every refusal of the whole schema (another tool's verdict) is a refusal of import."""
    for path, value, _ in BAD + CONDITIONAL:
        doc = _mutated(path, value)
        assert not full_validator().is_valid(doc)
        with pytest.raises(InvalidInput):
            read_document(doc)
    assert full_validator().is_valid(SPEC_EXAMPLE)
    read_document(SPEC_EXAMPLE)


def test_the_ledger_s_entries_are_not_checked_on_import():
    """Export adds the ledger, read-only (§6): import does not read its entries."""
    doc = _mutated("ledger", [1, {"anything": None}])
    assert not full_validator().is_valid(doc)
    read_document(doc)
    assert _problems(_mutated("ledger", {})) == ["ledger: expected a list, found an object"]


def test_problems_are_listed_in_the_order_of_the_document():
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["engagements"][0]["sessions"][0]["status"] = "done"
    doc["engagements"][0]["language"] = "fr"
    doc["people"][0]["email"] = 1
    doc["people"][1]["organisation"] = "globex"  # found by the reader, after the schema
    doc["coach"]["credentials"] = None
    assert [p.split(":")[0] for p in _problems(doc)] == [
        "coach.credentials",
        "people[0].email",
        "people[1].organisation",
        "engagements[0].language",
        "engagements[0].sessions[0].status",
    ]


def test_a_value_the_schema_let_through_but_the_reader_cannot_read_is_refused(monkeypatch):
    """Never import less than the file says: if the schema and the reader ever disagree on
    a shape, the document is refused rather than read without that part."""
    monkeypatch.setattr(reader, "schema_problems", lambda doc: iter(()))
    doc = _mutated("engagements.0.sessions", {"s1": {}})
    assert _problems(doc) == ["engagements[0].sessions: cannot be read"]


def test_a_value_the_schema_refuses_is_not_judged_again_by_the_reader():
    # Not text, so no justification either: the schema's line is the one that says why.
    doc = _mutated(STATE, {"state": "exception", "justification": 5})
    assert _problems(doc) == [
        "engagements[0].sessions[0].items[0].sharing.marco.justification: expected text, "
        "found a number"
    ]


def test_one_problem_per_value_even_when_it_breaks_several_keywords():
    # "17/01/2026" is neither YYYY-MM-DD (pattern) nor a date (format): one line.
    problems = list(schema_problems(_mutated("engagements.0.start", "17/01/2026")))
    assert problems == [(("engagements", 0, "start"), 'bad date "17/01/2026": expected YYYY-MM-DD')]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), ""),
        (("format",), "format"),
        (("engagements", 0, "sessions", 12), "engagements[0].sessions[12]"),
        (("sharing", "Zoë B"), 'sharing["Zoë B"]'),
        (("sharing", "zoe-b_2"), "sharing.zoe-b_2"),
    ],
)
def test_a_json_path_is_written_as_the_messages_write_it(path, text):
    assert path_text(path) == text


def test_messages_of_the_schema_never_quote_note_text():
    secret = "Confided that she is looking for another job"
    doc = _mutated("engagements.0.sessions.0.items.0.text", secret + "\x00")
    doc["engagements"][0]["sessions"][0]["items"][0]["id"] = [secret]
    problems = _problems(doc)
    assert len(problems) == 2 and not any(secret[:10] in p for p in problems), problems
