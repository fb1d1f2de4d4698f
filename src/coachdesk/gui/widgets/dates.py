"""Dates between Python and Qt, and the one way a form asks for a day: a calendar pop-up in
the window's date format (dd/MM/yyyy in Italian)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from coachdesk.gui import labels


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(edit: QDateEdit) -> dt.date:
    """The day ``edit`` shows."""
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


def date_edit(day: dt.date, name: str) -> QDateEdit:
    """A field showing ``day``; ``name`` is what a screen reader calls it."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(labels.date_format())
    edit.setAccessibleName(name)
    return edit
