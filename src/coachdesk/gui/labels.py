"""Translated names for the stored enum values shown in the window."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coachdesk.domain import ItemKind, Role, SessionKind, SessionStatus

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


def item_kind(kind: ItemKind) -> str:
    return QCoreApplication.translate("labels", str(_ITEM_KINDS[kind]))


def session_kind(kind: SessionKind) -> str:
    return QCoreApplication.translate("labels", str(_SESSION_KINDS[kind]))


def session_status(status: SessionStatus) -> str:
    return QCoreApplication.translate("labels", str(_STATUSES[status]))


def role(value: Role) -> str:
    return QCoreApplication.translate("labels", str(_ROLES[value]))
