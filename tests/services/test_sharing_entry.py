"""What the coach sets through the sharing service, on top of the rule in policy: what was
typed is trimmed, a consent or exception recorded without a date is dated today, a proposal
stays undated, and the rule's refusals reach the window in the services' words."""

from __future__ import annotations

import datetime as dt

import pytest
from test_sharing import _set, _state, db  # noqa: F401  (db is a fixture)

from coachdesk.domain import SharingStateKind
from coachdesk.errors import InvalidInput


def test_how_and_the_justification_are_trimmed(db):  # noqa: F811
    _set(db, "i", "marco", SharingStateKind.EXCEPTION, how="  by phone \n", justification=" harm ")
    state = _state(db, "i", "marco").state_for("marco")
    assert (state.how, state.justification) == ("by phone", "harm")


@pytest.mark.parametrize("state", [SharingStateKind.AGREED, SharingStateKind.EXCEPTION])
def test_a_consent_or_exception_without_a_date_is_dated_today(db, state):  # noqa: F811
    _set(db, "i", "marco", state, justification="harm")
    assert _state(db, "i", "marco").state_for("marco").on == dt.date.today()


def test_a_given_date_is_kept_and_a_proposal_stays_undated(db):  # noqa: F811
    _set(db, "i", "marco", SharingStateKind.AGREED, on=dt.date(2026, 1, 9))
    assert _state(db, "i", "marco").state_for("marco").on == dt.date(2026, 1, 9)
    _set(db, "i", "marco", SharingStateKind.PROPOSED)
    assert _state(db, "i", "marco").state_for("marco").on is None


REFUSALS = [
    ("r", SharingStateKind.AGREED, "a reflection is the coach's own thinking and is never shared"),
    ("i", SharingStateKind.EXCEPTION, "disclosure without consent needs a written justification"),
]


@pytest.mark.parametrize(("item", "state", "message"), REFUSALS)
def test_the_rule_s_refusals_are_the_messages_the_window_translates(db, item, state, message):  # noqa: F811
    from coachdesk.gui.messages import SERVICE_MESSAGES

    with pytest.raises(InvalidInput) as info:
        _set(db, item, "marco", state, justification=" ")
    assert str(info.value) == message and message in SERVICE_MESSAGES
