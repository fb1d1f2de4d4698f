"""The demo practice: everything a coach should be able to explore, stored and read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk import resources
from coachdesk.domain import (
    CoachProfile,
    ItemKind,
    Language,
    Person,
    SessionKind,
    SessionStatus,
    SharingStateKind,
)
from coachdesk.errors import InvalidInput
from coachdesk.interchange import FORMAT, parse_json, read_document
from coachdesk.services.demo import (
    ANCHOR,
    DATE_KEYS,
    DOCUMENTS,
    build_demo,
    install_demo,
    shift_dates,
)
from coachdesk.storage import engagement_repo, ledger_repo, people_repo, practice_repo

TODAY = dt.date(2026, 11, 24)


def _canonical(practice):
    return dataclasses.replace(
        practice,
        organisations=tuple(sorted(practice.organisations, key=lambda o: o.id)),
        people=tuple(sorted(practice.people, key=lambda p: p.id)),
        engagements=tuple(
            dataclasses.replace(
                e, sessions=tuple(sorted(e.sessions, key=lambda s: (s.start, s.id)))
            )
            for e in sorted(practice.engagements, key=lambda e: e.id)
        ),
    )


def test_demo_reads_back_exactly_as_written(vault):
    written = install_demo(vault, TODAY)
    assert _canonical(practice_repo.load_practice(vault.db)) == _canonical(written)


def test_demo_covers_every_kind_and_state():
    practice = build_demo(TODAY)
    sessions = [s for e in practice.engagements for s in e.sessions]
    items = [(e, i) for e in practice.engagements for s in e.sessions for i in s.items]
    assert {s.kind for s in sessions} == set(SessionKind)
    assert {s.status for s in sessions} == set(SessionStatus)
    assert {i.kind for _, i in items} == set(ItemKind)
    states = {i.effective_state(p) for e, i in items for p in e.recipients}
    assert states == set(SharingStateKind)
    assert any(i.consent_void(p) for e, i in items for p in e.recipients)
    assert {e.language.value for e in practice.engagements} == {"en", "it"}
    names = {p.name for p in practice.people}
    assert {"Łukasz Wiśniewski", "Ελένη Παπαδοπούλου", "Ştefan Popescu", "Zoë O'Brien"} <= names


def test_demo_goes_only_into_an_empty_vault(vault):
    install_demo(vault, TODAY)
    with pytest.raises(InvalidInput):
        install_demo(vault, TODAY)


def test_demo_command_creates_a_vault_and_prints_its_recovery_code(run_cli, tmp_path, vault_info):
    r = run_cli(
        "demo", "--vault", tmp_path / "demo", "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 0, r.err
    assert "Recovery code" in r.out
    r = run_cli(
        "demo", "--vault", tmp_path / "demo", "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 6


# -- the documents in resources/demo/ --------------------------------------------------


def _raw(name):
    return parse_json(resources.path("demo", name).read_bytes())


@pytest.mark.parametrize(
    ("name", "language", "organisations", "people", "engagements", "coach"),
    [
        ("demo-it.json", Language.IT, 1, 3, 1, "Laura Bianchi"),
        ("demo-en.json", Language.EN, 2, 7, 5, ""),
    ],
)
def test_each_demo_document_is_a_valid_document_of_one_language(
    name, language, organisations, people, engagements, coach
):
    doc = _raw(name)
    assert doc["format"] == FORMAT
    practice = read_document(doc)  # the importer's own check, with nothing in the vault
    assert (len(practice.organisations), len(practice.people), len(practice.engagements)) == (
        organisations,
        people,
        engagements,
    )
    assert {e.language for e in practice.engagements} == {language}
    assert practice.coach.name == coach


SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "coachdesk-data-1.schema.json"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_demo_document_validates_against_the_published_schema(name):
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(_raw(name))


_DATE_SHAPED = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?")


def _strings(value, key=None):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str):
        yield key, value


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_date_of_the_demo_documents_is_one_the_shift_moves(name):
    # A date under a field DATE_KEYS does not name would stay at the anchor day for ever.
    pairs = list(_strings(_raw(name)))
    dated = {(k, v) for k, v in pairs if _DATE_SHAPED.fullmatch(v)}
    assert dated and {k for k, _ in dated} <= DATE_KEYS
    assert all(_DATE_SHAPED.fullmatch(v) for k, v in pairs if k in DATE_KEYS)


# -- moving the dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "days", "after"),
    [
        ("2026-01-31", 1, "2026-02-01"),  # month end
        ("2026-12-31", 1, "2027-01-01"),  # year end
        ("2027-01-01", -1, "2026-12-31"),  # back across a year end
        ("2024-02-28", 1, "2024-02-29"),  # into a leap day
        ("2024-02-29", 1, "2024-03-01"),  # out of it
        ("2023-02-28", 1, "2023-03-01"),  # no leap day that year
        ("2100-02-28", 1, "2100-03-01"),  # nor in a century not divisible by 400
        ("2000-02-28", 1, "2000-02-29"),  # but in one that is
        ("2024-03-01", -366, "2023-03-01"),  # a year back across a leap day
        ("2026-11-24T14:00", 38, "2027-01-01T14:00"),  # a moment keeps its time of day
        ("2024-02-29T09:30", -1, "2024-02-28T09:30"),
        ("2026-11-24", 0, "2026-11-24"),
    ],
)
def test_shift_dates_moves_a_date_by_whole_days(before, days, after):
    assert shift_dates({"date": before}, days) == {"date": after}


def test_shift_dates_moves_every_date_field_at_any_depth_and_nothing_else():
    doc = {
        "format": FORMAT,
        "engagements": [
            {
                "title": "2026-11-24",  # a text that looks like a date is not a date
                "start": "2026-11-24",
                "end": None,
                "agreements": [{"version": 1, "agreed_on": "2026-11-24", "text": "x"}],
                "goals": [{"ratings": [{"date": "2026-11-24", "value": 5}]}],
                "actions": [{"id": "a1", "due": "2026-11-24"}],
                "sessions": [
                    {
                        "date": "2026-11-24T10:00",
                        "items": [{"sharing": {"anna": {"state": "agreed", "on": "2026-11-24"}}}],
                    }
                ],
            }
        ],
    }
    moved = shift_dates(doc, 7)
    e = moved["engagements"][0]
    assert (e["title"], e["start"], e["end"]) == ("2026-11-24", "2026-12-01", None)
    assert e["agreements"][0] == {"version": 1, "agreed_on": "2026-12-01", "text": "x"}
    assert e["goals"][0]["ratings"] == [{"date": "2026-12-01", "value": 5}]
    assert e["actions"][0]["due"] == "2026-12-01"
    assert e["sessions"][0]["date"] == "2026-12-01T10:00"
    assert e["sessions"][0]["items"][0]["sharing"]["anna"]["on"] == "2026-12-01"
    assert doc["engagements"][0]["start"] == "2026-11-24"  # the input is left as it was


def test_shift_dates_there_and_back_is_the_same_document():
    doc = _raw("demo-en.json")
    assert shift_dates(shift_dates(doc, 1000), -1000) == doc


def _dates(practice):
    """Every day and moment of a practice, with where it is."""
    out = []
    for e in practice.engagements:
        out += [(e.id, "start", e.start), (e.id, "end", e.end)]
        out += [(e.id, f"agreement {a.version}", a.agreed_on) for a in e.agreements]
        for g in e.goals:
            out += [(g.id, "start", g.start), (g.id, "end", g.end)]
            out += [(g.id, "rating", r.date) for r in g.ratings]
            out += [(k.id, "m", m.date) for k in g.kpis for m in k.measurements]
        out += [(a.id, "due", a.due) for a in e.actions]
        for s in e.sessions:
            out.append((s.id, "date", s.start))
            for i in s.items:
                out += [(i.id, p, st.on) for p, st in sorted(i.sharing.items())]
    return out


@given(st.dates(dt.date(1990, 1, 1), dt.date(2200, 12, 31)))
def test_the_demo_dated_for_any_day_is_the_anchor_demo_moved_by_the_same_days(today):
    at_anchor, moved = build_demo(ANCHOR), build_demo(today)
    delta = today - ANCHOR
    want = [(w, f, None if d is None else d + delta) for w, f, d in _dates(at_anchor)]
    assert _dates(moved) == want


@pytest.mark.parametrize(
    "today",
    [dt.date(2024, 2, 29), dt.date(2024, 3, 1), dt.date(2026, 12, 31), dt.date(2027, 1, 1)],
)
def test_the_demo_always_looks_current(today):
    practice = build_demo(today)
    sessions = [s for e in practice.engagements for s in e.sessions]
    held = max(s.start for s in sessions if s.status is SessionStatus.HELD)
    planned = [s.start for s in sessions if s.status is SessionStatus.PLANNED]
    assert held == dt.datetime.combine(today - dt.timedelta(days=7), dt.time(10))
    assert planned == [dt.datetime.combine(today + dt.timedelta(days=14), dt.time(10))]
    anna = next(e for e in practice.engagements if e.id == "eng-anna")
    assert anna.start == today - dt.timedelta(days=150)
    assert anna.end == anna.start + dt.timedelta(days=365)


# -- installing ------------------------------------------------------------------------


def test_the_demo_installs_both_documents_with_everything_they_hold(vault):
    install_demo(vault, TODAY)
    practice = practice_repo.load_practice(vault.db)
    engagements = practice.engagements
    sessions = [s for e in engagements for s in e.sessions]
    items = [(e, i) for e in engagements for s in e.sessions for i in s.items]
    goals = [g for e in engagements for g in e.goals]
    counts = {
        "organisations": len(practice.organisations),
        "people": len(practice.people),
        "engagements": len(engagements),
        "agreements": sum(len(e.agreements) for e in engagements),
        "goals": len(goals),
        "kpis": sum(len(g.kpis) for g in goals),
        "measurements": sum(len(k.measurements) for g in goals for k in g.kpis),
        "ratings": sum(len(g.ratings) for g in goals),
        "actions": sum(len(e.actions) for e in engagements),
        "sessions": len(sessions),
        "items": len(items),
        "agreed": sum(
            st.state is SharingStateKind.AGREED for _, i in items for st in i.sharing.values()
        ),
        "proposed": sum(
            st.state is SharingStateKind.PROPOSED for _, i in items for st in i.sharing.values()
        ),
        "exceptions": sum(
            st.state is SharingStateKind.EXCEPTION for _, i in items for st in i.sharing.values()
        ),
        "void consents": sum(i.consent_void(p) for e, i in items for p in e.recipients),
    }
    assert counts == {
        "organisations": 3,
        "people": 10,
        "engagements": 6,
        "agreements": 7,
        "goals": 7,
        "kpis": 17,
        "measurements": 68,
        "ratings": 26,
        "actions": 8,
        "sessions": 27,
        "items": 49,
        "agreed": 66,
        "proposed": 4,
        "exceptions": 1,
        "void consents": 1,
    }
    assert {e.language for e in engagements} == {Language.IT, Language.EN}
    assert practice.coach == CoachProfile(
        "Laura Bianchi", "PCC, ICF", "Bianchi Coaching · Via Solferino 12, 20121 Milano"
    )
    assert ledger_repo.entries(vault.db) == []


def test_the_demo_puts_its_coach_in_place_of_a_profile_already_set(vault):
    # As it always has: the demo's reports carry the demo coach's letterhead.
    with vault.db.transaction():
        people_repo.set_coach(vault.db, CoachProfile("Someone Else", "MCC"))
    install_demo(vault, TODAY)
    assert people_repo.coach(vault.db).name == "Laura Bianchi"


def test_the_demo_refuses_a_vault_with_anyone_in_it_and_writes_nothing(vault):
    with vault.db.transaction():
        people_repo.insert_person(vault.db, Person("someone", "Someone"))
    with pytest.raises(InvalidInput, match="empty vault"):
        install_demo(vault, TODAY)
    assert [p.id for p in people_repo.people(vault.db)] == ["someone"]
    assert engagement_repo.engagement_ids(vault.db) == []
