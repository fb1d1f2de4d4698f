"""The rule of a sharing state (spec §3), one function for the app and for import: a
reflection is never shared, an exception needs a justification, agreed and exception bind to
the hash of the text; nothing is trimmed or dated here (no clock in policy)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain import ItemKind, SharingState, SharingStateKind, text_sha256
from coachdesk.errors import InvalidInput
from coachdesk.policy.sharing_state import BINDING, Refusal, SharingRefused, make_state

DAY = dt.date(2026, 1, 17)


@pytest.mark.parametrize(
    "state", [s for s in SharingStateKind if s is not SharingStateKind.PRIVATE]
)
def test_a_reflection_is_refused_every_state_but_private(state):
    with pytest.raises(SharingRefused) as info:
        make_state(ItemKind.REFLECTION, "mine", state, justification="harm")
    assert info.value.refusal is Refusal.REFLECTION
    # The app shows it as any refusal of the services, in these words (gui/messages.py).
    assert isinstance(info.value, InvalidInput)
    assert str(info.value) == "a reflection is the coach's own thinking and is never shared"
    assert make_state(ItemKind.REFLECTION, "mine", SharingStateKind.PRIVATE) == SharingState()


@pytest.mark.parametrize("justification", ["", "   ", "\n\t"])
def test_an_exception_needs_a_justification_that_is_not_blank(justification):
    with pytest.raises(SharingRefused) as info:
        make_state(ItemKind.CONCERN, "t", SharingStateKind.EXCEPTION, justification=justification)
    assert info.value.refusal is Refusal.NO_JUSTIFICATION
    assert str(info.value) == "disclosure without consent needs a written justification"


def test_agreed_and_exception_bind_to_the_text_or_to_the_hash_given():
    agreed = make_state(ItemKind.SUMMARY, "the text", SharingStateKind.AGREED, on=DAY)
    assert agreed == SharingState(SharingStateKind.AGREED, DAY, "", "", text_sha256("the text"))
    earlier = text_sha256("the text before an edit")
    exception = make_state(
        ItemKind.CONCERN,
        "the text",
        SharingStateKind.EXCEPTION,
        justification="risk of harm",
        bound_sha256=earlier,
    )
    assert exception.text_sha256 == earlier and exception.justification == "risk of harm"


def test_proposed_binds_to_nothing_and_keeps_no_justification():
    proposed = make_state(
        ItemKind.INSIGHT, "t", SharingStateKind.PROPOSED, how="asked", bound_sha256="a" * 64
    )
    assert proposed == SharingState(SharingStateKind.PROPOSED, None, "asked", "", None)


def test_private_is_the_absence_of_a_state():
    assert make_state(ItemKind.SUMMARY, "t", SharingStateKind.PRIVATE, on=DAY, how="x") == (
        SharingState()
    )


@given(
    kind=st.sampled_from(list(ItemKind)),
    state=st.sampled_from(list(SharingStateKind)),
    text=st.text(),
    how=st.text(),
    justification=st.text(),
    on=st.none() | st.dates(),
)
def test_what_is_given_is_kept_as_given(kind, state, text, how, justification, on):
    """Policy neither trims nor dates: import keeps a document's text exactly, and the
    services trim what the coach typed and date it today before they call it."""
    try:
        made = make_state(kind, text, state, on=on, how=how, justification=justification)
    except SharingRefused as refused:
        expected = (
            Refusal.REFLECTION
            if kind is ItemKind.REFLECTION and state is not SharingStateKind.PRIVATE
            else Refusal.NO_JUSTIFICATION
        )
        assert refused.refusal is expected
        assert state is not SharingStateKind.PRIVATE
        return
    if state is SharingStateKind.PRIVATE:
        assert made == SharingState()
        return
    assert (made.state, made.on, made.how) == (state, on, how)
    assert made.justification == (justification if state is SharingStateKind.EXCEPTION else "")
    assert made.text_sha256 == (text_sha256(text) if state in BINDING else None)
