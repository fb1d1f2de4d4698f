"""The coachee's own copy of a session summary (issue 22, docs/reports.md "The coachee's own
copy"): a new summary is shared with the coachee where the agreement permits them summaries,
an edit carries that sharing over to the new text for the coachee only, and the same edit
still voids every other recipient's consent and exception."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    ItemKind,
    Person,
    Role,
    Session,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.policy import Period, disclose
from coachdesk.services import practice
from coachdesk.services.sharing import (
    OWN_COPY_HOW,
    edit_item_text,
    follow_edit,
    initial_sharing,
    set_sharing_state,
)
from coachdesk.storage import engagement_repo, people_repo, session_repo

TODAY = dt.date.today()
EVERYONE = ("anna", "marco", "luca")  # the coachee, a sponsor, HR


def _engagement(eid: str, coachee_permits: frozenset[Category]) -> Engagement:
    return Engagement(
        id=eid,
        coachee_id="anna",
        title="Coaching",
        start=dt.date(2026, 1, 1),
        stakeholders=(Stakeholder("marco", Role.SPONSOR), Stakeholder("luca", Role.HR)),
        agreements=(
            Agreement(
                1,
                dt.date(2026, 1, 1),
                {
                    Role.COACHEE: coachee_permits,
                    Role.SPONSOR: frozenset({Category.SUMMARIES, Category.NOTES}),
                    Role.HR: frozenset({Category.SUMMARIES}),
                },
            ),
        ),
        sessions=(Session(f"{eid}-s", dt.datetime(2026, 1, 5, 10)),),
    )


@pytest.fixture
def db(vault):
    db = vault.db
    with db.transaction():
        for pid in EVERYONE:
            people_repo.insert_person(db, Person(pid, pid.title()))
        engagement_repo.insert_engagement(db, _engagement("e", frozenset(Category)))
        engagement_repo.insert_engagement(
            db, _engagement("blocked", frozenset(Category) - {Category.SUMMARIES})
        )
    return db


def _item(db, item_id):
    item, _ = session_repo.item_context(db, item_id)
    return item


def _agree(db, item_id, person):
    return set_sharing_state(
        db,
        item_id,
        person,
        SharingStateKind.AGREED,
        shown_sha256=text_sha256(_item(db, item_id).text),
        how="in session",
    )


def test_a_new_summary_is_shared_with_the_coachee_and_nobody_else(db):
    item = practice.add_item(db, "e-s", ItemKind.SUMMARY)
    stored = _item(db, item.id)
    assert stored.sharing == item.sharing  # what the app shows is what the vault holds
    own = stored.state_for("anna")
    assert own == SharingState(SharingStateKind.AGREED, TODAY, OWN_COPY_HOW, "", text_sha256(""))
    assert stored.effective_state("anna") is SharingStateKind.AGREED
    for other in ("marco", "luca"):
        assert stored.effective_state(other) is SharingStateKind.PRIVATE


def test_not_where_the_agreement_does_not_permit_the_coachee_summaries(db):
    item = practice.add_item(db, "blocked-s", ItemKind.SUMMARY, "text")
    assert _item(db, item.id).sharing == {}


@pytest.mark.parametrize("kind", [k for k in ItemKind if k is not ItemKind.SUMMARY])
def test_other_kinds_start_private_to_everyone(db, kind):
    item = practice.add_item(db, "e-s", kind, "words")
    assert _item(db, item.id).sharing == {}


def test_an_edit_carries_the_own_copy_over_and_voids_everyone_else(db):
    item = practice.add_item(db, "e-s", ItemKind.SUMMARY, "first words")
    _agree(db, item.id, "marco")
    set_sharing_state(
        db,
        item.id,
        "luca",
        SharingStateKind.EXCEPTION,
        shown_sha256=text_sha256("first words"),
        justification="a legal duty",
    )
    voided = edit_item_text(db, item.id, "second words")
    assert voided == ["luca", "marco"]
    after = _item(db, item.id)
    own = after.state_for("anna")
    assert own.text_sha256 == text_sha256("second words")
    assert (own.state, own.on, own.how) == (SharingStateKind.AGREED, TODAY, OWN_COPY_HOW)
    assert after.effective_state("anna") is SharingStateKind.AGREED
    assert after.consent_void("marco") and after.exception_void("luca")
    # Their rows keep the old hash: putting the old text back makes them hold again, and the
    # own copy follows back too.
    edit_item_text(db, item.id, "first words")
    back = _item(db, item.id)
    assert {p: back.effective_state(p) for p in EVERYONE} == {
        "anna": SharingStateKind.AGREED,
        "marco": SharingStateKind.AGREED,
        "luca": SharingStateKind.EXCEPTION,
    }


def test_an_own_copy_the_coach_made_private_stays_private_after_an_edit(db):
    item = practice.add_item(db, "e-s", ItemKind.SUMMARY, "first words")
    set_sharing_state(db, item.id, "anna", SharingStateKind.PRIVATE)
    assert edit_item_text(db, item.id, "second words") == []
    assert _item(db, item.id).effective_state("anna") is SharingStateKind.PRIVATE


def test_follow_edit_carries_only_a_valid_agreement():
    old, new = text_sha256("old"), "new"
    agreed = SharingState(SharingStateKind.AGREED, dt.date(2026, 2, 1), "how", "", old)
    carried = follow_edit(agreed, old, new, TODAY)
    assert carried == SharingState(SharingStateKind.AGREED, TODAY, "how", "", text_sha256(new))
    void = SharingState(SharingStateKind.AGREED, dt.date(2026, 2, 1), "", "", text_sha256("x"))
    assert follow_edit(void, old, new, TODAY) == void
    exception = SharingState(SharingStateKind.EXCEPTION, dt.date(2026, 2, 1), "", "why", old)
    assert follow_edit(exception, old, new, TODAY) == exception
    proposed = SharingState(SharingStateKind.PROPOSED)
    assert follow_edit(proposed, old, new, TODAY) == proposed


def test_initial_sharing_follows_the_agreement_in_force_today():
    e = _engagement("e", frozenset({Category.SUMMARIES}))
    assert initial_sharing(e, ItemKind.SUMMARY, "t", TODAY)["anna"].text_sha256 == text_sha256("t")
    # Before the first agreement, nothing is permitted: nothing is shared.
    assert initial_sharing(e, ItemKind.SUMMARY, "t", dt.date(2025, 12, 31)) == {}


TEXTS = st.sampled_from(["", "alpha", "beta", "gamma"])
OPS = st.one_of(
    st.tuples(st.just("edit"), TEXTS),
    st.tuples(
        st.just("set"),
        st.sampled_from(EVERYONE),
        st.sampled_from(list(SharingStateKind)),
    ),
)


@settings(max_examples=60)
@given(start=TEXTS, ops=st.lists(OPS, max_size=12))
def test_only_the_coachee_s_own_copy_follows_edits(db, start, ops):
    """Against a model written from the rule's words: a consent or exception binds to the
    text of its moment; an edit carries over the coachee's valid agreement to a summary and
    nothing else; the disclosure rule then includes the summary exactly for the recipients
    whose state holds for the text as it stands."""
    item = practice.add_item(db, "e-s", ItemKind.SUMMARY, start)
    text = start
    # person -> (state, the text it is bound to, or None)
    model: dict[str, tuple[SharingStateKind, str | None]] = {
        p: (SharingStateKind.PRIVATE, None) for p in EVERYONE
    }
    model["anna"] = (SharingStateKind.AGREED, start)
    for op in ops:
        if op[0] == "edit":
            new = op[1]
            voided = edit_item_text(db, item.id, new)
            binding = (SharingStateKind.AGREED, SharingStateKind.EXCEPTION)
            was_valid = {p for p, (s, b) in model.items() if s in binding and b == text}
            carried = model["anna"] == (SharingStateKind.AGREED, text)  # an exception: never
            if carried:
                model["anna"] = (SharingStateKind.AGREED, new)
            expected = [] if new == text else sorted(was_valid - ({"anna"} if carried else set()))
            assert voided == expected
            text = new
        else:
            _, person, state = op
            set_sharing_state(
                db,
                item.id,
                person,
                state,
                shown_sha256=text_sha256(text),
                justification="a legal duty",
            )
            bound = text if state in (SharingStateKind.AGREED, SharingStateKind.EXCEPTION) else None
            model[person] = (state, bound)
    stored = _item(db, item.id)
    for person, (state, bound) in model.items():
        holds = bound is None or bound == text
        if state is SharingStateKind.AGREED:
            expected = SharingStateKind.AGREED if holds else SharingStateKind.PROPOSED
        elif state is SharingStateKind.EXCEPTION:
            expected = SharingStateKind.EXCEPTION if holds else SharingStateKind.PRIVATE
        else:
            expected = state
        assert stored.effective_state(person) is expected, (person, model)
    engagement = engagement_repo.load_engagement(db, "e")
    names = {p: p.title() for p in EVERYONE}
    for person in EVERYONE:
        ds = disclose(
            engagement,
            person,
            Period(dt.date(2026, 1, 1), TODAY),
            TODAY,
            coach=CoachProfile("C"),
            names=names,
        ).included
        state, bound = model[person]
        reported = {i.id for i in ds.summaries or ()} | {x.id for x in ds.exceptions}
        binding = state in (SharingStateKind.AGREED, SharingStateKind.EXCEPTION)
        assert (item.id in reported) is (binding and bound == text), (person, model)
