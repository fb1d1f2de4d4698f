"""Translated names for the stored enum values shown in the window."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from coachdesk.domain import (
    ActionStatus,
    Category,
    GoalStatus,
    ItemKind,
    Role,
    SessionKind,
    SessionStatus,
)
from coachdesk.policy import Reason

_REASONS = {
    Reason.REFLECTION: QT_TRANSLATE_NOOP("labels", "a reflection is never shared"),
    Reason.OUTSIDE_PERIOD: QT_TRANSLATE_NOOP("labels", "outside the report's period"),
    Reason.NO_AGREEMENT: QT_TRANSLATE_NOOP("labels", "there is no agreement in force"),
    Reason.CATEGORY_NOT_PERMITTED: QT_TRANSLATE_NOOP(
        "labels", "the agreement does not permit this category for this role"
    ),
    Reason.NO_CONSENT: QT_TRANSLATE_NOOP("labels", "the coachee has not agreed to share it"),
    Reason.CONSENT_VOID: QT_TRANSLATE_NOOP(
        "labels", "consent void: the text changed after the coachee agreed"
    ),
    Reason.NOT_SHARED: QT_TRANSLATE_NOOP("labels", "the goal is not shared with this recipient"),
    Reason.ACTION_NOT_SHARED: QT_TRANSLATE_NOOP(
        "labels", "the action is not shared with this recipient"
    ),
    Reason.EXCEPTION_VOID: QT_TRANSLATE_NOOP(
        "labels", "exception void: the text changed after it was recorded"
    ),
    Reason.AFTER_REPORT_DATE: QT_TRANSLATE_NOOP(
        "labels", "consent or exception recorded after the report date"
    ),
}
_CATEGORIES = {
    Category.ATTENDANCE: QT_TRANSLATE_NOOP("labels", "attendance"),
    Category.GOALS: QT_TRANSLATE_NOOP("labels", "goals"),
    Category.PROGRESS: QT_TRANSLATE_NOOP("labels", "progress"),
    Category.PLAN: QT_TRANSLATE_NOOP("labels", "plan"),
    Category.SUMMARIES: QT_TRANSLATE_NOOP("labels", "summaries"),
    Category.NOTES: QT_TRANSLATE_NOOP("labels", "notes"),
}
_ACTION_STATUSES = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("action_status", "open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("action_status", "done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("action_status", "dropped"),
}
_GOAL_STATUSES = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "active"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("labels", "achieved"),
    GoalStatus.ON_HOLD: QT_TRANSLATE_NOOP("labels", "on hold"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "dropped"),
}
_ITEM_KINDS = {
    ItemKind.SUMMARY: QT_TRANSLATE_NOOP("labels", "Summary"),
    ItemKind.OBSERVATION: QT_TRANSLATE_NOOP("labels", "Observation"),
    ItemKind.INSIGHT: QT_TRANSLATE_NOOP("labels", "Insight"),
    ItemKind.COMMITMENT: QT_TRANSLATE_NOOP("labels", "Commitment"),
    ItemKind.CONCERN: QT_TRANSLATE_NOOP("labels", "Concern"),
    ItemKind.REFLECTION: QT_TRANSLATE_NOOP("labels", "Reflection (private, never shared)"),
}
_SESSION_KINDS = {
    SessionKind.COACHING: QT_TRANSLATE_NOOP("labels", "coaching"),
    SessionKind.TRAINING: QT_TRANSLATE_NOOP("labels", "training"),
    SessionKind.CHECK_IN: QT_TRANSLATE_NOOP("labels", "check-in"),
    SessionKind.THREE_WAY: QT_TRANSLATE_NOOP("labels", "three-way meeting"),
}
_STATUSES = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "planned"),
    SessionStatus.HELD: QT_TRANSLATE_NOOP("labels", "held"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "cancelled"),
    SessionStatus.NO_SHOW: QT_TRANSLATE_NOOP("labels", "did not attend"),
}
_ROLES = {
    Role.SPONSOR: QT_TRANSLATE_NOOP("labels", "sponsor"),
    Role.LINE_MANAGER: QT_TRANSLATE_NOOP("labels", "line manager"),
    Role.HR: QT_TRANSLATE_NOOP("labels", "HR"),
    Role.TEAM_LEADER: QT_TRANSLATE_NOOP("labels", "team leader"),
    Role.CS_MANAGER: QT_TRANSLATE_NOOP("labels", "customer-service manager"),
    Role.OTHER: QT_TRANSLATE_NOOP("labels", "other"),
    Role.COACHEE: QT_TRANSLATE_NOOP("labels", "coachee"),
}


def date_format() -> str:
    """The Qt format of a day in the window's language (Italian: 17/08/2026); every date
    shown in a sentence, a list or a date editor uses it."""
    # Translators: a Qt date format; Italian uses dd/MM/yyyy.
    return QCoreApplication.translate("labels", "yyyy-MM-dd")


def date(day: dt.date) -> str:
    """A day as the window shows it, in a sentence or a list."""
    return QDate(day.year, day.month, day.day).toString(date_format())


def date_time(when: dt.datetime) -> str:
    """A day and time as the window shows them (the backup line)."""
    qt = QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )
    return qt.toString(date_format() + " HH:mm")


def number(value: float) -> str:
    """A number for an editable field, in the window's locale (Italian: 4,5) and without
    thousands separators, so that the field's own validator accepts it back."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value, "g", 15)


def parse_number(text: str) -> float | None:
    """A number typed in a field: the locale's form first (4,5 in Italian), then the point
    form (4.5); ``None`` when empty or not a finite number."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None
    return value if math.isfinite(value) else None


def reason(value: Reason) -> str:
    return QCoreApplication.translate("labels", str(_REASONS[value]))


def category(value: Category) -> str:
    # A category added to the domain before its label here shows its stored name rather
    # than leaving the main window unable to open.
    return QCoreApplication.translate("labels", str(_CATEGORIES.get(value, value.value)))


def action_status(value: ActionStatus) -> str:
    return QCoreApplication.translate("action_status", str(_ACTION_STATUSES[value]))


def goal_status(value: GoalStatus) -> str:
    return QCoreApplication.translate("labels", str(_GOAL_STATUSES[value]))


def item_kind(kind: ItemKind) -> str:
    return QCoreApplication.translate("labels", str(_ITEM_KINDS[kind]))


def session_kind(kind: SessionKind) -> str:
    return QCoreApplication.translate("labels", str(_SESSION_KINDS[kind]))


def session_status(status: SessionStatus) -> str:
    return QCoreApplication.translate("labels", str(_STATUSES[status]))


def role(value: Role) -> str:
    return QCoreApplication.translate("labels", str(_ROLES[value]))
