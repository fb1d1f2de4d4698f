"""Domain rules that live on the model itself."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain import (
    Agreement,
    Category,
    Engagement,
    ItemKind,
    NoteItem,
    Role,
    SharingState,
    SharingStateKind,
    Stakeholder,
    add_months,
    text_sha256,
)

D = dt.date


def _engagement(*agreements: Agreement) -> Engagement:
    return Engagement(
        id="e",
        coachee_id="anna",
        title="T",
        start=D(2026, 1, 1),
        end=D(2026, 12, 31),
        stakeholders=(Stakeholder("marco", Role.SPONSOR),),
        agreements=agreements,
    )


def test_agreement_in_force_is_the_newest_agreed_on_or_before_the_day():
    v1 = Agreement(1, D(2026, 1, 10), {Role.SPONSOR: frozenset({Category.ATTENDANCE})})
    v2 = Agreement(2, D(2026, 4, 1), {Role.SPONSOR: frozenset(Category)})
    e = _engagement(v1, v2)
    assert e.agreement_at(D(2026, 1, 9)) is None
    assert e.agreement_at(D(2026, 1, 10)) == v1
    assert e.agreement_at(D(2026, 3, 31)) == v1
    assert e.agreement_at(D(2026, 4, 1)) == v2
    assert e.current_agreement == v2


def test_recipients_are_the_coachee_then_the_stakeholders():
    e = _engagement()
    assert e.recipients == ("anna", "marco")
    assert e.role_of("anna") is Role.COACHEE
    assert e.role_of("marco") is Role.SPONSOR
    assert e.role_of("someone") is None


def test_consent_to_other_text_counts_as_proposed():
    agreed = SharingState(SharingStateKind.AGREED, text_sha256=text_sha256("old words"))
    item = NoteItem("i", ItemKind.SUMMARY, "new words", {"marco": agreed})
    assert item.effective_state("marco") is SharingStateKind.PROPOSED
    assert item.consent_void("marco")
    same = NoteItem("i", ItemKind.SUMMARY, "old words", {"marco": agreed})
    assert same.effective_state("marco") is SharingStateKind.AGREED
    assert not same.consent_void("marco")


def test_an_exception_for_other_text_is_void_and_counts_as_private():
    exc = SharingState(
        SharingStateKind.EXCEPTION, justification="risk", text_sha256=text_sha256("old words")
    )
    edited = NoteItem("i", ItemKind.CONCERN, "new words", {"marco": exc})
    assert edited.exception_void("marco")
    assert edited.effective_state("marco") is SharingStateKind.PRIVATE
    assert not edited.consent_void("marco")  # nothing for the coachee to agree to
    same = NoteItem("i", ItemKind.CONCERN, "old words", {"marco": exc})
    assert not same.exception_void("marco")
    assert same.effective_state("marco") is SharingStateKind.EXCEPTION


def test_an_exception_bound_to_no_text_is_void():
    unbound = SharingState(SharingStateKind.EXCEPTION, justification="risk")
    item = NoteItem("i", ItemKind.CONCERN, "words", {"marco": unbound})
    assert item.exception_void("marco")
    assert item.effective_state("marco") is SharingStateKind.PRIVATE


def test_only_an_exception_can_be_a_void_exception():
    agreed = SharingState(SharingStateKind.AGREED, text_sha256=text_sha256("old words"))
    item = NoteItem("i", ItemKind.SUMMARY, "new words", {"marco": agreed})
    assert not item.exception_void("marco") and not item.exception_void("nobody")


def test_missing_recipient_is_private():
    item = NoteItem("i", ItemKind.INSIGHT, "x")
    assert item.effective_state("anyone") is SharingStateKind.PRIVATE


def test_reflection_is_always_private_whatever_is_stored():
    forced = SharingState(SharingStateKind.AGREED, text_sha256=text_sha256("x"))
    item = NoteItem("r", ItemKind.REFLECTION, "x", {"marco": forced})
    assert item.effective_state("marco") is SharingStateKind.PRIVATE
    assert ItemKind.REFLECTION.category is None
    assert ItemKind.SUMMARY.category is Category.SUMMARIES
    assert {k.category for k in ItemKind if k not in (ItemKind.SUMMARY, ItemKind.REFLECTION)} == {
        Category.NOTES
    }


def test_retention_ends_months_after_the_end():
    e = _engagement()
    assert e.retention_ends() == D(2028, 12, 31)


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 1, 1)), st.integers(0, 240))
def test_add_months_lands_in_the_right_month_and_never_overshoots(day, months):
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day <= day.day
