# Tests of gui/widgets/dates.py (named apart from tests/storage/test_dates.py: pytest needs unique
# test module names in a tree without packages).
"""Dates between Python and Qt, and the date field every form uses (gui/widgets/dates.py)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from coachdesk.gui import labels
from coachdesk.gui.widgets.dates import date_edit, pydate, qdate


@given(st.dates(min_value=dt.date(1753, 1, 1), max_value=dt.date(7999, 12, 31)))
def test_a_day_goes_to_qt_and_back_unchanged(day):
    assert qdate(day).toPython() == day


def test_the_date_field_shows_the_day_in_the_window_s_format_with_a_calendar(qtbot):
    edit = date_edit(dt.date(2026, 8, 17), "Start")
    qtbot.addWidget(edit)
    assert pydate(edit) == dt.date(2026, 8, 17)
    assert edit.calendarPopup()
    assert edit.displayFormat() == labels.date_format()
    assert edit.accessibleName() == "Start"
