"""storage.dates: days and moments as the vault stores them (ISO text), both ways."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from coachdesk.storage import dates


@given(st.dates())
def test_a_day_round_trips_as_iso_text(day):
    text = dates.d2s(day)
    assert text == day.isoformat()
    assert dates.s2d(text) == day == dates.s2d_req(text)


def test_a_missing_day_stays_missing():
    assert dates.d2s(None) is None and dates.s2d(None) is None


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1)))
def test_a_moment_is_kept_to_the_minute(moment):
    text = dates.t2s(moment)
    assert len(text) == 16  # YYYY-MM-DDTHH:MM
    assert dates.s2t(text) == moment.replace(second=0, microsecond=0)
