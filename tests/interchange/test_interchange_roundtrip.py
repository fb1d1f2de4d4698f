"""Export followed by import into an empty vault reproduces the same data (spec §6).

Generated practices go through the real path: domain → JSON text → validation → SQLCipher
vault → domain → JSON. Text fields carry apostrophes, quotes, right-to-left script, emoji
and any other Unicode a coach might paste.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from coachdesk.domain import (
    STAKEHOLDER_ROLES,
    Action,
    ActionStatus,
    Agreement,
    Better,
    Billing,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    GoalStatus,
    Grow,
    ItemKind,
    Kpi,
    Language,
    Measurement,
    NoteItem,
    Organisation,
    Person,
    Practice,
    Rating,
    Role,
    Session,
    SessionFormat,
    SessionKind,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.interchange import read_document, to_document
from coachdesk.interchange.schema import schema
from coachdesk.services import interchange
from coachdesk.storage import practice_repo

SPECIALS = [
    "'",
    '"',
    "l'agenda",
    "«citazione»",
    "שלום",
    "مرحبا",
    "👩🏽‍💼",
    "🙂",
    "\u202e",
    "\n",
    "\t",
]

# Any Unicode but lone surrogates and NUL, mixed with the characters that break naive code.
any_text = st.lists(
    st.one_of(
        st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=12),
        st.sampled_from(SPECIALS),
    ),
    max_size=4,
).map("".join)
some_text = any_text.filter(lambda s: s.strip() != "")
days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31))
moments = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2060, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
numbers = st.one_of(
    st.integers(-10_000, 10_000), st.floats(allow_nan=False, allow_infinity=False, width=64)
)


class Ids:
    """Unique ids across a practice, with Unicode in them."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.n = 0

    def __call__(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}" + self.draw(st.sampled_from(["", "-è", "·ß", "'x", " ø"]))


@st.composite
def sharing_states(draw: st.DrawFn, kind: ItemKind, text: str) -> SharingState:
    state = draw(st.sampled_from(list(SharingStateKind)))
    if kind is ItemKind.REFLECTION:
        state = SharingStateKind.PRIVATE
    on = draw(st.none() | days)
    if state is SharingStateKind.AGREED:
        bound = draw(st.sampled_from([text, text + " (edited later)"]))
        return SharingState(state, on, draw(any_text), "", text_sha256(bound))
    if state is SharingStateKind.EXCEPTION:
        # Bound to the text like a consent (spec §3); sometimes voided by a later edit.
        bound = draw(st.sampled_from([text, text + " (edited later)"]))
        return SharingState(state, on, draw(any_text), draw(some_text), text_sha256(bound))
    if state is SharingStateKind.PROPOSED:
        return SharingState(state, on, draw(any_text))
    return SharingState()


@st.composite
def logos(draw: st.DrawFn) -> bytes:
    """A small real PNG or JPEG, as a coach's logo file would hold it."""
    from PIL import Image

    size = (draw(st.integers(1, 40)), draw(st.integers(1, 40)))
    colour = tuple(draw(st.integers(0, 255)) for _ in range(3))
    mode, fmt = draw(
        st.sampled_from([("RGB", "PNG"), ("RGBA", "PNG"), ("L", "PNG"), ("RGB", "JPEG")])
    )
    buffer = io.BytesIO()
    fill = {"RGB": colour, "RGBA": (*colour, 128), "L": colour[0]}[mode]
    Image.new(mode, size, fill).save(buffer, fmt)
    return buffer.getvalue()


@st.composite
def practices(draw: st.DrawFn) -> Practice:
    ids = Ids(draw)
    orgs = tuple(Organisation(ids("org"), draw(some_text)) for _ in range(draw(st.integers(0, 2))))
    org_ids = [o.id for o in orgs]
    people = tuple(
        Person(
            ids("p"),
            draw(some_text),
            draw(st.none() | st.sampled_from(org_ids)) if org_ids else None,
            draw(any_text),
            draw(any_text),
        )
        for _ in range(draw(st.integers(1, 5)))
    )
    person_ids = [p.id for p in people]
    engagements = []
    for _ in range(draw(st.integers(0, 3))):
        coachee = draw(st.sampled_from(person_ids))
        others = [p for p in person_ids if p != coachee]
        chosen = draw(st.lists(st.sampled_from(others), unique=True, max_size=3)) if others else []
        stakeholders = tuple(
            Stakeholder(p, draw(st.sampled_from(STAKEHOLDER_ROLES))) for p in chosen
        )
        recipients = [coachee, *chosen]
        start = draw(days)
        agreements = tuple(
            Agreement(
                version=v,
                agreed_on=draw(days),
                permits={
                    r: frozenset(draw(st.sets(st.sampled_from(list(Category)))))
                    for r in draw(st.sets(st.sampled_from(list(Role))))
                },
                cadence=draw(any_text),
                exceptions=draw(any_text),
                text=draw(any_text),
            )
            for v in range(1, draw(st.integers(0, 3)) + 1)
        )
        goals = []
        for _ in range(draw(st.integers(0, 2))):
            g_start = draw(st.none() | days)
            goals.append(
                Goal(
                    id=ids("g"),
                    title=draw(some_text),
                    status=draw(st.sampled_from(list(GoalStatus))),
                    share_with=frozenset(draw(st.sets(st.sampled_from(recipients)))),
                    grow=Grow(draw(any_text), draw(any_text), draw(any_text), draw(any_text)),
                    ratings=tuple(
                        Rating(draw(days), draw(st.integers(1, 10)))
                        for _ in range(draw(st.integers(0, 3)))
                    ),
                    kpis=tuple(
                        Kpi(
                            id=ids("k"),
                            name=draw(some_text),
                            unit=draw(any_text),
                            better=draw(st.sampled_from(list(Better))),
                            baseline=draw(st.none() | numbers),
                            target=draw(st.none() | numbers),
                            measurements=tuple(
                                Measurement(draw(days), draw(numbers))
                                for _ in range(draw(st.integers(0, 3)))
                            ),
                        )
                        for _ in range(draw(st.integers(0, 2)))
                    ),
                    start=g_start,
                    # A goal cannot end before its engagement starts (the reader refuses it).
                    end=None
                    if g_start is None or g_start < start
                    else draw(st.none() | st.just(g_start)),
                )
            )
        goal_ids = [g.id for g in goals]
        kpi_ids = [k.id for g in goals for k in g.kpis]
        actions = tuple(
            Action(
                id=ids("a"),
                text=draw(any_text),
                owner_id=draw(st.none() | st.sampled_from(person_ids)),
                due=draw(st.none() | days),
                status=draw(st.sampled_from(list(ActionStatus))),
                goal_id=draw(st.none() | st.sampled_from(goal_ids)) if goal_ids else None,
                share_with=frozenset(draw(st.sets(st.sampled_from(recipients)))),
                kpi_id=draw(st.none() | st.sampled_from(kpi_ids)) if kpi_ids else None,
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        sessions = []
        for _ in range(draw(st.integers(0, 3))):
            items = []
            for _ in range(draw(st.integers(0, 3))):
                kind = draw(st.sampled_from(list(ItemKind)))
                text = draw(any_text)
                sharing = {p: draw(sharing_states(kind, text)) for p in recipients}
                items.append(
                    NoteItem(
                        ids("i"),
                        kind,
                        text,
                        {
                            p: s
                            for p, s in sharing.items()
                            if s.state is not SharingStateKind.PRIVATE
                        },
                    )
                )
            sessions.append(
                Session(
                    id=ids("s"),
                    start=draw(moments),
                    kind=draw(st.sampled_from(list(SessionKind))),
                    status=draw(st.sampled_from(list(SessionStatus))),
                    duration_min=draw(st.integers(0, 600)),
                    topic=draw(any_text),
                    items=tuple(items),
                    format=draw(st.sampled_from(list(SessionFormat))),
                )
            )
        engagements.append(
            Engagement(
                id=ids("e"),
                coachee_id=coachee,
                title=draw(some_text),
                start=start,
                end=draw(st.none() | st.just(start + dt.timedelta(days=draw(st.integers(0, 900))))),
                organisation_id=draw(st.none() | st.sampled_from(org_ids)) if org_ids else None,
                language=draw(st.sampled_from(list(Language))),
                retention_months=draw(st.integers(0, 120)),
                billing=draw(st.sampled_from(list(Billing))),
                cadence_days=draw(st.none() | st.integers(1, 3650)),
                stakeholders=stakeholders,
                agreements=agreements,
                goals=tuple(goals),
                actions=actions,
                sessions=tuple(sessions),
            )
        )
    coach = CoachProfile(draw(some_text), draw(any_text), draw(any_text), draw(st.none() | logos()))
    return Practice(coach, orgs, people, tuple(engagements))


def _canonical(doc: dict[str, Any]) -> dict[str, Any]:
    """Order what the vault does not keep in file order (it lists by name or date)."""
    out = dict(doc)
    out["organisations"] = sorted(doc["organisations"], key=lambda o: o["id"])
    out["people"] = sorted(doc["people"], key=lambda p: p["id"])
    out["engagements"] = sorted(
        (
            e | {"sessions": sorted(e["sessions"], key=lambda s: (s["date"], s["id"]))}
            for e in doc["engagements"]
        ),
        key=lambda e: e["id"],
    )
    return out


class _Rollback(Exception):
    pass


# The published schema as another tool would check a file with it: all of it, formats included.
PUBLISHED = Draft202012Validator(schema(), format_checker=FormatChecker())


@settings(max_examples=200)
@given(practice=practices())
def test_every_document_the_writer_produces_is_valid_against_the_published_schema(practice):
    doc = json.loads(json.dumps(to_document(practice), ensure_ascii=False))
    PUBLISHED.validate(doc)
    assert read_document(doc) == practice


@settings(max_examples=150)
@given(practice=practices())
def test_export_then_import_reproduces_the_same_data(vault, practice):
    text = json.dumps(to_document(practice), ensure_ascii=False)
    try:
        with vault.db.transaction():
            interchange.import_bytes(vault, text.encode("utf-8"))
            exported = interchange.export_document(vault)
            stored = practice_repo.load_practice(vault.db)
            raise _Rollback
    except _Rollback:
        pass
    assert _canonical(exported) == _canonical(json.loads(text))
    PUBLISHED.validate(json.loads(text))
    PUBLISHED.validate(exported)
    # The fields added since the first release reach the vault, not only the document.
    assert {p.id: p.email for p in stored.people} == {p.id: p.email for p in practice.people}
    assert {e.id: (e.billing, e.cadence_days) for e in stored.engagements} == {
        e.id: (e.billing, e.cadence_days) for e in practice.engagements
    }
    assert {s.id: s.format for e in stored.engagements for s in e.sessions} == {
        s.id: s.format for e in practice.engagements for s in e.sessions
    }
